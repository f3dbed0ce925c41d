"""The noun phrase before a figure (安置房1.39万套, 全市在建项目126个), read from jieba's part-of-speech
tags on a few characters; the one after it is :mod:`.noun_after`."""

from __future__ import annotations

import re

from .candidate import Candidate
from .context import ArticleText
from .tagging import pos_tag
from .text import CN_NUM, RUNNING_FOR, SEGMENT_BREAK
from .units import PER_TIME

_NOUNISH = ("n", "vn", "an", "j", "l", "nz", "b", "k", "h", "ng", "eng", "nr", "ns", "nt", "g", "s")


#: tags of a noun proper (not a verbal noun, an abbreviation or an idiom)
PROPER_NOUN_TAGS = frozenset({"n", "nr", "ns", "nz", "nt", "ng"})


def is_nounish(flag: str) -> bool:
    return flag.startswith(_NOUNISH) or flag in ("a", "ad")


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
        reach = max(0, close - 17)  # an aside longer than 16 characters is not one
        opener = max(doc.text.rfind("(", reach, close), doc.text.rfind("（", reach, close))
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


#: the second character of a verb that says what a thing is set to or made into (订为, 列入, 降至): such
#: a verb is a predicate, never inside a compound noun
_RESULT_COMPLEMENTS = frozenset("为成至到于入")


class _Before:
    """The tagged words before a figure (within its segment), and which of them are times."""

    def __init__(self, doc: ArticleText, stop_at: int, limit: int) -> None:
        ss, _ = doc.clause(stop_at, SEGMENT_BREAK)
        # “新三样”产品: a short quoted name does not end the phrase it opens
        if ss > 0 and doc.text[ss - 1] == "”":
            opener = doc.text.rfind("“", max(0, ss - 10), ss - 1)
            if opener >= 0:
                ss = opener
        # 广义货币(M2)余额: a short aside does not end the phrase it stands in
        while ss > 0 and doc.text[ss - 1] in ")）":
            # an opener further back than 12 characters ends the loop anyway: look no further
            reach = max(0, ss - 13)
            opener = max(doc.text.rfind("(", reach, ss - 1), doc.text.rfind("（", reach, ss - 1))
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
        # 租金订|为同区公屋租金的九成: a one-character verb cut from the 为 that completes it is the
        # predicate (订为, 定为, 列为), as the whole word would be
        self.cut_verb = (
            bool(toks) and len(toks[-1][0]) == 1 and toks[-1][1] == "v" and doc.norm.startswith("为", stop_at)
        )
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

    def _function_word_as_verb(self, i: int) -> bool:
        """A word of two characters jieba's dictionary tags a conjunction or a preposition (接单 c)
        standing between a noun and the figure: no conjunction joins a noun to a bare figure, so it
        is the predicate (資訊通信產品接單207.4億美元), like a verb there."""
        word, flag = self.toks[i]
        if flag not in ("c", "p") or len(word) != 2 or i < 1 or word in self.rules.stop:
            return False
        before, before_flag = self.toks[i - 1]
        return is_nounish(before_flag) and before not in self.rules.stop and i - 1 not in self.in_time

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
            and (toks[i][1].startswith("v") or toks[i][1] == "a" or self._function_word_as_verb(i))
            and toks[i][1] != "vn"
            and (len(toks[i][0]) >= 2 or (self.cut_verb and i == len(toks) - 1))
            and toks[i][0] not in rules.suffixes
        ):
            skipped_verb = toks[i][0]
            i -= 1
            while i >= 0 and self.skippable(i):
                i -= 1
        return i, skipped_verb

    def _verb_between_nouns(self, i: int, run: list[tuple[str, str]]) -> bool:
        """Whether word ``i`` is a two-character verb inside a compound noun: a noun or an adjective
        of two characters before it and a noun of two characters or more after it (道路养护经费,
        平均逗留时间)."""
        word, flag = self.toks[i]
        if (
            flag != "v"
            or len(word) != 2
            or word[1] in _RESULT_COMPLEMENTS  # 租金订为同区公屋租金: 订为 sets a level, it is no modifier
            or not run
            or run[0][1] not in ("n", "vn")
            or len(run[0][0]) < 2
            or i < 1
        ):
            return False
        before, before_flag = self.toks[i - 1]
        return (
            before_flag in ("n", "b", "a")  # 平均逗留时间: an adjective of the measure before it
            and len(before) >= 2
            and before not in self.rules.stop
            and i - 1 not in self.in_time
        )

    def _bound_to_lone_suffix(self, i: int, run: list[tuple[str, str]]) -> bool:
        """Whether word ``i`` is what a lone one-character head noun of a measure (面, 数, 率, 量)
        is of: it names nothing alone, so the word before joins it whatever jieba tags it, a change
        verb (增长面, 下降面), a verb or a month read as a numeral (可支付月/数)."""
        if len(run) != 1 or len(run[0][0]) != 1 or run[0][0] not in self.rules.suffixes:
            return False
        word, flag = self.toks[i]
        return (
            all("\u4e00" <= ch <= "\u9fff" for ch in word)
            and (word not in self.rules.stop or (len(word) >= 2 and flag == "v"))
            and i not in self.in_time
            and flag not in ("x", "uj", "p", "c", "r")
            and not (flag.startswith("m") and _CN_COUNT.search(word))
        )

    def run_ending_at(self, i: int) -> tuple[list[tuple[str, str]], int]:
        """The noun run that ends at word ``i``, and the index of the word before it."""
        toks, rules = self.toks, self.rules
        run: list[tuple[str, str]] = []
        while i >= 0:
            word, flag = toks[i]
            if i in self.aside:
                i -= 1  # 广义货币(M2)余额, 居民消费价格（CPI）同比: an aside in or after the phrase
                continue
            if self._bound_to_lone_suffix(i, run):
                run.insert(0, (word, "n"))  # 增长面, 可支付月数: what 面 or 数 is of, however tagged
                i -= 1
                continue
            if word == "可" and run and run[0][1].startswith("v") and len(run) > 1:
                run.insert(0, (word, "b"))  # 可支付月数, 可用天数: what can be done, named as a measure
                i -= 1
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
            elif word == "及其" and run and i > 0 and is_nounish(toks[i - 1][1]):
                run.insert(0, (word, "c"))  # 基本金属及其制品: a thing and its own kind are one noun
            elif (
                flag.startswith("v")
                and run
                and ((len(run[0][0]) == 1 and run[0][1] != "a") or (len(word) == 1 and run[0][1] != "a"))
            ):
                run.insert(0, (word, flag))  # 安置房, 发证率, 奖补资金: a verb inside a compound
            elif self._verb_between_nouns(i, run):
                run.insert(0, (word, flag))  # 道路养护经费, 城市建设资金: noun, verb, noun
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
    last = i
    run, i = before.run_ending_at(i)
    # 超额认购约19倍: a word that only modifies (jieba's b: 超额, 累计) ends no noun phrase; with the
    # verb right after it, the two are the noun of what is measured
    if run and run[-1][1] == "b" and skipped_verb and toks[last + 1 : last + 2] == [(skipped_verb, "v")]:
        run.append((skipped_verb, "vn"))
        skipped_verb = None
    # 发证13350套: a verb opening the run is the predicate, not the noun; so is a verbal noun after a
    # verb, an adverb (已落实…基地: jieba tags 落实 an adjective) or a time, or one whose object the
    # figure directly counts (筹集建设安置房1.39万套, 供应土地169宗); one before a change word names the
    # thing (服务价格上涨1.3%)
    after_adverb = i >= 0 and toks[i][1] == "d"
    after_verb = (i >= 0 and (toks[i][1].startswith(("v", "t")) or i in before.in_time)) or stop_at == c.start
    while (
        len(run) > 1
        and (run[0][1].startswith("v") or (after_adverb and run[0][1] == "a" and len(run[0][0]) == 2))
        and (run[0][1] != "vn" or after_verb or after_adverb)
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
    # 8个国控断面…: the same after a number (jieba: 8/个国/控/断面)
    numeral = i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit()
    pointed = i >= 0 and (toks[i][0] in _DEMONSTRATIVES or numeral)
    # (but not a word of two characters that opens with one: 该项目 is 项目, not 目)
    glued = len(run[0][0]) > 2 or (numeral and len(run[0][0]) == 2) if run else False
    if run and pointed and glued and run[0][0][0] in rules.units:
        run[0] = (run[0][0][1:], run[0][1])
    # 5G基站, 5号线二期工程: digits glued to the letters or the 号 that open the phrase name it
    numbered = run and (run[0][1] == "eng" or run[0][0].startswith("号"))
    if numbered and i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit():
        run.insert(0, (toks[i][0], "eng"))
    # “新三样”产品, “四上”企业: a short quoted name right before a generic head noun classifies it
    # (not a name before a long phrase: “海葵一号”主甲板最大直径 measures the ship's deck)
    if run and i >= 2 and toks[i][0] == "”" and len(run[0][0]) > 1 and sum(len(w) for w, _ in run) <= 4:
        opening = next((k for k in range(i - 1, max(-1, i - 6), -1) if toks[k][0] == "“"), None)
        if opening is not None:
            run[:0] = toks[opening : i + 1]
            i = opening - 1
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
    if len(phrase.replace("“", "").replace("”", "")) > _LONGEST_PHRASE:
        phrase = _last_words(phrase, _LONGEST_PHRASE)
    topic = bool(phrase) and (skipped_verb is not None or i < 0)
    if skipped_verb and skipped_verb in rules.stop:
        skipped_verb = None
    return (phrase or None), skipped_verb, topic
