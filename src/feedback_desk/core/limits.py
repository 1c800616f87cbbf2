"""How long stored values may be: the services, merges and imports check against these."""

MAX_TEXT = 100_000  # what was said
MAX_SUMMARY = 500
#: The longest value each identity field takes (the columns' sizes: PostgreSQL enforces them).
IDENTITY_LIMITS = {"name": 200, "phone": 64, "nik": 32, "passport": 32, "kpj": 32,
                   "employer": 200}
