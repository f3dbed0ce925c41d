"""The command line: one module per command (``extract``, ``show``), what they share
(``common``), the terminal view (``show_terminal``), the progress bar (``progress``).
Only this package imports typer and rich."""

import gc

# the command's process loads a few hundred modules before its first page: the collector, at its
# default thresholds, would walk the growing heap again and again while they load (workers set
# the same thresholds for their pages, run/pool.py)
gc.set_threshold(20_000, 20, 50)

from .app import app, main  # noqa: E402
from .common import ExitCode, parse_size  # noqa: E402

__all__ = ["ExitCode", "app", "main", "parse_size"]
