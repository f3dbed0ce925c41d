"""The garbage collector held off while one page is read.

A page's stages keep what they make until the page is done (the parsed tree, the fact stage's
per-text context), so a collection during a page walks objects that are all still in use and
frees next to nothing; one after the page, when they are gone, walks only what is left. Held
off, the collections a page would have caused happen at the next allocations after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for the block, back as it was after (nested or threaded use
    leaves it on only if it was on when the outermost block began)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
