"""The command line: one module per command (``extract``, ``show``), what they share
(``common``), the terminal view (``show_terminal``), the progress bar (``progress``).
Only this package imports typer and rich."""

from .app import app, main
from .common import ExitCode, parse_size

__all__ = ["ExitCode", "app", "main", "parse_size"]
