"""Session 8: numbers, units, kinds and false facts on session 7's held-out invented pages.

Each error of the retired set was named as a construction; each table holds the page's sentence
with sentences written in the styles of other kinds of site (statistics bulletins, provincial and
county portals, procurement and finance news, Hong Kong, Macau and Taiwan pages) and other wordings
of the same construction. Ids name the source: ``invented-<page>`` (a sentence of an invented
page), ``written-<kind of site>`` (written here), ``corpus-NNN`` (a sentence of a corpus page).
Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, overlapping, the_fact
from factcase import no_fact_case as none

# ---------------------------------------------------------------- a ratio of two numbers
# A:B with a word of ratio right before it (之比为, 比例为, 性别比, 配比) or after it (的比例): one fact
# of kind other with value null, as the GUIDE reads 1.1:50.3:48.6; a colon pair with no such word is a
# time of day (10:30) or a score, no ratio.

RATIOS = [
    case(
        "职工医保参保人员中，在职职工与退休人员之比为2.88:1。",
        "2.88:1",
        "2024-03-20",
        "invented-medical-insurance-bulletin: 在职职工与退休人员之比为2.88:1",
        kind="other",
        value=None,
        unit=None,
    ),
    case(
        "按笔试成绩从高到低的顺序，以1:3的比例确定面试人选。",
        "1:3",
        "2022-05-10",
        "invented-hrss-recruitment-notice: 以1:3的比例确定面试人选",
        kind="other",
        value=None,
    ),
    case(
        "全年城乡居民人均可支配收入比为2.06:1，比上年缩小0.04。",
        "2.06:1",
        "2023-03-10",
        "corpus-008-style: 城乡居民收入比为2.06:1",
        kind="other",
        value=None,
    ),
    case(
        "2023年全县出生人口性别比为105.2:100。",
        "105.2:100",
        "2024-02-20",
        "written-county-statistics-bulletin: 出生人口性别比为105.2:100",
        kind="other",
    ),
    case(
        "项目资本金与银行贷款按3:7的比例筹措。",
        "3:7",
        "2024-05-08",
        "written-procurement-notice: 按3:7的比例筹措",
        kind="other",
    ),
    case(
        "港澳兩地醫護人員與病床之比為1.2：1。",
        "1.2：1",
        "2024-06-01",
        "written-macau-health-page: 之比為1.2：1 (full-width colon, traditional)",
        kind="other",
    ),
    case(
        "市县两级按1∶1比例配套资金。",
        "1∶1",
        "2024-03-01",
        "written-provincial-finance: 按1∶1比例配套 (the ratio sign U+2236)",
        kind="other",
        value=None,
    ),
    case(
        "全市中小学师生比为1∶15。",
        "1∶15",
        "2024-03-01",
        "written-education-bulletin: 师生比为1∶15",
        kind="other",
    ),
    case(
        "三次产业结构调整为8.2∶35.1∶56.7。",
        "8.2∶35.1∶56.7",
        "2024-03-01",
        "written-statistics-bulletin: 8.2∶35.1∶56.7 (three parts, U+2236)",
        kind="other",
        value=None,
    ),
    case(
        "市级财政按照1比1的比例安排配套资金。",
        "1比1",
        "2024-03-01",
        "written-county-finance: 按照1比1的比例 (a ratio written with 比)",
        kind="other",
        value=None,
    ),
    case(
        "全县新生儿男女比例为1比1.05。",
        "1比1.05",
        "2024-03-01",
        "written-county-health: 男女比例为1比1.05",
        kind="other",
    ),
    case(
        "混凝土水泥与砂石配比为1:2.5。",
        "1:2.5",
        "2024-04-02",
        "written-county-news: 配比为1:2.5",
        kind="other",
    ),
]

NO_RATIO = [
    none("主队以3比1获胜。", "3比1", "written-sports-news: 3比1 a score"),
    none("会议于10:30在市政府第一会议室召开。", "10:30", "written-provincial-portal: 10:30 a time of day"),
    none("比赛于19:35开球，最终主队以2:1获胜。", "2:1", "written-county-news: 2:1 a score"),
]

# ---------------------------------------------------------------- places that count in their name
# 租賃站1,025站, 幼兒園120園, 國中小245校: after Arabic digits a one-character noun that names the places
# counted (站, 校, 园, 馆, 店, 厂) is their measure word, as Taiwan's and Macau's city news writes them;
# after a Chinese numeral they begin names (一站式, 两校区, 一园一策).

ECHO_COUNTERS = [
    case(
        "YouBike 2.0方面，截至111年12月底，全市已設置租賃站1,025站、投入車輛1萬1,500輛。",
        "1,025站",
        "2023-01-15",
        "invented-tw-kaohsiung-transit: 租賃站1,025站",
        kind="count",
        unit="站",
        value=1025,
        subject=["租賃站", "YouBike 2.0租賃站"],
    ),
    case(
        "目標全年捷運運量突破5,500萬人次，YouBike租賃站擴增至1,300站以上。",
        "1,300站",
        "2023-01-15",
        "invented-tw-kaohsiung-transit: 擴增至1,300站以上",
        kind="count",
        unit="站",
        value=1300,
        qualifier="at_least",
    ),
    case(
        "本市公共化幼兒園已達120園，提供近8,000個托育名額。",
        "120園",
        "2024-08-01",
        "written-tw-city-education: 公共化幼兒園已達120園",
        kind="count",
        unit="園",
    ),
    case(
        "全市國中小共245校參與本計畫。",
        "245校",
        "2024-09-02",
        "written-tw-education-bureau: 國中小共245校",
        kind="count",
        unit="校",
    ),
    case(
        "全省已建成空气质量自动监测站点，国控监测站共186站。",
        "186站",
        "2024-01-10",
        "written-provincial-environment: 国控监测站共186站",
        kind="count",
        unit="站",
    ),
    case(
        "市立圖書館目前共有分館60館，年借閱量達1,200萬冊。",
        "60館",
        "2024-03-01",
        "written-tw-culture-bureau: 分館60館",
        kind="count",
        unit="館",
    ),
]

NO_ECHO = [
    none(
        "全年共举办活动20场次，服务3校区师生。", "3校", "written-university-news: 3校区 (the word opens 校区)"
    ),
    none("在全市设置30站点开展义诊。", "30站", "written-health-portal: 30站点 (the word opens 站点)"),
    none("政务服务全面推行一站式办理。", "一站", "written-county-news: 一站式 a name"),
    none("校区实行一园一策管理。", "一园", "written-provincial-portal: 一园一策 a slogan"),
]

# ---------------------------------------------------------------- a unit that opens a word
# YouBike 2.0方面, 数字政府3.0方案: a one-character unit written only after digits (方, 度, 晚) that
# opens a dictionary noun with the character after it measures nothing (方面 is "as for").

OPENS_A_WORD = [
    none(
        "YouBike 2.0方面，截至111年12月底，全市已設置租賃站1,025站。",
        "2.0方",
        "invented-tw-kaohsiung-transit: YouBike 2.0方面 a version number",
    ),
    none("数字政府2.0方案已于近日印发实施。", "2.0方", "written-provincial-portal: 2.0方案 a version"),
    none("智慧城市3.0方式运行后，办事效率明显提高。", "3.0方", "written-finance-news: 3.0方式"),
    none(
        "重点从5方面推进改革。", "5方", "written-provincial-portal: 从5方面 (a count of aspects, no volume)"
    ),
]

VOLUMES_KEPT = [
    case(
        "全年清运河道淤泥12.5万方，整治沟渠36条。",
        "12.5万方",
        "2024-01-05",
        "written-county-water-bureau: 清运淤泥12.5万方 (方 ends the clause)",
        kind="volume",
        unit="方",
    ),
    case(
        "完成土方开挖3000方左右。",
        "3000方",
        "2024-01-05",
        "written-procurement-notice: 土方开挖3000方左右",
        kind="volume",
    ),
]

# ---------------------------------------------------------------- an ROC year and an index's base
# 114年CPI年增率, 指數(110年=100): on a Taiwan page a three-digit year before a Latin abbreviation is a
# year, and a year before = is the base an index is set to 100 in: neither is a length of years.

YEARS_NOT_FIGURES = [
    none(
        "另據本總處2月下旬之預測，114年CPI年增率為1.89%，全年物價漲幅可望維持在2%以下之溫和水準。",
        "114年",
        "invented-tw-dgbas-cpi: 114年CPI年增率",
    ),
    none(
        "項目\t指數(110年=100)\t較上年同月漲跌(%)\n商品類\t105.62\t1.94",
        "110年",
        "invented-tw-dgbas-cpi: 指數(110年=100)",
    ),
    none("居民消费价格指数（2020年=100）为102.3。", "2020年", "written-statistics-bulletin: （2020年=100）"),
    none("工業生產指數(110年＝100)為98.7。", "110年", "written-tw-moea: (110年＝100) full-width equals"),
    none("113年GDP成長率為4.3%。", "113年", "written-tw-dgbas: 113年GDP"),
]

YEARS_KEPT = [
    case(
        "本校創校已有110年，校友遍及海內外。",
        "110年",
        "2024-05-01",
        "written-tw-school-news: 已有110年 (a length of years)",
        kind="duration",
        value=110,
    ),
]

# ---------------------------------------------------------------- N强 that names a list
# 中国企业500强榜单, 百强县名单: before a word for a list the N强 names the list (no rank limit stated);
# 世界500强企业, 全球百强科技创新集群 stay rank limits.

LIST_NAMES = [
    none(
        "在新近发布的2022中国企业500强榜单中，省建工集团位列第89位。",
        "500",
        "invented-soe-results: 2022中国企业500强榜单",
    ),
    none("我市3个县入选全国县域经济百强县名单。", "百强", "written-county-news: 百强县名单"),
    none("2024胡润全球独角兽500强排行榜发布。", "500强", "written-finance-news: 500强排行榜"),
    none("该集团位列中国民营企业500强第36位。", "500强", "written-provincial-commerce: 500强第36位"),
    none("省工信厅公布2024年度民营企业100强企业名单。", "100强", "written-provincial-portal: 100强企业名单"),
]

LIMITS_KEPT = [
    case(
        "全市已引进世界500强企业86家。",
        "500强",
        "2024-02-01",
        "written-provincial-commerce: 世界500强企业 (a rank limit)",
        kind="rank",
        qualifier="at_most",
    ),
]

# ---------------------------------------------------------------- a move in a ranking
# 位列第89位，较上年提升12位; 排名上升5位: N位/名 after a change word, ending its clause, in a sentence
# that names a ranking: a rank (its change), not a count of persons.

MOVES = [
    case(
        "在新近发布的2022中国企业500强榜单中，省建工集团位列第89位，较上年提升12位。",
        "12位",
        "2022-09-15",
        "invented-soe-results: 较上年提升12位",
        kind="rank",
        unit="位",
        change="increase",
    ),
    case(
        "中国在世界银行《营商环境报告》中的排名从2018年的第78位升至2020年的第31位，跃升了近50位。",
        "50位",
        "2021-06-01",
        "corpus-033: 跃升了近50位",
        kind="rank",
        change="increase",
        qualifier="approx",
    ),
    case(
        "该市在全省营商环境评价中的排名跃升12位。",
        "12位",
        "2024-01-20",
        "written-provincial-portal: 排名跃升12位 (subject 排名 kept)",
        kind="rank",
        subject=["排名", "营商环境评价中的排名"],
    ),
    case(
        "我市营商环境评价排名全省第5位，比上年前移3位。",
        "3位",
        "2024-01-20",
        "written-provincial-portal: 比上年前移3位",
        kind="rank",
        marks=known_miss("前移 is no change word of the list (moves forward in a ranking)"),
    ),
    case(
        "该校在全国高校排行榜中名次上升8名。",
        "8名",
        "2024-06-20",
        "written-education-news: 名次上升8名",
        kind="rank",
        change="increase",
    ),
    case(
        "本港在全球金融中心指數排名第3位，較上次下降1位。",
        "1位",
        "2024-09-25",
        "written-hk-news: 排名第3位，較上次下降1位 (traditional)",
        kind="rank",
        change="decrease",
    ),
]

COUNTS_KEPT = [
    case(
        "今年我市新增3位两院院士。",
        "3位",
        "2024-11-20",
        "written-city-news: 新增3位院士 (the measure word counts the noun after it)",
        kind="count",
    ),
    case(
        "全市新增高级技师120名，较上年增加15名。",
        "15名",
        "2024-01-10",
        "written-hrss-portal: 较上年增加15名 (no ranking named: a count)",
        kind="count",
    ),
]

# ---------------------------------------------------------------- the size of a change, held apart
# 涨幅为2.1%, 增幅约15.5%: a word naming a change's size makes the figure a change when little stands
# between them; not across a comparison (漲幅較1月之2.32%回降: January's rise, compared) or another
# verb (物價漲幅可望維持在2%以下: a level held).

SIZES = [
    case(
        "114年2月CPI較上年同月漲1.58%，因春節落點差異，漲幅較1月之2.32%回降。",
        "2.32%",
        "2025-03-10",
        "invented-tw-dgbas-cpi: 漲幅較1月之2.32%回降",
        change=None,
    ),
    case(
        "另據本總處之預測，全年物價漲幅可望維持在2%以下之溫和水準。",
        "2%",
        "2025-03-10",
        "invented-tw-dgbas-cpi: 物價漲幅可望維持在2%以下",
        change=None,
    ),
    case(
        "全年居民消费价格涨幅为2.1%。",
        "2.1%",
        "2024-01-18",
        "written-statistics-bulletin: 涨幅为2.1% (the size of the rise)",
        change="increase",
    ),
    case(
        "夏粮平均单产增幅2.4%。",
        "2.4%",
        "2021-07-20",
        "invented-harvest-summer: 增幅2.4%",
        change="increase",
    ),
    case(
        "社會住宅相關預算增幅約15.5%。",
        "15.5%",
        "2025-01-10",
        "invented-tw-city-social-housing: 增幅約15.5%",
        change="increase",
    ),
    case(
        "前三季度全省工业品出厂价格降幅为1.8%。",
        "1.8%",
        "2024-10-20",
        "written-provincial-prices: 降幅为1.8%",
        change="decrease",
    ),
    case(
        "一季度房价跌幅约3.5%。",
        "3.5%",
        "2024-04-20",
        "written-finance-news: 跌幅约3.5%",
        change="decrease",
    ),
    case(
        "全市规上工业增加值增幅比上月回落0.6个百分点。",
        "0.6个百分点",
        "2024-05-20",
        "written-county-statistics: 增幅比上月回落 (the nearer change word)",
        change="decrease",
    ),
]

# ---------------------------------------------------------------- 个 before a unit written once
# 低0.2个和1.5个百分点: a 个 right before 和 (、及与) in a list whose last item writes 个 and a unit is
# the measure word of that unit, written once: 0.2 percentage points, not 0.2 things.

SHARED_UNITS = [
    case(
        "8月末，各项贷款余额同比增长9.7%，增速分别比上月末和上年同期低0.2个和1.5个百分点。",
        "0.2个",
        "2025-09-15",
        "invented-pbc-city-financial-statistics: 低0.2个和1.5个百分点",
        unit="百分点",
        kind="percentage_point",
        value=0.2,
    ),
    case(
        "一、二、三产业占比分别提高0.3个、0.5个和1.2个百分点。",
        "0.5个",
        "2024-02-01",
        "written-statistics-bulletin: 0.3个、0.5个和1.2个百分点",
        unit="百分点",
        kind="percentage_point",
    ),
    case(
        "兩項指標分別上升0.4個及0.9個百分點。",
        "0.4個",
        "2024-02-01",
        "written-hk-release: 0.4個及0.9個百分點 (traditional)",
        unit="百分點",
        kind="percentage_point",
    ),
    case(
        "平均办理时间分别缩短2个和3个小时。",
        "2个",
        "2024-02-01",
        "written-government-service-portal: 2个和3个小时",
        unit="小时",
        kind="duration",
    ),
    case(
        "全年新建学校3个和幼儿园5个。",
        "3个",
        "2024-02-01",
        "written-county-news: 学校3个和幼儿园5个 (counts each)",
        unit="个",
        kind="count",
    ),
]

# ---------------------------------------------------------------- a bound before 占
# 约占45.2%, 約占三成五: 约 before 占 bounds the share after it, as 约为 and 约有 do.

SHARE_BOUNDS = [
    case(
        "114年度育兒津貼預估受惠達42萬人次，其中第二胎以上約占三成五。",
        "三成五",
        "2025-01-20",
        "invented-tw-city-childcare-subsidy: 約占三成五",
        qualifier="approx",
        value=35,
    ),
    case(
        "全市第三产业增加值约占45.2%。",
        "45.2%",
        "2024-02-01",
        "written-statistics-bulletin: 约占45.2%",
        qualifier="approx",
    ),
    case(
        "全年貨運量約為二○一八年歷史高位（512萬公噸）的95.7%。",
        "95.7%",
        "2025-01-20",
        "invented-hk-airport-authority: 約為…高位（512萬公噸）的95.7% (an aside in the named whole)",
        qualifier="approx",
    ),
    case(
        "全市地区生产总值约占全省（含直管县）的35.2%。",
        "35.2%",
        "2024-02-01",
        "written-provincial-statistics: 约占全省（含直管县）的35.2%",
        qualifier="approx",
    ),
    case(
        "其中民营企业进出口约占六成。",
        "六成",
        "2024-02-01",
        "written-customs-news: 约占六成",
        qualifier="approx",
    ),
]

# ---------------------------------------------------------------- a sign of comparison
# 容积率≤2.5, 绿地率≥35%, PM2.5浓度≤35微克/立方米, 单笔金额>5000元: a sign before the figure is its
# bound, as 不超过 or 不少于 are; a pure measure's value after one is read (容积率≤2.5).

SIGNS = [
    case(
        "该地块容积率≤2.5，建筑密度≤30%。",
        "2.5",
        "2021-09-03",
        "invented-land-transfer-style: 容积率≤2.5 (in prose)",
        qualifier="at_most",
        kind="other",
        subject=["容积率", "地块容积率"],
    ),
    case(
        "该地块容积率≤2.5，建筑密度≤30%。",
        "30%",
        "2021-09-03",
        "written-planning-notice: 建筑密度≤30%",
        qualifier="at_most",
    ),
    case(
        "绿地率≥35%。",
        "35%",
        "2024-02-01",
        "written-planning-notice: 绿地率≥35%",
        qualifier="at_least",
    ),
    case(
        "PM2.5年均浓度≤35微克/立方米。",
        "35微克",
        "2024-02-01",
        "written-environment-bureau: PM2.5浓度≤35微克/立方米",
        qualifier="at_most",
    ),
    case(
        "单笔采购金额>5000元的须报批。",
        "5000元",
        "2024-02-01",
        "written-procurement-rules: 金额>5000元",
        qualifier="more_than",
    ),
    case(
        "出水氨氮浓度＜5毫克/升。",
        "5毫克",
        "2024-02-01",
        "written-water-bureau: ＜5毫克/升 (full-width sign)",
        qualifier="less_than",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    RATIOS
    + ECHO_COUNTERS
    + VOLUMES_KEPT
    + YEARS_KEPT
    + LIMITS_KEPT
    + MOVES
    + COUNTS_KEPT
    + SIZES
    + SHARED_UNITS
    + SHARE_BOUNDS
    + SIGNS,
)
def test_number_kind_unit_change(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"), NO_RATIO + NO_ECHO + OPENS_A_WORD + YEARS_NOT_FIGURES + LIST_NAMES
)
def test_no_figure(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2025-03-10"), text, needle)
