"""The level of a market measure with no unit, as finance news writes it (session 11):
美元指数短线下跌约0.4%至98.2附近, 离岸人民币兑美元汇率一度升破6.95关口, 人民币兑美元中间价报7.1012,
美元指数一度跌破100大关: a
number after a verb of level (至, 破, 收于; for an exchange rate also 报, 为) in a clause that names an index
or an exchange rate (``market_measures``, ``rate_measures``), a fact of kind other, unit null.

The level of an index after 为/报 is read by :func:`.no_unit.pure_measure`; this reads the levels a move
reaches (至 after a change's size, 破 of a threshold) and an exchange rate's fixing."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .candidate import Candidate
from .no_unit import bare_candidate
from .reading import Reading
from .word_regexes import alternatives

if TYPE_CHECKING:
    from .scan import Scanner

#: what may follow the level: the clause's end, a word of about or of a threshold (附近, 关口, 大关)
_AFTER = re.compile(r"[，,。；;、\n）)]|$|附近|左右|上下|一线|关口|關口|大关|大關|上方|下方|水平")
#: how far before the number the measure's name may stand in its clause; the most characters of the
#: clause up to the name's end taken as the subject (离岸人民币兑美元汇率)
_REACH, _NAME_LONGEST = 24, 12


@lru_cache(maxsize=4)
def _named(markets: tuple[str, ...], rates: tuple[str, ...]) -> re.Pattern[str]:
    """An index or an exchange rate, then up to 16 characters (a change and its size: 下跌约0.4%), then
    a verb of level right before the number; 报/为 only after an exchange rate."""
    verbs = "至|到|破|收于|收於|收报|收報"
    moved = rf"(?:{alternatives(list(markets + rates))})[^，,。；;]{{0,16}}?(?:{verbs})"
    fixed = rf"(?:{alternatives(list(rates))})[^，,。；;0-9]{{0,8}}?(?:报|報|为|為)"
    return re.compile(rf"(?:{moved}|{fixed})(?:约|近|約)?$")


def market_level(sc: Scanner, r: Reading) -> Candidate | None:
    """The level an index or an exchange rate is at or moves to, written with no unit."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if r.is_cn or r.hint is not None or _AFTER.match(norm, p) is None:
        return None
    words = doc.rules.words
    if not words.market_measures or norm[r.a - 1 : r.a] not in "至到破于於报報为為约近約":
        return None  # most numbers: one look at the character before
    cs, _ = doc.clause(r.a)
    named = _named(words.market_measures, words.rate_measures)
    m = named.search(norm, max(cs, r.start - _REACH), r.start)
    if m is None:
        return None
    cand = bare_candidate(r, p, p, r.value, None, None, kind="other")
    span = norm[m.start() : m.end()]  # the last name before the verb ends the measure's name
    name_end = m.start() + max(
        span.rfind(w) + len(w) for w in words.market_measures + words.rate_measures if w in span
    )
    cand.extra["named"] = norm[max(cs, name_end - _NAME_LONGEST) : name_end].strip()  # 离岸人民币兑美元汇率
    return sc.finish(cand)
