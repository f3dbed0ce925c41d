"""The noun phrase before a figure (安置房1.39万套, 全市在建项目126个), read from jieba's part-of-speech
tags on a few characters; the one after it is :mod:`.noun_after`."""

from __future__ import annotations

import re
from dataclasses import replace

from ..rules.patterns import MeasureWord
from .candidate import Candidate
from .context import ArticleText
from .per_unit import per_unit_before
from .per_unit import per_what as per_what  # the subject reads it from here
from .run_trims import acted_past_agency, activity_share, built_past_means, group_past_activity
from .tag_repairs import (
    AVERAGED,
    averaged_noun,
    counts_acts,
    held_object,
    lone_adjective_verb,
    names_money,
    recorded_head,
)
from .tagging import pos_tag
from .text import BOUND_WORDS, CN_NUM, LEVEL_WORDS, SEGMENT_BREAK, search_ending
from .words_before import CN_COUNT, WordsBefore
from .words_before import is_nounish as is_nounish  # other stages read it from here

#: a footnote mark (地区生产总值[2]32074.7亿元)
_FOOTNOTE = re.compile(r"[\[［](?:[0-9]{1,2}|注[0-9]?)[\]］]$")
#: a light verb between a name and its figure (为, 达, 是)
_LIGHT_VERB = re.compile(r"(?:约为|为|达到|达|是)$")
#: a name written in words, long enough to be a measure's name (常住人口城镇化率), not GDP or 万元
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{4,14}")
#: a frame before a figure that says how it is measured (按可比价计算)
_FRAME_TAIL = re.compile(r"按[^，。；;、]{1,10}?计算$")
#: a bound of one character that may open a bracketed figure (（约1.2万人）)
_BOUNDS = frozenset("约近超逾")
#: digits and numerals: a bracket after them restates a figure, it glosses no noun
_FIGURE_CHARS = re.compile(f"[0-9{CN_NUM}百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]")


#: a long aside that defines the measure before it as a share (（森林面积占土地总面积的比例）)
_DEFINITION = re.compile(
    r"[(（][^()（），。；;]{2,30}(?:占|佔|与|與)[^()（），。；;]{1,20}(?:比重|比例|之比)[)）]$"
)


def _defining_aside(doc: ArticleText, close: int) -> int | None:
    """The opening bracket of a definition as a share that closes at ``close``, or None."""
    m = _DEFINITION.search(doc.norm, max(0, close - 48), close)
    return m.start() if m is not None else None


def _start_of_figure(doc: ArticleText, c: Candidate) -> tuple[int, str | None]:
    """Where the noun phrase before a figure must end: before a footnote mark, an aside in brackets,
    cue words and framing words; or the aside itself when it names the measure in words."""
    stop_at = c.start
    # 留宿旅客（1,690萬人次）: a figure opening a bracket glosses the noun before the bracket (not an
    # amount that restates the one before it: 贰万肆仟叁佰元整（￥24,300.00）)
    opener = stop_at - 1 if doc.norm[stop_at - 1 : stop_at] not in _BOUNDS else stop_at - 2
    if (
        opener > 0
        and doc.text[opener] in "(（"
        and _FIGURE_CHARS.search(doc.norm, max(0, opener - 6), opener) is None
    ):
        stop_at = opener
    # 地区生产总值[2]32074.7亿元: a footnote mark right before the number is passed over
    if (mark := search_ending(_FOOTNOTE, doc.norm, max(0, stop_at - 6), stop_at, "]］")) is not None:
        stop_at = mark.start()
    # 生产总值(GDP)262.6亿元: an aside in brackets right before the number is passed over; one that
    # names the measure in words (占总人口的比重（常住人口城镇化率）为62.07%) is the subject itself
    light = search_ending(_LIGHT_VERB, doc.norm, max(0, stop_at - 3), stop_at, "为达到是")
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
        # 投入强度（R&D经费支出占地区生产总值比重）为3.12%: an aside that defines the measure as a
        # share, before a light verb, is passed over whatever its length
        if (
            light is not None
            and stop_at != opener
            and (definition := _defining_aside(doc, close)) is not None
        ):
            stop_at = definition
    # 占比比上年下降0.4个百分点: cut cue words off the end before tagging, or jieba glues
    # 比上年 to the noun (比比, 价格比); 按可比价计算增长3.9%, 月租金为每平方米8元: a frame that says
    # how or per what the figure is measured is not what it measures
    while True:
        cut = (
            doc.rules.cue_tail.search(doc.norm, max(0, stop_at - 8), stop_at)
            or search_ending(_FRAME_TAIL, doc.norm, max(0, stop_at - 14), stop_at, "算")
            or per_unit_before(doc, stop_at)
        )
        if (
            cut is None
            or cut.start() <= 0
            or cut.start() >= stop_at
            or _ends_a_word(doc, cut.group(0), stop_at)
        ):
            return stop_at, None
        stop_at = cut.start()


def _ends_a_word(doc: ArticleText, cue: str, at: int) -> bool:
    """孕产妇共签约1840人: a bound that ends a word (签约, 节约: ``bound_lookalikes``) is no cue to cut."""
    return len(cue) == 1 and any(
        w.endswith(cue) and doc.norm.endswith(w, 0, at) for w in doc.rules.bound_lookalikes
    )


def _object_of_verb(before: WordsBefore, last: int, skipped: str, c: Candidate) -> bool:
    """Whether the word jieba tags a verb right before a count (临客 in 加开临客1120列) is the
    object of the verb before it: two verbs in a row before a measure word that counts things, the
    first no light or aspect verb (累计发放, 计划开工 stay verb and verb)."""
    toks = before.toks
    return (
        isinstance(c.entry, MeasureWord)
        and not c.entry.names_thing  # 完成注册确认5661人: 人 names those counted; 确认 is a verb
        and c.end == c.unit_start + len(c.unit or "")
        and last >= 0
        and toks[last + 1 : last + 2] == [(skipped, "v")]
        and toks[last][1] == "v"
        and len(toks[last][0]) == 2
        and toks[last][0] not in before.rules.stop
        and last not in before.in_time
        and (last == 0 or toks[last - 1][1] != "d")  # 已完工启用12个: two verbs of one act
    )


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


def _before(doc: ArticleText, stop_at: int, limit: int) -> WordsBefore:
    """The words before ``stop_at``, tagged once per document (the subject rules ask again)."""
    return doc.kept("words before", (stop_at, limit), lambda: WordsBefore(doc, stop_at, limit))


#: the tags of the words of an activity that a light verb takes as its object (免费|健康|体检)
_ACTIVITY_TAGS = frozenset({"v", "vn", "vd", "a", "ad", "an", "n", "ns", "s", "b", "d"})


def _object_of_support_verb(before: WordsBefore, c: Candidate) -> str | None:
    """提供免费健康体检6217人次, 开展上门随访1.36万人次: a count of acts right after the object of a light
    verb (提供, 开展, 进行, 实施: stop words) counts that object, whose words jieba may tag verbs or
    adjectives; two to four words, up to eight characters, with the figure right after them."""
    toks, stop = before.toks, before.rules.stop
    if c.extra.get("ratio") or not toks:
        return None
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= 4 and toks[k][0] not in stop and toks[k][1] in _ACTIVITY_TAGS:
        k -= 1
    words = [w for w, _ in toks[k + 1 :]]
    if k < 0 or not (2 <= len(words) <= 4) or toks[k][0] not in stop or not toks[k][1].startswith("v"):
        return None
    tags = [f for _, f in toks[k + 1 :]]
    if tags[0] == "n" and len(tags) >= 3 and all(f == "v" for f in tags[1:]):
        return None  # 完成运动员注册确认5661人: those the verbs act on are named; they are counted
    acted = "".join(words)
    return acted if len(acted) <= 8 and tags[0] != "d" else None


def _quote_closing_at(toks: list[tuple[str, str]], i: int) -> int | None:
    """The index of the “ that opens a short quotation whose ” is word ``i`` (at most four words
    inside), or None."""
    if i < 2 or toks[i][0] != "”":
        return None
    return next((k for k in range(i - 1, max(-1, i - 6), -1) if toks[k][0] == "“"), None)


#: words that point at a thing with a measure word (这架飞机, 该所学校)
_DEMONSTRATIVES = frozenset({"这", "那", "该", "此", "每", "本"})


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
    if not run and skipped_verb == AVERAGED and i == last and i >= 0 and averaged_noun(toks, i):
        # 抽检样品容重平均为784克/升 (jieba: 容重 an adjective): before 平均 stands what is averaged
        run, i = before.run_ending_at(i - 1)
        run.append((toks[last][0], "n"))
    # 超额认购约19倍: a word that only modifies (jieba's b: 超额, 累计) ends no noun phrase; with the
    # verb right after it, the two are the noun of what is measured
    if skipped_verb and held_object(toks, skipped_verb, rules.words.campaign_held, c):
        run, skipped_verb = [(skipped_verb, "n")], toks[-2][0]  # 舉辦展覽58個: the thing held
    elif run and skipped_verb and recorded_head(toks, i, last, skipped_verb, rules.words.record_verbs):
        run, skipped_verb = [*run, (skipped_verb, "vn")], None  # 受理居民身份證申請186,420宗: its head
    elif run and run[-1][1] == "b" and skipped_verb and toks[last + 1 : last + 2] == [(skipped_verb, "v")]:
        run.append((skipped_verb, "vn"))
        skipped_verb = None
    elif skipped_verb and names_money(c, skipped_verb):
        # 股权融资50亿元, 每台採收機最高補助新臺幣30萬元: the verb names the money; with a bound between
        # them the words before it say per what or to whom, not what
        adjacent = toks[last + 1][0] == skipped_verb
        run = [*run, (skipped_verb, "n")] if adjacent else [(skipped_verb, "n")]
        skipped_verb = None
    elif run and skipped_verb and counts_acts(c, toks, last, skipped_verb, rules.attributive_verbs):
        # 民警上门见面劝阻2.1万人次, 旅客发送2782万人次: a count of acts right after its verb counts the
        # verb's acts; the words before it say how (上门见面) or of whom, and stay with it
        run.append((skipped_verb, "vn"))
        skipped_verb = None
    elif len(run) > 1 and run[-1][1] == "b":
        run.pop()  # 零售業總銷貨價值臨時|估計上升1.8%: with the verb cut off, the b-word goes too
    elif (
        skipped_verb
        and (not run or (len(run) == 1 and len(run[0][0]) == 1))
        and (net := lone_adjective_verb(toks, skipped_verb))
    ):
        run, skipped_verb = [(net, "n")], None  # 淨移入34 300人, 净流入: 净 and its verb name the flow
    elif not run and skipped_verb and _object_of_verb(before, last, skipped_verb, c):
        run, skipped_verb = [(skipped_verb, "n")], toks[last][0]  # 加开临客1120列: jieba's verb 临客
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
    # 移送法辦者計1,538人: 者 makes a verb and its object one noun (those sent for prosecution)
    if (
        1 < len(run) <= 3
        and run[-1][0] == "者"
        and all(is_nounish(f) for _, f in run[:-1])
        and i >= 0
        and toks[i][1] == "v"
    ):
        run.insert(0, toks[i])
        i -= 1
    # 沪深两市成交额: a one-character noun right after a numeral is counted by it (两市), no
    # part of the phrase; the phrase starts after it
    counted_by = toks[i][0] if i >= 0 and toks[i][1] == "m" else ""
    if len(run) > 1 and len(run[0][0]) == 1 and CN_COUNT.fullmatch(counted_by):
        run.pop(0)
    elif len(run) > 1 and counted_by and i >= 1 and toks[i - 1][0] == "每":
        run.pop(0)  # 每万人口全科医生数: what 每 and the numeral count is the rate's denominator
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
    # (but not a word of two characters that opens with one: 该项目 is 项目, not 目; nor after 本, 该 a
    # longer word whose first two characters are a word: 本项目预算金额, jieba: 本|项目预算)
    glued = len(run[0][0]) > 2 or (numeral and len(run[0][0]) == 2) if run else False
    if (
        run
        and pointed
        and glued
        and run[0][0][0] in rules.units
        and (numeral or len(pos_tag(run[0][0][:2])) != 1)
    ):
        run[0] = (run[0][0][1:], run[0][1])
    # 5G基站, 5号线二期工程: digits glued to the letters or the 号 that open the phrase name it
    numbered = run and (run[0][1] == "eng" or run[0][0].startswith("号"))
    if numbered and i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit():
        run.insert(0, (toks[i][0], "eng"))
    # “新三样”产品, “四上”企业: a short quoted name right before a generic head noun classifies it
    # (not a name before a long phrase: “海葵一号”主甲板最大直径 measures the ship's deck)
    # (the closing quote is looked for first: most phrases have none, and are not summed)
    # (“一网通办”率, 「一站式」使用率: a one-character head such as 率 or 量 after a quoted name is
    # the measure of what the name names)
    head_only = len(run) == 1 and run[0][0] in rules.suffixes
    if (
        run
        and i >= 2
        and toks[i][0] == "”"
        and (len(run[0][0]) > 1 or head_only)
        and sum(len(w) for w, _ in run) <= 4
    ):
        opening = _quote_closing_at(toks, i)
        if opening is not None:
            run[:0] = toks[opening : i + 1]
            i = opening - 1
    # (开展上门随访1.36万人次: one word and the verb right after it, both the object)
    lone = len(run) == 1 and i + 2 == len(toks) - 1 and toks[-1] == (skipped_verb, "v")
    acts = c.unit in rules.event_units or c.unit in rules.people_units  # 人次, 次: acts, not things
    if (not run or lone) and skipped_verb and acts:
        acted = _object_of_support_verb(before, c)
        if acted:  # 提供免费健康体检6217人次: what the light verb provides, however jieba tags it
            run, skipped_verb = [(acted, "n")], None
    runs = rules.words.runs
    run = group_past_activity(run, c.unit, runs.inspection_verbs)
    if len(run) > 2:  # 县法院审结案件3260件: the object, past the agency and its verb
        run = acted_past_agency(run, runs.agent_heads, runs.agency_nouns)
    if c.kind == "count" and len(run) > 2:  # 利用闲置地建设临时停车场64个: the thing built, past the means
        clause = doc.norm[doc.clause(c.start)[0] : c.start]
        run = built_past_means(run, clause, runs.build_verbs, runs.means_verbs, toks[i] if i >= 0 else None)
    phrase = "".join(w for w, _ in run)
    joined = False  # the noun before 完成 or 实现 joined to their object: no project's part follows
    # 生产性服务业完成投资39.66亿元, 非公有制经济实现增加值188.99亿元: a bare object (at most three
    # characters) after 完成 or 实现 takes the noun before the verb
    if 0 < len(phrase) <= 3 and i >= 1 and toks[i][0] in rules.stop and toks[i][1].startswith("v"):
        k = i - 1
        head: list[str] = []
        while k >= 0 and toks[k][0] not in rules.stop:
            if not (is_nounish(toks[k][1]) or before.state_of(k, head)):
                break
            head.insert(0, toks[k][0])
            k -= 1
        short = bool(head) and len(head[0]) > 1 and len("".join(head)) <= 4
        opening = _quote_closing_at(toks, k) if short else None
        if opening is not None:  # “新三样”产品合计出口: the quoted name of the head before the verb
            head[:0] = [w for w, _ in toks[opening : k + 1]]
        if head:
            # 城镇新增就业3892人: an attributive verb of the statistic (新增, 新建) stays inside it
            keep = toks[i][0] if toks[i][0] in rules.attributive_verbs else ""
            phrase = "".join(head) + keep + phrase
            skipped_verb = skipped_verb or toks[i][0]
            joined = True
    if phrase == "占比":
        # 其中新能源汽车9436辆，占比54.5%: a bare share names nothing; what it is of does; but
        # 网上查档占比达到六成: a share right after the verb of an activity is that activity's share
        phrase = activity_share(toks, i, rules.stop)
    if len(phrase.replace("“", "").replace("”", "")) > _LONGEST_PHRASE:
        phrase = _last_words(phrase, _LONGEST_PHRASE)
    # 新型建材项目主体工程已完成85%, 专项资金项目结存资金6200万元: a named project's part or measure
    # is what the figure measures; the project's name says whose
    # (not a count: 体育传统项目学校 counts schools of a kind; a project named by a noun, not by a
    # place or a verb: 利用省外项目实际进资 is the money of projects from outside the province)
    # (基础设施项目完成投资151.4亿元: the kind of project and what it did, 投资 alone names nothing)
    # (the cheap test first: project_part holds one of words.toml's project_words, 项目 or 专案)
    maybe_owned = c.kind != "count" and not joined and ("项目" in phrase or "专案" in phrase)
    owned = rules.words.project_part.fullmatch(phrase) if maybe_owned else None
    owner = pos_tag(phrase[: owned.start(1)]) if owned is not None else []
    if owned is not None and owner[0][1][:1] == "n" and owner[-1][1][:1] == "n":
        phrase = owned.group(2)
    if len(phrase) == 2 and phrase[1] == "均":
        # 累计发送旅客2782.8万人次，日均347.9万人次: how a figure is averaged is not what it counts;
        # with its verb (亩均增产25斤, 日均就餐约650人次) the two name it
        verb = skipped_verb if skipped_verb and skipped_verb not in rules.stop else ""
        cut = doc.norm[stop_at : c.start]  # 亩均增产25斤: the change word cut off before tagging
        if not verb and len(cut) == 2 and cut in rules.halt_words:
            verb = cut
        phrase = phrase + verb if verb else ""
    if not phrase:
        ss = doc.clause(stop_at, SEGMENT_BREAK)[0]
        if ss > 1 and doc.shadow[ss - 1] == "“" and "\u4e00" <= doc.shadow[ss - 2] <= "\u9fff":  # 「 too
            # 推升效应“可能还将持续6到9个月”: a quote opened right after a noun quotes its predicate
            return noun_run_before(doc, replace(c, start=ss - 1), limit)[0], skipped_verb, True
    topic = bool(phrase) and (skipped_verb is not None or i < 0)
    if skipped_verb and skipped_verb in rules.stop:
        skipped_verb = None
    return (phrase or None), skipped_verb, topic


#: the light verb, and a bound, between a quantity's name and its count (总建屋量约为, 规模达)
_COPULA_BEFORE = re.compile(f"(?:{LEVEL_WORDS})(?:{BOUND_WORDS})?$")


def quantity_named_before(doc: ArticleText, c: Candidate) -> str | None:
    """预计公营房屋总建屋量约为十八万九千个单位: a count after 为 or 达 whose clause names a quantity
    before it (建屋量, 建设规模, 项目总数) measures that quantity; the noun its measure word counts (单位)
    only says in what it is counted, so the name before wins over it."""
    if not doc.rules.quantity_names or _COPULA_BEFORE.search(doc.norm, max(0, c.start - 4), c.start) is None:
        return None
    phrase, _, _ = noun_run_before(doc, c)
    if phrase and len(phrase) > 2 and phrase.endswith(doc.rules.quantity_names):
        return phrase
    return None
