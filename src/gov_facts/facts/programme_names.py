"""Which plan nouns (计划, 规划, 目标) name a programme rather than plan a figure: a name in quotes
(「居者有其屋计划2025」), a noun before 计划 (研发计划, “春雨”计划), a year, a short bracket or what the
programme has done after it (…计划2025, …計劃（PIDDA）, 接种计划已接种). :mod:`.status` asks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: the quotes and brackets around a programme's name (「居者有其屋计划2025」, 《…规划》)
_NAME_OPEN = "“「『《‘"
_NAME_CLOSE = "”」』》’"
#: a bare year right after a plan noun ends a programme's name (居者有其屋计划2025共提供…)
_YEAR_AFTER = re.compile(r"(?:19|20)[0-9]{2}(?![0-9年])")
#: a short bracket after a plan noun, the abbreviation or edition of a programme (…計劃（PIDDA）)
_BRACKET_AFTER = re.compile(r"[（(][^（）()，,。；;]{1,12}[）)]")
#: what a programme has done: 计划 right before it is the programme, the subject (接种计划已接种N剂)
DONE_AFTER = ("已", "已经", "累计")
#: what a scheme holds: 计划 right before 下 is the scheme things come under (現時計劃下的服務券總數)
_UNDER_AFTER = ("下的", "下共", "下已", "之下")
#: a time gone by and a verb of having or summing up, or the span since a programme began, right after
#: a plan noun: it is the programme reported on (大灣區青年就業計劃去年共有1,090名青年參加,
#: 計劃推出至今共接獲3.2萬份申請, 該計劃自推出以來共接獲3,200份申請)
_PAST_AFTER = re.compile(
    r"(?:去年|上年|前年|上月|上季度?)(?:全年度?)?(?:共|合共|总共|一共|累计|有|录得|亦|也|已)"
    r"|[自从]?(?:推出|实施|开展|启动|运行)?(?:至今|以来)"
)
#: a sum the programme took in, right after a plan noun (強積金計劃共收取供款約238億元, 资助计划合共接获
#: 1,286宗申请): what a scheme received or recorded is reported; a plan takes nothing in
_TAKEN_IN_AFTER = re.compile(r"(?:共|合共|总共|一共)(?:收取|收到|接获|接收|录得)")
#: a verb of joining a programme before the plan noun, a short name perhaps between (参加幼稚园教育计划的
#: 幼稚园, 參加計劃的半日制學額, 加入“安心计划”): the scheme joined is a programme, not a plan
_JOINED_BEFORE = re.compile(r"(?:参加|参与|加入|受惠于?)[^，,。；;：:0-9]{0,12}$")
#: what follows the plan noun of a joined programme: the noun it modifies (的), a bracket or a list
_JOINED_END = "的（(、"


def names_a_programme(text: str, start: int, token: tuple[str, str, int]) -> bool:
    """The plan noun at token ``k`` is a programme's name, not a plan: inside a short name in quotes
    (「居者有其屋计划2025」共提供7012个单位), before a bare year (…计划2025), a short bracket (…计划
    （PIDDA）), what it has done (政府疫苗接种计划已接种约210万剂, 計劃去年亦資助) or holds (計劃下的),
    closing a bracket that shortens a name (…計劃（幼稚園計劃）) or joined (參加計劃的學額)."""
    word, _flag, at = token
    i = at - start
    end = i + len(word)
    if text.startswith(DONE_AFTER, end) or _YEAR_AFTER.match(text, end) or _BRACKET_AFTER.match(text, end):
        return True
    if text.startswith(_UNDER_AFTER, end):
        return True
    if _PAST_AFTER.match(text, end):
        return True
    if text[end : end + 1] in ("）", ")") and text.rfind("（", 0, i) > text.rfind("）", 0, i):
        return True  # 幼稚園教育計劃（幼稚園計劃）: the short name a bracket gives the programme named before
    if text[end : end + 1] in _JOINED_END and _JOINED_BEFORE.search(text, 0, i):
        return True
    opened = max(text.rfind(q, 0, i) for q in _NAME_OPEN)
    if opened < 0 or max(text.rfind(q, opened + 1, i) for q in _NAME_CLOSE) > opened:
        return False
    closed = min((j for j in (text.find(q, end) for q in _NAME_CLOSE) if j >= 0), default=-1)
    # the plan noun ends the name, a year or a code at most after it (“春雨”计划 is handled before;
    # “计划明年新建学校10所” and “今年目标是新增5万人” are quoted speech, whose plan words plan)
    return 0 <= closed - opened <= _NAME_MAX and _NAME_TAIL.fullmatch(text, end, closed) is not None


#: what may follow the plan noun inside a quoted name (「居者有其屋计划2025」, “…计划（2023版）”)
_NAME_TAIL = re.compile(r"[0-9A-Za-z\s年度版（）()]*")
#: the longest programme name in quotes (a longer quotation is speech, whose plan words plan)
_NAME_MAX = 24


def took_in_after(text: str, start: int, tokens: list[tuple[str, str, int]], k: int) -> bool:
    """強積金計劃共收取供款約238億元: a sum taken in or recorded right after the plan noun at ``k``, a
    noun before it that names no body that acts (集团计划共收取租金, 政府计划: the body plans; a time
    before it, 今年计划共收取, plans too)."""
    word, _flag, at = tokens[k]
    before = tokens[k - 1]
    if not before[1].startswith("n") or before[0].endswith(_ACTOR_NOUNS):
        return False
    return _TAKEN_IN_AFTER.match(text, at - start + len(word)) is not None


#: the ends of the name of a body that acts (集团, 公司, 政府, 房委会)
_ACTOR_NOUNS = (
    "公司",
    "集团",
    "政府",
    "企业",
    "银行",
    "局",
    "委",
    "会",
    "厅",
    "署",
    "部",
    "处",
    "院",
    "中心",
)


def ends_a_name(before: tuple[str, str, int], after: list[tuple[str, str, int]] | None = None) -> bool:
    """The word before 计划 makes it a programme's name: a verbal noun or abbreviation (研发计划,
    培育计划) or a closing quote (“春雨”计划, 《行动》计划); not an abbreviation that names who plans,
    the time of the plan after 计划 (房委會計劃在未來五年興建, 发改委计划于年底前, 港府计划明年推出)."""
    if before[1] == "j" and after and _time_follows(after):
        return False
    return before[1] in ("vn", "j") or before[0].endswith(("”", '"', "’", "」", "》"))


def _time_follows(after: list[tuple[str, str, int]]) -> bool:
    """A time right after the plan word, or 在/于 and a time (在未来五年, 于年底前, 明年)."""
    if after and after[0][0] in ("在", "于"):
        after = after[1:]
    return bool(after) and after[0][1] == "t"


def modifies_a_noun(tokens: list[tuple[str, str, int]], k: int) -> bool:
    """累计降雨量, 累计雨量: a done word jieba tags a verb, right before a noun, names the measure (the
    rain summed over a span, ahead as well as gone by); it says nothing done (累计完成, 累计投资: a verb
    or a verbal noun after it)."""
    return tokens[k][1] == "v" and k + 1 < len(tokens) and tokens[k + 1][1] == "n"


def masked(text: str, phrases: Sequence[str], patterns: Sequence[re.Pattern[str]]) -> str:
    """``text`` with the phrases whose plan word plans nothing (年度计划, 将近, 规划局, 完成…目标的:
    ``not_planned`` and its patterns) written over with □, for :mod:`.status`'s plan clauses."""
    for phrase in phrases:
        if phrase in text:
            text = text.replace(phrase, "□" * len(phrase))
    for pattern in patterns:
        text = pattern.sub(lambda m: "□" * len(m.group(0)), text)
    return text
