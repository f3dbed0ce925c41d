"""The measure of a scaled count written with no unit at its clause's end, found in the sentence
(出入境人次共錄得1,296.4萬, then 本地居民為411.5萬: 人次), and a unit in no list that ends in a listed
one (3.5萬延人次, 1.2亿标方: the word as written, kind other) or is written in Latin letters
(4800PFlops, 3.5mAh)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..rules.patterns import MeasureWord, UnitEntry
from .candidate import Candidate
from .reading import Reading
from .tagging import pos_tag, word_tag
from .units import Entry, match_unit, names_its_measure

if TYPE_CHECKING:
    from .scan import Scanner

#: a clause that is only a verb or bound before its figure (…出現在8月10日，為49.6萬，): the subject
#: is the sentence's, named in a clause before
_VERB_ONLY = re.compile(r"\s*(?:则|也|亦|均|都|仍|共|累计)?(?:约为|为|达到|达|共计|共有|录得|约)\s*$")
#: a scale in a number's core and bound (3.5萬, 2000余万): the figures these readers take
_SCALED = re.compile("[万亿]")
#: the last character of a noun that names its measure (人次, 宗数)
_MEASURE_END = re.compile("[次数]")
#: the mark that tells a figure came from a noun that names its measure (求诊人次为36.2万)
NOUN_MEASURE = "noun_measure"


def sentence_measure(sc: Scanner, r: Reading, cs: int) -> tuple[str, Entry | None] | None:
    """单日最高出入境人次出现在8月10日，为49.6万: a clause that is only a verb and a scaled figure
    counts in the measure the sentence's noun ends in (人次, 宗数: 宗), the first such noun before
    the clause; None when the clause holds more than a verb or no noun names a measure."""
    norm = sc.doc.norm
    if _VERB_ONLY.fullmatch(norm, cs, r.start) is None or _SCALED.search(norm, r.a, r.p) is None:
        return None
    return _named_before(sc, r, cs)


def _named_before(sc: Scanner, r: Reading, cs: int) -> tuple[str, Entry | None] | None:
    """The measure the first noun of the sentence before ``cs`` ends in (人次, 宗数: 宗), or None."""
    doc, norm = sc.doc, sc.doc.norm
    ss, _ = doc.sentence(r.a)
    for m in _MEASURE_END.finditer(norm, ss, cs):
        measure = names_its_measure(doc, m.end())
        if measure is not None:
            return measure, doc.rules.units.get(measure)
    return None


#: a scaled number of a list, perhaps approximate (约145万), and what joins the list (、和及与)
_ITEM = r"(?:约|近|逾)?[0-9][0-9.,]*[万亿]"
_JOIN = r"\s*(?:、|和|及|与|以及)\s*"
#: from 分别 to the first number: its verb (分别约为, 分别为, 分别达) and the items before the figure
_LIST_HEAD = re.compile(rf"(?:约为|为|是|达到|达|有|录得|约|共)*(?:{_ITEM}{_JOIN})*(?:约|近|逾)?")
#: after the figure to its clause's end: the items after it, and nothing else
_LIST_TAIL = re.compile(rf"(?:{_JOIN}{_ITEM})*\s*")


def unwritten_list_measure(sc: Scanner, r: Reading, cs: int, at: int) -> Candidate | None:
    """遊客人次最多的分別為大帽山郊野公園及西貢東郊野公園，分別約為182萬及145萬: scaled numbers of a
    list 分别 (at ``at``) hands out, that ends its clause with no unit after the last, are counts in
    the measure a noun of the sentence before names (遊客人次: 人次), else with no unit; an amount of
    money when the sentence is about money (营收分别为1.2亿和0.8亿: currency not written)."""
    doc, norm = sc.doc, sc.doc.norm
    if r.is_cn or not re.search("[万亿]", norm[r.a : r.p]):
        return None
    _, ce = doc.clause(r.a)
    head, tail = _LIST_HEAD.fullmatch(norm, at + 2, r.a), _LIST_TAIL.fullmatch(norm, r.b, ce)
    if head is None or tail is None or head.end() == tail.start() or not (head.group(0) + tail.group(0)):
        return None
    if re.search(_JOIN, head.group(0) + tail.group(0)) is None:
        return None  # a list of one is no list
    ss, _ = doc.sentence(r.a)
    found = _named_before(sc, r, cs)
    money = found is None and any(w in norm[ss : r.a] for w in doc.rules.money_cues)
    unit, entry = found if found is not None else (None, None)
    # 分别约为182万及145万: the approximation after 分别 is of every item
    qualifier = "approx" if r.qualifier == "exact" and norm.startswith("约", at + 2) else r.qualifier
    cand = Candidate(
        r.start, r.p, r.a, r.b, r.value, unit=unit, kind="money" if money else "count", entry=entry,
        qualifier=qualifier, unit_start=r.p,
    )  # fmt: skip
    if found is not None:
        cand.extra[NOUN_MEASURE] = True
    return sc.finish(cand)


def parallel_measure(sc: Scanner, r: Reading) -> tuple[str, Entry | None] | None:
    """旅客出入境人次為632.7萬，佔總數的48.8%；本地居民為411.5萬: a scaled count at its clause's end
    whose noun names no measure takes the measure of the count before it in the sentence, where
    that one's noun named it (a list of parts of one total); a count with a unit written (1200家)
    or with none stops the search."""
    ss, _ = sc.doc.sentence(r.a)
    for cand in reversed(sc.cands):
        if cand.start < ss:
            return None
        if cand.start >= r.start or cand.kind != "count":
            continue  # shares and rates between the parts (佔總數的48.8%)
        if cand.extra.get(NOUN_MEASURE) and cand.unit is not None:
            return cand.unit, cand.entry
        return None
    return None


#: what may follow a unit that ends its figure's clause (3.5萬延人次，, 1.2亿标方（同比…）)
_UNIT_ENDS = ("，", "。", "；", "、", ",", ";", "\n", "（", "(", "：", ":", "")


def compound_unit(sc: Scanner, r: Reading) -> Candidate | None:
    """全年服務達3.5萬延人次, 天然气销量1.2亿标方: after a scaled figure, one or two characters and
    then a listed unit of measure or a count of occasions (…次) that ends the clause make one unit
    in no list, as written: kind other, with a warning naming it. A measure word for things (5万
    农户: 户) or a time (3万职工年) is left to the readers of counted nouns."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if r.is_cn or p != r.b or _SCALED.search(norm, r.a, p) is None:
        return None
    for lead in (1, 2):
        hit = match_unit(doc, p + lead)
        if hit is None or any(not ("\u4e00" <= ch <= "\u9fff") for ch in norm[p : p + lead]):
            continue
        word, entry = hit
        end = p + lead + len(word)
        if norm[end : end + 1] not in _UNIT_ENDS:
            continue
        if isinstance(entry, UnitEntry) and entry.kind in ("duration", "money", "percent"):
            return None
        if isinstance(entry, MeasureWord) and not word.endswith("次"):
            return None
        if entry.needs_number and word_tag(norm[end - 2 : end]) is not None:
            return None  # 1.2万地方: 方 closes a word of its own (标方 is none)
        if lead == 2 and isinstance(entry, MeasureWord) and entry.names_thing and _a_word(sc, p):
            return _modified_measure(sc, r, end, word, entry)
        unit = doc.text[p:end]
        sc.warn(f"unit {unit!r} after {norm[r.a : p]} is in no list: read as kind other")
        cand = Candidate(
            r.start, end, r.a, r.b, r.value, unit=unit, kind="other", qualifier=r.qualifier, unit_start=p
        )
        return sc.finish(cand)
    return None


def _a_word(sc: Scanner, p: int) -> bool:
    """The two characters at ``p`` are a word of jieba's dictionary, as normalized or as written
    (参观: the normalized text reads its 参 as the numeral 叁)."""
    return word_tag(sc.doc.norm[p : p + 2]) is not None or word_tag(sc.doc.text[p : p + 2]) is not None


def _modified_measure(sc: Scanner, r: Reading, end: int, word: str, entry: MeasureWord) -> Candidate | None:
    """约735萬入場人次, 735万就诊人次, 120万参观人次: a word of its own (入场, 就诊, 参观) before a measure
    that names those counted (人次) makes a noun of that measure: the figure counts in the measure,
    and the whole noun is what it counts (a bound character before it, 3.5萬延人次, is a unit in no
    list)."""
    cand = Candidate(
        r.start, end, r.a, r.b, r.value, unit=word, kind="count", entry=entry, qualifier=r.qualifier,
        unit_start=end - len(word),
    )  # fmt: skip
    cand.extra["named"] = sc.doc.text[r.p : end]
    return sc.finish(cand)


#: the word classes of one character after a scaled figure that may be a unit in no list (12万注,
#: 3万窝, 3.6万担: jieba tags them verbs or nouns); particles, prepositions and places (5万等, 3万后,
#: 5万以) never are
_UNIT_LIKE_TAGS = frozenset({"v", "n", "q", "vg", "ng"})
#: characters of those classes that after a figure say where or when, not what (5万内: within)
_NOT_A_UNIT = frozenset("内年月日号时分秒点周")


def one_character_unit(sc: Scanner, r: Reading) -> Candidate | None:
    """销售彩票12万注, 蜂群达3万窝, 供应蔬菜3.6万担: one character in no list between a scaled Arabic
    figure and the end of its clause is the figure's unit as written (kind other, with a warning),
    never a silent drop; a particle or a word of place (5万等, 3万后) is none."""
    doc, norm, p = sc.doc, sc.doc.norm, r.p
    if r.is_cn or p != r.b or _SCALED.search(norm, r.a, p) is None:
        return None
    ch = norm[p : p + 1]
    if not ("\u4e00" <= ch <= "\u9fff") or ch in _NOT_A_UNIT or norm[p + 1 : p + 2] not in _UNIT_ENDS:
        return None
    toks = pos_tag(ch)
    if not toks or toks[0][1] not in _UNIT_LIKE_TAGS:
        return None
    unit = doc.text[p : p + 1]
    sc.warn(f"unit {unit!r} after {norm[r.a : p]} is in no list: read as kind other")
    cand = Candidate(
        r.start, p + 1, r.a, r.b, r.value, unit=unit, kind="other", qualifier=r.qualifier, unit_start=p
    )
    return sc.finish(cand)


_LATIN_RUN = re.compile(r"[A-Za-zμµ²³/·]+")
#: a Latin run that reads as a unit in no list: at most seven characters; an ordinal's ending
#: (30th, 2nd) is none
_LATIN_UNIT_MAX = 7
#: the signed exponent after E of a number in scientific notation (1.2E+04, 2.5E-03)
_EXPONENT = re.compile(r"[+\-][0-9]")
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
#: a decimal point or a scale among a number's characters (3.5, 12万): a measured figure
_MEASURED = re.compile(r"[.万亿]")


def latin_unit(sc: Scanner, r: Reading) -> Candidate | None:
    """算力规模达到4800PFlops, 容量3.5mAh, 12万Nm³/h: letters in no list right after an Arabic figure
    are its unit, as written (kind other, with a warning naming it), when :func:`_reads_as_unit`;
    not when a letter or digit goes on after them (a code)."""
    norm, p = sc.doc.norm, r.p
    latin = _LATIN_RUN.match(norm, p)
    if latin is None or r.is_cn or not _reads_as_unit(latin.group(0), norm[r.a : p]):
        return None
    end = latin.end()
    if end < len(norm) and norm[end].isascii() and norm[end].isalnum():
        return None  # 4800PFlops2: the letters run on into a code
    if latin.group(0) in ("E", "e") and _EXPONENT.match(norm, end):
        return None  # 1.2E+04人: a number in scientific notation, not a unit E (not read: rare)
    unit = sc.doc.text[p:end]
    sc.warn(f"unit {unit!r} after {norm[r.a : p]} is in no list: read as kind other")
    cand = Candidate(
        r.start, end, r.a, r.b, r.value, unit=unit, kind="other", qualifier=r.qualifier, unit_start=p
    )
    return sc.finish(cand)


def _reads_as_unit(run: str, written: str) -> bool:
    """Whether letters after a figure are a unit: after a measured figure (a decimal or a scale:
    3.5mAh, 12万Nm³/h) or with a slash, or a run of two letters or more with a small one after a
    whole number (4800PFlops, 200Mbit); capitals alone after a whole number are a model's name, a
    code or an event's acronym (5G, 4K, 3D, 2025CBEC, 第132BD章) and pass."""
    letters = sum(ch.isalpha() for ch in run)
    if len(run) > _LATIN_UNIT_MAX or letters < 1 or run.lower() in _ORDINAL_ENDS:
        return False
    if "/" in run or _MEASURED.search(written):
        return run[0] != "/"
    return letters >= 2 and any(ch.islower() for ch in run)
