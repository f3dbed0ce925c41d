"""A traditional twin gives its simplified original's places and subjects (session 15, issue 16, E45).

``scripts/script_twins.py`` compares each fact's place too now. Two constructions:

- the words around a place that make it no figure's (an origin 從, a partner 與, a comparison 較,
  a destination 運往, a scope 佔, 落戶) and the words that tie places to figures (與 in a list,
  分別, 等約) are read on the text's simplified shadow, as the patterns write them; the names are
  still matched as written (全國 on a Taiwan page is not 全国: Taiwan's own word stays Taiwan's);
- Taiwan's vocabulary (OpenCC ``s2twp``: 行動電話 for 移动电话, 使用者 for 用户, 網際網路寬頻 for 互联网
  宽带, 專案 for 项目) is known to the tagger as nouns (``domain_nouns``) and 專案 as a project word
  (``project_words``), so a subject is not cut at a Taiwan word.

Each row is a simplified sentence (from the work list: the sweep's pages and the invented Hong Kong,
Macau and Taiwan pages, or written in the style of other sites) and what its original gives.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import opencc
import pytest

from factcase import PATTERNS
from gov_facts.core.models import Fact
from gov_facts.facts.engine import find_facts

PUB = date(2024, 11, 15)
#: OpenCC's character tables (each keeps the text's length): standard, Hong Kong and Taiwan forms
VARIANTS = ("s2t", "s2hk", "s2tw")


def _facts(text: str) -> list[Fact]:
    return find_facts(text, PATTERNS, PUB, None, "simplified")[0]


def _place(fact: Fact) -> str | None:
    return fact.place.name if fact.place is not None else None


def _at(text: str, needle: str) -> Fact:
    at = text.index(needle)
    hits = [f for f in _facts(text) if f.start <= at < f.end]
    assert len(hits) == 1, [(f.text, f.subject) for f in _facts(text)]
    return hits[0]


def row(text: str, needle: str, expected: Any, row_id: str, /, marks: Any = ()) -> Any:
    return pytest.param(text, needle, expected, id=row_id, marks=marks)


# ---------------------------------------------------------------- a cue word before or after a place
# is read on the shadow: 從廣東 is an origin as 从广东 is, 與澳門律師公會 a partner, 較杭州 a comparison

CUES = [
    row("全年从广东输入的东江水约为612百万立方米，占总用水量约59%。", "612", None,
        "work list (hk-wsd-water-consumption): 从 (從) an origin"),
    row("从广州南沙出发的邮轮全年共有86个航次。", "86个", None,
        "written: port news style, 从 (從) before a chain of places"),
    row("法务局与澳门律师公会合作，现时共有85名执业律师参与义务法律咨询服务。", "85名", None,
        "work list (mo-dsaj-legal-aid): 与 (與) a partner"),
    row("市府另与台湾港务公司合作，平均通关时间由45分钟缩短至25分钟。", "45分钟", None,
        "work list (tw-keelung-city-port-cruise): 与 (與) a partner"),
    row("政府会预留约10亿元成立人工智能研发院，预计吸引不少于50间创科企业落户香港。", "50间", None,
        "work list (hk-budget-measures): 落户 (落戶) a destination"),
    row("全港现有24个郊野公园，约占香港土地面积的四成。", "四成", None,
        "work list (hk-afcd-country-parks): 占 (佔) a scope"),
    row("全年接待游客4500万人次，较杭州多出300万人次。", "300万人次", None,
        "written: city tourism news, 较 (較) a comparison"),
    row("产品远销东南亚，其中运往越南的货物达3.2万吨。", "3.2万吨", None,
        "written: customs release style, 运往 (運往) a destination"),
    row("项目所在地距离青岛约120公里。", "120公里", None,
        "written: procurement notice style, 距离 (距離) a reference point"),
    row("来自广西的务工人员达1.2万人。", "1.2万人", None,
        "written: provincial portal style, 来自 (來自) an origin"),
]  # fmt: skip

# ---------------------------------------------------------------- the words that tie places to
# figures: 分别 (分別) gives the i-th figure the i-th place; 与 (與) joins a list; 等约 (等約) makes
# the clause's places examples

TIES = [
    row("其次为菲律宾及越南，分别有31,277人及14,905人。", "14,905人", "越南",
        "work list (mo-dsal-non-resident-workers): 分别 (分別) after a list of countries"),
    row("越南、菲律宾分别为51万9千人次、50万2千人次。", "50万2千人次", "菲律宾",
        "work list (tw-tourism-admin-arrivals): 分别 (分別) after a 、-list"),
    row("宣州区、郎溪县分别完成投资5亿元、3亿元。", "3亿元", "郎溪县",
        "written: city portal style, 分别 after two counties"),
    row("宣州区与郎溪县共完成投资5亿元。", "5亿元", "宣州区",
        "written: city portal style, 与 (與) joins a list"),
    row("宣城市确定宁国港口湾水库等约20个项目。", "20个", None,
        "written: city portal style, 等约 (等約): the clause's places are examples"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "place"), CUES + TIES)
def test_a_twin_reads_the_cue_words_around_a_place(text: str, needle: str, place: str | None) -> None:
    assert _place(_at(text, needle)) == place
    for variant in VARIANTS:
        twin = str(opencc.OpenCC(variant).convert(text))
        assert len(twin) == len(text)
        at = text.index(needle)
        assert _place(_at(twin, twin[at : at + len(needle)])) == place, variant


# ---------------------------------------------------------------- names are matched as written: a
# Taiwan page's 全國, 我國 are its own (the page's place, or none), never 中国; Hong Kong's 香港 is a name

AS_WRITTEN = [
    row("全國失業率為3.4%。", "3.4%", None,
        "written: Taiwan statistics bureau style, 全國 of no known place"),
    row("我國出口總值達4,750億美元。", "4,750億美元", None, "written: Taiwan finance ministry style, 我國"),
    row("香港全年接待旅客4,450萬人次。", "4,450萬人次", "香港特别行政区",
        "written: Hong Kong press release, a name"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "place"), AS_WRITTEN)
def test_place_names_are_matched_as_written(text: str, needle: str, place: str | None) -> None:
    assert _place(_at(text, needle)) == place


# ---------------------------------------------------------------- Taiwan's vocabulary (OpenCC s2twp):
# the subject is the original's in Taiwan's words (项目 -> 专案), not cut at a Taiwan word


def _twp_subject(text: str, needle: str) -> str | None:
    to = opencc.OpenCC("s2twp").convert
    twin, mark = str(to(text)), str(to(needle))
    return _at(twin, mark).subject


TAIWAN = [
    row("移动电话用户数为446110户，比上年增加10512户。", "446110户", "行动电话使用者数",
        "work list (007): 行動電話使用者數"),
    row("移动电话普及率为103.9部/百人。", "103.9部", "行动电话普及率", "work list (009): 行動電話普及率"),
    row("年末移动电话基站数31.4万个。", "31.4万个", "行动电话基站数", "work list (009): 行動電話基站數"),
    row("互联网宽带接入用户154349户，比上年增长2.99%。", "154349户", "网际网路宽频接入使用者",
        "work list (007): 網際網路寬頻接入使用者"),
    row("其中，固定互联网宽带接入业务收入完成78.15亿元。", "78.15亿元", "网际网路宽频接入业务收入",
        "work list (province-ca-telecom-industry): 網際網路寬頻接入業務收入"),
    row("全市网络用户达到120万户。", "120万户", "网路使用者", "written: city portal style, 網路使用者"),
    row("总投资3.2亿元的年产5万吨新型建材项目主体工程已完成85%。", "85%", "主体工程",
        "work list (township-project-construction): 專案 before a project's part"),
    row("总投资45亿元的新能源汽车电驱系统产业园项目规划用地约380亩。", "380亩", "规划用地",
        "work list (devzone-investment-signing): 產業園專案規劃用地"),
    row("全县重点水利工程项目完成投资2.6亿元。", "2.6亿元", "重点水利工程专案投资",
        "written: county portal style, a kind of project and its money (重点水利工程项目投资)"),
    row("力争年底前子项目开工率达到100%。", "100%", "子专案开工率",
        "work list (county-natural-resources-land-consolidation): 子專案開工率"),
    row("力争到2025年底居民用户燃气报警器安装率达到60%以上。", "60%", "居民使用者燃气报警器安装率",
        "work list (city-gas-safety-rectification): a Taiwan word makes the subject 13 characters",
        marks=pytest.mark.xfail(strict=True, reason="a subject longer than 12 characters keeps its last "
                                "words: 使用者 (3) for 用户 (2) puts 居民 past the cap")),
    row("全市累计入户安全检查居民用户86.4万户。", "86.4万户", "居民使用者",
        "work list (city-gas-safety-rectification): a group counted in 户 named by 使用者",
        marks=pytest.mark.xfail(strict=True, reason="what was done to a group is cut off where the group "
                                "noun ends in the figure's measure word (用户 in 户); 使用者 does not")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "subject"), TAIWAN)
def test_taiwan_words_keep_the_subject(text: str, needle: str, subject: str) -> None:
    assert _twp_subject(text, needle) == subject
