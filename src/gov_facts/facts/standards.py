"""A standard a figure is compared against: 樓宇火警召喚的召達時間達標率為92.8%，高於92.5%的服務承諾.

After a comparison word (高于, 低于, 优于: ``comparison_words``), a figure followed by 的 and a noun
of a standard (服务承诺, 考核目标, 警戒线: ``compared_standards`` in ``patterns/words.toml``) is
that standard's own level: its subject is the standard, its qualifier exact (高于 compares the rate
before it with the standard; it bounds nothing). 超过90%的企业 (a bound on a share of things) is no
standard: its noun is no standard's.

The same holds of an average named before 的 (失業率為3.2%，低於全國平均的3.4%): a comparison that opens a
clause after a rate compares that rate with the average's own rate, the figure after 的 (exact); a
share of it in words (低于全国平均水平的一半) stays a bound.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText

#: how far before the figure its comparison word may begin (高于, 优于约, 低于上年同期)
_REACH = 6


def compared_standard(doc: ArticleText, c: Candidate) -> tuple[str, str] | None:
    """The standard the figure is the level of (服务承诺) and the figure's qualifier (exact, or what a
    word after it says: 5.5%左右的预期目标), or None."""
    if "的" not in doc.norm[c.end : c.end + 4]:
        return None  # the cheap cue: 的 right after the figure or after its qualifier (左右的)
    end, qualifier = c.end, "exact"
    for word, q in doc.rules.qual_after:
        if doc.norm.startswith(word, end):
            end, qualifier = end + len(word), q
            break
    if doc.norm[end : end + 1] != "的":
        return None
    m = doc.rules.standard_after.match(doc.norm, end)
    if m is None:
        return None
    cs, _ = doc.clause(c.start)
    if doc.rules.comparison_tail.search(doc.norm, max(cs, c.start - _REACH), c.start) is None:
        return None
    return m.group(1), qualifier


#: 低於全國平均的3.4%: a comparison word, an average (全国平均, 全省平均水平) and 的, right before a percent
_AVERAGE_BEFORE = re.compile(
    r"(?:高于|低于|优于|好于|差于|快于|慢于|略高于|略低于)[^，,。；;、0-9的]{0,8}(?:平均|平均水平|平均值|均值)的$"
)


def compared_average(doc: ArticleText, c: Candidate) -> bool:
    """Whether a percent after 的 is the level of an average that a comparison opening its clause
    names, the rate of the clause before compared with it (失業率為3.2%，低於全國平均的3.4%)."""
    if c.kind != "percent" or doc.norm[c.start - 1 : c.start] != "的" or doc.norm[c.end - 1 : c.end] != "%":
        return False  # the cheap cue: most figures follow no 的
    cs, _ = doc.clause(c.start)
    m = _AVERAGE_BEFORE.search(doc.norm, max(cs, c.start - 16), c.start)
    if m is None or m.start() != cs or cs < 2:
        return False
    ps, _ = doc.clause(cs - 2)
    return "%" in doc.norm[ps : cs - 1]  # the rate compared, stated in the clause before


def compared_level(doc: ArticleText, c: Candidate) -> str | None:
    """The qualifier of a figure that is the level a comparison names (a standard's, or an average's:
    exact), or None: the one decision :func:`.qualifier.qualifier_of` asks first."""
    standard = compared_standard(doc, c)
    if standard is not None:
        return standard[1]
    return "exact" if compared_average(doc, c) else None
