"""Events counted as news writes them (session 11): 今年以来第六次全国性罢工, 这是…的第545次飞行,
举行第七轮全国性游行 (the Nth event of its kind within a scope: a rank, its measure word 次 or 轮),
前六轮罢工 (a count of the first N events), 位居全国城市前五 (a rank limit: at most the N-th),
年内还将降息一次 (one more event).

An ordinal of 次 or 轮 opens names as often (第十四次会议, 第五次全国经济普查, 第二次工业革命) and says "for
the Nth time" in passing: it is a figure only where its clause counts events up to it (``event_ordinal_cues``:
以来, 这是, 今年, 举行) and no name's head follows it (``event_name_heads``: 会议, 普查) nor a 届 stands
before it (第十七届人大常委会第二十一次会议).
"""

from __future__ import annotations

from ..rules.checked_models import as_checked
from ..rules.patterns import MeasureWord
from . import ranks
from .candidate import Candidate
from .context import ArticleText
from .reading import Reading
from .tagging import pos_tag, word_tag
from .text import CLAUSE_BREAK
from .units import Entry

#: the measure words of events (次, 轮) and of ordinals counted in a scope (宗, 个), what opens a
#: sentence whose later clause's ordinal it counts (这是), the copulas an elided event's ordinal
#: follows (是, 为), what ends the event's noun (的, 和), what follows 前N as a rank limit (位, 名)
#: and the verbs before N届 and N节 that make them counts (连续五届, 共开设十二节): lists of
#: ``[figure_words]`` in ``patterns/words.toml`` (:mod:`.figure_lookups`)

#: how far before the ordinal a counting cue may stand in its clause, and how far after it a name's
#: head may end (第五次全国经济普查: 普查 ends six characters after 次)
_CUE_REACH, _NAME_REACH = 24, 10


def event_ordinal(doc: ArticleText, r: Reading) -> Candidate | None:
    """第N次/第N轮 (or 第N宗, 第N个) and an event or a case, counted in its clause: a rank with the
    measure word as unit."""
    norm, b = doc.norm, r.b
    unit = norm[b : b + 1]
    figures = doc.rules.words.figures
    if unit not in figures.ordinal_measures or r.value < 2 or r.value != r.value.to_integral_value():
        return None  # 今年第一次需要…: "for the first time", as 首次 says
    cs, _ = doc.clause(r.start)
    words = doc.rules.words
    noun = event_noun(doc, b + 1)
    if any(head in noun for head in words.event_name_heads):
        return None  # 第十四次会议, 第五次全国经济普查: a name
    before = norm[max(cs, r.start - _CUE_REACH) : r.start]
    ss, _ = doc.sentence(r.start)
    if norm.startswith(figures.sentence_copulas, ss) and ss < cs:
        before = norm[ss : ss + 4] + before  # 这是继…之后，该市第三次获评: the sentence's copula counts
    if "届" in before or not any(w in before for w in words.event_ordinal_cues):
        return None  # 第十七届人大常委会第二十一次会议; 第一次明确提出: "for the first time", no count
    elided = norm[b + 1 : b + 2] in CLAUSE_BREAK and any(c in before for c in figures.elided_copulas)
    if not noun and not elided:
        return None  # (…第三次降息，)也是年内第二次。: the event named before, elided; 第六次列车: a name
    if doc.is_blocked(r.start, b + 1):
        return None
    return Candidate(
        r.start,
        b + 1,
        r.a,
        b,
        r.value,
        unit=unit,
        kind="rank",
        unit_start=b,
        extra={"named": noun} if noun else {},
    )


def event_noun(doc: ArticleText, at: int) -> str:
    """The event named right after the measure word at ``at`` (飞行, 全国性罢工 of 全国性罢工和示威游行):
    a run of Chinese characters up to 的 or a joiner, of ten at most, up to a second verb or a verb
    before a figure (罢工造成的损失: 罢工); what the ordinal or count counts."""
    norm, end = doc.norm, at
    noun_ends = doc.rules.words.figures.event_noun_ends
    while end < min(len(norm), at + _NAME_REACH) and "\u4e00" <= norm[end] <= "\u9fff":
        if norm[end] in noun_ends:
            break
        end += 1
    tokens = pos_tag(norm[at:end])
    kept = tokens[:1]
    for i, (word, tag) in enumerate(tokens[1:], 1):
        last = i == len(tokens) - 1
        if tag.startswith("v") and (kept[-1][1].startswith("v") or (last and norm[end : end + 1].isdigit())):
            break  # 罢工造成的损失, 降息累计75个基点: the verb of the clause, past the event
        kept.append((word, tag))
    return "".join(word for word, _ in kept)


def first_events(doc: ArticleText, a: int, b: int) -> bool:
    """前六轮罢工, 前两次降息: 前 and N and 次/轮 before an event counts the first N events, a figure
    (前 ends no word before it: 目前, 提前, 年前 are words of their own)."""
    norm = doc.norm
    if a < 1 or norm[a - 1] != "前" or norm[b : b + 1] not in doc.rules.words.figures.event_measures:
        return False
    nxt = norm[b + 1 : b + 2]
    if not nxt or not ("\u4e00" <= nxt <= "\u9fff"):
        return False
    return a < 2 or word_tag(norm[a - 2 : a]) is None


def top_limit(doc: ArticleText, a: int, b: int, rank_verb_before: bool) -> bool:
    """位居全国城市前五, 排名全省前3位, 跻身全国前十: 前N after a rank verb in its clause is a rank
    limit (at most the N-th), when a measure of rank or the clause's end follows; not before 的
    (发病数居前五位的病种依次为: it picks out which ones)."""
    norm = doc.norm
    if a < 1 or norm[a - 1] != "前" or not rank_verb_before:
        return False
    end = b + 1 if norm.startswith(("位", "名"), b) else b
    if b < len(norm) and not norm.startswith(doc.rules.words.figures.top_after, b):
        return norm[b] in CLAUSE_BREAK
    return end >= len(norm) or norm[end] != "的"  # 居前三位的行业是…: which ones, a selection


def top_rank(doc: ArticleText, r: Reading, end: int, unit: str | None) -> Candidate | None:
    """前五, 前3位 after a rank verb (:func:`top_limit`): a rank, at most the N-th."""
    top = ranks.rank(doc, r.start, r.a, end, r.value, unit=unit)
    if top is not None:
        top.qualifier = "at_most"
    return top


def one_more_event(doc: ArticleText, a: int, b: int) -> bool:
    """还将降息一次, 年内再加息一次, 今年已降息一次: 一次 right after a verb and ending its clause
    counts one event, a figure (一次会议, 一次性, 每年开展一次 are not: a noun follows, or it is how
    often)."""
    norm = doc.norm
    if not norm.startswith("次", b) or (b + 1 < len(norm) and norm[b + 1] not in CLAUSE_BREAK):
        return False
    verb = norm[max(0, a - 2) : a]
    tag = word_tag(verb) if len(verb) == 2 else None
    if tag is None or not (tag.startswith("v") or tag == "n"):  # 降息 is a noun to jieba
        return False
    cs, _ = doc.clause(a)
    return "每" not in norm[cs:a]


#: 级 as a measure word: the tiers a list before it sums up (省、市、县三级, 县乡两级)
_TIERS = as_checked(MeasureWord, word="级")


def numeral_count(doc: ArticleText, unit: str, entry: Entry, start: int) -> Entry | None:
    """The entry a word that counts only after digits (``needs_number``) takes after a Chinese
    numeral starting at ``start`` where it still counts: 级 summing up the tiers listed before it
    (省、市、县三级: a count of tiers, not a level), 届 after 连续 or a verb of holding (连续五届:
    sessions held), 节 after a verb of dividing or holding (每日分三節開放: sessions); else None
    (二期工程, 十四届全国人大, 两节期间: a name)."""
    if unit == "级" and doc.rules.tier_list.search(doc.norm, max(0, start - 16), start):
        return _TIERS
    figures = doc.rules.words.figures
    if unit == "届" and figures.sessions_counted.search(doc.norm, max(0, start - 3), start):
        return entry
    if unit == "节" and figures.parts_counted.search(doc.norm, max(0, start - 2), start):
        return entry
    return None
