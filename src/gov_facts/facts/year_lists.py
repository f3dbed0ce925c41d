"""Years listed with one 年 after the last (2022、2023及2024年; 二〇二二、二〇二三及二〇二四年), as
Hong Kong's and Macau's replies to their legislatures write the years whose figures follow
(…的相關數字分別為2,345宗、2,567宗及2,890宗): each is a year of its own, as 2022年、2023年及2024年
would be, so that 分別 hands one to each figure."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .time_expressions import TimeExpr

_DIGITS = "〇零○一二三四五六七八九"
#: a year written without its 年: four Arabic digits, or four Chinese ones
_YEAR = rf"(?:19|20)[0-9]{{2}}|[一二][{_DIGITS}]{{3}}"
#: one year of the list and the word that joins it to the next (2022、, 2023及)
_LISTED = re.compile(rf"({_YEAR})([、和及与])$")
#: a year of the list's last, with its 年 (2024年, 二〇二四年)
_LAST = re.compile(rf"(?:{_YEAR})年")
#: the longest run of years read back from the last
_MOST = 6


def listed_years(norm: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """``times`` with each year listed before a whole year (2022、2023及2024年) made a time of its
    own, in text order; a range (2022至2024年) is no list."""
    added: list[TimeExpr] = []
    for t in times:
        if (
            t.grain != "year"
            or t.first is None
            or norm[t.start - 1 : t.start] not in ("、", "和", "及", "与")
            or _LAST.fullmatch(t.text) is None
        ):
            continue  # the cheap test first: no joining word right before a whole year (most)
        at = t.start
        for _ in range(_MOST):
            m = _LISTED.search(norm, max(0, at - 6), at)
            if m is None or (m.start() > 0 and norm[m.start() - 1] in f"0123456789{_DIGITS}"):
                break
            year = _year(m.group(1))
            first, last = date(year, 1, 1), date(year, 12, 31)
            added.append(replace(t, start=m.start(), end=m.end(1), text=m.group(1), first=first, last=last))
            at = m.start()
    if not added:
        return times
    return sorted(times + added, key=lambda t: t.start)


def _year(token: str) -> int:
    """2022 -> 2022, 二〇二二 -> 2022."""
    if token.isdigit():
        return int(token)
    return int("".join(str(max(0, _DIGITS.index(c) - 2)) for c in token))
