"""The list filters that ``search`` and ``export`` share: the same options, the same query."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime, time, timedelta
from typing import Any


def date_arg(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def add_filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--event", metavar="NAME")
    p.add_argument("--kind", action="append", default=[])
    p.add_argument("--area", action="append", default=[])
    p.add_argument("--status", action="append", default=[])
    p.add_argument("--tier", action="append", default=[])
    p.add_argument("--speaker-type", action="append", default=[])
    p.add_argument("--country", action="append", default=[])
    p.add_argument("--topic", action="append", default=[])
    p.add_argument("--assignee", action="append", default=[])
    p.add_argument("--overdue", action="store_true", help="only overdue items")
    p.add_argument("--from", dest="date_from", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=date_arg, metavar="YYYY-MM-DD",
                   help="last day included")
    p.add_argument("--sort", default="recorded_at")
    p.add_argument("--asc", action="store_true", help="oldest / smallest first")


def entry_query(services: Any, args: argparse.Namespace, text: str) -> Any:
    from .core.dto import EntryQuery

    start = datetime.combine(args.date_from, time(), UTC) if args.date_from else None
    end = datetime.combine(args.date_to, time(), UTC) + timedelta(days=1) if args.date_to else None
    event_ids: tuple[Any, ...] = ()
    if getattr(args, "event", None):
        event_ids = (services.catalog.event_by_name(args.event).id,)
    return EntryQuery(
        text=text, event_ids=event_ids, kinds=tuple(args.kind), areas=tuple(args.area),
        statuses=tuple(args.status), tiers=tuple(args.tier),
        speaker_types=tuple(args.speaker_type), countries=tuple(c.upper() for c in args.country),
        topics=tuple(args.topic), assignees=tuple(args.assignee),
        overdue=True if args.overdue else None, recorded_from=start, recorded_to=end,
    )
