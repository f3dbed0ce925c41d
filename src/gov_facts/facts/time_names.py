"""Times that are part of a name, no time of a figure: a year before an edition's 版 (2023年版,
《2023年版诊疗指南》). Read by :mod:`.time_expressions` when it finds times."""

from __future__ import annotations

import re

#: 2023年版, 二〇二三年版本, （2023年版）, 2023年版目录: what may follow 版 for an edition (a document it
#: names; not 版号 a licence number, 版纳 of 西双版纳, 版权, 版面: a year before those is the figure's); in a
#: title (《2023年版诊疗指南》) any 版 is an edition
_EDITION = re.compile(
    r"版(?:本|(?=[）)《》」』”\"'，,。；;、：:\s的]|$|目[录錄]|指南|[标標]准|[规規]范|教材|[药藥]典|[清名][单單录錄]|手[册冊]))"
)
#: a title still open before a word (《2023年版诊疗指南》)
_OPEN_TITLE = re.compile(r"《[^《》\n]{0,12}$")


def an_edition(text: str, start: int, end: int) -> bool:
    """A year (``text[start:end]``, ending in 年) before 版 that names an edition."""
    if not text.startswith("版", end):
        return False
    return (
        _EDITION.match(text, end) is not None
        or _OPEN_TITLE.search(text, max(0, start - 12), start) is not None
    )
