"""Articles split over pages, joined when a run is given their parts: one record, the parts named.

A part read alone says where the article continues (its record's ``next_part``, and a
warning). Within a run, the results come in input order; a result whose record
continues is held back, with the results after it, until the part it names arrives
(the input whose file name is the link's, in the same folder or at the same URL, with
the same headline) or until :data:`WINDOW` more results have passed. The parts' texts
are joined in order, their facts follow on with offsets and ids carried on, and the
record lists its ``parts``; the later part's own result is then passed on without a
record (it is counted and committed as done, so a resumed run does not read it again).
Results are never reordered: the joined record stands where its first part stood.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..core.urls import joined_url, url_path
from .outcome import Result

#: results that may pass between an article's part and the next before the part is let go alone
WINDOW = 64
_PART_NO = re.compile(r"\s*(?:[(（]\s*\d{1,2}\s*[)）]|第\s*\d{1,2}\s*页|_\d{1,2})\s*$")


@dataclass
class _Held:
    """A result on hold: its record (parsed) while it waits for its next part."""

    result: Result
    record: dict[str, Any] | None = None
    joined: list[Result] = field(default_factory=list)


def join_parts(results: Iterator[Result], window: int = WINDOW) -> Iterator[Result]:
    """``results`` with the parts of split articles joined into their first part's record."""
    queue: deque[_Held] = deque()
    try:
        for result in results:
            record = _continues(result)
            item = _Held(result, record)
            if _join_into_waiting(queue, item):
                # its text is in the joined record: passed on without one, waiting for nothing
                item.result, item.record = Result(result.input, None, result.facts), None
            queue.append(item)
            yield from _release(queue, window)
        yield from _release(queue, 0, final=True)
    finally:
        close = getattr(results, "close", None)
        if close is not None:
            close()


def _continues(result: Result) -> dict[str, Any] | None:
    """The parsed record when the result's page continues on another page."""
    if result.record is None or b'"next_part":null' in result.record:
        return None
    record: dict[str, Any] = orjson.loads(result.record)
    return record if record.get("next_part") else None


def _join_into_waiting(queue: deque[_Held], item: _Held) -> bool:
    """Join ``item`` into the held record it continues, if one waits for it."""
    if item.result.record is None:
        return False
    for held in queue:
        if held.record is not None and _is_next(held.record, item.result):
            part = item.record if item.record is not None else orjson.loads(item.result.record)
            if not _same_article(held.record, part):
                continue
            held.record = _joined(held.record, part)
            held.joined.append(item.result)
            return True
    return False


def _is_next(record: dict[str, Any], result: Result) -> bool:
    """Whether ``result`` is the part ``record`` links to: the same file name in the same folder,
    or the page at the link's URL."""
    href = str(record["next_part"])
    first = str(record["input"])
    if posixpath.basename(url_path(href)) != os.path.basename(result.input):
        return False
    if os.path.dirname(os.path.abspath(first)) == os.path.dirname(os.path.abspath(result.input)):
        return True
    url = record.get("url")
    target = joined_url(url, href) if isinstance(url, str) else href
    return result.record is not None and f'"url":{orjson.dumps(target).decode()}'.encode() in result.record


def _same_article(first: dict[str, Any], part: dict[str, Any]) -> bool:
    """The parts carry the same headline (a part number such as (2) or 第2页 aside)."""
    a, b = (_PART_NO.sub("", re.sub(r"\s+", "", str(r.get("title") or ""))) for r in (first, part))
    return bool(a) and a == b


def _joined(first: dict[str, Any], part: dict[str, Any]) -> dict[str, Any]:
    """``first`` with ``part``'s text, facts and checks after its own."""
    shift = len(first["text"]) + 1
    renumber = len(first["facts"])
    facts = [
        {**f, "id": f["id"] + renumber, "start": f["start"] + shift, "end": f["end"] + shift}
        for f in part["facts"]
    ]
    checks = [{**c, "facts": [i + renumber for i in c["facts"]]} for c in part["checks"]]
    warnings = [w for w in first["warnings"] if "continues on another page" not in w]
    warnings += [w for w in part["warnings"] if w not in warnings]
    return {
        **first,
        "text": first["text"] + "\n" + part["text"],
        "facts": first["facts"] + facts,
        "checks": first["checks"] + checks,
        "warnings": warnings,
        "next_part": part.get("next_part"),
        "parts": (first.get("parts") or [first["input"]]) + (part.get("parts") or [part["input"]]),
    }


def _release(queue: deque[_Held], window: int, final: bool = False) -> Iterator[Result]:
    """Pass on the results at the head of the queue that need wait no longer."""
    while queue:
        head = queue[0]
        waiting = head.record is not None and head.record.get("next_part")
        if waiting and not final and len(queue) <= window:
            return
        queue.popleft()
        yield _finished(head)


def _finished(held: _Held) -> Result:
    """The held result, its record rewritten when parts were joined into it."""
    if not held.joined or held.record is None:
        return held.result
    # the count stays the first part's own: each part's facts are counted with its input
    return Result(held.result.input, orjson.dumps(held.record), held.result.facts, held.result.failure)
