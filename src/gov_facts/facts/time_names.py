"""Times that are part of a name, no time of a figure: a year before an edition's 版 (2023年版,
《2023年版诊疗指南》), and 昨日 or 昨夜 in a title, a short quotation or a set phrase (《昨日重现》,
“昨夜星辰昨夜风”, 昨日黄花). Read by :mod:`.time_expressions` when it finds times."""

from __future__ import annotations

import re

#: 2023年版, 二〇二三年版本, （2023年版）, 2023年版目录: what may follow 版 for an edition (a document it
#: names; not 版号 a licence number, 版纳 of 西双版纳, 版权, 版面: a year before those is the figure's); in a
#: title (《2023年版诊疗指南》) any 版 is an edition
_EDITION = re.compile(
    r"版(?:本|(?=[）)《》」』”\"'，,。；;、：:\s的]|$|目[录錄]|指南|[标標]准|[规規]范|教材|[药藥]典|[清名][单單录錄]|手[册冊]))"
)
#: a title still open before a word (《昨日重现》), or a short quotation (“昨夜星辰昨夜风”: not a quoted
#: speech, “昨天，我们…, which runs on past a comma)
_OPEN_TITLE = re.compile(r"《[^《》\n]{0,12}$")
_OPEN_QUOTE = re.compile(r"[“「『][^“”「」『』，,。；;\n]{0,12}$")
_QUOTE_CLOSES = re.compile(r"[^“”「」『』，,。；;：:\n]{0,12}[”」』]")
#: set phrases of 昨日 (昨日黄花: a thing of the past), no day
_SET_PHRASE = re.compile(r"黄花|黃花")


def in_a_name(text: str, start: int, end: int) -> bool:
    """《昨日重现》, “昨夜星辰昨夜风”, 昨日黄花: 昨日 inside a title, a short quotation or a set phrase."""
    if _SET_PHRASE.match(text, end) or _OPEN_TITLE.search(text, max(0, start - 12), start):
        return True
    return bool(_OPEN_QUOTE.search(text, max(0, start - 12), start) and _QUOTE_CLOSES.match(text, end))


def an_edition(text: str, end: int) -> bool:
    """A year ending in 年 at ``end`` before 版 that names an edition (二〇二三年版, 2023年版目录)."""
    if not text.startswith("年版", end - 1):
        return False
    return (
        _EDITION.match(text, end) is not None or _OPEN_TITLE.search(text, max(0, end - 20), end) is not None
    )
