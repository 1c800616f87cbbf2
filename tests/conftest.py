"""Test set-up: Qt offscreen before anything imports it; database fixtures for both backends."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# `tests` is a package (tests/__init__.py), so pytest puts the repo root on sys.path.
from tests.support.databases import db_url, pg_server, pg_url  # noqa: E402,F401
