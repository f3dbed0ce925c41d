"""Session 8, subjects in running text, by construction: words that can name no thing measured
(an adverb or a fragment of the predicate, a bare verb before a counted noun, a describing word, a
level after 之) give way to the next candidate (:mod:`gov_facts.facts.plausible`).

Each table holds the invented page's sentence and sentences written in the style of other kinds of
site. Ids name the source: ``invented-<page>`` (a sentence of an invented page), ``written-<kind of
site>`` (written here), ``corpus-<nnn>``. A row is checked with the gold scorer's rule
(:func:`factcase.subject_ok`).
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import known_miss
from factcase import subject_case as accept

# ---------------------------------------------------------------- a word between a figure and its verb
# 由3.0%微升至3.1%, 由3.42%小幅下降至3.38%: the adverb written after the old level and before the verb
# is a piece of the predicate (jieba reads 微 and 小幅 as nouns); the rate named before 由 is the subject

HK_LABOUR = (
    "經季節性調整的失業率由二○二四年四月至六月的3.0%微升至二○二四年七月至九月的3.1%，"
    "而就業不足率則維持於1.1%。"
)
BETWEEN_FIGURE_AND_VERB = [
    accept(
        HK_LABOUR,
        "3.1%",
        "invented-hk-censtatd-labour: 3.0%微升至…的3.1%",
        ["失業率", "經季節性調整的失業率"],
    ),
    accept(HK_LABOUR, "1.1%", "invented-hk-censtatd-labour: 就業不足率則維持於1.1%", ["就業不足率"]),
    accept(
        "全國失業率由3.42%小幅下降至3.38%，勞動力參與率則維持於59.2%。",
        "3.38%",
        "written-tw-dgbas: 由3.42%小幅下降至3.38%",
        ["失業率", "全國失業率"],
    ),
    accept(
        "全國失業率由3.42%小幅下降至3.38%，勞動力參與率則維持於59.2%。",
        "3.42%",
        "written-tw-dgbas: the old level before 小幅",
        ["失業率", "全國失業率"],
    ),
    accept(
        "澳門失業率由1.8%微升至1.9%，本地居民失業率則維持於2.4%。",
        "1.9%",
        "written-mo-dsec: 由1.8%微升至1.9%",
        ["失業率", "澳門失業率"],
    ),
    accept(
        "本季度全省城镇登记失业率由3.1%略升至3.2%。",
        "3.2%",
        "written-provincial-hrss: 由3.1%略升至3.2%",
        ["城镇登记失业率", "失业率"],
    ),
    accept(
        "全县地区生产总值增速由4.1%稍降至3.9%。",
        "3.9%",
        "written-county-stats: 由4.1%稍降至3.9%",
        ["地区生产总值增速", "增速"],
    ),
    accept(
        "6月份全市居民消费价格指数同比由0.5%微降至0.3%。",
        "0.3%",
        "written-city-stats-bulletin: 同比由0.5%微降至0.3%",
        ["居民消费价格指数"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BETWEEN_FIGURE_AND_VERB)
def test_a_word_between_a_figure_and_its_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a rate held at a level with 于/於
# 就業不足率則維持於1.1%, 青年失业率则维持于14.2%, 优良天数比例稳定于92.3%: 于 ends the predicate as 在 does
# (维持在); the noun before the verb is the subject, not the topic carried from the clause before

HELD_AT = [
    accept(
        "全市城镇调查失业率由5.3%略降至5.1%，青年失业率则维持于14.2%。",
        "14.2%",
        "written-city-stats: 青年失业率则维持于14.2%",
        ["青年失业率"],
    ),
    accept(
        "澳門失業率由1.8%微升至1.9%，本地居民失業率則維持於2.4%。",
        "2.4%",
        "written-mo-dsec: 本地居民失業率則維持於2.4%",
        ["本地居民失業率", "居民失業率"],
    ),
    accept(
        "全國失業率由3.42%小幅下降至3.38%，勞動力參與率則維持於59.2%。",
        "59.2%",
        "written-tw-dgbas: 勞動力參與率則維持於59.2%",
        ["勞動力參與率"],
    ),
    accept(
        "6月份全市居民消费价格指数同比由0.5%微降至0.3%，工业生产者出厂价格同比降幅保持于2.1%。",
        "2.1%",
        "written-city-stats-bulletin: 降幅保持于2.1%",
        ["工业生产者出厂价格", "工业生产者出厂价格同比降幅"],
    ),
    accept(
        "本月全市空气质量优良天数比例稳定于92.3%。",
        "92.3%",
        "written-ecology-bureau: 比例稳定于92.3%",
        ["空气质量优良天数比例", "优良天数比例"],
    ),
    accept(
        "入境處預計，本月下旬周末的出入境旅客將維持於每日約70萬人次的水平。",
        "70萬人次",
        "invented-hk-immd-golden-week: 旅客將維持於每日約70萬人次",
        ["出入境旅客", "旅客"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), HELD_AT)
def test_a_rate_held_at_a_level_with_yu(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a bare verb before a described count
# 出现两轮较强降雨过程, 发生3起重大交通事故: the verb before a count is its predicate; the noun after the
# measure word, past the words that describe it (较强: jieba's zg), is what is counted

FLOOD = (
    "据省气象台预测，6月下旬至7月上旬我省仍将出现两轮较强降雨过程，"
    "湘中以北地区累计降雨量较常年同期偏多二至五成。"
)
VERB_BEFORE_COUNT = [
    accept(
        FLOOD, "两轮", "invented-flood-season: 出现两轮较强降雨过程", ["较强降雨过程", "降雨过程", "强降雨"]
    ),
    accept(
        "预计汛期全省将出现3次较强降雨过程。",
        "3次",
        "written-provincial-water: 出现3次较强降雨过程",
        ["较强降雨过程", "降雨过程"],
    ),
    accept(
        "汛期以来全市累计出现5次区域性暴雨过程。",
        "5次",
        "written-city-meteorology: 出现5次区域性暴雨过程",
        ["区域性暴雨过程", "暴雨过程"],
    ),
    accept(
        "下周我市将迎来两次明显降温过程。",
        "两次",
        "written-county-news: 迎来两次明显降温过程",
        ["明显降温过程", "降温过程"],
    ),
    accept(
        "今年已發生3起重大交通事故。",
        "3起",
        "written-tw-police: 發生3起重大交通事故",
        ["重大交通事故", "交通事故"],
    ),
    accept(
        "今年一季度全省共发生4起较大生产安全事故。",
        "4起",
        "written-emergency-bureau: 发生4起较大生产安全事故",
        ["较大生产安全事故", "生产安全事故"],
    ),
    accept(
        "本次招标共吸引15家知名建筑企业参与。",
        "15家",
        "written-procurement: 吸引15家知名建筑企业",
        ["知名建筑企业", "建筑企业"],
    ),
    accept(
        "今年以来全区共开展12次大规模集中排查行动。",
        "12次",
        "written-district-news: 12次大规模集中排查行动",
        ["集中排查行动", "大规模集中排查行动", "排查行动"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), VERB_BEFORE_COUNT)
def test_a_bare_verb_before_a_described_count(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a level after 之
# 維持在2%以下之溫和水準: past a bound (以下, 左右), 之 opens the level the figure is held at, no thing;
# right after the figure 之 is its 的 and the noun after it is what is counted (5天之旅, 399元之通勤月票)

ZHI_TAIL = [
    accept(
        "另據本總處2月下旬之預測，114年CPI年增率為1.89%，全年物價漲幅可望維持在2%以下之溫和水準。",
        "2%以下",
        "invented-tw-dgbas-cpi: 維持在2%以下之溫和水準",
        ["物價漲幅", "漲幅", "物價"],
    ),
    accept(
        "明年失業率預計維持在4%以下之低水準。",
        "4%",
        "written-tw-ndc: 維持在4%以下之低水準",
        ["失業率"],
    ),
    accept(
        "全年失业率预计控制在5.5%左右之合理区间。",
        "5.5%",
        "written-provincial-plan: 控制在5.5%左右之合理区间",
        ["失业率"],
    ),
    accept(
        "★11月17日及11月21日，旅客可从广州南沙出发，前往八重山诸岛，开启4晚5天之旅；",
        "4晚",
        "corpus-020: 开启4晚5天之旅 (之 after the chained figure)",
        ["之旅", "旅程"],
    ),
    accept(
        "交通局將推出每月新臺幣399元之通勤月票。",
        "399元",
        "invented-tw-kaohsiung-transit: 399元之通勤月票",
        ["通勤月票", "月票"],
    ),
    accept(
        "本市將發放每人新臺幣6,000元之振興券。",
        "6,000元",
        "written-tw-city: 每人新臺幣6,000元之振興券",
        ["振興券"],
        marks=known_miss("money after a per-person chain (每人新臺幣) is not read with the noun after 之"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ZHI_TAIL)
def test_a_level_after_zhi(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
