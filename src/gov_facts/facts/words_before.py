"""The words before a figure, tagged by jieba, and how a noun phrase is read back from them: where
the predicate ends (:meth:`WordsBefore.past_predicate`) and which words the noun run takes
(:meth:`WordsBefore.run_ending_at`). :mod:`.noun_phrase` decides the phrase from them."""

from __future__ import annotations

import re

from .context import ArticleText
from .tag_repairs import by_way_of, rejoined
from .tagging import pos_tag
from .text import CN_NUM, RUNNING_FOR, SEGMENT_BREAK

_NOUNISH = ("n", "vn", "an", "j", "l", "nz", "b", "k", "h", "ng", "eng", "nr", "ns", "nt", "g", "s")


#: tags of a noun proper (not a verbal noun, an abbreviation or an idiom)
PROPER_NOUN_TAGS = frozenset({"n", "nr", "ns", "nz", "nt", "ng"})


#: adverbs jieba tags as numerals and quantifiers (一度触及, 一举突破)
_ADVERBS_AS_NUMERALS = frozenset(["一度", "一举", "曾一度"])

#: the last characters of a fund's name (专项经费, 奖补资金, 津贴预算, 拨款)
_FUND_HEADS = frozenset("金费款算")


def is_nounish(flag: str) -> bool:
    return flag.startswith(_NOUNISH) or flag in ("a", "ad")


def time_modifies(toks: list[tuple[str, str]], k: int) -> bool:
    """周年|申报表, 年度|报告: a word of time (jieba's t) right before a noun modifies it (the kind of
    form or report), no time of the clause (为今年|首次, 为历年|最高 are none)."""
    return toks[k][1] == "t" and k + 1 < len(toks) and toks[k + 1][1][:1] == "n"


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


#: a count in Chinese numerals (两, 三, 十二) that may count the one-character noun after it
CN_COUNT = re.compile(f"[{CN_NUM}]+")

#: prepositions whose object a noun before a verb may be (向…输送, 对…开展, 给…发放)
_PREPOSITIONS = frozenset({"向", "对", "给", "为", "对于"})

#: the measure heads 发生 names with what occurred (发生面积, 发生率): 发生 alone reports a count (session 14)
_OCCURRED_MEASURES = frozenset({"面积", "率", "数", "数量", "起数", "次数"})

#: the second character of a verb that says what a thing is set to or made into (订为, 列入, 降至): such
#: a verb is a predicate, never inside a compound noun
_RESULT_COMPLEMENTS = frozenset("为成至到于入")


def _light_verb_apart(toks: list[tuple[str, str]], text: str, heads: frozenset[str]) -> list[tuple[str, str]]:
    """下降面为30.2%, 企业营收达320亿元: jieba glues the light verb to the last character of the name
    before it (面为, 收达); read without it, that character ends a noun (营收) or is a one-character
    head (面), and the light verb stands apart. A verb that ends in 为 (成为, 列为) is left whole."""
    apart = pos_tag(text)
    if not apart:
        return toks
    word, flag = apart[-1]
    if (len(word) >= 2 and is_nounish(flag)) or word in heads:
        return [*apart[:-1], (word, "n" if word in heads else flag), (toks[-1][0][1], "v")]
    return toks


def _in_time(toks: list[tuple[str, str]], w0: int, spans: list[tuple[int, int]]) -> set[int]:
    """The tokens (from offset ``w0``) that overlap a time's span, to recognise a time expression
    (由去年同期的) and pass over it (asked only when a time stands in the window)."""
    inside: set[int] = set()
    end = w0
    for k, (word, _) in enumerate(toks):
        start, end = end, end + len(word)
        if any(ts < end and start < te for ts, te in spans):
            inside.add(k)
    return inside


def _split_at_times(
    toks: list[tuple[str, str]], w0: int, spans: list[tuple[int, int]]
) -> list[tuple[str, str]]:
    """The tokens with a word jieba glued across a time's end cut there (本|年度预算 -> 本年度|预算): the
    time's part goes with the time, and the rest, of two characters or more, keeps the word's tag (an
    idiom's rest is a noun)."""
    out: list[tuple[str, str]] = []
    end = w0
    for word, flag in toks:
        start, end = end, end + len(word)
        cut = next((te - start for ts, te in spans if ts <= start < te < end - 1), 0)
        if cut and word[cut - 1 : cut + 1] == "年度":
            cut += 1  # 本年|度预算: the time read 本年, 度 goes with it (本年度)
        out += [(word[:cut], "t"), (word[cut:], "n" if flag == "l" else flag)] if cut else [(word, flag)]
    return out


#: an hour of the clock (8时, 14时30分, 9點): after a day it belongs to the time (24日8时)
_CLOCK = re.compile(r"[0-9]{1,2}[时時点點](?:[0-9]{1,2}分)?(?:许|左右)?")

#: the words that open a comparison's baseline (较上年, 比三个月前)
_COMPARED_WITH = frozenset({"较", "比", "较之"})
#: a one-character verb and 率 that jieba reads apart from the 可 before it (可|办率, 可|用率)
_CAN_RATE = re.compile(r"[\u4e00-\u9fff]率")


class WordsBefore:
    """The tagged words before a figure (within its segment), and which of them are times."""

    def __init__(self, doc: ArticleText, stop_at: int, limit: int) -> None:
        ss, _ = doc.clause(stop_at, SEGMENT_BREAK)
        # “新三样”产品: a short quoted name does not end the phrase it opens
        if ss > 0 and doc.shadow[ss - 1] == "”":  # 」 of a traditional page too (the shadow's ”)
            opener = doc.shadow.rfind("“", max(0, ss - 10), ss - 1)
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
        window = doc.shadow[w0:stop_at]
        toks = pos_tag(window)
        if w0 > ss and len(toks) > 1:
            w0 += len(toks[0][0])
            toks = toks[1:]  # the window cut a word in two: drop the fragment
        # (占比达: jieba reads 比达 as a name)
        if (
            toks
            and len(toks[-1][0]) == 2
            and toks[-1][0][1] in "为达"
            and toks[-1][1] in ("v", "p", "nr", "nrt")
        ):
            toks = _light_verb_apart(toks, doc.shadow[w0 : stop_at - 1], doc.rules.suffixes)
        # 缴费标准设|为每年200元: a one-character verb jieba cuts from its 为 is one predicate (设为, 订为)
        if len(toks) > 1 and toks[-1] == ("为", "p") and len(toks[-2][0]) == 1 and toks[-2][1] == "v":
            toks = [*toks[:-2], (toks[-2][0] + "为", "v")]
        # (also with a time in the window: 全年更换老化供水管|道 -> 供水管道, session 14)
        self.toks = toks = rejoined(toks)
        spans = [(t.start, t.end) for t in doc.times_between(w0, stop_at)]
        # 水位24日8时涨至: the hour of the clock right after a day is part of the time passed over
        spans += [m.span() for _, te in spans if (m := _CLOCK.match(doc.norm, te, stop_at)) is not None]
        # 连续7年 (for seven years running) frames the time like a date does: passed over too
        if doc.norm.find("连续", w0, stop_at) >= 0:
            spans += [m.span() for m in RUNNING_FOR.finditer(doc.norm, w0, stop_at)]
        if spans:
            self.toks = toks = _split_at_times(toks, w0, spans)
        self.in_time = _in_time(toks, w0, spans) if spans else set()
        #: whether a comparison word may stand among the words (most windows have no 较 or 比)
        self._compares = "较" in window or "比" in window
        # a bracket token is a bracket character of the window (most windows have none)
        self.aside = _asides(toks) if "(" in window or "（" in window else set()
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
            or (flag in ("a", "zg") and len(word) == 1)  # 仍 (zg), 高: a one-character modifier
            or word in self.rules.stop
            or word in self.cue_words
            or not word.strip()
            or word in ("由", "从", "比", "较", "于", "於")
            or flag in ("d", "uj", "ul", "u", "y", "e", "o")
            or word in _ADVERBS_AS_NUMERALS  # 最高成交价一度触及62.5元: 一度 says when, jieba tags mq
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

    def _before_baseline(self, i: int) -> int:
        """The last word before a comparison's baseline of time that ends the words (數量臨時估計較一年前
        上升5.4%: 较 一年 前), or ``i`` when they end in none: the baseline names no subject."""
        if not self._compares or not any(word in _COMPARED_WITH for word, _ in self.toks[max(0, i - 7) : i]):
            return i  # most figures: no comparison word among the last words
        k = i
        while k >= 0 and self.toks[k][1] in ("m", "f", "t", "q", "mq"):
            k -= 1
        if 0 <= k < i and self.toks[k][0] in _COMPARED_WITH:
            return k - 1
        # 物價指數臨時數字較上年同月的臨時數字上升0.5%: the baseline is a dated noun after its 的
        de = next((j for j in range(i, max(-1, i - 5), -1) if self.toks[j][0] == "的"), None)
        if de is None or de == i:
            return i
        k = de - 1
        while k >= 0 and self.toks[k][1] in ("m", "f", "t", "q", "mq", "b"):  # jieba's 同期 is b
            k -= 1
        return k - 1 if 0 <= k < de - 1 and self.toks[k][0] in _COMPARED_WITH else i

    def past_predicate(self) -> tuple[int, str | None]:
        """The index of the last word of the noun phrase, and a verb skipped on the way (发证)."""
        toks, rules = self.toks, self.rules
        i = self._before_baseline(len(toks) - 1)
        skipped_verb: str | None = None
        if i >= 1 and i == len(toks) - 1 and toks[i][0] in rules.words.runs.done_complements:
            i -= 1  # 整改到位1198处: a complement right before the count says the act is done, no thing
        # an adverb of two characters jieba tags ad right before the figure or its verb (降雨量普遍达,
        # 价格明显上涨) says how, nothing of what is measured
        while i >= 0 and (self.skippable(i) or toks[i][1] == "ad") and toks[i][0] not in rules.suffixes:
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
            # 市财政安排普查专项经费, 省财政下达养护资金: a verb spending money (spent_verbs) on a fund is
            # the predicate (but 按比例安排就业 is a kind of job)
            or (self.rules.spent_tail.fullmatch(word) is not None and run[-1][0][-1:] in _FUND_HEADS)
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
            and not self._after_preposition(i - 1)
        )

    def _after_preposition(self, k: int) -> bool:
        """Whether the nouns ending at word ``k`` are the object of a preposition (向省以上专业运动队
        输送运动员36名): the verb after them is the predicate, no verb inside a compound noun."""
        while k >= 0 and (self.toks[k][1][:1] in ("n", "b", "a", "f", "m") or self.toks[k][0] in "以上下"):
            k -= 1
        return k >= 0 and self.toks[k][0] in _PREPOSITIONS

    def _modifies_the_object(self, i: int, run: list[tuple[str, str]]) -> bool:
        """Whether word ``i`` is a verb of two characters between a verb of building or adding
        (``build_verbs``) and its object's noun (改建|健身|步道, 新增|停车|泊位): it says what the
        object is for, the object being what the figure measures (健身步道, not 步道)."""
        word, flag = self.toks[i]
        if flag != "v" or len(word) != 2 or i < 1 or not run or run[0][1] != "n" or len(run[0][0]) < 2:
            return False
        return (
            self.toks[i - 1][0] in self.rules.words.runs.build_verbs
            and word not in self.rules.words.runs.build_verbs  # 新建改建农村供水工程: two verbs of work
            and word not in self.rules.stop
            and i - 1 not in self.in_time
        )

    def state_of(self, i: int, run: list[str] | list[tuple[str, str]]) -> bool:
        """Whether word ``i`` is a verb of two characters that, with the adjective after it, says
        what state the noun after them is in (就业困难人员, 经营困难企业): the head is the noun."""
        word, flag = self.toks[i]
        if flag != "v" or len(word) != 2 or len(run) < 2 or i + 1 >= len(self.toks):
            return False
        after, after_flag = self.toks[i + 1]
        return after_flag == "an" and len(after) == 2 and i + 1 not in self.in_time

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
            and not (flag.startswith("m") and CN_COUNT.search(word))
        )

    def _described_by(self, i: int) -> tuple[list[tuple[str, str]], int]:
        """生育第二胎者, 生育三孩者 (jieba: 三|孩者): 者 after a numeral names those the words before it
        describe; the numeral and the verb before it (at most three words) are the phrase."""
        run = [(self.toks[i][0], "n")]
        k = i - 1
        while k >= 0 and len(run) < 4 and k not in self.in_time and self.toks[k][0] not in self.rules.stop:
            word, flag = self.toks[k]
            if not (flag in ("m", "mq", "q", "v", "vn", "a") or is_nounish(flag)):
                break
            run.insert(0, (word, "n"))
            k -= 1
        return run, k

    def run_ending_at(self, i: int) -> tuple[list[tuple[str, str]], int]:
        """The noun run that ends at word ``i``, and the index of the word before it."""
        toks, rules = self.toks, self.rules
        run: list[tuple[str, str]] = []
        while i >= 0:
            word, flag = toks[i]
            if i in self.aside:
                i -= 1  # 广义货币(M2)余额, 居民消费价格（CPI）同比: an aside in or after the phrase
                continue
            if len(run) == 1 and self._bound_to_lone_suffix(i, run):
                run.insert(0, (word, "n"))  # 增长面, 可支付月数: what 面 or 数 is of, however tagged
                i -= 1
                continue
            if (
                word == "可"
                and run
                and ((run[0][1].startswith("v") and len(run) > 1) or _CAN_RATE.fullmatch(run[0][0]))
            ):
                # 可支付月数, 可用天数, 网上可办率 (jieba: 可|办率): what can be done, named as a measure
                run.insert(0, (word, "b"))
                i -= 1
                continue
            if flag == "v" and len(word) == 2 and len(run) > 1 and i >= 1 and toks[i - 1][0] == "以":
                run.insert(0, (word, "b"))  # 以假冒公職人員手法行騙: after 以, the verb opens the manner
                i -= 1  # (its object and head: two words; 以涉及警務處（183宗）… is 以…为最多's)
                continue
            if word == "发生" and len(run) == 1 and run[0][0] in _OCCURRED_MEASURES:
                run.insert(0, (word, "b"))  # 松材线虫病发生面积, 疫情发生率: a measure of what occurred
                i -= 1
                continue
            if (
                word in rules.stop
                or word in self.halt_words
                or i in self.in_time
                or (word[:1] == "经" and by_way_of(word))  # (the first character: no call for most words)
            ):
                break
            if len(word) > 2 and word[-1] == "于":
                break  # 略低於過去十年平均約300宗 (jieba: 略低于 a set phrase): a comparison, no noun
            if word[-1:] == "者" and len(word) <= 2 and not run and i > 0 and toks[i - 1][1] in ("m", "mq"):
                return self._described_by(i)
            if word in rules.units and i > 0 and toks[i - 1][1] == "m":
                break  # 10万总吨邮轮泊位: 总吨 belongs to the number before it
            if flag in ("a", "ad") and not run and word not in rules.suffixes:
                break
            if is_nounish(flag) or word in rules.suffixes or (flag == "i" and not run and len(word) == 4):
                # 生产安全事故790起: jieba tags a four-character compound (安全事故) an idiom
                run.insert(0, (word, "n" if word in rules.suffixes or flag == "i" else flag))
            elif flag == "z" and run:
                run.insert(0, (word, flag))  # 水质优良比例, 优良天数: jieba tags 优良 a state word
            elif flag == "f" and run and len(word) >= 2 and word.endswith("部"):
                run.insert(0, (word, "b"))  # 东部地区, 南部山区: jieba tags the part of a place a locative
            elif word == "及其" and run and i > 0 and is_nounish(toks[i - 1][1]):
                run.insert(0, (word, "c"))  # 基本金属及其制品: a thing and its own kind are one noun
            elif (
                flag.startswith("v")
                and run
                and ((len(run[0][0]) == 1 and run[0][1] != "a") or (len(word) == 1 and run[0][1] != "a"))
            ):
                run.insert(0, (word, flag))  # 安置房, 发证率, 奖补资金: a verb inside a compound
            elif self.state_of(i, run):
                run.insert(0, (word, "b"))  # 就业困难人员: a verb and an adjective say the noun's state
            elif self._verb_between_nouns(i, run):
                run.insert(0, (word, flag))  # 道路养护经费, 城市建设资金: noun, verb, noun
            elif self._modifies_the_object(i, run):
                run.insert(0, (word, "b"))  # 改建健身步道186公里, 新增停车泊位: 健身 modifies 步道
            else:
                break
            i -= 1
        return run, i
