"""Where jieba's cuts or tags mislead the noun reader before a figure, and what the words are: a noun's
last character cut off as a measure word (健身步|道) or a role's suffix (网格|员), 经 before a verb read
as a noun (经审查), a noun read as an adjective before 平均 (容重), 净 and its verb read apart (净|移入),
the thing held read as a verb after a verb of holding (舉辦|展覽), the head of what is received read as
a verb (身份證|申請), and the verbs before a figure that name it (融资50亿元, 劝阻2.1万人次). Part of
the subject decision (:mod:`.words_before`, :mod:`.noun_phrase` read the words through these)."""

from __future__ import annotations

import re

from ..rules.patterns import MeasureWord
from .candidate import Candidate
from .per_unit import MONEY_VERB_ENDS
from .tagging import word_tag

#: the tags jieba gives a noun's last character it cuts off (健身步|道: a measure word; 足球场|地: a particle)
_CUT_TAGS = frozenset({"q", "uv"})
#: the tags of a dictionary noun that character ends (步道, 场地)
_NOUN_WORD_TAGS = frozenset({"n", "s", "nz"})
#: the suffixes of a person's role jieba cuts off a noun as a word of its own (群测群防|员, 网格|员)
_PERSON_SUFFIXES = frozenset({"员"})
#: the suffixes that make a kind of the word before (竞猜|型, 开放|式), whatever jieba tags that word
_KIND_SUFFIXES = frozenset({"型", "式"})


def rejoined(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words with a noun's last character joined back where jieba cuts it off as a measure word
    or a particle (健身|步|道: 步道; 社会|足球场|地: 场地): the character and the one before it make a
    noun of the dictionary, after a noun (新建健身步道186公里, 社会足球场地23个: the noun counted).
    A kind suffix jieba cuts off (竞猜|型|游戏, 开放|式|基金) makes a noun of the word before it, so
    the kind stays in the noun phrase (竞猜型游戏销售181.42亿元: not 型游戏销售). A noun of one
    character before a modifier cut one character late is cut again (雨|水泵房: 雨水|泵房)."""
    before = "x"
    for word, flag in toks:  # the cheap test first: most windows have no such character after a noun
        if flag in _CUT_TAGS and len(word) == 1 and before[:1] == "n":
            break
        if word in _PERSON_SUFFIXES and flag[:1] != "n" and before[:1] == "n":
            break
        if flag == "k" and word in _KIND_SUFFIXES and before != "x":
            break
        if flag == "b" and len(word) >= 3 and before == "n1":
            break
        before = "n1" if flag == "n" and len(word) == 1 else flag
    else:
        return toks
    out: list[tuple[str, str]] = []
    for word, flag in toks:
        if out and flag == "b" and len(word) >= 3 and len(out[-1][0]) == 1 and out[-1][1] == "n":
            recut = _recut(out[-1][0], word)
            if recut is not None:  # 雨|水泵房: 雨水|泵房, the noun whole
                out[-1:] = recut
                continue
        if out and flag == "k" and word in _KIND_SUFFIXES and out[-1][1] != "x":
            out[-1] = (out[-1][0] + word, "n")
            continue
        if out and word in _PERSON_SUFFIXES and flag[:1] != "n" and out[-1][1][:1] == "n":
            out[-1] = (out[-1][0] + word, "n")  # 群测群防|员, 网格|员: those who do it, one noun
            continue
        cut = out and flag in _CUT_TAGS and len(word) == 1 and out[-1][1][:1] == "n"
        if cut and (word_tag(out[-1][0][-1] + word) or "") in _NOUN_WORD_TAGS:
            out[-1] = (out[-1][0] + word, "n")
            continue
        out.append((word, flag))
    return out


def _recut(char: str, word: str) -> list[tuple[str, str]] | None:
    """A noun of one character and a modifier jieba cuts one character late (雨|水泵房, after a
    measure word: 全港25個雨水泵房): when the character and the modifier's first make a noun of the
    dictionary and the rest is one too, the two nouns (雨水|泵房); else None."""
    head, rest = char + word[0], word[1:]
    if (word_tag(head) or "") in _NOUN_WORD_TAGS and (word_tag(rest) or "") in _NOUN_WORD_TAGS:
        return [(head, "n"), (rest, "n")]
    return None


def by_way_of(word: str) -> bool:
    """经 alone (jieba tags it a noun) or glued to its verb (经审查): "after" a procedure, a preposition
    that ends the noun phrase before a figure (經審查核定10萬2,318戶: 核定, not 经审查核定)."""
    if word[:1] != "经":
        return False  # the cheap test first: most words
    return word == "经" or (len(word) >= 3 and (word_tag(word[1:]) or "").startswith("v"))


#: how a figure is averaged, after the name of what is averaged (容重平均为784克/升)
AVERAGED = "平均"


def averaged_noun(toks: list[tuple[str, str]], i: int) -> bool:
    """Whether word ``i``, right before 平均, is the name of what is averaged although jieba tags it an
    adjective (样品容重平均为): two characters or more, after a noun or opening the words."""
    word, flag = toks[i]
    return flag == "a" and len(word) >= 2 and (i == 0 or toks[i - 1][1][:1] == "n")


#: net, of a flow (净流入, 净迁出, 净买入): jieba tags it a noun or an adjective by its neighbours
_NET = "净"


def lone_adjective_verb(toks: list[tuple[str, str]], verb: str) -> str | None:
    """净移入 (jieba: 净/a, 移入/v) right before a figure: a one-character adjective and the verb after
    it are one noun, never the character alone; so is 净 (net) where jieba reads it as a noun (及净迁出,
    净买入 of a flow)."""
    for k in range(len(toks) - 1, 0, -1):
        if toks[k] == (verb, "v"):
            word, flag = toks[k - 1]
            glued = k > 1 and toks[k - 2][1].startswith(("n", "v", "a"))  # 伤害险赔付: 险 ends a noun
            return word + verb if len(word) == 1 and (word == _NET or (flag == "a" and not glued)) else None
    return None


def held_object(toks: list[tuple[str, str]], verb: str, holding: re.Pattern[str], c: Candidate) -> bool:
    """合共舉辦展覽58個, 开展培训120场: the word of two characters jieba tags a verb right before a
    count written with its measure word (``verb``, the last of ``toks``), after a verb of holding
    (``holding``: campaign_verbs), is the thing held, which the count counts."""
    return (
        isinstance(c.entry, MeasureWord)
        and c.end == c.unit_start + len(c.unit or "")
        and len(toks) >= 2
        and toks[-1] == (verb, "v")
        and len(verb) == 2
        and toks[-2][1] == "v"
        and holding.fullmatch(toks[-2][0]) is not None
    )


def recorded_head(
    toks: list[tuple[str, str]], before: int, last: int, verb: str, recording: frozenset[str]
) -> bool:
    """受理居民身份證申請186,420宗, 接获市民投诉1.2万宗: after a verb of receiving (``recording``:
    record_verbs) and its object's nouns (words ``before`` + 1 to ``last``), a word jieba tags a verb
    right before the count (``verb``) is the object's head noun, not a predicate."""
    return (
        before >= 0
        and last + 2 == len(toks)
        and toks[-1] == (verb, "v")
        and len(verb) == 2
        and toks[before][0] in recording
    )


def names_money(c: Candidate, verb: str | None) -> bool:
    """A verb of two characters whose object is money and whose second character names it (拨款, 捐款,
    贷款, 融资, 出资): before an amount it is the amount's name."""
    return c.kind == "money" and verb is not None and len(verb) == 2 and verb[1] in MONEY_VERB_ENDS


#: the measure words of acts counted (劝阻2.1万人次, 走访1200户次, 检查企业860家次)
_ACT_UNITS = frozenset({"人次", "户次", "家次"})


def counts_acts(
    c: Candidate, toks: list[tuple[str, str]], last: int, verb: str, totals: frozenset[str]
) -> bool:
    """A count of acts (人次) with its verb the last word before it, right after the noun run; a verb
    that sums (訪港旅客累計, 入境旅客共計: attributive_verbs, …计) names no act."""
    if c.unit not in _ACT_UNITS or verb in totals or verb.endswith("计"):
        return False
    return last + 2 == len(toks) and toks[last + 1] == (verb, "v")
