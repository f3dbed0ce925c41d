"""A bracket right before a figure that names what it counts: an alias the text sets up for the
words before it (（以下简称代表建议）612件) or a class label (解决或采纳的（A类）427件, （乙類）35宗). Part of
the subject decision (:mod:`.subject` asks here)."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag

#: a class label alone in a bracket (（A类）, （B級）, （乙類）, （一档）)
_CLASS = re.compile(
    r"[（(]([A-Za-zＡ-Ｚ]{1,2}|[一二三四五六七八九十甲乙丙丁]{1,2})([类级档])[）)]"
    r"(?:共|约|计|合计|共计)?$"
)
#: the characters a bracket right before a figure may end with, past a link word of one or two
_CLOSERS = frozenset("）)")


def named_in_bracket_before(doc: ArticleText, c: Candidate) -> str | None:
    """(所提问题已经解决或采纳的)（A类）427件, (建议、批评和意见)（以下简称代表建议）612件: the name a
    bracket right before a count gives (past 共 or 约) is what it counts, not a word of the
    relative clause or the list before the bracket."""
    norm = doc.norm
    if _CLOSERS.isdisjoint(norm[c.start - 3 : c.start]):
        return None  # asked first: most figures follow no bracket (none in the first three: none near)
    window = norm[max(0, c.start - 24) : c.start]
    m = _CLASS.search(window)
    if m is not None:
        return m.group(1) + m.group(2)
    m = doc.rules.words.alias_before.search(window)  # an alias (words.toml alias_openers)
    return m.group(1) if m is not None else None


#: a list item's label that holds a bracket (县（市）, 镇（街道）, 區（鄉）), right before its figure
_BRACKETED_LABEL = re.compile(
    r"(?:(?<=[、，,；;：:])|(?<=其中))(?!其中)([\u4e00-\u9fff]{1,4}[（(][\u4e00-\u9fff]{1,4}[）)])(?:约|共|为|有)?$"
)


#: the tags of words no label opens with: a verb, an adverb, a preposition (已开工（筹集）)
_NOT_A_LABEL = ("v", "d", "p")


def bracketed_label(doc: ArticleText, c: Candidate) -> str | None:
    """其中主城区31个、县（市）27个: a list item whose label holds a bracket names its own figure; the
    noun reader stops at the bracket and would carry the item before it."""
    if _CLOSERS.isdisjoint(doc.norm[max(0, c.start - 2) : c.start]):
        return None  # asked first: most figures follow no bracket
    m = _BRACKETED_LABEL.search(doc.norm, max(0, c.start - 12), c.start)
    if m is None:
        return None
    label = m.group(1)
    opened = m.start(1) + max(label.find("（"), label.find("("))
    if any(f.startswith(_NOT_A_LABEL) for _, f in pos_tag(doc.shadow[m.start(1) : opened])):
        return None  # 已开工（筹集）3215套: a verb and its gloss, no label
    return label
