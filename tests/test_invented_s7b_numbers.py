"""Third look at the invented pages (session 7, batch 3): number forms, qualifiers and change.

Twelve pages written blind mid-session (the last rows of ``tests/data/invented/README.md``) were
read with main's engine; the errors of number form, qualifier and change were named as
constructions, and each table below holds the page's sentence with sentences written in the styles
of other kinds of site (provincial portals, statistics bulletins, climate and hydrology bulletins,
procurement notices, finance news, Hong Kong, Macau and Taiwan pages, county news) and other
wordings of the same construction. Ids name the source: ``invented-<page>`` (a sentence of an
invented page), ``written-<kind of site>`` (written here), ``corpus-NNN`` / ``pages-<name>`` (a
sentence of a corpus page or of ``tests/data/pages``). Rows that still fail are strict xfails whose
reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, overlapping, the_fact
from factcase import no_fact_case as none

# ---------------------------------------------------------------- change: a departure from the normal
# A climate, hydrology or farming bulletin states a figure against the normal (常年, 多年平均, 正常)
# with 偏高/偏多/偏大 (above it: increase) and 偏低/偏少/偏小 (below it: decrease): the figure is the
# difference, a change as GUIDE reads 增加/减少 (the gold of the climate page marks them so). Before
# 的 the word describes a noun (降水偏少的乡镇): no change.

DEPARTURES = [
    case(
        "（二）降水偏少，时空分布不均。月内降水日数9天，较常年偏少3天。",
        "3天",
        "2026-04-03",
        "invented-climate-monthly: 降水日数9天，较常年偏少3天",
        change="decrease",
    ),
    case(
        "全年平均气温18.8℃，较常年偏高0.9℃；总降水量为1667.7毫米，较常年偏少5.3%。",
        "0.9℃",
        "2022-03-01",
        "corpus-008: 较常年偏高0.9℃ (a city statistics bulletin)",
        change="increase",
    ),
    case(
        "全年平均气温18.8℃，较常年偏高0.9℃；总降水量为1667.7毫米，较常年偏少5.3%。",
        "5.3%",
        "2022-03-01",
        "corpus-008: 较常年偏少5.3%",
        change="decrease",
    ),
    case(
        "全年平均气温19.0℃，偏高0.7℃，排历史第2高位；平均降水量1518.2毫米，偏少1.2成。",
        "1.2成",
        "2023-03-31",
        "corpus-009: 偏少1.2成 (tenths, no comparison word before)",
        change="decrease",
        value=12,
    ),
    case(
        "入汛以来，全省平均降水量412毫米，较多年同期平均偏少15%，主要江河来水偏少二至三成。",
        "15%",
        "2024-06-20",
        "written-provincial-water-resources: 较多年同期平均偏少15%",
        change="decrease",
    ),
    case(
        "今年以来全县累计日照时数986小时，较常年同期偏多36小时，利于夏粮灌浆。",
        "36小时",
        "2024-05-28",
        "written-county-agriculture: 日照时数较常年同期偏多36小时",
        change="increase",
    ),
    case(
        "本月平均氣溫為攝氏18.9度，較正常偏高1.2度，是有記錄以來第三最暖的二月。",
        "1.2度",
        "2025-03-03",
        "written-hk-observatory: 較正常偏高1.2度 (traditional script)",
        change="increase",
    ),
    case(
        "主汛期前，全市大中型水库蓄水总量3.6亿立方米，较常年同期偏大12%。",
        "12%",
        "2024-05-10",
        "written-city-water-bureau: 蓄水总量较常年同期偏大12%",
        change="increase",
    ),
    case(
        "受持续干旱影响，全县降水偏少的乡镇有12个。",
        "12个",
        "2024-08-02",
        "written-county-news: 降水偏少的乡镇有12个 (偏少 describes the noun: no change)",
        change=None,
    ),
]


# ---------------------------------------------------------------- numbers: a range that begins at 一
# 一 alone is rarely a figure (一个, 一批, 一次), so the scanner passed over it and read only the far
# end of 一至二成 (二成: 20 %). 一 that opens a range (一至二成, 一到两年, 一至三个月) is the range's low
# end: the far end's unit or tenths say what the pair measures; a grade (一至二年级) is no range.

RANGES_FROM_ONE = [
    case(
        "预计4月全市平均气温16～17℃，较常年同期偏高1℃左右；降水量80～100毫米，较常年同期偏少一至二成。",
        "一至二成",
        "2026-04-03",
        "invented-climate-monthly: 较常年同期偏少一至二成 (a forecast)",
        value=None,
        low=10,
        high=20,
        unit="%",
        kind="percent",
        change="decrease",
        status="planned",
    ),
    case(
        "预计下旬全省大部地区降水量较常年同期偏多一到两成，局地偏多三成以上。",
        "一到两成",
        "2025-06-10",
        "written-provincial-climate-center: 偏多一到两成",
        low=10,
        high=20,
        unit="%",
        change="increase",
    ),
    case(
        "多家券商预计，受益于需求回暖，板块今年净利润将增长一至两成。",
        "一至两成",
        "2025-02-14",
        "written-finance-news: 净利润将增长一至两成",
        low=10,
        high=20,
        unit="%",
    ),
    case(
        "对排查发现的问题，责任单位须在一至三个月内完成整改。",
        "一至三个月",
        "2024-09-18",
        "written-county-inspection: 一至三个月内完成整改",
        low=1,
        high=3,
        unit="个月",
        kind="duration",
    ),
    case(
        "本合同履行期限为一至两年，具体以采购人通知为准。",
        "一至两年",
        "2024-11-05",
        "written-procurement: 合同履行期限为一至两年",
        low=1,
        high=2,
        unit="年",
    ),
    case(
        "一般申請者的平均輪候時間預計需一到兩年。",
        "一到兩年",
        "2025-05-20",
        "written-hk-housing: 平均輪候時間預計需一到兩年 (traditional script)",
        low=1,
        high=2,
        unit="年",
    ),
]

NOT_RANGES_FROM_ONE = [
    none(
        "全镇一至二年级学生共120人参加了活动。",
        "一至二年",
        "written-county-school: 一至二年级 (grades, not years)",
    ),
    none("一至四季度全市地区生产总值逐季回升。", "一至四季", "written-stats-quarterly: 一至四季度 (a time)"),
]


# ---------------------------------------------------------------- numbers: a round magnitude, no digit
# 千亿元, 百万元, 万亿美元: places only, no digit, before money (突破千亿元大关, 年收入百万元以上, 迈向万亿
# 美元) are a sum as much as 一千亿元 is. Elsewhere such a run is an adverb or a vague size (千万别拖,
# 百万年的人类史, 千万亿次), a class before 级 (百亿级产业集群, 千亿元级), or the scale of a table's
# column in brackets (價值（百萬港元）).

ROUND_MAGNITUDES = [
    case(
        "技术合同成交额首次突破千亿元大关，达到1286.4亿元，增长27.1%，总量居全国第八位。",
        "千亿元",
        "2025-02-20",
        "invented-sci-tech-innovation: 首次突破千亿元大关",
        value=100000000000,
        unit="元",
        kind="money",
        qualifier="more_than",
    ),
    case(
        "力争到2024年底全镇所有村集体经济收入均达到30万元以上，培育年收入百万元以上的“强村”2个。",
        "百万元",
        "2023-11-02",
        "invented-township-revitalization: 年收入百万元以上",
        value=1000000,
        unit="元",
        qualifier="at_least",
        status="planned",
    ),
    case(
        "中国成为世界第二大经济体，国内生产总值突破百万亿元大关。",
        "百万亿元",
        "2022-10-12",
        "corpus-033: 国内生产总值突破百万亿元大关 (a national news portal)",
        value=100000000000000,
        unit="元",
        qualifier="more_than",
    ),
    case(
        "2015年，引进千万元以上项目145个，其中亿元以上项目48个。",
        "千万元",
        "2016-03-01",
        "corpus-006: 引进千万元以上项目145个 (a county work report)",
        value=10000000,
        qualifier="at_least",
    ),
    case(
        "受业绩预期提振，该公司市值盘中突破万亿美元。",
        "万亿美元",
        "2025-01-08",
        "written-finance-news: 市值盘中突破万亿美元",
        value=1000000000000,
        unit="美元",
        qualifier="more_than",
    ),
    case(
        "基金規模預計達百億港元，將投資於本地初創企業。",
        "百億港元",
        "2025-04-11",
        "written-hk-press-release: 基金規模預計達百億港元 (traditional script)",
        value=10000000000,
        unit="港元",
    ),
]

NOT_ROUND_MAGNITUDES = [
    none("这点很重要，千万别拖。", "千万", "corpus-037: 千万别拖 (an adverb)"),
    none("实证了中国百万年的人类史、一万年的文明史。", "百万", "corpus-033: 百万年的人类史 (a vague size)"),
    none(
        "作为中国第一台千万亿次超级计算机，", "千万亿", "corpus-033: 千万亿次超级计算机 (a class of machine)"
    ),
    none(
        "零售商類別\t價值（百萬港元）\t按年變動（%）",
        "百萬",
        "invented-hk-censtatd-retail-sales: 價值（百萬港元） (a column's scale)",
    ),
    none(
        "表1 全省财政收支情况（单位：万亿元）",
        "万亿",
        "written-provincial-finance: 单位：万亿元 (a table's scale)",
    ),
    none("着力打造3个百亿级产业集群。", "百亿", "written-county-news: 百亿级产业集群 (a class)"),
    none("新签约千万元级项目一批。", "千万", "written-provincial-investment: 千万元级项目 (a class)"),
]


# ---------------------------------------------------------------- numbers: a pure number and its change
# A measure that is a pure number (an index, a ratio, a coefficient, a rate per some base: 万车死亡率,
# 恩格尔系数, 容积率) is stated with no unit (为2.16); its change may follow in the next clause with no
# name of its own (，较上年降低0.31): a figure of kind other, unit null, as 综合指数为4.21 already was.

PURE_NUMBERS = [
    case(
        "全年全市万车死亡率为2.16，较上年降低0.31，低于全省平均水平。",
        "2.16",
        "2023-01-16",
        "invented-traffic-police-annual: 万车死亡率为2.16",
        value=2.16,
        unit=None,
        kind="other",
        change=None,
    ),
    case(
        "全年全市万车死亡率为2.16，较上年降低0.31，低于全省平均水平。",
        "0.31",
        "2023-01-16",
        "invented-traffic-police-annual: ，较上年降低0.31 (the change in the next clause)",
        value=0.31,
        unit=None,
        kind="other",
        change="decrease",
    ),
    case(
        "城乡居民人均可支配收入比值为2.19，比上年缩小0.04。",
        "0.04",
        "2023-03-31",
        "corpus-009: 收入比值为2.19，比上年缩小0.04 (a provincial statistics bulletin)",
        value=0.04,
        change="decrease",
    ),
    case(
        "全年全省生产安全事故死亡415人，亿元生产总值生产安全事故死亡率为0.018。",
        "0.018",
        "2023-03-31",
        "corpus-009: 亿元生产总值生产安全事故死亡率为0.018",
        value=0.018,
        kind="other",
    ),
    case(
        "农村居民人均可支配收入增长7.2%。城乡居民收入比为2.06，比上年缩小0.05。",
        "0.05",
        "2024-03-20",
        "pages-stats-release: 城乡居民收入比为2.06，比上年缩小0.05 (a county bulletin)",
        value=0.05,
        change="decrease",
    ),
    case(
        "全市居民恩格尔系数为28.5，比上年下降0.6。",
        "28.5",
        "2024-03-15",
        "written-stats-bulletin: 恩格尔系数为28.5",
        value=28.5,
        kind="other",
    ),
    case(
        "全市居民恩格尔系数为28.5，比上年下降0.6。",
        "0.6",
        "2024-03-15",
        "written-stats-bulletin: 恩格尔系数…，比上年下降0.6",
        value=0.6,
        change="decrease",
    ),
    case(
        "城镇居民恩格尔系数较上年下降0.8，消费结构持续优化。",
        "0.8",
        "2024-03-15",
        "written-stats-bulletin: 恩格尔系数较上年下降0.8 (the change in the measure's clause)",
        value=0.8,
        change="decrease",
    ),
    case(
        "該地塊容積率為2.5，建築密度不高於30%。",
        "2.5",
        "2025-06-30",
        "written-tw-land-notice: 容積率為2.5 (traditional script)",
        value=2.5,
        kind="other",
    ),
    case(
        "本港堅尼係數為0.539，較十年前微升。",
        "0.539",
        "2024-06-09",
        "written-hk-census: 堅尼係數為0.539",
        value=0.539,
        kind="other",
    ),
]

NOT_PURE_NUMBERS = [
    none(
        "全市共有规模以上工业企业120家，较上年增加15，产值增长8.2%。",
        "15，",
        "written-county-news: 较上年增加15 after a count (no pure measure before: no figure)",
    ),
]


# ---------------------------------------------------------------- change: a verb inside the noun's modifier
# 达到…标准合格以上的人数比例为93.2%: the change word (达到) stands in the 的-phrase that modifies the
# noun (人数比例) whose level 为 states; it says what the counted people did, not how the figure
# changed (GUIDE lists 为 with no change). A change word after the 的 is still the figure's own
# (占GDP的比重提高为52.1%).

MODIFIER_CHANGES = [
    case(
        "城乡居民达到《国民体质测定标准》合格以上的人数比例为93.2%。",
        "93.2%",
        "2025-11-10",
        "invented-sports-marathon-fitness: 达到《…标准》合格以上的人数比例为93.2%",
        change=None,
    ),
    case(
        "全市规模以上工业40个行业大类中，实现利润增长的行业为28个。",
        "28个",
        "2024-02-20",
        "written-stats-monthly: 实现利润增长的行业为28个",
        change=None,
    ),
    case(
        "全年空气质量达到优良等级的天数比例为92.3%。",
        "92.3%",
        "2025-01-22",
        "written-ecology-bureau: 达到优良等级的天数比例为92.3%",
        change=None,
    ),
    case(
        "參保率達到95%的鄉鎮為12個。",
        "12個",
        "2024-07-01",
        "written-tw-county: 參保率達到95%的鄉鎮為12個 (traditional script)",
        change=None,
    ),
    case(
        "第三产业增加值占地区生产总值的比重提高为52.1%。",
        "52.1%",
        "2024-03-01",
        "written-provincial-bulletin: 的比重提高为52.1% (the change word after 的 is the figure's)",
        change="to",
    ),
]


# ---------------------------------------------------------------- qualifier: a bound before a share's base
# 不低于当地低保标准的1.3倍, 最高可达城市低保标准的6倍, 不超过项目估算价的2%: a bound word (of two
# characters or more) that opens what a share or multiple is of, with a verb or none between, bounds
# the share (约占…的35% already read approx); one-character words (超, 近) and words that go on
# into a noun (最高值) are left alone.

SHARE_BOUNDS = [
    case(
        "特困人员基本生活标准按不低于当地低保标准的1.3倍确定。",
        "1.3倍",
        "2022-07-20",
        "invented-civil-affairs-assistance: 按不低于当地低保标准的1.3倍确定",
        qualifier="at_least",
    ),
    case(
        "对遭遇突发事件导致基本生活暂时出现严重困难的家庭，单次救助金额最高可达城市低保标准的6倍。",
        "6倍",
        "2022-07-20",
        "invented-civil-affairs-assistance: 最高可达城市低保标准的6倍",
        qualifier="at_most",
    ),
    case(
        "投标保证金不超过项目估算价的2%。",
        "2%",
        "2024-08-12",
        "written-procurement: 投标保证金不超过项目估算价的2%",
        qualifier="at_most",
    ),
    case(
        "公共租赁住房租金原则上不高于同地段市场租金的70%。",
        "70%",
        "2024-04-01",
        "written-provincial-housing: 不高于同地段市场租金的70%",
        qualifier="at_most",
    ),
    case(
        "公司上市以来累计现金分红超过同期净利润的三分之一。",
        "三分之一",
        "2025-04-28",
        "written-finance-news: 累计分红超过同期净利润的三分之一",
        qualifier="more_than",
    ),
    case(
        "補助金額最高為核定工程費的百分之四十九。",
        "百分之四十九",
        "2024-10-02",
        "written-tw-subsidy: 最高為核定工程費的百分之四十九 (traditional script)",
        qualifier="at_most",
    ),
    case(
        "租金津貼金額不少於每月租金的50%。",
        "50%",
        "2025-01-15",
        "written-macau-social-welfare: 不少於每月租金的50%",
        qualifier="at_least",
    ),
    case(
        "绩效工资最高不超过基本工资的30%。",
        "30%",
        "2024-12-01",
        "written-county-hr: 最高不超过基本工资的30%",
        qualifier="at_most",
    ),
    case(
        "本周各站点降水量仅占最高值的80%。",
        "80%",
        "2024-07-01",
        "written-county-weather: 占最高值的80% (最高 is part of a noun: exact)",
        qualifier="exact",
    ),
    case(
        "线上销售额相当于超市销售额的30%。",
        "30%",
        "2024-07-01",
        "written-commerce-bureau: 超市销售额的30% (超 begins a noun: exact)",
        qualifier="exact",
    ),
]


# ---------------------------------------------------------------- numbers: a figure that opens a quoted name
# “15分钟健身圈”, “1小时经济圈”, 「30分鐘生活圈」: a figure with a unit of measure that opens a
# quotation closed by the words after its unit is part of a programme's name, not a figure stated.
# A quotation of figures alone (“98天+3个月”), one that ends in a bound (“3天以内”) and a count whose
# measure word counts the noun after it (“1个窗口受理”) stay figures.

QUOTED_NAMES = [
    none(
        "近年来，我市深入实施全民健身国家战略，持续推进“15分钟健身圈”建设。",
        "15分钟",
        "invented-sports-marathon-fitness: 推进“15分钟健身圈”建设",
    ),
    none(
        "据介绍，梅溪市推行“15分钟养老服务圈”，为80周岁以上老人提供助餐服务。",
        "15分钟",
        "pages-people-style: 推行“15分钟养老服务圈”",
    ),
    none("加快构建都市圈“1小时经济圈”。", "1小时", "written-provincial-portal: “1小时经济圈”"),
    none(
        "市府持續推動「30分鐘生活圈」，完善社區服務。",
        "30分鐘",
        "written-tw-city: 「30分鐘生活圈」 (traditional)",
    ),
    none("全县基本建成“10分钟就医圈”。", "10分钟", "written-county-health: “10分钟就医圈”"),
    none("推出“5公里健康跑”等群众赛事。", "5公里", "written-sports-bureau: “5公里健康跑” (a length)"),
]

QUOTED_FIGURES = [
    case(
        "生育二孩给予“98天+3个月”的产假。",
        "3个月",
        "2023-06-01",
        "corpus-024: “98天+3个月”的产假 (figures alone in the quotation)",
        value=3,
        unit="个月",
    ),
    case(
        "推行“1个窗口受理”的模式。",
        "1个",
        "2023-06-01",
        "invented-service-hall: “1个窗口受理” (a measure word counting the noun after it)",
        value=1,
    ),
    case(
        "对群众诉求承诺“3天以内”办结。",
        "3天",
        "2024-03-01",
        "written-county-service: 承诺“3天以内”办结 (a bound ends the quotation)",
        value=3,
        qualifier="at_most",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    DEPARTURES
    + RANGES_FROM_ONE
    + ROUND_MAGNITUDES
    + PURE_NUMBERS
    + MODIFIER_CHANGES
    + SHARE_BOUNDS
    + QUOTED_FIGURES,
)
def test_form_qualifier_change(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"), NOT_RANGES_FROM_ONE + NOT_ROUND_MAGNITUDES + NOT_PURE_NUMBERS + QUOTED_NAMES
)
def test_no_figure(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2025-03-10"), text, needle)
