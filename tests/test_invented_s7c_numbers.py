"""Fourth look at the invented pages (session 7, batch 4): number forms, status, qualifier, change.

Twelve pages written blind (the last rows of ``tests/data/invented/README.md``) were read with
main's engine; the errors of number form, status, qualifier and change were named as constructions,
and each table below holds the page's sentence with sentences written in the styles of other kinds
of site (statistics bulletins, health and civil-affairs portals, price monitors, procurement and
finance news, Hong Kong, Macau and Taiwan pages, county news) and other wordings of the same
construction. Ids name the source: ``invented-<page>`` (a sentence of an invented page),
``written-<kind of site>`` (written here), ``corpus-NNN`` (a sentence of a corpus page). Rows that
still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, overlapping, the_fact
from factcase import no_fact_case as none

# ---------------------------------------------------------------- an age band naming a group
# 0—14岁人口, 60岁及以上人口, 5岁以下儿童死亡率: an age or a band of ages right before a noun (or in
# brackets after one) names the group that a later figure of the clause is given; the age is no
# figure. An age that is the figure, or a band in a policy clause with no figure after it in its
# clause (corpus-024's 3岁以下婴幼儿 are facts in its gold), stays a figure.

POPULATION = (
    "在常住人口中，0—14岁人口为72.47万人，占14.90%；15—59岁人口为306.89万人，占63.10%；"
    "60岁及以上人口为107.01万人，占22.00%，其中65岁及以上人口为79.28万人，占16.30%。"
)
HEALTH = (
    "2023年，全省孕产妇死亡率为9.62/10万，婴儿死亡率为2.85‰，5岁以下儿童死亡率为4.1‰，"
    "三项指标均低于全国平均水平。"
)

AGE_GROUPS = [
    none(POPULATION, "0—14岁", "invented-population-sample-survey: 0—14岁人口为72.47万人"),
    none(POPULATION, "15—59岁", "invented-population-sample-survey: 15—59岁人口为306.89万人"),
    none(POPULATION, "60岁", "invented-population-sample-survey: 60岁及以上人口为107.01万人"),
    none(POPULATION, "65岁", "invented-population-sample-survey: 其中65岁及以上人口为79.28万人"),
    none(
        "与上年末相比，0—14岁人口比重下降0.42个百分点，60岁及以上人口比重上升0.95个百分点。",
        "60岁",
        "invented-population-sample-survey: 60岁及以上人口比重上升0.95个百分点",
    ),
    none(HEALTH, "5岁", "invented-health-bulletin: 5岁以下儿童死亡率为4.1‰"),
    none(
        "全市60周岁以上老年人口达185.3万人，占户籍人口的21.4%。",
        "60周岁",
        "written-civil-affairs-portal: 60周岁以上老年人口达185.3万人",
    ),
    none(
        "截至年底，全市共有65歲及以上長者52.1萬人。",
        "65歲",
        "written-hk-census: 65歲及以上長者52.1萬人 (traditional)",
    ),
    none(
        "16—24岁劳动力失业率为14.9%，25—29岁劳动力失业率为6.8%。",
        "25—29岁",
        "written-statistics-release: 25—29岁劳动力失业率为6.8%",
    ),
    none(
        "青年失业率（16—24岁）为14.9%。",
        "16—24岁",
        "written-finance-news: 青年失业率（16—24岁）为14.9% (in brackets)",
    ),
    none(
        "在托育方面，全市每千人口拥有3岁以下婴幼儿托位数达到4.2个。",
        "3岁",
        "pages-people-style: 3岁以下婴幼儿托位数达到4.2个 (the band inside an indicator's name)",
    ),
]

AGE_GROUPS += [
    none(
        "65歲或以上人士佔總人口的22.4%。",
        "65歲",
        "written-hk-census: 65歲或以上人士佔總人口的22.4% (或以上: Hong Kong's 及以上)",
    ),
    none(
        "18至35周岁青年就业人数达12.3万人。",
        "35周岁",
        "written-youth-league: 18至35周岁青年就业人数 (青年 is tagged a time word)",
    ),
    none(
        "60岁以上老年人健康管理率达到72%。",
        "60岁",
        "written-county-health: 60岁以上老年人健康管理率达到72%",
    ),
    none(
        "全县80周岁以上高龄老人共有1.2万人。",
        "80周岁",
        "written-county-civil-affairs: 80周岁以上高龄老人共有1.2万人",
    ),
]

AGES_STATED = [
    case(
        "全市居民人均预期寿命达到79.5岁，比上年提高0.3岁。",
        "79.5岁",
        "2024-03-01",
        "written-health-bulletin: 人均预期寿命达到79.5岁 (the age is the figure)",
        value=79.5,
    ),
    case(
        "年满60周岁可按月领取基础养老金，标准为每人每月180元。",
        "60周岁",
        "2024-03-01",
        "written-county-news: 年满60周岁可按月领取 (a verb follows the age)",
        value=60,
    ),
    case(
        "参保人员年满60岁时每月可领取养老金1200元。",
        "60岁",
        "2024-03-01",
        "written-social-security: 年满60岁时每月可领取 (when the age is reached)",
        value=60,
    ),
    case(
        "对入托的3岁以下婴幼儿，给予家庭每人每年600元的托育机构照护补贴。",
        "3岁",
        "2023-06-01",
        "corpus-024: 对入托的3岁以下婴幼儿，给予…600元 (no figure after the band in its clause)",
        qualifier="at_most",
    ),
    case(
        "为不断满足3岁以下婴幼儿家庭多样化照护服务需求，促进人口长期均衡发展。",
        "3岁",
        "2023-06-01",
        "corpus-024: 满足3岁以下婴幼儿家庭…需求 (a policy's band)",
        qualifier="at_most",
    ),
]

# ---------------------------------------------------------------- a per-unit denominator
# 每 + a quantity + another figure in its clause (每50公斤129元, 每10万人口拥有…812人): the quantity is
# what the figure is per, no fact; right before the figure it joins its unit (元/50公斤) as 每公斤
# does (元/公斤). One in so many (每5人中就有1人) states both figures.

PER_UNIT = [
    case(
        "中晚稻（三等）最低收购价为每50公斤129元，比上年提高1元。",
        "50公斤",
        "2023-10-20",
        "invented-grain-purchase: 每50公斤129元",
        value=129,
        unit=("元", "元/50公斤"),
        subject="晚稻最低收购价",
    ),
    case(
        "小麦最低收购价为每50公斤118元，早籼稻每50公斤127元。",
        "127元",
        "2024-06-01",
        "written-provincial-portal: 早籼稻每50公斤127元",
        value=127,
        unit=("元", "元/50公斤"),
    ),
    case(
        "在湖南衡阳，近150万群众成为注册志愿者，每5人中就有1人加入志愿服务队。",
        "5人",
        "2022-10-01",
        "corpus-033: 每5人中就有1人 (one in five: a proportion, both figures stated)",
        value=5,
    ),
]

NOT_PER_UNIT = [
    none(
        "稻谷每50公斤收购价为129元。",
        "50公斤",
        "written-price-monitor: 每50公斤收购价为129元 (the denominator, apart from the figure)",
    ),
    none(
        "全市每千人口拥有执业（助理）医师3.25人，每10万人口拥有卫生技术人员812人。",
        "10万人",
        "written-health-statistics: 每10万人口拥有卫生技术人员812人",
    ),
    none(
        "公司拟每10股派发现金红利3.5元（含税）。",
        "10股",
        "written-finance-news: 每10股派发现金红利3.5元 (was a count row of test_number_forms)",
    ),
    none(
        "每100元营业收入中的成本为82.5元。", "100元", "written-statistics-bulletin: 每100元营业收入中的成本"
    ),
    none("全县每3个行政村配备1名专职网格员。", "3个", "written-county-news: 每3个行政村配备1名"),
]

# ---------------------------------------------------------------- a count of the figures just listed
# A count of items followed by 均/都/全部 (all of them) in a sentence whose earlier clauses state just
# as many figures restates them (三项指标均低于全国平均水平): no fact. A count with nothing listed
# before it (全省12个地市均已出台) stays a count.

RESTATED = [
    none(HEALTH, "三项", "invented-health-bulletin: 三项指标均低于全国平均水平"),
    none(
        "全市GDP增长5.2%，规上工业增加值增长6.1%，固定资产投资增长4.3%，三项指标均高于全省平均水平。",
        "三项",
        "written-city-statistics: 三项指标均高于全省平均水平",
    ),
    none("今年新建学校5所、医院3家，两项工程均已开工。", "两项", "written-county-news: 两项工程均已开工"),
]

COUNTS_KEPT = [
    case(
        "全省12个地市均已出台实施方案，覆盖人口3200万人。",
        "12个",
        "2024-03-01",
        "written-provincial-portal: 全省12个地市均已出台 (nothing listed before)",
        value=12,
    ),
]

# ---------------------------------------------------------------- a duration given or moved by a verb
# 一 + a unit of time after a verb that gives, stretches or moves time (多發放一個月, 延长一个月,
# 推迟一个月, 补发两个月): how much time, a duration (一个月来, 一个月后 stay times or nothing).

DURATIONS = [
    case(
        "二○二三年養老金金額為每月3,740澳門元，每年發放十三個月（即於十二月額外多發放一個月）。",
        "一個月",
        "2024-02-01",
        "invented-mo-fss-pension: 額外多發放一個月",
        value=1,
        kind="duration",
    ),
    case(
        "经研究决定，将申报截止时间延长一个月，至2024年5月31日。",
        "一个月",
        "2024-03-01",
        "written-procurement-notice: 截止时间延长一个月",
        value=1,
        kind="duration",
    ),
    case(
        "受疫情影响，考试推迟一个月举行。",
        "一个月",
        "2022-05-01",
        "written-education-bureau: 推迟一个月",
        value=1,
    ),
    case(
        "對合資格長者額外多發一個月津貼，涉及約2.6萬人。",
        "一個月",
        "2024-03-01",
        "written-hk-press-release: 額外多發一個月津貼 (traditional)",
        value=1,
    ),
    case(
        "医保缴费期顺延一个月。",
        "一个月",
        "2022-12-01",
        "written-county-medical-insurance: 顺延一个月",
        value=1,
    ),
]

# ---------------------------------------------------------------- the peak a series reached
# 最高/最多 + 达/达到 right before the figure (单日最高达28万人次): the highest level reached, stated as
# it was: exact. A cap keeps its bound (最高为5000元; 最高可达 is a modal and a cap).

PEAKS = [
    case(
        "春節連假期間，縣內主要遊憩據點共湧入約一百二十六萬人次，單日最高達二十八萬人次。",
        "二十八萬",
        "2024-02-20",
        "invented-tw-county-tourism: 單日最高達二十八萬人次",
        value=280000,
        qualifier="exact",
    ),
    case(
        "国庆假期全市高速公路车流量日均48.6万辆次，单日最高达到56.2万辆次。",
        "56.2万",
        "2024-10-08",
        "written-transport-bureau: 单日最高达到56.2万辆次",
        qualifier="exact",
    ),
    case(
        "日均客流12.5万人次，最多达15.3万人次。",
        "15.3万",
        "2024-05-06",
        "written-metro-news: 最多达15.3万人次",
        qualifier="exact",
    ),
    case(
        "补贴标准最高为5000元。",
        "5000元",
        "2024-03-01",
        "written-county-policy: 最高为5000元 (a cap)",
        qualifier="at_most",
    ),
    case(
        "符合条件的企业最高可达500万元奖励。",
        "500万元",
        "2024-03-01",
        "written-provincial-policy: 最高可达500万元 (a modal: a cap)",
        qualifier="at_most",
    ),
    case(
        "对认定的孵化器，最多可获得50万元补助。",
        "50万元",
        "2024-03-01",
        "written-sci-tech-bureau: 最多可获得50万元 (a modal and a verb of getting)",
        qualifier="at_most",
    ),
    case(
        "预计全年产值约可达10亿元。",
        "10亿元",
        "2024-03-01",
        "written-finance-news: 约可达10亿元 (an estimate through a modal)",
        qualifier="approx",
    ),
]

# ---------------------------------------------------------------- a target list after a plan word
# A plan word (力争, 将) opens the sentence; a later clause that names a measure (a name ending in 率,
# 额, 量, which jieba may tag a verb, with a verb inside it: 整改率) and a target verb goes on with
# the plan: planned.

TARGETS = [
    case(
        "2023年，中心将力争实现缴存额92亿元以上，个贷率保持在85%以上，并计划新增缴存职工3万人。",
        "85%",
        "2023-03-01",
        "invented-housing-fund: 力争…，个贷率保持在85%以上",
        status="planned",
        qualifier="at_least",
    ),
    case(
        "下半年，县应急管理局将聚焦主汛期和高温时段，力争全年生产安全事故起数和死亡人数同比下降10%以上，"
        "重大事故隐患整改率达到100%。",
        "100%",
        "2025-07-15",
        "invented-work-safety: 力争…，重大事故隐患整改率达到100%",
        status="planned",
    ),
    case(
        "明年，全县力争城镇新增就业3000人以上，城镇调查失业率控制在5.5%以内。",
        "5.5%",
        "2024-12-20",
        "written-county-work-report: 力争…，城镇调查失业率控制在5.5%以内",
        status="planned",
    ),
    case(
        "2025年，我市将确保粮食播种面积稳定在120万亩，农作物耕种收综合机械化率达到86%。",
        "86%",
        "2025-02-10",
        "written-agriculture-bureau: 将确保…，综合机械化率达到86%",
        status="planned",
    ),
    case(
        "今年力争新增市场主体1.2万户，企业开办时间压缩至1个工作日，政务服务网办率提高到95%。",
        "95%",
        "2024-02-01",
        "written-provincial-portal: 力争…，网办率提高到95%",
        status="planned",
    ),
    case(
        "今年力争新增市场主体1.2万户，企业开办时间压缩至1个工作日。",
        "1个工作日",
        "2024-02-01",
        "written-provincial-portal: 力争…，企业开办时间压缩至1个工作日 (a noun with a verb inside)",
        status="planned",
    ),
    case(
        "上半年，全县累计排查一般隐患2316项，已整改2289项，整改率达到98.8%。",
        "98.8%",
        "2025-07-15",
        "written-county-news: 已整改…，整改率达到98.8% (no plan word: reported)",
        status="reported",
    ),
]

# ---------------------------------------------------------------- a change word inside a name
# Two verb-object halves of change or saving that the dictionary holds as one word (增收节支,
# 降本增效, 增产增收, 减员增效) name a kind of result; the figure is its amount, no change.

NAMED_RESULTS = [
    case(
        "全市各级审计机关共完成审计项目186个，促进增收节支和挽回损失5.84亿元。",
        "5.84亿元",
        "2024-08-01",
        "invented-audit-report: 促进增收节支和挽回损失5.84亿元",
        change=None,
    ),
    case(
        "通过审计，促进增收节支2.3亿元。",
        "2.3亿元",
        "2024-08-01",
        "written-county-audit: 促进增收节支2.3亿元",
        change=None,
    ),
    case(
        "全年实现降本增效1.6亿元。",
        "1.6亿元",
        "2025-01-10",
        "written-soe-news: 实现降本增效1.6亿元",
        change=None,
    ),
    case(
        "规上工业单位增加值能耗下降3.2%。",
        "3.2%",
        "2024-03-01",
        "written-statistics-bulletin: 增加值能耗下降3.2% (a change still)",
        change="decrease",
    ),
    case(
        "全年新增减税降费1200亿元。",
        "1200亿元",
        "2025-01-10",
        "written-tax-bureau: 减税降费1200亿元",
        change=None,
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    AGES_STATED + PER_UNIT + COUNTS_KEPT + DURATIONS + PEAKS + TARGETS + NAMED_RESULTS,
)
def test_number_status_qualifier_change(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), AGE_GROUPS + NOT_PER_UNIT + RESTATED)
def test_no_figure(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2024-03-01"), text, needle)
