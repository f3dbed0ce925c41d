"""Noun phrases next to a figure, read from jieba's part-of-speech tags on a few characters."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .numerals import FULLWIDTH, NumberFormatError, parse_number
from .tagging import pos_tag
from .text import CN_NUM, NUM_RE, RUNNING_FOR, SEGMENT_BREAK
from .units import PER_TIME

_NOUNISH = ("n", "vn", "an", "j", "l", "nz", "b", "k", "h", "ng", "eng", "nr", "ns", "nt", "g", "s")


#: tags of a noun proper (not a verbal noun, an abbreviation or an idiom)
_PROPER_NOUN_TAGS = frozenset({"n", "nr", "ns", "nz", "nt", "ng"})


def is_nounish(flag: str) -> bool:
    return flag.startswith(_NOUNISH) or flag in ("a", "ad")


def _set_phrase_in_noun(word: str, nxt: tuple[str, str] | None, stop: frozenset[str] | set[str]) -> bool:
    """A set phrase jieba tags ``l`` inside a noun phrase (陆地自然生态系统类型, 高等植物群落): a
    noun follows it, or it is shaped as a noun itself (four characters or more, ending in a noun,
    opening with no preposition or conjunction, unlike 按计划 or 多样化)."""
    if nxt is not None and is_nounish(nxt[1]) and nxt[1] != "l" and nxt[0] not in stop:
        return True
    if len(word) < 4:
        return False  # 多样化, 按计划
    head, tail = pos_tag(word[:2])[0][1], pos_tag(word[-2:])[-1][1]
    return head not in ("p", "c") and tail == "n"


def _opening_scope_or_state(toks: list[tuple[str, str]], stop: frozenset[str]) -> list[tuple[str, str]]:
    """The words after 的 with a scope word opening them passed over (30%的全市规上企业: the
    企业), and 在 + one character joined as a state (90%的在巴中国移民, 在园幼儿)."""
    first = toks[0][0]
    if len(first) == 2 and first[0] in "全我本" and first in stop and is_nounish(toks[1][1]):
        return toks[1:]
    if first == "在" and len(toks[1][0]) == 1 and is_nounish(toks[2][1]):
        return [("在" + toks[1][0], "b"), *toks[2:]]
    return toks


def _reads_as_number(word: str) -> bool:
    try:
        parse_number(word)
    except NumberFormatError:
        return False
    return True


def noun_run_after(
    doc: ArticleText, pos: int, limit: int = 14, counted: bool = False
) -> tuple[str | None, bool]:
    """The noun phrase right after a unit (15167套房屋) and whether it followed 的.

    ``counted``: the unit is a measure word, so even a verb opening a compound is its noun
    (98处控导工程); after money or a share a verb starts the predicate (500万元扶持企业)."""
    _, se = doc.clause(pos, SEGMENT_BREAK)
    window = doc.shadow[pos : min(se, pos + limit)]
    via_de = False
    for w, _ in doc.rules.qual_after:
        if window.startswith(w) and w not in ("余", "多"):
            window = window[len(w) :]
            break
    if window.startswith("的"):
        window, via_de = window[1:], True
    if window.startswith("处") and len(window) > 1:
        window = window[1:]  # 距天宫一号400米处停泊点: 处 places the figure, the noun follows
    number = NUM_RE.match(window.translate(FULLWIDTH))
    if not window:
        return None, via_de
    toks = pos_tag(window)
    # 零部件, 一次性奖励: a word that opens with a numeral character is no number
    word_first = is_nounish(toks[0][1]) and len(toks[0][0]) > 1 and not _reads_as_number(toks[0][0])
    if number and number.group(0) not in ("零", "〇") and not word_first:
        return None, via_de
    run: list[str] = []
    if via_de and len(toks) > 2:
        toks = _opening_scope_or_state(toks, doc.rules.stop)
    if len(toks) > 1 and toks[0][0] == "之" and is_nounish(toks[1][1]):
        toks = [("之" + toks[1][0], "n"), *toks[2:]]  # 5天之旅
    for k, (word, flag) in enumerate(toks):
        if word in doc.rules.stop:
            break
        if flag in ("m", "mq") and len(word) > 1 and not _reads_as_number(word):
            flag = "n"  # jieba tags 零部件 as a numeral-quantifier
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if flag == "l" and run and not _set_phrase_in_noun(word, nxt, doc.rules.stop):
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
        if flag == "z" and nxt is not None and is_nounish(nxt[1]):
            run.append(word)  # 35宗猩红热个案: jieba tags the disease a state word; it modifies the noun
            continue
        if (
            flag.startswith("v")
            and (len(run) >= 2 or len(word) == 1 or ((counted or via_de) and k == 0 and len(word) == 2))
            and nxt is not None
            and (is_nounish(nxt[1]) or nxt[0] in doc.rules.suffixes)
            and nxt[0] not in doc.rules.stop
        ):
            # a verb inside a compound noun: 托育机构照护补贴, 国考断面 (jieba: 国/考/断面),
            # 98处控导工程 (控导/工程)
            run.append(word)
            continue
        break
    # a verb at the end is the predicate (项目开工建设); a verbal noun after a noun is the noun's
    # head (12项主题活动, 居民服务), and so is one a measure word counts alone (3项实验, 5场培训)
    while run and run[-1] not in doc.rules.suffixes:
        flag = pos_tag(run[-1])[0][1]
        after_noun = len(run) >= 2 and pos_tag(run[-2])[-1][1] in _PROPER_NOUN_TAGS
        ends_segment = len(toks) == 1 or toks[1][0] in "，。；、,;"
        counted_alone = counted and len(run) == 1 and run[0] == toks[0][0] and ends_segment
        if not (flag.startswith("v") and not (flag == "vn" and (after_noun or counted_alone))):
            break
        run.pop()
    # 粮食产量连续7年稳定在…: an adjective or state word alone after the unit is a predicate
    if len(run) == 1 and run[0] not in doc.rules.suffixes and pos_tag(run[0])[0][1] in ("a", "ad", "an", "d"):
        run.pop()
    phrase = "".join(run)
    return (phrase or None), via_de


#: verbs that name a statistic together with its noun (城镇新增就业, 新建住房), not its predicate
_ATTRIBUTIVE = frozenset({"新增", "新建", "新开工", "新签约", "新登记", "新注册"})
#: a footnote mark (地区生产总值[2]32074.7亿元)
_FOOTNOTE = re.compile(r"[\[［](?:[0-9]{1,2}|注[0-9]?)[\]］]$")
#: a light verb between a name and its figure (为, 达, 是)
_LIGHT_VERB = re.compile(r"(?:约为|为|达到|达|是)$")
#: a name written in words, long enough to be a measure's name (常住人口城镇化率), not GDP or 万元
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{4,14}")
#: a frame before a figure that says how it is measured (按可比价计算)
_FRAME_TAIL = re.compile(r"按[^，。；;、]{1,10}?计算$")
#: 每 and a unit right before a figure (月租金为每平方米8元): what the figure is per, not what it measures
_PER_UNIT = re.compile(r"每([^，。；;、0-9的]{1,3})$")


def _asides(toks: list[tuple[str, str]]) -> set[int]:
    """The tokens of short bracketed asides ((M2), （GDP）): at most 10 characters between brackets."""
    inside: set[int] = set()
    opened: int | None = None
    for k, (word, _) in enumerate(toks):
        if word in ("(", "（"):
            opened = k
        elif word in (")", "）") and opened is not None:
            if sum(len(w) for w, _ in toks[opened + 1 : k]) <= 10:
                inside.update(range(opened, k + 1))
            opened = None
    return inside


def _per_unit(doc: ArticleText, stop_at: int) -> re.Match[str] | None:
    """每平方米, 每吨, 每人, 每月, 每户企业 right before ``stop_at``: what follows 每 is a unit, a
    measure word (with the short noun it counts) or a span of time."""
    m = _PER_UNIT.search(doc.norm, max(0, stop_at - 4), stop_at)
    if m is None:
        return None
    per = m.group(1)
    if per in doc.rules.units or per in PER_TIME or (per[0] in doc.rules.units and len(per) == 3):
        return m
    return None


def _start_of_figure(doc: ArticleText, c: Candidate) -> tuple[int, str | None]:
    """Where the noun phrase before a figure must end: before a footnote mark, an aside in brackets,
    cue words and framing words; or the aside itself when it names the measure in words."""
    stop_at = c.start
    # 地区生产总值[2]32074.7亿元: a footnote mark right before the number is passed over
    if (mark := _FOOTNOTE.search(doc.norm, max(0, stop_at - 6), stop_at)) is not None:
        stop_at = mark.start()
    # 生产总值(GDP)262.6亿元: an aside in brackets right before the number is passed over; one that
    # names the measure in words (占总人口的比重（常住人口城镇化率）为62.07%) is the subject itself
    light = _LIGHT_VERB.search(doc.norm, max(0, stop_at - 3), stop_at)
    close = light.start() if light else stop_at
    if doc.text[close - 1 : close] in (")", "）"):
        opener = max(doc.text.rfind("(", 0, close), doc.text.rfind("（", 0, close))
        if opener >= 0 and close - opener <= 16:
            named = doc.shadow[opener + 1 : close - 1]
            if _CJK_NAME.fullmatch(named) and any(named.endswith(n) for n in doc.rules.suffixes):
                return stop_at, named
            if close == stop_at:
                stop_at = opener
    # 占比比上年下降0.4个百分点: cut cue words off the end before tagging, or jieba glues
    # 比上年 to the noun (比比, 价格比); 按可比价计算增长3.9%, 月租金为每平方米8元: a frame that says
    # how or per what the figure is measured is not what it measures
    while True:
        cut = (
            doc.rules.cue_tail.search(doc.norm, max(0, stop_at - 8), stop_at)
            or _FRAME_TAIL.search(doc.norm, max(0, stop_at - 14), stop_at)
            or _per_unit(doc, stop_at)
        )
        if cut is None or cut.start() <= 0 or cut.start() >= stop_at:
            return stop_at, None
        stop_at = cut.start()


class _Before:
    """The tagged words before a figure (within its segment), and which of them are times."""

    def __init__(self, doc: ArticleText, stop_at: int, limit: int) -> None:
        ss, _ = doc.clause(stop_at, SEGMENT_BREAK)
        # 广义货币(M2)余额: a short aside does not end the phrase it stands in
        while ss > 0 and doc.text[ss - 1] in ")）":
            opener = max(doc.text.rfind("(", 0, ss - 1), doc.text.rfind("（", 0, ss - 1))
            if opener < 0 or ss - 1 - opener > 11:
                break
            ss = doc.clause(opener, SEGMENT_BREAK)[0]
        w0 = max(ss, stop_at - limit)
        toks = pos_tag(doc.shadow[w0:stop_at])
        if w0 > ss and len(toks) > 1:
            w0 += len(toks[0][0])
            toks = toks[1:]  # the window cut a word in two: drop the fragment
        self.toks = toks
        # offsets of tokens, to recognise a time expression (由去年同期的) and pass over it
        ends: list[int] = []
        acc = w0
        for word, _ in toks:
            acc += len(word)
            ends.append(acc)
        spans = [(t.start, t.end) for t in doc.times_between(w0, stop_at)]
        # 连续7年 (for seven years running) frames the time like a date does: passed over too
        spans += [m.span() for m in RUNNING_FOR.finditer(doc.norm, w0, stop_at)]
        self.in_time = {
            k for k, e in enumerate(ends) for ts, te in spans if ts < e and e - len(toks[k][0]) < te
        }
        self.aside = _asides(toks)
        rules = doc.rules
        self.cue_words = rules.cue_words
        self.halt_words = rules.halt_words
        self.rules = rules

    def skippable(self, k: int) -> bool:
        """A word between the noun and the figure that says nothing of what is counted."""
        word, flag = self.toks[k]
        return (
            k in self.in_time
            or (flag == "a" and len(word) == 1)
            or word in self.rules.stop
            or word in self.cue_words
            or not word.strip()
            or word in ("由", "从", "比", "较")
            or flag in ("d", "uj", "ul", "u", "y", "e", "o")
        )

    def past_predicate(self) -> tuple[int, str | None]:
        """The index of the last word of the noun phrase, and a verb skipped on the way (发证)."""
        toks, rules = self.toks, self.rules
        i = len(toks) - 1
        skipped_verb: str | None = None
        while i >= 0 and self.skippable(i) and toks[i][0] not in rules.suffixes:
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
            while i >= 0 and self.skippable(i):
                i -= 1
        return i, skipped_verb

    def run_ending_at(self, i: int) -> tuple[list[tuple[str, str]], int]:
        """The noun run that ends at word ``i``, and the index of the word before it."""
        toks, rules = self.toks, self.rules
        run: list[tuple[str, str]] = []
        while i >= 0:
            word, flag = toks[i]
            if i in self.aside:
                i -= 1  # 广义货币(M2)余额, 居民消费价格（CPI）同比: an aside in or after the phrase
                continue
            if word in rules.stop or word in self.halt_words or i in self.in_time:
                break
            if word in rules.units and i > 0 and toks[i - 1][1] == "m":
                break  # 10万总吨邮轮泊位: 总吨 belongs to the number before it
            if flag in ("a", "ad") and not run and word not in rules.suffixes:
                break
            if is_nounish(flag) or word in rules.suffixes or (flag == "i" and not run and len(word) == 4):
                # 生产安全事故790起: jieba tags a four-character compound (安全事故) an idiom
                run.insert(0, (word, "n" if word in rules.suffixes or flag == "i" else flag))
            elif flag == "z" and run:
                run.insert(0, (word, flag))  # 水质优良比例, 优良天数: jieba tags 优良 a state word
            elif (
                flag.startswith("v")
                and run
                and ((len(run[0][0]) == 1 and run[0][1] != "a") or (len(word) == 1 and run[0][1] != "a"))
            ):
                run.insert(0, (word, flag))  # 安置房, 发证率, 奖补资金: a verb inside a compound
            else:
                break
            i -= 1
        return run, i


#: a subject longer than this keeps its last words (the head and its nearest modifiers)
_LONGEST_PHRASE = 12


def _last_words(phrase: str, most: int) -> str:
    """The longest run of whole words at the end of ``phrase`` within ``most`` characters (地表水国考
    断面水质优良比例 -> 国考断面水质优良比例, not 表水…); the last word alone if it is longer."""
    kept = ""
    for word, _ in reversed(pos_tag(phrase)):
        if kept and len(word) + len(kept) > most:
            break
        kept = word + kept
    return kept


def _before(doc: ArticleText, stop_at: int, limit: int) -> _Before:
    """The words before ``stop_at``, tagged once per document (the subject rules ask again)."""
    return doc.kept("words before", (stop_at, limit), lambda: _Before(doc, stop_at, limit))


#: words that point at a thing with a measure word (这架飞机, 该所学校)
_DEMONSTRATIVES = frozenset({"这", "那", "该", "此", "每", "本"})

#: a count in Chinese numerals (两, 三, 十二) that may count the one-character noun after it
_CN_COUNT = re.compile(f"[{CN_NUM}]+")


def noun_run_before(doc: ArticleText, c: Candidate, limit: int = 20) -> tuple[str | None, str | None, bool]:
    """The noun phrase before a number (安置房1.39万套), a verb skipped on the way (发证),
    and whether the phrase is the clause's topic (it stands before the verb or opens the clause)."""
    stop_at, named = _start_of_figure(doc, c)
    if named:
        return named, None, False
    before = _before(doc, stop_at, limit)
    toks, rules = before.toks, doc.rules
    i, skipped_verb = before.past_predicate()
    run, i = before.run_ending_at(i)
    # 发证13350套: a verb opening the run is the predicate, not the noun; so is a verbal noun after a
    # verb or a time, or one whose object the figure directly counts (筹集建设安置房1.39万套, 供应土地
    # 169宗); one before a change word names the thing (服务价格上涨1.3%)
    after_verb = (i >= 0 and (toks[i][1].startswith(("v", "t")) or i in before.in_time)) or stop_at == c.start
    while (
        len(run) > 1
        and run[0][1].startswith("v")
        and (run[0][1] != "vn" or after_verb)
        and len("".join(w for w, _ in run[1:])) >= 2
    ):
        run.pop(0)
    # 沪深两市成交额: a one-character noun right after a numeral is counted by it (两市), no
    # part of the phrase; the phrase starts after it
    counted_by = toks[i][0] if i >= 0 and toks[i][1] == "m" else ""
    if len(run) > 1 and len(run[0][0]) == 1 and _CN_COUNT.fullmatch(counted_by):
        run.pop(0)
    # 在园幼儿, 在岗职工, 在建项目: 在 and one character before the noun say which state those
    # counted are in; jieba splits off 在 as a preposition
    if i >= 0 and toks[i][0] == "在" and run and len(run[0][0]) == 1:
        run.insert(0, ("在", "b"))
    elif i >= 0 and run and len(toks[i][0]) == 2 and toks[i][0][0] == "在" and toks[i][1] == "v":
        run.insert(0, (toks[i][0], "b"))  # jieba's 在建, 在职, 在售 are verbs
    # 这架飞机最大航程: jieba joins the measure word after a demonstrative to the noun (架飞机)
    pointed = i >= 0 and toks[i][0] in _DEMONSTRATIVES
    if run and pointed and len(run[0][0]) > 1 and run[0][0][0] in rules.units:
        run[0] = (run[0][0][1:], run[0][1])
    # 5G基站, 5号线二期工程: digits glued to the letters or the 号 that open the phrase name it
    numbered = run and (run[0][1] == "eng" or run[0][0].startswith("号"))
    if numbered and i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit():
        run.insert(0, (toks[i][0], "eng"))
    phrase = "".join(w for w, _ in run)
    # 生产性服务业完成投资39.66亿元, 非公有制经济实现增加值188.99亿元: a bare object (at most three
    # characters) after 完成 or 实现 takes the noun before the verb
    if 0 < len(phrase) <= 3 and i >= 1 and toks[i][0] in rules.stop and toks[i][1].startswith("v"):
        k = i - 1
        head: list[str] = []
        while k >= 0 and is_nounish(toks[k][1]) and toks[k][0] not in rules.stop:
            head.insert(0, toks[k][0])
            k -= 1
        if head:
            # 城镇新增就业3892人: an attributive verb of the statistic (新增, 新建) stays inside it
            keep = toks[i][0] if toks[i][0] in _ATTRIBUTIVE else ""
            phrase = "".join(head) + keep + phrase
            skipped_verb = skipped_verb or toks[i][0]
    if len(phrase) > _LONGEST_PHRASE:
        phrase = _last_words(phrase, _LONGEST_PHRASE)
    topic = bool(phrase) and (skipped_verb is not None or i < 0)
    if skipped_verb and skipped_verb in rules.stop:
        skipped_verb = None
    return (phrase or None), skipped_verb, topic
