"""The administrator's commands (``db``, ``user``, ``roles``, ``merge``) and the command line's
log-in: ``--user`` (or ``$FEEDBACK_DESK_USER``, or the login name) with the password from
``$FEEDBACK_DESK_PASSWORD`` or asked on the terminal. On a database nobody can log in to yet,
the first command creates that user as its administrator.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from .core.errors import AuthenticationFailed, ValidationError

PASSWORD_ENV = "FEEDBACK_DESK_PASSWORD"
NEW_PASSWORD_ENV = "FEEDBACK_DESK_NEW_PASSWORD"
ROLE_HELP = "recorder, supervisor, protection, leadership, admin"


def add_commands(sub: Any) -> None:
    db = sub.add_parser("db", help="database administration (no log-in needed)")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="create the tables or bring them to this version "
                      "(run once per new version, by the database owner)")
    db_sub.add_parser("status", help="show the schema version of the database and of this program")
    grant = db_sub.add_parser("grant", help="PostgreSQL: let the desks' login ROLE read and write "
                              "rows, but not change tables or audit rows (run as the owner)")
    grant.add_argument("role", metavar="ROLE")

    user = sub.add_parser("user", help="accounts: list, add, roles, password, disable, enable")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    user_sub.add_parser("list", help="every account with its roles")
    add = user_sub.add_parser("add", help=f"create an account (password from ${NEW_PASSWORD_ENV} "
                              "or asked twice)")
    add.add_argument("username", metavar="NAME")
    add.add_argument("--role", action="append", default=[], metavar="ROLE",
                     help=f"repeat for several: {ROLE_HELP} (default: recorder)")
    add.add_argument("--display-name", default="", metavar="TEXT")
    passwd = user_sub.add_parser("passwd", help="change your password, or (admins) reset another's")
    passwd.add_argument("username", nargs="?", metavar="NAME")
    for action in ("disable", "enable"):
        one = user_sub.add_parser(action, help=f"{action} an account (admins)")
        one.add_argument("username", metavar="NAME")
    roles = user_sub.add_parser("roles", help="show a user's roles, or set them (admins)")
    roles.add_argument("username", metavar="NAME")
    roles.add_argument("roles", nargs="*", metavar="ROLE", help=f"{ROLE_HELP} (none: show)")

    top_roles = sub.add_parser("roles", help="show a user's roles, or set them (admins only)")
    top_roles.add_argument("username", metavar="NAME")
    top_roles.add_argument("roles", nargs="*", metavar="ROLE", help=f"{ROLE_HELP} (none: show)")

    merge = sub.add_parser("merge", help="merge an offline desk's database file into this one "
                           "(again: adds nothing twice)")
    merge.add_argument("path", metavar="DESK.db")


def run_db(args: argparse.Namespace) -> int:
    """``db upgrade`` / ``db status``: migrations only, with the database's own credentials."""
    from .core.db.engine import open_database
    from .core.db.migrate import current_revision, grant_desk_role, head_revision, upgrade

    db = open_database(args.db, migrate=False)
    try:
        before = current_revision(db)
        if args.db_command == "upgrade":
            upgrade(db)
            after = current_revision(db)
            print(f"database: {db.url}")
            print(f"schema: {before or '(empty)'} → {after}" if before != after
                  else f"schema: {after} (already up to date)")
        elif args.db_command == "grant":
            grant_desk_role(db, args.role)
            print(f"{args.role} may now read and write rows of {db.url} "
                  "(not change tables, not alter audit rows)")
        else:
            print(f"database: {db.url}")
            print(f"schema: {before or '(empty)'}; this program: {head_revision()}")
        return 0
    finally:
        db.dispose()


def login(db: Any, args: argparse.Namespace) -> Any:
    """Services for the command's user, after the password; the first administrator on a
    database nobody can log in to yet."""
    from .core import accounts
    from .core.services import Services

    user = args.user or os.environ.get("FEEDBACK_DESK_USER") or _os_login()
    if accounts.needs_first_admin(db):
        password = new_password(user, "Password for the new administrator")
        accounts.create_first_admin(db, user, password)
        print(f"created the administrator account {user!r} (this database had none)",
              file=sys.stderr)
        return Services.login(db, user, password)
    return Services.login(db, user, _password(user))


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "desk"


def _password(user: str) -> str:
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise AuthenticationFailed(f"a password is needed: set ${PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(f"Password for {user}: ")


def new_password(user: str, prompt: str = "New password") -> str:
    """A new password: ``$FEEDBACK_DESK_NEW_PASSWORD`` (else ``$FEEDBACK_DESK_PASSWORD`` for the
    first administrator), or typed twice on the terminal; checked against the policy."""
    from .core.accounts import check_password_policy

    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is None and prompt.startswith("Password for the new administrator"):
        given = os.environ.get(PASSWORD_ENV)
    if given is None:
        if not sys.stdin.isatty():
            raise ValidationError("password", f"set ${NEW_PASSWORD_ENV} or run in a terminal")
        given = getpass.getpass(f"{prompt} for {user}: ")
        if getpass.getpass("The same again: ") != given:
            raise ValidationError("password", "the two passwords differ")
    check_password_policy(given, user)
    return given


def run_user(services: Any, args: argparse.Namespace) -> int:
    accounts = services.accounts
    action = args.user_command
    if action == "list":
        for u in accounts.users():
            state = "" if u.active else "  (disabled)"
            print(f"{u.username:<24} {' '.join(sorted(u.roles)):<40}{state}")
        return 0
    if action == "add":
        password = new_password(args.username)
        made = accounts.create_user(args.username, password, frozenset(args.role or ["recorder"]),
                                    args.display_name)
        print(f"created {made.username}: {' '.join(sorted(made.roles))}")
        return 0
    if action == "passwd":
        target = args.username or services.actor.username
        password = new_password(target)
        if target == services.actor.username:
            accounts.change_password(os.environ.get(PASSWORD_ENV) or _password(target), password)
        else:
            accounts.reset_password(target, password)
        print(f"password of {target} changed")
        return 0
    if action in ("disable", "enable"):
        changed = accounts.set_active(args.username, action == "enable")
        print(f"{changed.username}: {'enabled' if changed.active else 'disabled'}")
        return 0
    return run_roles(services, args)


def run_roles(services: Any, args: argparse.Namespace) -> int:
    """Show a user's roles, or (admins) set them."""
    if args.roles:
        user = services.accounts.set_roles(args.username, frozenset(args.roles))
    else:
        found = [u for u in services.accounts.users() if u.username == args.username]
        if not found:
            print(f"feedback-desk: error: no user {args.username!r}", file=sys.stderr)
            return 1
        user = found[0]
    print(f"{user.username}: {' '.join(sorted(user.roles))}")
    return 0


def run_merge(services: Any, args: argparse.Namespace) -> int:
    from .core.merge import merge_desk_file

    def progress(done: int, total: int) -> None:
        if total >= 1000 and (done == total or done % 1000 == 0):
            print(f"  {done:,} / {total:,}", file=sys.stderr)

    report = merge_desk_file(services, Path(args.path), progress=progress)
    for line in report.report_lines():
        print(line)
    return 0
