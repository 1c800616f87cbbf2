"""Storage: models, engine set-up, migrations, full-text search and the audit chain."""
