"""Session 7 (c), subjects on the fourth batch of invented pages (in-sample), by construction.

Each table holds the page's sentence and sentences written in the style of other kinds of site.
Ids name the source: ``invented-<page>`` (a sentence of an invented page), ``written-<kind of
site>`` (written here). A row is checked with the gold scorer's rule (:func:`factcase.subject_ok`).
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import subject_case as accept

DAY = "2025-01-20"


# ---------------------------------------------------------------- a change of an amount after a rate
# 余额…，同比增长8.4%，增速比上月末高0.3个百分点；比年初增加612.48亿元: a change of an amount with no
# noun of its own changes the last amount of its sentence, never a rate or points between them

DEPOSITS = (
    "8月末，全市本外币各项存款余额为9862.35亿元，同比增长8.4%，增速比上月末高0.3个百分点；"
    "比年初增加612.48亿元，同比多增45.2亿元。"
)
AMOUNT_AFTER_RATE = [
    accept(DEPOSITS, "612.48亿元", "invented-pbc-city: 比年初增加612.48亿元", ["各项存款余额", "存款余额"]),
    accept(DEPOSITS, "45.2亿元", "invented-pbc-city: 同比多增45.2亿元", ["各项存款余额", "存款余额"]),
    accept(
        "全市规上工业企业实现利润总额86.4亿元，同比增长12.1%，增幅比一季度提高2.3个百分点；比上年同期增加9.3亿元。",
        "9.3亿元",
        "written-stats-bulletin: 利润总额…增加9.3亿元",
        ["利润总额", "规上工业企业实现利润总额"],
    ),
    accept(
        "年末全县城乡居民储蓄存款余额215.6亿元，增长9.8%，增速回落1.2个百分点，比年初增加19.3亿元。",
        "19.3亿元",
        "written-county-bulletin: 储蓄存款余额…比年初增加",
        ["城乡居民储蓄存款余额", "储蓄存款余额"],
    ),
    accept(
        "上半年全省新登记经营主体48.6万户，同比增长6.2%，增速较一季度加快0.8个百分点，同比多增2.8万户。",
        "2.8万户",
        "written-provincial-portal: 新登记经营主体…多增2.8万户",
        ["新登记经营主体", "经营主体"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), AMOUNT_AFTER_RATE)
def test_amount_change_after_a_rate(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 分别 handing out the bases compared with
# 增速分别比上月末和上年同期低0.2个和1.5个百分点: the list after 分别 is of bases, not things; the one
# noun before 分别 is the subject of every figure, and an amount changed after it is the last of its unit

LOANS = (
    "8月末，全市本外币各项贷款余额为11047.62亿元，同比增长9.7%，增速分别比上月末和上年同期低0.2个和1.5个百分点；"
    "比年初增加803.14亿元。"
)
BASES = [
    accept(LOANS, "1.5个百分点", "invented-pbc-city: 分别比上月末和上年同期低", ["增速", "各项贷款余额"]),
    accept(LOANS, "803.14亿元", "invented-pbc-city: 比年初增加803.14亿元", ["各项贷款余额", "贷款余额"]),
    accept(
        "年末各项存款余额3200亿元，分别较年初和上年同期增加120亿元和260亿元。",
        "260亿元",
        "written-finance-news: 分别较年初和上年同期增加",
        ["各项存款余额", "存款余额"],
    ),
    accept(
        "上半年全县规上工业增加值增长7.8%，增速分别比一季度、上年同期提高1.1个、2.3个百分点。",
        "2.3个百分点",
        "written-county-bulletin: 分别比一季度、上年同期提高",
        ["增速", "规上工业增加值"],
    ),
    accept(
        "全市居民消费价格指数上涨1.2%，涨幅分别比全国和全省高0.3和0.5个百分点。",
        "0.5个百分点",
        "written-stats-news: a bare rate (涨幅) before 分别",
        ["涨幅", "居民消费价格指数"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BASES)
def test_bases_listed_after_distributing(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 分别 after a comparison and a change word
# A 4,981億元、B 3,126億元、C 3,970億元，分別較上年同期增加8.7%、5.2%及3.1%: a comparison and a change
# word between 分别 and the figures name no noun; the figures go over the amounts before, in order

TAXES = (
    "1至6月主要稅目中，營利事業所得稅4,981億元、綜合所得稅3,126億元、營業稅3,970億元，"
    "分別較上年同期增加8.7%、5.2%及3.1%。"
)
COMPARED_LIST = [
    accept(TAXES, "8.7%", "invented-tw-mof: 營利事業所得稅 (the first of three)", ["營利事業所得稅"]),
    accept(TAXES, "3.1%", "invented-tw-mof: 營業稅 (the last)", ["營業稅"]),
    accept(
        "全市粮食产量320万吨，油料产量18万吨，分别较上年增加2.1%和3.5%。",
        "2.1%",
        "written-county-bulletin: 分别较上年增加",
        ["粮食产量"],
    ),
    accept(
        "1-6月，全省规上工业营业收入1.2万亿元、利润总额860亿元，分别比上年同期增长5.3%、8.9%。",
        "8.9%",
        "written-provincial-portal: 分别比上年同期增长",
        ["利润总额"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COMPARED_LIST)
def test_distributed_after_a_comparison(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- the measure named in brackets after it
# 占全年預算數3兆2,110億元之55.6%（預算達成率）: a bracket right after a figure holding one noun that ends
# in a measure's head names what it measures; a gloss (按可比价格计算) is no noun and is passed over

BRACKETED = [
    accept(
        "累計1至6月賦稅收入實徵淨額為1兆7,856億元，占全年預算數3兆2,110億元之55.6%（預算達成率）。",
        "55.6%",
        "invented-tw-mof: 之55.6%（預算達成率）",
        ["預算達成率", "賦稅收入"],
    ),
    accept(
        "本次共抽检食品样品320批次，其中合格样品316批次，合格率98.75%（样品合格率）。",
        "98.75%",
        "written-market-regulation: （样品合格率）",
        ["样品合格率", "合格率"],
    ),
    accept(
        "全市常住人口城镇化水平达到68.2%（常住人口城镇化率），比上年提高0.8个百分点。",
        "68.2%",
        "written-stats-bulletin: （常住人口城镇化率）",
        ["常住人口城镇化率"],
    ),
    accept(
        "全年地区生产总值增长5.2%（按可比价格计算）。",
        "5.2%",
        "written-county-news: a gloss in brackets names nothing",
        ["地区生产总值"],
    ),
    accept(
        "全年地区生产总值增长5.2%（不变价）。",
        "5.2%",
        "written-stats-bulletin: a price basis (不变价) is no rate",
        ["地区生产总值"],
    ),
    accept(
        "一般公共预算收入85.3亿元（快报数），增长4.1%（初步核算数）。",
        "4.1%",
        "written-finance-news: a data status (初步核算数) is no rate",
        ["一般公共预算收入"],
    ),
    accept(
        "城镇登记失业率为3.2%（调查失业率）。",
        "3.2%",
        "written-hr-bureau: a percent that names its own rate keeps it",
        ["城镇登记失业率"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BRACKETED)
def test_measure_named_in_brackets(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a part counted of a group counted before
# 抽查的12家单位中有5家存在…问题: a count after 中(有) with the measure word of the count before counts
# a part of that group: the group's noun, not the predicate after it

PARTS = [
    accept(
        "二是国有资产管理不到位，抽查的12家单位中有5家存在资产账实不符问题。",
        "5家",
        "invented-audit: 12家单位中有5家",
        ["单位"],
    ),
    accept(
        "全市120家规上企业中有86家实现盈利。",
        "86家",
        "written-stats-news: 120家…中有86家",
        ["规上企业", "企业"],
    ),
    accept(
        "在参评的45所学校中，32所获评优秀。",
        "32所",
        "written-education-bureau: 45所学校中，32所",
        ["学校"],
    ),
    accept(
        "本轮督查的18个乡镇中有3个未按期完成整改。",
        "3个",
        "written-county-news: 18个乡镇中有3个",
        ["乡镇"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PARTS)
def test_part_of_a_counted_group(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 分别 after an attribute, items before it
# 殘疾金分為普通殘疾金及特別殘疾金，金額分別為…: a 分别 after one noun naming an attribute goes over the
# items the clause before ends with, when there are as many as figures

ITEMS_BEFORE = [
    accept(
        "殘疾金則分為普通殘疾金及特別殘疾金，金額分別為每月3,740澳門元及每月7,480澳門元。",
        "3,740澳門元",
        "invented-mo-fss: 普通殘疾金",
        ["普通殘疾金", "殘疾金"],
    ),
    accept(
        "殘疾金則分為普通殘疾金及特別殘疾金，金額分別為每月3,740澳門元及每月7,480澳門元。",
        "7,480澳門元",
        "invented-mo-fss: 特別殘疾金",
        ["特別殘疾金"],
    ),
    accept(
        "补贴对象为城市低保户和农村低保户，标准分别为每人每月200元和150元。",
        "150元",
        "written-civil-affairs: 标准分别为",
        ["农村低保户"],
    ),
    accept(
        "全市设有市级平台和县级平台，数量分别为1个和12个。",
        "12个",
        "written-provincial-portal: 数量分别为",
        ["县级平台"],
    ),
    accept(
        "本次招聘考试包括笔试和面试，成绩分别占60%和40%。",
        "40%",
        "written-personnel-notice: a verb before the list (包括)",
        ["面试"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ITEMS_BEFORE)
def test_items_of_the_clause_before(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 为 those served, a verb, what is given
# 为4826户纳税人办理增值税留抵退税61.52亿元: the noun a count after 为 counts is served; the amount measures
# the object of the verb after them

SERVED = [
    accept(
        "其中，累计为4826户纳税人办理增值税留抵退税61.52亿元，占总额的71.2%。",
        "61.52亿元",
        "invented-tax-relief: 为…纳税人办理增值税留抵退税",
        ["增值税留抵退税", "留抵退税"],
    ),
    accept(
        "今年以来为326家企业兑现奖补资金1.5亿元。",
        "1.5亿元",
        "written-county-news: 为…企业兑现",
        ["奖补资金"],
    ),
    accept(
        "截至目前，已為1,200戶家庭發放租金津貼3,600萬元。",
        "3,600萬元",
        "written-tw-city: 已為…家庭發放",
        ["租金津貼"],
    ),
    accept(
        "全年为1.2万名困难群众发放临时救助金860万元。",
        "860万元",
        "written-civil-affairs: 为…困难群众发放",
        ["临时救助金"],
    ),
    accept(
        "全市共有企业1200家实现营业收入320亿元。",
        "320亿元",
        "written-stats-bulletin: no 为, the count's own noun stays",
        ["营业收入", "企业1200家实现营业收入"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SERVED)
def test_amount_given_to_those_served(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a quoted name after a verb of purpose
# 投入新臺幣1億8,000萬元推動「宜蘭好日子」行銷計畫: the quoted name opens what the money is spent on

PURPOSE = [
    accept(
        "觀光旅遊局表示，114年將投入新臺幣1億8,000萬元推動「宜蘭好日子」行銷計畫。",
        "1億8,000萬元",
        "invented-tw-county-tourism: 推動「…」行銷計畫",
        ["行銷計畫", "「宜蘭好日子」行銷計畫", "宜蘭好日子"],
    ),
    accept("市府將投入新臺幣15億元推動老屋重建。", "15億元", "written-tw-city: no quotation", ["老屋重建"]),
    accept(
        "县财政拨付200万元用于“厕所革命”整村推进项目。",
        "200万元",
        "written-county-news: 用于“…”项目",
        ["“厕所革命”整村推进项目", "整村推进项目", "厕所革命"],
    ),
    accept(
        "区里投入500万元推动“放心消费”示范街区建设。",
        "500万元",
        "written-district-news: 推动“…”示范街区建设",
        ["“放心消费”示范街区建设", "示范街区建设", "放心消费"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PURPOSE)
def test_quoted_purpose(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- verb-object words before an amount
# ；缓税缓费11.45亿元, 全市新增减税降费13.4亿元: two or more verb-object words and no noun before an
# amount name what it measures; a light verb (完成) or a verb that spends (拨付下达) names nothing

VERBS = [
    accept(
        "全市新增减税降费13.4亿元，其中小微企业“六税两费”减征政策减税1.85亿元；缓税缓费11.45亿元，涉及企业3209户。",
        "11.45亿元",
        "invented-tax-relief: ；缓税缓费11.45亿元",
        ["缓税缓费"],
    ),
    accept(
        "上半年，全区累计减税降费2.3亿元，退税8.2亿元。",
        "2.3亿元",
        "written-county-news: 累计减税降费",
        ["减税降费", "新增减税降费"],
    ),
    accept(
        "全市一般公共预算收入完成120亿元，累计完成45亿元。",
        "45亿元",
        "written-finance-bureau: light verbs name nothing",
        ["一般公共预算收入"],
    ),
    accept(
        "今年以来全县共争取上级资金3.2亿元，拨付下达2亿元。",
        "2亿元",
        "written-county-portal: verbs that spend name nothing",
        ["上级资金"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), VERBS)
def test_amount_named_by_verbs(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- brackets that are part of an item's name
# 市本级和县（市、区）审计机关分别…: a bracket of the levels a place stands for (（市、区）) and a code after
# a name (可吸入懸浮粒子（PM10）) belong to the item; items each closed by a code name themselves

AUDIT = "其中，市本级和县（市、区）审计机关分别查出问题金额21.45亿元和16.17亿元。"
AIR = (
    "一般監測站錄得的可吸入懸浮粒子（PM10）、微細懸浮粒子（PM2.5）及二氧化氮（NO2）的全年平均濃度"
    "分別按年下降4%、6%及3%。"
)
NAMED_BRACKETS = [
    # (session 18: 分别 and a verb with its object gives the object, 查出问题金额, which the gold accepts too;
    # the items keep their brackets where 分别为 hands them out)
    accept(
        AUDIT,
        "16.17亿元",
        "invented-audit: 县（市、区）审计机关",
        ["县（市、区）审计机关", "县（市、区）", "查出问题金额", "问题金额"],
    ),
    accept(
        AUDIT, "21.45亿元", "invented-audit: 市本级", ["市本级审计机关", "市本级", "查出问题金额", "问题金额"]
    ),
    accept(
        "其中，市本级和县（市、区）审计项目分别为56个和120个。",
        "120个",
        "written-audit: 县（市、区）审计项目分别为",
        ["县（市、区）审计项目"],
    ),
    accept(
        "全市各县（市、区）和乡（镇、街道）分别设立服务站12个和86个。",
        "86个",
        "written-provincial-portal: 乡（镇、街道）",
        ["乡（镇、街道）", "服务站"],
    ),
    accept(AIR, "6%", "invented-hk-epd: 微細懸浮粒子（PM2.5）", ["微細懸浮粒子", "微細懸浮粒子（PM2.5）"]),
    accept(AIR, "3%", "invented-hk-epd: 二氧化氮（NO2）", ["二氧化氮", "二氧化氮（NO2）"]),
    accept(
        "全市细颗粒物（PM2.5）、可吸入颗粒物（PM10）平均浓度分别为32微克/立方米和58微克/立方米。",
        "58微克",
        "written-ecology-bureau: 可吸入颗粒物（PM10）",
        ["可吸入颗粒物", "可吸入颗粒物（PM10）"],
    ),
    accept(
        "二氧化硫（SO2）和二氧化氮（NO2）年均浓度分别下降8.3%和5.1%。",
        "8.3%",
        "written-county-bulletin: 二氧化硫（SO2）",
        ["二氧化硫", "二氧化硫（SO2）"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), NAMED_BRACKETS)
def test_brackets_inside_items(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- a state after an amount
# 6200万元闲置超过1年: a short word after an amount that an extent follows (超过1年, 长达2年) is the state
# the amount is in, not the noun it measures; a noun after it with no extent still is (12亿元资金到位)

STATES = [
    accept(
        "审计发现，部分专项资金1.2亿元沉淀长达2年。", "1.2亿元", "written-audit: 沉淀长达2年", ["专项资金"]
    ),
    accept(
        "截至年底，该县财政专户资金3800万元滞留超过半年。",
        "3800万元",
        "written-county-audit: 滞留超过半年",
        ["财政专户资金", "专户资金"],
    ),
    accept(
        "全县落实奖补资金300万元，12亿元资金到位。", "12亿元", "written-county-news: 12亿元资金到位", ["资金"]
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), STATES)
def test_state_after_an_amount(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- known misses on the fourth batch
LEFT = [
    accept(
        "三是专项资金使用绩效不高，2个专项资金项目结存资金合计6200万元闲置超过1年。",
        "6200万元",
        "invented-audit: a state verb after the amount (闲置超过1年)",
        ["结存资金"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LEFT)
def test_left_on_the_fourth_batch(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
