"""An output file that appears only when complete, and that a stopped run can finish.

Records go to a hidden part file beside the target (``.NAME.part``); after
each input a line is added to a state file (``.NAME.state``) with the input's
name, outcome and the part file's length so far. On success the part file
is renamed onto the target and the state file removed, so the target is
either absent, the old file, or complete. After a crash or Ctrl-C,
:meth:`ResumableOutput.open` with ``resume=True`` cuts the part file back to
the last recorded length and hands back the inputs already done, which the
batch then skips: none missing, none written twice.

Parquet cannot be appended to, so for it the part file is a JSONL spool
that :meth:`ResumableOutput.finish` converts in one streaming pass.

A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``,
a named pipe) is written directly, never replaced by a rename; such a run
cannot be resumed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from ..core.schema import SCHEMA
from .formats import Encoder, JsonlEncoder, Record, encoder, write_parquet

STATE_VERSION = 1


class ResumeError(Exception):
    """The state file belongs to a different run (another format) or cannot be read."""


@dataclass
class Done:
    """What an earlier run of the same output already finished."""

    inputs: Counter[str] = field(default_factory=Counter)  # names (a name given twice counts twice)
    outcomes: list[tuple[str, int]] = field(default_factory=list)  # (status, facts) per input, in order
    records: int = 0
    length: int = 0

    def __len__(self) -> int:
        return len(self.outcomes)


def _lock(fh: IO[bytes]) -> None:
    """An exclusive lock on an open file, or OSError if another process holds one (no-op without fcntl)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Unix
        return
    fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def is_special(path: Path) -> bool:
    """Whether ``path`` exists and is a device, pipe or socket (written in place, never renamed onto)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def part_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.part")


def state_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.state")


class ResumableOutput:
    """Write records for ``target`` in ``fmt``, recording progress so the run can be resumed."""

    def __init__(self, target: Path, fmt: str, bom: bool = False, excel_safe: bool = False) -> None:
        self.target = target
        self.fmt = fmt
        self.bom = bom
        self.part = part_path(target)
        self.state = state_path(target)
        self.encoder: Encoder = JsonlEncoder() if fmt == "parquet" else encoder(fmt, bom, excel_safe)
        self.records = 0
        self._out: IO[bytes] | None = None
        self._log: IO[bytes] | None = None
        self.direct = False  # writing straight into a device or pipe

    def _header(self) -> dict[str, Any]:
        return {"gov_facts_state": STATE_VERSION, "schema": SCHEMA, "format": self.fmt, "bom": self.bom}

    def open(self, resume: bool = False) -> Done:
        """Start (or, with ``resume``, continue) the part file; returns what is already done.

        The state file is locked while the run lasts, so a second run writing the
        same output is refused instead of interleaving with the first.
        """
        if os.path.isdir(self.target):
            raise IsADirectoryError(errno.EISDIR, "it is a directory; give a file name")
        if is_special(self.target):
            return self._open_direct(resume)
        self._log = open(self.state, "ab")  # noqa: SIM115 - closed by finish()/close()
        try:
            _lock(self._log)
        except OSError:
            self._log.close()
            self._log = None
            raise ResumeError(f"{self.target}: another gov-facts run is writing it") from None
        done = self._read_state() if resume else None
        if done is None:
            done = Done()
            self._out = open(self.part, "wb")  # noqa: SIM115
            self._out.write(self.encoder.header())
            self._out.flush()
            self._log.truncate(0)
            self._log.write(orjson.dumps(self._header()) + b"\n")
            self._log.flush()
        else:
            self._out = open(self.part, "r+b")  # noqa: SIM115
            self._out.truncate(done.length)
            self._out.seek(done.length)
            self.records = done.records
        return done

    def _open_direct(self, resume: bool) -> Done:
        if resume:
            raise ResumeError(f"{self.target}: a device or pipe, not a file: there is no run to resume")
        if self.fmt == "parquet":
            raise ResumeError(f"{self.target}: --format parquet needs a regular file, not a device or pipe")
        self.direct = True
        self._out = open(self.target, "wb")  # noqa: SIM115 - closed by finish()/close()
        self._out.write(self.encoder.header())
        self._out.flush()
        return Done()

    def _read_state(self) -> Done | None:
        """The finished inputs recorded by an earlier run, or None when there is nothing to resume."""
        try:
            lines = self.state.read_bytes().split(b"\n")
            part_size = self.part.stat().st_size
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ResumeError(f"{self.state}: cannot read: {exc.strerror or exc}") from exc
        try:
            header = orjson.loads(lines[0])
        except orjson.JSONDecodeError as exc:
            raise ResumeError(f"{self.state}: not a gov-facts state file") from exc
        if not isinstance(header, dict) or header.get("gov_facts_state") != STATE_VERSION:
            raise ResumeError(f"{self.state}: not a gov-facts state file")
        if header.get("format") != self.fmt or bool(header.get("bom")) != self.bom:
            was = f"{header.get('format')}{' --bom' if header.get('bom') else ''}"
            raise ResumeError(f"the run to resume wrote --format {was}; give the same options to resume it")
        done = Done()
        # the last line may be cut short by the crash: only whole lines count
        for line in lines[1:-1]:
            try:
                row = orjson.loads(line)
            except orjson.JSONDecodeError:
                break
            if row["end"] > part_size:  # pragma: no cover - the part file is flushed before each row
                break
            done.inputs[row["input"]] += 1
            done.outcomes.append((row["status"], row["facts"]))
            done.records, done.length = row["records"], row["end"]
        if not done.outcomes:
            done.length = len(self.encoder.header())
            if part_size < done.length:
                return None
        return done

    def write(self, record: Record) -> None:
        assert self._out is not None
        self._out.write(self.encoder.record(record, self.records))
        self.records += 1

    def commit(self, name: str, status: str, facts: int) -> None:
        """Mark input ``name`` done (after writing its record, if any)."""
        assert self._out is not None
        self._out.flush()
        if self._log is None:  # direct: nothing to record
            return
        row = {
            "input": name,
            "status": status,
            "facts": facts,
            "records": self.records,
            "end": self._out.tell(),
        }
        self._log.write(orjson.dumps(row) + b"\n")
        self._log.flush()

    def close(self) -> None:
        """Stop without finishing: the part and state files stay for ``--resume``.

        A write that fails here (a full disk) loses only bytes after the last
        recorded input, which ``--resume`` cuts off anyway, so it is not an error.
        """
        for fh in (self._out, self._log):
            if fh is not None:
                with contextlib.suppress(OSError):
                    fh.close()
        self._out = self._log = None

    def finish(self) -> None:
        """Complete the file and move it onto the target; the state file goes away."""
        assert self._out is not None
        self._out.write(self.encoder.footer(self.records))
        self._out.flush()  # a failing write must fail here, before the part file becomes the target
        if self.direct:
            self.close()
            return
        self.close()
        if self.fmt == "parquet":
            tmp = self.target.with_name(f".{self.target.name}.tmp")
            try:
                with open(self.part, "rb") as spool:
                    write_parquet((line for line in (raw.rstrip(b"\n") for raw in spool) if line), tmp)
                os.replace(tmp, self.target)
            finally:
                tmp.unlink(missing_ok=True)
            self.part.unlink()
        else:
            os.replace(self.part, self.target)
        self.state.unlink(missing_ok=True)

    def discard(self) -> None:
        """Remove the part and state files (the run failed before writing anything worth keeping)."""
        self.close()
        if self.direct:
            return
        self.part.unlink(missing_ok=True)
        self.state.unlink(missing_ok=True)
