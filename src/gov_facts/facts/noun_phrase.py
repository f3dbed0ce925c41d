"""Noun phrases next to a figure, read from jieba's part-of-speech tags on a few characters."""

from __future__ import annotations

from .candidate import Candidate
from .context import ArticleText
from .numerals import FULLWIDTH
from .tagging import pos_tag
from .text import NUM_RE, RUNNING_FOR, SEGMENT_BREAK

_NOUNISH = ("n", "vn", "an", "j", "l", "nz", "b", "k", "h", "ng", "eng", "nr", "ns", "nt", "g", "s")


def is_nounish(flag: str) -> bool:
    return flag.startswith(_NOUNISH) or flag in ("a", "ad")


def noun_run_after(doc: ArticleText, pos: int, limit: int = 14) -> tuple[str | None, bool]:
    """The noun phrase right after a unit (15167套房屋) and whether it followed 的."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    window = doc.shadow[pos : min(se, pos + limit)]
    via_de = False
    for w, _ in doc.rules.qual_after:
        if window.startswith(w) and w not in ("余", "多"):
            window = window[len(w) :]
            break
    if window.startswith("的"):
        window, via_de = window[1:], True
    if not window or NUM_RE.match(window.translate(FULLWIDTH)):
        return None, via_de
    run: list[str] = []
    toks = pos_tag(window)
    if len(toks) > 1 and toks[0][0] == "之" and is_nounish(toks[1][1]):
        toks = [("之" + toks[1][0], "n"), *toks[2:]]  # 5天之旅
    for k, (word, flag) in enumerate(toks):
        if word in doc.rules.stop:
            break
        if flag == "l" and run:
            break  # 航天员按计划: a set expression after the noun starts the predicate
        if (
            flag in ("a", "ad")
            and len(word) > 1
            and run
            and not (k + 1 < len(toks) and toks[k + 1][1].startswith("n"))
        ):
            break  # 斑马鱼状态良好: an adjective after the noun is its predicate
        if is_nounish(flag) or (word in doc.rules.suffixes and run):
            run.append(word)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            flag.startswith("v")
            and len(run) >= 2
            and nxt is not None
            and is_nounish(nxt[1])
            and nxt[0] not in doc.rules.stop
        ):
            run.append(word)  # 托育机构照护补贴: a verb inside a compound noun
            continue
        break
    while run and run[-1] not in doc.rules.suffixes and pos_tag(run[-1])[0][1].startswith("v"):
        run.pop()
    phrase = "".join(run)
    return (phrase or None), via_de


def noun_run_before(doc: ArticleText, c: Candidate, limit: int = 20) -> tuple[str | None, str | None, bool]:
    """The noun phrase before a number (安置房1.39万套), a verb skipped on the way (发证),
    and whether the phrase is the clause's topic (it stands before the verb or opens the clause)."""
    stop_at = c.start
    # 生产总值(GDP)262.6亿元: an aside in brackets right before the number is passed over
    if doc.text[stop_at - 1 : stop_at] in (")", "）"):
        opener = max(doc.text.rfind("(", 0, stop_at), doc.text.rfind("（", 0, stop_at))
        if opener >= 0 and stop_at - opener <= 16:
            stop_at = opener
    # 占比比上年下降0.4个百分点: cut cue words off the end before tagging, or jieba glues
    # 比上年 to the noun (比比, 价格比)
    while (cue := doc.rules.cue_tail.search(doc.norm, max(0, stop_at - 8), stop_at)) and cue.start() > 0:
        stop_at = cue.start()
    ss, _ = doc.clause(stop_at, SEGMENT_BREAK)
    w0 = max(ss, stop_at - limit)
    window = doc.shadow[w0:stop_at]
    toks = pos_tag(window)
    if w0 > ss and len(toks) > 1:
        w0 += len(toks[0][0])
        toks = toks[1:]  # the window cut a word in two: drop the fragment
    # offsets of tokens, to recognise a time expression (由去年同期的) and pass over it
    ends: list[int] = []
    acc = w0
    for word, _ in toks:
        acc += len(word)
        ends.append(acc)
    near = [t for t in doc.times if t.start < stop_at and t.end > w0]
    # 连续7年 (for seven years running) frames the time like a date does: passed over too
    spans = [(t.start, t.end) for t in near]
    spans += [m.span() for m in RUNNING_FOR.finditer(doc.norm, w0, stop_at)]
    in_time = {k for k, e in enumerate(ends) for ts, te in spans if ts < e and e - len(toks[k][0]) < te}
    rules = doc.rules
    cue_words = {w for w, _ in rules.qual_before + rules.changes + rules.basis} | set(rules.planned)
    halt_words = {w for w, _ in rules.changes + rules.basis}
    i = len(toks) - 1
    skipped_verb: str | None = None

    def skippable(word: str, flag: str, k: int = -1) -> bool:
        return (
            k in in_time
            or (flag == "a" and len(word) == 1)
            or word in rules.stop
            or word in cue_words
            or not word.strip()
            or word in ("由", "从", "比", "较")
            or flag in ("d", "uj", "ul", "u", "y", "e", "o")
        )

    while i >= 0 and skippable(*toks[i], i) and toks[i][0] not in rules.suffixes:
        if toks[i][1].startswith("v") and len(toks[i][0]) >= 2:
            skipped_verb = toks[i][0]
        i -= 1
    if (
        i >= 0
        and (toks[i][1].startswith("v") or toks[i][1] == "a")  # 完工, 稳定(在): the predicate
        and toks[i][1] != "vn"
        and len(toks[i][0]) >= 2
        and toks[i][0] not in rules.suffixes
    ):
        skipped_verb = toks[i][0]
        i -= 1
        while i >= 0 and skippable(*toks[i], i):
            i -= 1
    run: list[tuple[str, str]] = []
    while i >= 0:
        word, flag = toks[i]
        if word in rules.stop or word in halt_words or i in in_time:
            break
        if word in rules.units and i > 0 and toks[i - 1][1] == "m":
            break  # 10万总吨邮轮泊位: 总吨 belongs to the number before it
        if flag in ("a", "ad") and not run and word not in rules.suffixes:
            break
        if is_nounish(flag) or word in rules.suffixes:
            run.insert(0, (word, "n" if word in rules.suffixes else flag))
        elif (
            flag.startswith("v")
            and run
            and ((len(run[0][0]) == 1 and run[0][1] != "a") or (len(word) == 1 and run[0][1] != "a"))
        ):
            run.insert(0, (word, flag))  # 安置房, 发证率, 奖补资金: a verb inside a compound
        else:
            break
        i -= 1
    while len(run) > 1 and run[0][1].startswith("v") and len("".join(w for w, _ in run[1:])) >= 2:
        run.pop(0)
    # 5G基站: digits glued to the letters that open the phrase belong to a model name
    if run and run[0][1] == "eng" and i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit():
        run.insert(0, (toks[i][0], "eng"))
    phrase = "".join(w for w, _ in run)
    # 生产性服务业完成投资39.66亿元: a bare object after 完成 takes the noun before the verb
    if 0 < len(phrase) <= 2 and i >= 1 and toks[i][0] in rules.stop and toks[i][1].startswith("v"):
        k = i - 1
        head: list[str] = []
        while k >= 0 and is_nounish(toks[k][1]) and toks[k][0] not in rules.stop:
            head.insert(0, toks[k][0])
            k -= 1
        if head:
            phrase = "".join(head) + phrase
            skipped_verb = skipped_verb or toks[i][0]
    if len(phrase) > 12:
        phrase = phrase[-12:]
    topic = bool(phrase) and (skipped_verb is not None or i < 0)
    if skipped_verb and skipped_verb in rules.stop:
        skipped_verb = None
    return (phrase or None), skipped_verb, topic


def object_of_next_verb(doc: ArticleText, pos: int) -> str | None:
    """The noun phrase after the verb that follows ``pos`` (…计入收入总额 -> 收入总额)."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    toks = pos_tag(doc.shadow[pos : min(se, pos + 14)])
    if len(toks) < 2 or not toks[0][1].startswith("v") or len(toks[0][0]) < 2:
        return None
    run: list[str] = []
    for word, flag in toks[1:]:
        if word in doc.rules.stop or not (is_nounish(flag) or word in doc.rules.suffixes):
            break
        run.append(word)
    return "".join(run) or None
