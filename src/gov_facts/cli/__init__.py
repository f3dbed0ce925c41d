"""The command line: one module per command (``extract``, ``show``), what they share
(``common``), the terminal view (``show_terminal``), the progress bar (``progress``).
Only this package imports typer and rich."""

import gc
import os

# pydantic looks for plugins at the first model it builds: it reads the entry points of every
# installed package (importlib.metadata), 4-8 ms of each start. The command's models are its own
# and want no plugin; PYDANTIC_DISABLE_PLUGINS, pydantic's documented switch, turns the search
# off. Set only if the user has not set it (to a plugin's name, or empty to keep them all); the
# library (``import gov_facts``) leaves it alone.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):  # pydantic's words for "none"
    from .deferred import defer

    defer()  # importlib.metadata: pydantic's loader imports it for the search just turned off
# the command's process loads a few hundred modules before its first page: the collector, at its
# default thresholds, would walk the growing heap again and again while they load (workers set
# the same thresholds for their pages, run/pool.py)
gc.set_threshold(20_000, 20, 50)

from .app import app, main  # noqa: E402
from .common import ExitCode, parse_size  # noqa: E402

__all__ = ["ExitCode", "app", "main", "parse_size"]
