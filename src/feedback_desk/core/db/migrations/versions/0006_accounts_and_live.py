"""log-in accounts (failed attempts, lock-out, password age) and the live change notice

- ``user_account`` gets ``failed_logins``, ``locked_until`` and ``password_changed_at``: after
  repeated wrong passwords an account is locked for a while (``core/accounts.py``).
- PostgreSQL: every audit row committed sends ``NOTIFY feedback_desk, 'entity:entity_id:audit_id'``
  (delivered at commit, to every desk that listens). Every change is audited, so the audit log is
  the change feed; the notice only wakes the desks up (``core/live``). SQLite desks on one
  machine poll ``PRAGMA data_version`` instead.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from feedback_desk.core.db.types import UTCDateTime

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = 'feedback_desk'


def upgrade() -> None:
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False,
                                      server_default='0'))
        batch_op.add_column(sa.Column('locked_until', UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column('password_changed_at', UTCDateTime(),
                                      nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute(
            "CREATE FUNCTION audit_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN PERFORM pg_notify('{CHANNEL}', NEW.entity || ':' || "
            "coalesce(NEW.entity_id::text, '') || ':' || NEW.id::text); RETURN NULL; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_event_notify AFTER INSERT ON audit_event "
            "FOR EACH ROW EXECUTE FUNCTION audit_event_notify()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("DROP TRIGGER audit_event_notify ON audit_event")
        op.execute("DROP FUNCTION audit_event_notify()")
    with op.batch_alter_table('user_account', schema=None) as batch_op:
        batch_op.drop_column('password_changed_at')
        batch_op.drop_column('locked_until')
        batch_op.drop_column('failed_logins')
