"""Metadata that only a page's scripts state: a publish time in page data, a platform account's name.

WeChat articles are the common case: the publish time is drawn by a script from
``var ct = "1701327600"`` (seconds since 1970) or ``var publish_time = "2023-11-30"``,
and the public account that published the article is ``var nickname =
htmlDecode("…")``. Page-state JSON names the time ``"publishTime"``, ``"pubTime"``
and the like. The names are data (``script_keys`` in ``patterns/metadata.toml``),
most trusted first; these values are used only when the page shows none of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from ..rules.page_rules import MetadataRules
from .date_forms import fold_date_text
from .dates import CST, MIN_YEAR, find_dates

_CJK = re.compile(r"[\u3400-\u9fff]")
_VALUE = (
    r"""["']?\s*[:=]\s*(?:htmlDecode\s*\(\s*)?"""
    r"""(?:"(?P<dq>[^"\n]{1,100})"|'(?P<sq>[^'\n]{1,100})'|(?P<num>\d{10}(?:\d{3})?)\b)"""
)


_VALUE_RX = re.compile(_VALUE)
_NAME_CHAR = re.compile(r"[\w$]")


def _values(texts: Sequence[str], name: str, rules: MetadataRules) -> list[str]:
    """Values of the keys named for ``name``, most trusted key first, then in page order.

    Each key is found by plain substring search and the value read where it stands: scripts
    run to hundreds of kilobytes, and most hold none of the keys.
    """
    found: list[tuple[int, int, str]] = []
    for rank, key in enumerate(rules.script_keys.get(name, [])):
        for t, text in enumerate(texts):
            at = text.find(key)
            while at >= 0:
                end = at + len(key)
                before = text[at - 1] if at else ""
                if before in "\"'" and at > 1:
                    before = text[at - 2]
                after = text[end] if end < len(text) else ""
                if not _NAME_CHAR.match(before or " ") and not _NAME_CHAR.match(after or " "):
                    m = _VALUE_RX.match(text, end)
                    value = (m.group("dq") or m.group("sq") or m.group("num") or "").strip() if m else ""
                    if value:
                        found.append((rank, t, value))
                at = text.find(key, end)
    return [v for _r, _t, v in sorted(found, key=lambda x: (x[0], x[1]))]


def script_dates(texts: Sequence[str], rules: MetadataRules, now: datetime | None = None) -> str | None:
    """The first plausible publish time among the script values (ISO text), or None."""
    today = (now or datetime.now(CST)).date()
    for value in _values(texts, "published_at", rules):
        if value.isdigit():
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            stamp = datetime.fromtimestamp(seconds, CST)
            if stamp.year >= MIN_YEAR and stamp.date() <= today + timedelta(days=1):
                return stamp.isoformat()
            continue
        for match in find_dates(fold_date_text(value), now):
            if match.plausible:
                return match.iso
    return None


def script_value(texts: Sequence[str], name: str, rules: MetadataRules) -> str | None:
    """The first value named for ``name`` that holds Chinese (not a code such as "pc" or "web")."""
    for value in _values(texts, name, rules):
        if _CJK.search(value) and len(value) <= 40:
            return value
    return None


def account_name(texts: Sequence[str], rules: MetadataRules) -> str | None:
    """The publishing account's name (a WeChat public account), from the scripts."""
    return script_value(texts, "site", rules)
