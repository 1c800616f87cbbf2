"""Waking a desk up when another desk changed the database: PostgreSQL ``LISTEN`` on a
dedicated connection (``pg_listener``), SQLite ``PRAGMA data_version`` (``sqlite_watch``).
What changed is then read from the audit log (``core.db.change_feed``)."""
