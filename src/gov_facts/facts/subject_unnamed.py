"""What a figure counts when the reading beside it names nothing or only a fragment: the noun after
a measure word past the words that describe it (两轮较强降雨过程), a count after a verb of reporting
(共发生4起较大生产安全事故), an X对Y pair jieba cuts inside a word (雲對地閃電), a bare rate or share
word with nothing else named (降幅为-2.3%). Part of the subject decision (:mod:`.plausible` asks)."""

from __future__ import annotations

import re
from bisect import bisect_left

from .candidate import Candidate
from .context import ArticleText
from .noun_after import noun_run_after
from .tagging import pos_tag
from .words_before import is_nounish

#: jieba tags of the words that describe a noun they stand before (较强, 重大, 新型)
_DESCRIBING = ("a", "zg", "b", "z")


def described_noun_after(doc: ArticleText, c: Candidate) -> str | None:
    """两轮较强降雨过程: the noun after a measure word, past words that describe it (jieba reads 较
    as zg and the noun reader stops there)."""
    _, ce = doc.clause(c.start)
    run: list[tuple[str, str]] = []
    for word, tag in pos_tag(doc.shadow[c.end : min(ce, c.end + 12)]):
        if tag in ("i", "l") and len(word) >= 4:
            tag = "n"  # 较大生产安全事故: jieba calls 安全事故 an idiom
        if word in doc.rules.stop or not (is_nounish(tag) or tag in _DESCRIBING):
            break
        run.append((word, tag))
    while run and (not is_nounish(run[-1][1]) or run[-1][1] in _DESCRIBING):
        run.pop()
    words = "".join(w for w, _ in run)
    return words if len(words) >= 2 else None


def counted_after_reporting(doc: ArticleText, c: Candidate) -> str | None:
    """共发生4起较大生产安全事故, 全年共錄得3宗致命個案: a verb of reporting or occurring (a stop
    word) right before a count names nothing; the noun after the measure word, past the words that
    describe it, is what is counted."""
    if c.kind != "count" or not c.unit:
        return None
    last = pos_tag(doc.shadow[max(0, c.start - 4) : c.start])[-1:]
    if not last or last[0][0] not in doc.rules.stop or not last[0][1].startswith("v"):
        return None
    noun, _ = noun_run_after(doc, c.end, counted=True, figure_at=c.start)
    return noun or described_noun_after(doc, c)


def paired_compound_after(doc: ArticleText, c: Candidate, subject: str) -> str | None:
    """約19萬次雲對地閃電, 12枚地对空导弹: a one-character noun read after a count's measure word
    that is the first half of an X对Y pair (jieba cuts 云|对|地) is cut inside a word; the pair and the
    head after it, to the clause's end, are what is counted."""
    _, ce = doc.clause(c.start)
    if not doc.shadow.startswith(subject, c.end) or doc.norm[c.end + 1 : c.end + 2] != "对":
        return None
    toks = pos_tag(doc.shadow[c.end : min(ce, c.end + 9)])
    if len(toks) < 4 or [len(w) for w, _ in toks[:3]] != [1, 1, 1] or toks[1][1] != "p":
        return None
    if any(w in doc.rules.stop or not "\u4e00" <= w[0] <= "\u9fff" for w, _ in toks[3:]):
        return None
    return "".join(w for w, _ in toks)


#: a share word and its verb right before a figure (占比50%-60%, 比重为12%)
_BARE_SHARE = re.compile(r"(?:所?占比|比重)(?:为|达到|达|是)?[约近]?$")


def bare_rate_word(doc: ArticleText, c: Candidate, cs: int) -> str | None:
    """降幅为-2.3%, 占比50%-60%: a figure nothing in its sentence names, after a bare rate or share
    word (``bare_rates``), is that rate or share; better than no subject at all. ``cs``: the clause's
    start."""
    if c.kind != "percent":
        return None
    window = max(cs, c.start - 6)
    m = doc.rules.bare_rate_before.search(doc.norm, window, c.start) or _BARE_SHARE.search(
        doc.norm, window, c.start
    )
    if m is None:
        # 全年降幅将收窄至5%以内, 增速有望回升到6%: the rate and the verb that moves it to the figure
        moved = _MOVED_TO.search(doc.norm, max(cs, c.start - 8), c.start)
        at = moved.start() if moved is not None else -1
        return doc.shadow[at - 2 : at] if at >= 2 and doc.norm[at - 2 : at] in doc.rules.bare_rates else None
    word = doc.shadow[m.start() : m.start() + 2]
    return "占比" if word == "所占" else word


#: a verb that moves a rate to a level, right before the figure (将收窄至, 有望回升到)
_MOVED_TO = re.compile(
    r"(?:将|已|有望|可望|或将|预计将?)?(?:收窄|扩大|回落|回升|放缓|加快|缩小|下降|上升|提高|降低)(?:至|到)[约近]?$"
)


#: the year written before a holiday's name (2024年春节假期)
_YEAR_BEFORE = re.compile(r"^(?:[0-9]{4}年|今年|本年)")


def holiday_counted(doc: ArticleText, c: Candidate) -> str | None:
    """2024年春节假期8天, 国庆黄金周7天: a length right after a holiday's name (a span of days read
    from the calendar) counts the holiday's days; the name, past its year, is the subject."""
    if c.kind != "duration":
        return None
    at = bisect_left(doc.time_starts, c.start) - 1
    t = doc.times[at] if at >= 0 else None
    if t is None or t.grain != "days" or t.end != c.start or not doc.rules.words.holiday_name.search(t.text):
        return None
    return _YEAR_BEFORE.sub("", t.text) or None


#: a length and 后 closing its clause (约10分钟后，, 发射约20分钟之后，)
_AFTER_A_LENGTH = re.compile(r"(?:之)?后[，,]")


def event_after_a_length(doc: ArticleText, c: Candidate) -> str | None:
    """点火发射，约10分钟后，飞船与火箭成功分离: a length and 后 closing its clause measures the time
    up to what the next clause says happened; that clause (two to ten characters) is the subject."""
    if c.kind != "duration":
        return None
    m = _AFTER_A_LENGTH.match(doc.norm, c.end)
    if m is None:
        return None
    _, ce = doc.clause(m.end())
    event = doc.norm[m.end() : ce]
    return event if 2 <= len(event) <= 10 and all("\u4e00" <= ch <= "\u9fff" for ch in event) else None
