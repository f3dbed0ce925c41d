"""The noun phrase right after a figure (15167套房屋, 90%的陆地自然生态系统类型), read from
jieba's part-of-speech tags on a few characters. Part of the subject decision (:mod:`.subject`)."""

from __future__ import annotations

import re

from ..rules.patterns import MeasureWord
from .context import ArticleText
from .numerals import FULLWIDTH, NumberFormatError, parse_number
from .tag_repairs import rejoined
from .tagging import pos_tag, word_tag
from .text import NUM_RE, SEGMENT_BREAK
from .units import is_whole_place
from .words_before import PROPER_NOUN_TAGS, is_nounish


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
    return _state_opened(toks)


def _state_opened(toks: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The words with 在 and one character after it joined as a state (在园幼儿, 在囚人士)."""
    if toks[0][0] == "在" and len(toks[1][0]) == 1 and is_nounish(toks[2][1]):
        return [("在" + toks[1][0], "b"), *toks[2:]]
    return toks


def _opens_counted_noun(word: str, flag: str, nxt: tuple[str, str], stop: frozenset[str]) -> bool:
    """Whether the first word after a count's measure word opens the noun it counts although
    jieba tags it otherwise: a word of three characters it calls an idiom (十八间急症室), a
    determiner (约五万六千个其他资助出售单位), an adverb of two characters (三次特别援助金: jieba's
    特别) or a lone character it tags a morpheme (236个村卫生室: jieba's 村 a zg) before a noun."""
    if flag == "i":
        return len(word) == 3
    before_noun = is_nounish(nxt[1]) and nxt[0] not in stop and nxt[1] != "l"
    if flag == "zg":
        return len(word) == 1 and before_noun
    return flag in ("r", "d") and len(word) == 2 and word not in stop and before_noun


def _verb_as_object(doc: ArticleText, first: tuple[str, str], figure_at: int | None, end: int) -> bool:
    """Whether a verb of two characters alone after a count's measure word (or an amount's unit),
    ending its clause, is what is counted (接获约十四万份申请, 受理1200宗投诉, 给予5万元奖励): the
    figure is the object of a verb before it (a light verb too: 举办60个展览), so what follows it
    is a noun, not the predicate (其中25个开工)."""
    word, flag = first
    if figure_at is None or flag not in ("v", "vn") or len(word) != 2 or word in doc.rules.stop:
        return False
    if doc.norm[end : end + 1] not in _CLAUSE_ENDS:
        return False  # 200多份共建“一带一路”合作文件: the verb opens a longer noun
    cs, _ = doc.clause(figure_at, SEGMENT_BREAK)
    words = pos_tag(doc.shadow[max(cs, figure_at - 8) : figure_at])
    while words and (words[-1][1] == "d" or (words[-1][0] in doc.rules.stop and words[-1][1] != "v")):
        words.pop()  # 共接获约: the bound and the adverbs before a figure (a light verb, 举办, stays)
    if not words or len(words[-1][0]) < 2:
        return False
    # 共办理1200件投诉: jieba may tag the verb a noun in context; its dictionary says verb
    return words[-1][1] == "v" or (word_tag(words[-1][0]) or "").startswith("v")


#: words of "all of them" jieba tags a noun (全部): before a verb or an adverb they open the predicate
_ALL_OF_THEM = frozenset({"全部", "全数"})

#: the tags of a head noun an adjective jieba calls adverbial may modify (四十年努力成果)
_HEAD_TAGS = frozenset({"n", "vn"})

_CLAUSE_ENDS = frozenset(["", *"，。；、,;：:！？!?）)\n"])

#: a preposition whose object a count is, past a bound (向1,372個, 共向, 对约120家, 給逾百名): 對 and 給
#: as the shadow writes them
_PREPOSITION_BEFORE = re.compile(r"[向对给](?:约|近|逾|超过|不少于)?$")

#: a preposition of place whose object a count is, past a scope word (於全市13個, 在全县58个, 于各);
#: not the 于 of a bound or a comparison (不少於3,000個, 高于)
_PLACE_BEFORE = re.compile(
    r"(?:在|(?<![少多大小高低等至由对對])[于於])(?:全[市县縣区區省州镇鎮乡鄉]|各|本[市县縣区區])?$"
)


def _object_of_preposition(doc: ArticleText, figure_at: int | None) -> bool:
    """Whether the count is the object of a preposition (向1,372個輪候家團發出社屋分配通知): the
    verb after its noun is the clause's predicate, never a verb inside a compound noun."""
    return (
        figure_at is not None
        and _PREPOSITION_BEFORE.search(doc.shadow, max(0, figure_at - 5), figure_at) is not None
    )


#: a bound between a verb and the figure it takes (排查约, 覆盖全市近, 涉及全港約)
_BOUND_BEFORE = re.compile(r"(?:约|近|逾|超过|共|合共|合计|累计)$")


def verb_right_before(doc: ArticleText, figure_at: int) -> bool:
    """Whether a verb of two characters stands right before the figure, past a whole place and a bound
    (涉及全港約2 400公里的…, 共排查约): the figure's phrase is its object, so a verb after the noun
    inside it is part of a name (雨水排放渠道), and the noun after its 的 is the verb's object; with
    none (全區約5 000公頃的農地種植水稻) a verb after the noun is the predicate."""
    lo = max(0, figure_at - 6)
    bound = _BOUND_BEFORE.search(doc.shadow, lo, figure_at)
    at = bound.start() if bound is not None else figure_at
    at = next((at - k for k in (3, 2) if at - k >= lo and is_whole_place(doc.shadow[at - k : at])), at)
    return at >= 2 and (word_tag(doc.shadow[at - 2 : at]) or "") in ("v", "vn")


def _in_place_phrase(doc: ArticleText, figure_at: int | None) -> bool:
    """Whether the count is the object of a preposition of place (於全市13個區公所設置…)."""
    return (
        figure_at is not None
        and _PLACE_BEFORE.search(doc.shadow, max(0, figure_at - 4), figure_at) is not None
    )


def _reads_as_number(word: str) -> bool:
    try:
        parse_number(word)
    except NumberFormatError:
        return False
    return True


#: another measure word of the same count in brackets right after the unit (10件（项）)
_OTHER_MEASURE = re.compile(r"[（(]([^（()）0-9]{1,2})[）)]")


def noun_run_after(
    doc: ArticleText, pos: int, limit: int = 14, counted: bool = False, figure_at: int | None = None
) -> tuple[str | None, bool]:
    """The noun phrase right after a unit (15167套房屋) and whether it followed 的.

    ``counted``: the unit is a measure word, so even a verb opening a compound is its noun
    (98处控导工程); after money or a share a verb starts the predicate (500万元扶持企业).
    ``figure_at``: where the figure starts, to tell a count that is a verb's object (接获十四万份申请)
    from one that is the subject of the verb after it (其中25个开工)."""
    alt = _OTHER_MEASURE.match(doc.shadow, pos) if doc.shadow[pos : pos + 1] in "（(" else None
    if alt is not None and isinstance(doc.rules.units.get(alt.group(1)), MeasureWord):
        pos = alt.end()  # 10件（项）民生实事项目: another measure word of the count, passed over
    _, se = doc.clause(pos, SEGMENT_BREAK)
    window = doc.shadow[pos : min(se, pos + limit)]
    cut = len(window)
    via_de = False
    for w, _ in doc.rules.qual_after if window.startswith(doc.rules.qual_after_words) else ():
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
    toks = rejoined(pos_tag(window))  # 3條健身步道 (jieba: 步|道): the noun's last character joined back
    # 零部件, 一次性奖励: a word that opens with a numeral character is no number
    word_first = is_nounish(toks[0][1]) and len(toks[0][0]) > 1 and not _reads_as_number(toks[0][0])
    if number and number.group(0) not in ("零", "〇") and not word_first:
        return None, via_de
    first_ends = pos + cut - len(window) + len(toks[0][0])
    if (
        (counted or toks[0][1] == "vn")
        and figure_at is not None
        and _verb_as_object(doc, toks[0], figure_at, first_ends)
    ):
        # 共接获约十四万份申请，: the verb a counted object ends with is a noun; so is the verbal noun
        # after an amount a verb gives (最高给予5万元奖励，)
        return toks[0][0], via_de
    # after a measure word (个, 间, 次), not a unit of time or size (40多年快速发展)
    units = doc.rules.units
    measured = counted and any(isinstance(units.get(doc.norm[pos - n : pos]), MeasureWord) for n in (1, 2))
    stop = doc.rules.stop
    if measured and len(toks) > 1 and toks[0][1] == "r" and toks[0][0] in stop and is_nounish(toks[1][1]):
        toks = toks[1:]  # 設置3處其餘停車場: a determiner no subject holds is passed over
    if len(toks) > 1 and toks[0][0].isascii() and toks[0][0].isalpha():
        # 166條e-道, 8台X光机: Latin letters and the head glued to them (past a hyphen) are one name
        k = 2 if toks[1][0] in ("-", "－") and len(toks) > 2 else 1
        toks = [("".join(w for w, _ in toks[: k + 1]), "n"), *toks[k + 1 :]]
    run: list[str] = []
    if via_de and len(toks) > 2:
        toks = _opening_scope_or_state(toks, doc.rules.stop)
    elif measured and len(toks) > 2:
        toks = _state_opened(toks)  # 約2 350名在囚人士: a state opens the noun counted
    if len(toks) > 1 and toks[0][0] == "之" and is_nounish(toks[1][1]):
        toks = [("之" + toks[1][0], "n"), *toks[2:]]  # 5天之旅
    if measured and toks[0][0] in doc.rules.words.counted_place_heads and _verb_or_end(toks):
        return toks[0][0], via_de  # 26个村实施…, 1083个站累计雨量超过…: the place counted, then the predicate
    opened = False  # a word jieba tags otherwise opens the noun: what follows is no predicate
    for k, (word, flag) in enumerate(toks):
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if k == 0 and measured and nxt is not None and _opens_counted_noun(word, flag, nxt, doc.rules.stop):
            flag = "n"  # 十八间急症室, 五万六千个其他资助出售单位, 三次特别援助金
            opened = True
        if word in doc.rules.stop or (flag == "ad" and (nxt is None or nxt[1] not in _HEAD_TAGS)):
            # 共1,730家积极入市, 120家企業積極申報 (jieba: 入市 a place, 申報 a name): an adverb after the
            # figure or its noun opens the predicate; before a common noun it modifies it (四十年努力成果)
            break
        if run and word in _ALL_OF_THEM and nxt is not None and not is_nounish(nxt[1]):
            break  # 87所学校全部实行食堂供餐, 86对服务区全部正常开放: 全部 opens the predicate
        if run and flag == "v" and doc.rules.threshold_word.fullmatch(word):
            break  # 14个站点超警戒水位, 23个乡镇超过警戒线: passing a threshold is the predicate
        if run and flag == "v" and doc.rules.words.campaign_held.fullmatch(word):
            break  # 229所國民中小學辦理營養午餐: a verb of holding or doing after the noun is the predicate
        if flag in ("m", "mq") and len(word) > 1 and not _reads_as_number(word):
            flag = "n"  # jieba tags 零部件 as a numeral-quantifier
        if flag == "l" and run and not _set_phrase_in_noun(word, nxt, doc.rules.stop):
            break  # 航天员按计划: a set expression after the noun starts the predicate
        if (
            flag in ("a", "ad")
            and len(word) > 1
            and run
            and not (k + 1 < len(toks) and toks[k + 1][1].startswith("n"))
        ):
            break  # 斑马鱼状态良好: an adjective after the noun is its predicate
        if run and flag == "vn" and len(word) == 2 and _in_place_phrase(doc, figure_at):
            break  # 於全市13個區公所設置房屋稅服務專櫃: the verb after the place is the predicate
        if is_nounish(flag) or (word in doc.rules.suffixes and run):
            run.append(word)
            continue
        if k == 0 and flag.startswith("v") and len(word) == 2 and _money_head(doc, pos, nxt):
            run.append(word)  # 每户5万元慰助金 (jieba: 慰助|金): a verb glued to 金 names the money
            continue
        if flag == "z" and nxt is not None and is_nounish(nxt[1]):
            run.append(word)  # 35宗猩红热个案: jieba tags the disease a state word; it modifies the noun
            continue
        # a b-word after the verb only modifies: a noun must follow it (濒危野生动植物, not 开设合共约)
        then = toks[k + 2] if nxt is not None and nxt[1] == "b" and k + 2 < len(toks) else nxt
        # 300余种珍稀濒危野生动植物; 涉及约2 400公里的雨水排放渠道: after a measure and 的, in a verb's
        # object, a noun and a verb open the name of the thing measured (雨水排放, 污水处理)
        opening = k == 0 or (
            k == 1
            and (
                toks[0][1] == "a"
                or (
                    via_de
                    and counted
                    and toks[0][1] == "n"
                    and figure_at is not None
                    and verb_right_before(doc, figure_at)
                )
            )
        )
        if (
            flag.startswith("v")
            and (len(run) >= 2 or len(word) == 1 or ((counted or via_de) and opening and len(word) == 2))
            and then is not None
            and ((is_nounish(then[1]) and then[1] != "b") or then[0] in doc.rules.suffixes)
            and nxt is not None
            and nxt[0] not in doc.rules.stop
            and not (
                run
                and flag == "v"
                and (_object_of_preposition(doc, figure_at) or _in_place_phrase(doc, figure_at))
            )
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
        if flag == "b" and len(run) > 1:
            run.pop()  # 医院联网额外(开设): a word that only modifies ends no noun phrase
            continue
        after_noun = opened or (len(run) >= 2 and pos_tag(run[-2])[-1][1] in PROPER_NOUN_TAGS)
        ends_segment = len(toks) == 1 or toks[1][0] in "，。；、,;"
        counted_alone = counted and len(run) == 1 and run[0] == toks[0][0] and ends_segment
        if not (flag.startswith("v") and not (flag == "vn" and (after_noun or counted_alone))):
            break
        run.pop()
    if len(run) == 1 and len(run[0]) == 1 and len(toks) > 1 and toks[0][0] == run[0]:
        run = _cut_word(run, toks)  # 每人1000元奖补 (jieba: 奖|补): one word the tagger cut in two
    # 粮食产量连续7年稳定在…: an adjective or state word alone after the unit is a predicate
    if len(run) == 1 and run[0] not in doc.rules.suffixes and pos_tag(run[0])[0][1] in ("a", "ad", "an", "d"):
        run.pop()
    phrase = "".join(run)
    if len(window) > len(phrase) and pos + cut == se and doc.norm[se : se + 1] in _HEAD_ENDS:
        if via_de:
            phrase = _head_to_clause_end(doc, toks, window) or phrase
        elif not phrase and _after_a_length(doc, pos):
            phrase = _modified_head(doc, toks, window) or phrase  # 3小时快速交会对接方案
    return (phrase or None), via_de


def _verb_or_end(toks: list[tuple[str, str]]) -> bool:
    """Whether a verb (or the clause's end) follows the first word: it ends the noun there."""
    return len(toks) == 1 or toks[1][1] in ("v", "vn") or toks[1][0] in _CLAUSE_ENDS


def _cut_word(run: list[str], toks: list[tuple[str, str]]) -> list[str]:
    """A noun of one character and a verb of one character ending the segment after it (奖|补,
    then a comma) are one word the tagger cut, not a noun and its predicate."""
    word, flag = toks[1]
    if len(word) == 1 and flag == "v" and (len(toks) == 2 or toks[2][0] in _CLAUSE_ENDS):
        return [run[0] + word]
    return run


#: one-character heads that make a verb before them the name of an amount (慰助金, 补偿款, 管理费)
_MONEY_HEADS = frozenset("金款费")


def _money_head(doc: ArticleText, pos: int, nxt: tuple[str, str] | None) -> bool:
    """Whether an amount in 元 ends at ``pos`` and the word after its first word is a money head."""
    return nxt is not None and nxt[0] in _MONEY_HEADS and doc.norm.endswith("元", 0, pos)


#: what closes the head noun of 的 at its clause's end (not 、 or a bracket: a list or an aside goes on)
_HEAD_ENDS = frozenset(["", *"，。；,;！？!?\n"])


def _after_a_length(doc: ArticleText, pos: int) -> bool:
    """Whether a unit of time ends right before ``pos`` (3小时, 15分钟)."""
    units = doc.rules.units
    return any(getattr(units.get(doc.norm[pos - n : pos]), "kind", None) == "duration" for n in (1, 2))


def _modified_head(doc: ArticleText, toks: list[tuple[str, str]], window: str) -> str | None:
    """采用3小时快速交会对接方案, 推行30分钟快速响应机制: a length glued to the noun it describes, an
    adverb or an adjective opening it and a noun ending it, up to the clause's end (3小时完成任务: a
    verb opens a predicate; 2小时内到达: a locative)."""
    if not 4 <= len(window) <= 10 or toks[0][1][:1] not in ("d", "a", "b", "n"):
        return None
    if not all("\u4e00" <= ch <= "\u9fff" for ch in window) or any(w in doc.rules.stop for w, _ in toks):
        return None
    last = word_tag(toks[-1][0]) or toks[-1][1]
    return window if last in ("n", "nz") else None  # (40多年快速发展: a verbal noun, the predicate)


def _head_to_clause_end(doc: ArticleText, toks: list[tuple[str, str]], window: str) -> str | None:
    """A figure, 的, and the words up to the clause's end: they are the noun 的 heads, even when
    jieba tags them otherwise (约五分之一的高速列车: 高速 an adverb; 约1.3万亿元的新增需求: two verbs,
    the first of what is new, ``attributive_verbs``), unless a noun is followed by a verb
    (30%的企业实现盈利: a predicate), the words end in a change (5%的较快增长) or hold a word of
    another class (在…的基础上: a locative)."""
    if not 2 <= len(window) <= 6 or len(toks) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in window):
        return None
    if window.endswith(doc.rules.change_words):
        return None
    rules = doc.rules
    for k, (word, flag) in enumerate(toks):
        if word in rules.stop and not (k == 0 and word in rules.attributive_verbs):
            return None
        if not (is_nounish(flag) or flag.startswith("v") or flag in ("d", "b")):
            return None
        if flag in ("a", "ad", "d") and k > 0:
            return None  # 斑马鱼状态良好: an adjective after the head is a predicate
        if k > 0 and flag.startswith("v") and is_nounish(toks[k - 1][1]) and toks[k - 1][1] != "vn":
            return None  # 企业实现盈利: a noun and a verb after it
    return window
