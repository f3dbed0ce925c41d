"""Where a subject starts: the words before it that tell it apart, and a start jieba cut inside a
word (session 10).

The subject readers take the run of nouns jieba gives before or after a figure; two kinds of
start are wrong however the reader walks:

- a modifier that jieba does not tag a noun is cut off, though it is what distinguishes the thing:
  a grade (5A级|景区, 三级甲等|医院), a currency (港元|存款, 人民币|贷款), a verb describing a measure
  head (参保|人数, 出境|人次), a distinguishing word and its verb (国有|控股|企业实现利润: 企业利润);
- jieba cut the first word wrongly, so the subject starts inside a word: 招收一年|级新生 (一年级),
  每股派|发现|金红利 (现金红利). A subject whose first characters and the ones before them make a
  dictionary word that jieba, cutting that stretch alone, keeps whole starts at that word.
"""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag, word_tag

#: a grade written before a noun (5A级, AAAA级, 三级, 二级甲等, 五星级, 3星级)
_GRADE = re.compile(
    r"(?<![0-9.])(?:[0-9]+[A-Za-z]*|[A-Za-z]{1,5}|[一二三四五六七八九十]{1,2}|[0-9]+)星?级(?:甲等|乙等|丙等)?"
    r"(?![及以])"  # 二级以上医院: a range of grades names no kind (as 省级以上绿色工厂, shared gold 027)
    r"$"
)

#: a level of government or standing before a noun, perhaps with a few words between (省级专精特新企业,
#: 国家级示范合作社; not 省级以上绿色工厂: a range of levels names no kind, shared gold 027 reads 绿色工厂)
_LEVEL = re.compile(r"(?:国家|省|市|县|区|村|乡|镇|部|世界|国际)级([^，,。；;、：:0-9的以]{0,4})$")

#: a form of school before 新生 or 学生 (高一新生, 初一新生: jieba reads 初一 a day)
_SCHOOL_FORM = re.compile(r"[初高][一二三]$")

#: an ordinal year of school before 级 (一年级, 高二年级 is a word already): 级 alone never opens a noun
_SCHOOL_YEAR = re.compile(r"(?:[一二三四五六七八九十0-9]{1,2})年?$")

#: currencies written before a noun they distinguish (港元存款, 人民币贷款, 外币存款)
_CURRENCY_WORDS = ("本外币", "外币", "本币")

#: tags of closed-class words (其中, 之中, 从而) whose last character a re-cut may not take
_CLOSED_TAGS = ("r", "c", "p", "f", "d", "u")

#: what a measure word after a number follows
_NUMERALS = frozenset("0123456789零〇○一二两三四五六七八九十百千万")

#: at most this many characters a re-cut may move a subject's start back
_RECUT_REACH = 2


def recut(doc: ArticleText, c: Candidate, subject: str | None) -> str | None:
    """The subject with its distinguishing words, or its start moved to a whole word."""
    if not subject or "table_head" in c.extra or len(subject) > 8:
        return subject
    cs, _ = doc.clause(c.start)
    at = _start_of(doc, cs, c, subject)
    if at is None:
        return subject
    if at >= c.end:
        cs = c.end  # 突破1万美元新台阶: written after the figure, its words before it are the figure's
    if at <= cs:
        return subject  # the subject opens its clause: no words before it to join (both readers ask)
    return (
        _whole_word_start(doc, cs, at, subject)
        or _distinguished(doc, cs, at, subject, at < c.start)
        or subject
    )


def _start_of(doc: ArticleText, cs: int, c: Candidate, subject: str) -> int | None:
    """Where the subject (or its first word, for one joined across a verb: 企业|实现|利润) is written in
    the figure's clause, before the figure."""
    at = doc.shadow.rfind(subject, cs, c.start)
    if at < 0 and c.end < len(doc.shadow):
        _, ce = doc.clause(c.start)
        at = doc.shadow.find(subject, c.end, ce)  # 316.9萬人次入境旅客: written after the figure
    if at >= 0:
        return at
    first = pos_tag(subject)[0][0]
    if len(first) < 2 or len(first) == len(subject):
        return None
    at = doc.shadow.rfind(first, cs, c.start)
    return at if at >= 0 else None


def _whole_word_start(doc: ArticleText, cs: int, at: int, subject: str) -> str | None:
    """招收一年级新生3250人 -> 一年级新生 (not 级新生), 每股派发现金红利0.35元 -> 现金红利 (not 金红利):
    the characters before the subject and its first ones make a word jieba keeps when it cuts the
    stretch alone."""
    if at <= cs:
        return None
    if subject.startswith("级"):
        school = _SCHOOL_YEAR.search(doc.norm, max(cs, at - 3), at)
        if school is not None and school.start() < at:
            return doc.shadow[school.start() : at] + subject
    if word_tag(doc.shadow[at - 1 : at + 1]) is None:
        return None  # the cheap cue: no word spans the cut
    if word_tag(pos_tag(subject)[0][0]) is not None:
        return None  # the subject opens with a word of the dictionary: jieba's cut was no guess
    best = None
    for k in range(1, _RECUT_REACH + 1):
        if at - k < cs or not doc.shadow[at - k].isalpha() or doc.shadow[at - k].isascii():
            break
        if doc.norm[at - k - 1 : at - k] in _NUMERALS:
            break  # 142个|人社服务事项: the measure word after a number is the figure's
        if (word_tag(doc.shadow[at - k - 1 : at - k + 1]) or "x")[:1] in _CLOSED_TAGS:
            break  # 其中|医师: the character before ends a word of its own (其中, 之中)
        toks = pos_tag(doc.shadow[at - k : at + len(subject)])
        if len(toks[0][0]) <= k or toks[0][1].startswith(("v", "p", "d", "m")):
            break  # the cut stands between words, or the word across it is a verb
        best = doc.shadow[at - k : at + len(subject)]
    return best


def _distinguished(doc: ArticleText, cs: int, at: int, subject: str, before_figure: bool) -> str | None:
    """5A级景区3家 -> 5A级景区, 港元存款按月上升1.1% -> 港元存款, 参保人数突破120万人 -> 参保人数,
    国有控股企业实现利润98.5亿元 -> 国有控股企业利润: the words right before the subject that
    tell it apart from others of its kind."""
    if at <= cs:
        return None
    before = doc.norm[max(cs, at - 8) : at]
    if "级" in before:
        grade = _GRADE.search(before)
        if grade is not None:
            return doc.shadow[at - len(before) + grade.start() : at] + subject
        ranked = _LEVEL.search(before)
        if ranked is not None and _plain_words(doc, ranked.group(1)):
            return doc.shadow[at - len(before) + ranked.start() : at] + subject
    school = _SCHOOL_FORM.search(before) if before[-2:-1] in ("初", "高") else None
    if school is not None:
        return doc.shadow[at - len(before) + school.start() : at] + subject
    currency = _currency_before(doc, before, subject) if before[-1:] in _currency_ends(doc) else None
    if currency:
        return doc.shadow[at - len(currency) : at] + subject
    headed = subject.endswith(doc.rules.words.measure_heads)
    if not headed and len(subject) > 4:
        return None  # the cheap cue: only a measure head or a short noun is asked for its tags
    if not (word_tag(doc.shadow[at - 2 : at]) or "").startswith("v"):
        return None  # and only after a verb of the dictionary (参保, 控股)
    toks = pos_tag(doc.shadow[cs:at])
    if not toks:
        return None
    last, tag = toks[-1]
    if headed and tag in ("v", "vn") and len(last) == 2 and before_figure:
        # 参保人数, 出境人次, 参保职工人数, 参保缴费人数, 参与人数: verbs opening the clause describe
        # the head (a light verb of taking part too, but not one of stating: 实现利润总额)
        for k in (len(toks) - 2, len(toks) - 1):
            verbs = toks[k:] if k >= 0 else []
            if not verbs or any(t not in ("v", "vn") or len(w) != 2 or _predicate(doc, w) for w, t in verbs):
                continue
            if k == 0 or toks[k - 1][0] in doc.rules.stop or toks[k - 1][1] in ("t", "r", "x"):
                return "".join(w for w, _ in verbs) + subject
    if len(toks) >= 2 and tag == "v" and len(last) == 2 and toks[-2][1] == "b":
        if doc.times_between(at - len(last) - len(toks[-2][0]), at):
            return None  # 同期|錄得: a time, not a distinguishing word
        opener = len(toks) == 2 or toks[-3][0] in doc.rules.stop or toks[-3][1] in ("t", "r", "x")
        if opener and last not in doc.rules.stop:
            return toks[-2][0] + last + subject  # 国有控股企业, 外资控股企业
    return None


def _plain_words(doc: ArticleText, words: str) -> bool:
    """Whether the words between a level and the noun describe the noun: none a stop word, and a
    verb only alone (示范合作社), not ending more words (省级财政|安排|资金: a predicate)."""
    if not words:
        return True
    toks = pos_tag(words)
    if any(w in doc.rules.stop for w, _ in toks):
        return False
    return not (toks[-1][1] == "v" and len(toks) > 1)


#: light verbs (subject stop words) that describe a measure head after them: those taking part
_TAKING_PART = frozenset({"参加", "参与"})


def _predicate(doc: ArticleText, verb: str) -> bool:
    """Whether a verb before a measure head states the figure (实现, 完成, 累计, 涉及) rather than
    describing the head (参保, 参加)."""
    return verb in doc.rules.stop and verb not in _TAKING_PART


def _currency_before(doc: ArticleText, before: str, subject: str) -> str | None:
    """The currency name ``before`` ends with (港元, 人民币, 外币), from the money units, or the part
    of one a subject opening with the rest of it was cut from (本|外币存款余额)."""
    names, ends = _currency_names(doc)
    if before[-1:] not in ends:
        return None  # the cheap cue: no currency name, nor the start of one, ends with that character
    whole = next((w for w in names if before.endswith(w)), None)
    if whole:
        return whole
    return next(
        (
            w[:k]
            for w in names
            for k in range(1, len(w))
            if before.endswith(w[:k]) and subject.startswith(w[k:])
        ),
        None,
    )


#: the currency names of each rulebook (kept with it, so an id is never reused while cached), and
#: the last characters of them and of their starts
_CURRENCIES: dict[int, tuple[object, tuple[str, ...], frozenset[str]]] = {}


def _currency_ends(doc: ArticleText) -> frozenset[str]:
    """The characters a currency name or the start of one ends with (the last rulebook's, by
    identity, before the table)."""
    rules, _, ends = _LAST_CURRENCIES
    return ends if rules is doc.rules else _currency_names(doc)[1]


def _currency_names(doc: ArticleText) -> tuple[tuple[str, ...], frozenset[str]]:
    """The money units that name a currency in two characters or more (港元, 人民币, 新台币), made
    once per rulebook, and the characters a name or the start of one ends with."""
    key = id(doc.rules)
    known = _CURRENCIES.get(key)
    if known is None or known[0] is not doc.rules:
        named = {
            unit
            for unit, entry in doc.rules.units.items()
            if len(unit) >= 2 and getattr(entry, "currency", None) and not unit.isascii()
        }
        names = tuple(sorted(named | set(_CURRENCY_WORDS), key=len, reverse=True))
        ends = frozenset(w[k - 1] for w in names for k in range(1, len(w) + 1))
        known = _CURRENCIES[key] = (doc.rules, names, ends)
    global _LAST_CURRENCIES
    _LAST_CURRENCIES = known
    return known[1], known[2]


#: the last rulebook's currency names and characters (one rulebook serves a whole run): asked by
#: identity before the table
_LAST_CURRENCIES: tuple[object, tuple[str, ...], frozenset[str]] = (None, (), frozenset())
