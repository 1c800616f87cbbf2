"""Alembic environment: always run through ``feedback_desk.core.db.migrate`` on its connection."""

from alembic import context

from feedback_desk.core.db.models import Base

FTS_TABLES = {"entry_fts"}


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    if type_ == "table" and (name in FTS_TABLES or (name or "").startswith("entry_fts_")):
        return False
    if type_ == "column" and name == "search" and getattr(obj, "table", None) is not None:
        return obj.table.name != "entry"
    return True


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through feedback_desk.core.db.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
