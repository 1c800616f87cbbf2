"""``python -m feedback_desk``: the same as the ``feedback-desk`` command."""

from .cli import main

raise SystemExit(main())
