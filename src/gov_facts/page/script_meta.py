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
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ..rules.compiled import compiled
from ..rules.page_rules import MetadataRules
from .date_forms import fold_date_text
from .dates import CST, MIN_YEAR, find_dates

_CJK = re.compile(r"[\u3400-\u9fff]")
_VALUE = (
    r"""["']?\s*[:=]\s*(?:htmlDecode\s*\(\s*)?"""
    r"""(?:"(?P<dq>[^"\n]{1,100})"|'(?P<sq>[^'\n]{1,100})'|(?P<num>\d{10}(?:\d{3})?)\b)"""
)


@dataclass
class _Keys:
    rules: MetadataRules
    patterns: dict[str, re.Pattern[str]] = field(init=False)
    ranks: dict[str, dict[str, int]] = field(init=False)

    def __post_init__(self) -> None:
        self.patterns, self.ranks = {}, {}
        for name, keys in self.rules.script_keys.items():
            if keys:
                alts = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
                self.patterns[name] = re.compile(rf"""(?<![\w$])["']?(?P<key>{alts}){_VALUE}""")
                self.ranks[name] = {k: i for i, k in enumerate(keys)}


def _values(texts: Sequence[str], name: str, rules: MetadataRules) -> list[str]:
    """Values of the keys named for ``name``, most trusted key first, then in page order."""
    keys = compiled(_Keys, rules)
    rx = keys.patterns.get(name)
    if rx is None:
        return []
    found: list[tuple[int, int, str]] = []
    for t, text in enumerate(texts):
        for m in rx.finditer(text):
            value = m.group("dq") or m.group("sq") or m.group("num") or ""
            if value.strip():
                found.append((keys.ranks[name][m.group("key")], t, value.strip()))
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
