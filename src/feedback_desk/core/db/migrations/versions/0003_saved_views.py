"""saved views: filters, sort and column layout under a name; the built-in views

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from feedback_desk.core.db.types import UTCDateTime, utcnow

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('saved_view',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('builtin', sa.String(length=32), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('shared', sa.Boolean(), nullable=False),
    sa.Column('query', sa.Text(), nullable=False),
    sa.Column('sort', sa.String(length=32), nullable=False),
    sa.Column('descending', sa.Boolean(), nullable=False),
    sa.Column('columns', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', UTCDateTime(), nullable=False),
    sa.Column('updated_at', UTCDateTime(), nullable=False),
    sa.Column('updated_by_id', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['owner_id'], ['user_account.id'], name=op.f('fk_saved_view_owner_id_user_account')),
    sa.ForeignKeyConstraint(['updated_by_id'], ['user_account.id'], name=op.f('fk_saved_view_updated_by_id_user_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_view')),
    sa.UniqueConstraint('builtin', name=op.f('uq_saved_view_builtin')),
    sa.UniqueConstraint('owner_id', 'name', name=op.f('uq_saved_view_owner_id_name'))
    )
    op.create_index(
        'ix_saved_view_shared_name', 'saved_view', ['name'], unique=True,
        sqlite_where=sa.text('shared'), postgresql_where=sa.text('shared'),
    )
    _seed()


def _seed() -> None:
    """The built-in views ("Overdue", "Due soon", …), in every database, fresh or upgraded."""
    from feedback_desk.core.saved_views import builtin_rows

    views = sa.table(
        'saved_view',
        sa.column('name', sa.String), sa.column('builtin', sa.String),
        sa.column('owner_id', sa.Integer), sa.column('shared', sa.Boolean),
        sa.column('query', sa.Text), sa.column('sort', sa.String),
        sa.column('descending', sa.Boolean), sa.column('columns', sa.Text),
        sa.column('position', sa.Integer), sa.column('created_at', UTCDateTime()),
        sa.column('updated_at', UTCDateTime()), sa.column('version', sa.Integer),
    )
    now = utcnow()
    op.bulk_insert(views, [{**row, "created_at": now, "updated_at": now} for row in builtin_rows()])


def downgrade() -> None:
    op.drop_index('ix_saved_view_shared_name', table_name='saved_view')
    op.drop_table('saved_view')
