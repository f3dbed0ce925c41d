"""What a run passes over: its own output files in a folder it walks, and the inputs an earlier
run finished."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..output.resumable import part_path, state_path
from ..read.items import InputFailure, Item, Task


class OwnFiles:
    """The run's own output, part, state and errors files: never taken as inputs when they sit
    in a folder being walked (a second run over a folder must not read the first run's output)."""

    def __init__(self, paths: Iterable[Path], folders: Iterable[Path] = ()) -> None:
        self.real = {os.path.realpath(p) for p in paths}
        self.names = {os.path.basename(r) for r in self.real}
        self.folders = [os.path.realpath(d) + os.sep for d in folders]

    def holds(self, path: str) -> bool:
        if os.path.basename(path) in self.names and os.path.realpath(path) in self.real:
            return True
        return bool(self.folders) and os.path.realpath(path).startswith(tuple(self.folders))


def own_files_of(output: Path) -> list[Path]:
    """An output file with the part, state and temporary files written beside it."""
    return [output, part_path(output), state_path(output), output.with_name(f".{output.name}.tmp")]


def without_own(items: Iterable[Item], own: OwnFiles) -> Iterator[Item]:
    """``items`` less the run's own files."""
    for item in items:
        path = item.path if isinstance(item, Task) else None
        if path and own.holds(path):
            continue
        yield item


def skipping(items: Iterable[Item], skip: dict[str, int]) -> Iterator[Item]:
    """``items`` less those an earlier run finished (a name done twice is skipped twice)."""
    for item in items:
        name = item.input if isinstance(item, InputFailure) else item.name
        if skip.get(name):
            skip[name] -= 1
            continue
        yield item
