"""What log-in and the permission checks cost, each beside its floor measured in the same run.

    .venv/bin/python bench/bench_accounts.py

- log-in (``Services.login``: count the try, argon2id verify, write the outcome) beside the bare
  argon2id verify with the same parameters (the part that is slow on purpose);
- recording one entry on SQLite with the permission check that reads the account again before
  every write (roles, disabled) beside the same call with that re-read switched off.
Medians of interleaved runs (a shared machine: compare ratios).
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from feedback_desk.core import accounts, permissions
from feedback_desk.core.db.engine import open_database
from feedback_desk.core.dto import NewEntry
from feedback_desk.core.services import Services

PASSWORD = "kopi-tubruk-2026"
ROUNDS = 7
RECORDS = 300


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = open_database(f"sqlite:///{folder / 'bench.sqlite'}")
    accounts.create_first_admin(db, "ani", PASSWORD)
    admin = Services.login(db, "ani", PASSWORD)
    event = admin.catalog.create_event("Bench")
    digest = accounts.hash_password(PASSWORD)
    login, verify = [], []
    for _ in range(ROUNDS * 3):
        start = time.perf_counter()
        Services.login(db, "ani", PASSWORD)
        login.append(time.perf_counter() - start)
        start = time.perf_counter()
        accounts.HASHER.verify(digest, PASSWORD)
        verify.append(time.perf_counter() - start)

    fresh, cached = [], []
    checks = permissions.FRESH_CHECK
    for _ in range(ROUNDS):
        for target, setting in ((fresh, checks), (cached, frozenset())):
            permissions.FRESH_CHECK = setting  # type: ignore[misc]
            start = time.perf_counter()
            for i in range(RECORDS):
                admin.entries.record(NewEntry(event_id=event.id, kind="complaint",
                                              service_area="overseas", text=f"Klaim {i}"))
            target.append((time.perf_counter() - start) / RECORDS)
    permissions.FRESH_CHECK = checks  # type: ignore[misc]
    db.dispose()

    print(f"argon2id m={accounts.MEMORY_KIB} KiB t={accounts.TIME_COST} p={accounts.PARALLELISM}"
          f" (OWASP minimum); SQLite in {folder}")
    rows = [
        ("log-in (count, verify, record)", _median_ms(login), "argon2id verify alone",
         _median_ms(verify)),
        ("record one entry, account re-read", _median_ms(fresh), "record, no re-read",
         _median_ms(cached)),
    ]
    for what, ours, floor_name, floor in rows:
        print(f"  {what:<36} {ours:8.2f} ms   floor {floor_name:<24} {floor:8.2f} ms"
              f"   × {ours / floor:.2f}")


if __name__ == "__main__":
    main()
