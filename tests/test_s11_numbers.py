"""Session 11: numbers and units (batch 15's misses and a probe sweep of number forms).

Each error was named as a construction; each table holds the batch page's sentence with sentences
written in the styles of other kinds of site (statistics bulletins, provincial and county portals,
procurement notices, Hong Kong, Macau and Taiwan pages) and other wordings of the same construction.
Ids name the source: ``invented-<page>`` (a sentence of an invented page), ``written-<kind of site>``
(written here). Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, no_fact_case, overlapping, the_fact

# ---------------------------------------------------------------- digits grouped by spaces in a cell
# 1 223.5 under 二○二五年年中（千人）: a table cell's digits grouped in threes by a space (as Hong Kong,
# Macau and Taiwan statistics write them, and bulletins set in the SI style) are one number, read with
# the column's unit and scale as 1,223.5 is; before, such a cell was no figure at all.

_HK = (
    "表一：按區域劃分的年中人口（臨時數字）\n區域\t二○二四年年中（千人）\t二○二五年年中（千人）\n"
    "香港島\t1 223.5\t1 218.9\n九龍\t2 265.1\t2 281.7\n新界\t4 014.5\t4 027.0"
)
_FARM = "2024年粮食生产\n县区\t播种面积（公顷）\t产量（吨）\n东城县\t12 345\t86 420.5\n西山县\t9 876\t65 001"
_MO = "澳門主要經濟指標\n指標\t2023年\t2024年\n本地生產總值（百萬澳門元）\t379 565\t403 301"
_TW = "114年度總預算\n項目\t金額（新臺幣千元）\n歲入\t1 234 567\n歲出\t1 198 000"
_TENDER = "采购需求一览表\n序号\t项目名称\t预算金额（万元）\n1\t监护仪采购\t298.0\n2\t彩超采购\t1 250.5"
_COUNTY = "各镇户籍情况\n地区\t户数\t人数\n甲镇\t1 203\t3 456\n乙镇\t987\t2 001"

SPACED_CELLS = [
    case(_HK, "1 223.5", "2025-08-14", "invented-hk-censtatd-mid-year-population: 香港島 | 1 223.5 (千人)",
         value=1223500, unit="人", kind="count", subject="香港島"),
    case(_HK, "4 027.0", "2025-08-14", "invented-hk-censtatd-mid-year-population: 新界 | 4 027.0 (千人)",
         value=4027000, unit="人", kind="count", subject="新界"),
    case(_FARM, "86 420.5", "2025-02-10", "written-county-bulletin: 产量（吨） | 86 420.5",
         value=86420.5, unit="吨", kind="mass", subject="东城县"),
    case(_FARM, "9 876", "2025-02-10", "written-county-bulletin: 播种面积（公顷） | 9 876 (a whole number)",
         value=9876, unit="公顷", kind="area"),
    case(_MO, "403 301", "2025-03-01", "written-macau-dsec: 本地生產總值（百萬澳門元） | 403 301",
         value=403301000000, unit="澳門元", kind="money"),
    case(_TW, "1 234 567", "2025-01-20", "written-taiwan-budget: 金額（新臺幣千元） | 1 234 567 (two spaces)",
         value=1234567000, unit="元", kind="money", subject="歲入"),
    case(_TENDER, "1 250.5", "2025-04-01", "written-procurement: 预算金额（万元） | 1 250.5",
         value=12505000, unit="元", kind="money"),
    case(_COUNTY, "3 456", "2025-01-05", "written-county-portal: 人数 | 3 456 (a count header, no unit)",
         value=3456, unit="人", kind="count", subject="甲镇"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SPACED_CELLS)
def test_spaced_cells(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- days counted, not days of a month
# 合共14日，按年減少6日: N日 after a word of a length summed or stated (共, 合共, 共计, 为期), after a
# change by an amount (减少, 偏少, 较…多) or after a noun of a number of days and its copula (日数为,
# 天數達) counts days, though a comma follows it; before, the time reader took 14日， for the 14th
# of the month and the figure went, and the change after it was dated by that "day".

DAYS_COUNTED = [
    case("空氣質素方面，「不良」日數合共14日，按年減少6日；路邊站的二氧化氮年均濃度為每立方米38微克。",
         "14日", "2025-11-20", "invented-mo-dspa-environment-report: 「不良」日數合共14日，",
         value=14, unit="日", kind="duration"),
    case("空氣質素方面，「不良」日數合共14日，按年減少6日；路邊站的二氧化氮年均濃度為每立方米38微克。",
         "6日", "2025-11-20", "invented-mo-dspa-environment-report: 按年減少6日 (no date of the 14th)",
         value=6, unit="日", kind="duration", change="decrease", time=None),
    case("全年降雨日数共计96日，较常年偏少12日，降水量偏少一成。", "12日", "2025-01-15",
         "written-provincial-climate-bulletin: 较常年偏少12日",
         value=12, unit="日", kind="duration", change="decrease"),
    case("2024年全市空气质量超标日数为14日，同比减少6日。", "14日", "2025-01-15",
         "written-city-environment-bulletin: 超标日数为14日，(a noun of days and its copula)",
         value=14, unit="日", kind="duration"),
    case("2024年全市空气质量超标日数为14日，同比减少6日。", "6日", "2025-01-15",
         "written-city-environment-bulletin: 同比减少6日",
         value=6, unit="日", kind="duration", change="decrease"),
    case("今年以來，全澳建築工地因惡劣天氣停工天數達5日，較去年同期多2日。", "2日", "2025-10-01",
         "written-macau-labour: 較去年同期多2日 (a bare degree after a comparison)",
         value=2, unit="日", kind="duration"),
    case("本次集中培训为期10日，共培训基层干部300人。", "10日", "2025-06-01",
         "written-county-news: 为期10日，", value=10, unit="日", kind="duration"),
]  # fmt: skip

DAYS_OF_A_MONTH = [
    no_fact_case("市长24日，前往东城区调研防汛工作。", "24日", "written-city-news: 24日， is a date"),
    no_fact_case("工期延长至14日，并已报监理单位备案。", "14日", "written-procurement: 延长至14日，(a date)"),
    no_fact_case("截至14日，全市共有在院病例12例。", "14日", "written-health-bulletin: 截至14日，"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), DAYS_COUNTED)
def test_days_counted(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), DAYS_OF_A_MONTH)
def test_days_of_a_month(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- a range of days counted
# 介乎332至351日: two numbers joined by a range mark, the last with 日, with no month before the first,
# either end past 31 or a word of length before it, is one range of days (low, high); before, the
# first end was dropped and the far end read alone (351日). 10月1至7日 and 1至7日 stay days of a month.

DAY_RANGES = [
    case("全年各空氣質素監測站錄得「良好」或「普通」水平的日數介乎332至351日。", "332至351日", "2025-11-20",
         "invented-mo-dspa-environment-report: 日數介乎332至351日",
         value=None, low=332, high=351, unit="日", kind="duration"),
    case("全年各气象站降雨日数介于80至95日，较常年偏少。", "80至95日", "2025-01-15",
         "written-provincial-climate-bulletin: 介于80至95日",
         value=None, low=80, high=95, unit="日", kind="duration"),
    case("各监测点位优良天数在310日至335日之间。", "310日", "2025-01-15",
         "written-city-environment-bulletin: 在310日至335日之间 (each end with its 日)",
         value=None, low=310, high=335, unit="日", kind="duration"),
    case("供货期：合同签订后30至45日内交货并完成安装调试。", "30至45日", "2025-04-01",
         "written-procurement: 签订后30至45日",
         value=None, low=30, high=45, unit="日", kind="duration"),
    case("本次封闭施工为期10至15日，请市民绕行。", "10至15日", "2025-05-01",
         "written-county-traffic-notice: 为期10至15日 (ends under 31 after a word of length)",
         value=None, low=10, high=15, unit="日", kind="duration"),
]  # fmt: skip

DAYS_OF_A_MONTH_SPAN = [
    no_fact_case("第二十届农博会于10月1至7日在会展中心举办。", "1至7日", "written-city-news: 10月1至7日"),
    no_fact_case(
        "活动定于1至7日举行，届时将开放线上预约。", "1至7日", "written-county-news: 1至7日 (no month)"
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), DAY_RANGES)
def test_day_ranges(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), DAYS_OF_A_MONTH_SPAN)
def test_day_spans_of_a_month(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- measure words the lists lacked
# 1.2万余副（张）: 副 counts pairs and sets (春联, 眼镜, 手套) after Arabic digits (三副 is a ship's third
# mate, 一副 a look); a calendar or natural day (30个日历日, 10个自然日内) is the whole unit, as 日历天
# was, not 个 with the rest dropped. From the probe sweep: 延米 and 延长米 (metres along a pipe or a
# wall), 樘 (doors and windows), 段 after Arabic digits (stretches of a river), 吨次 (one unit), 卷, 盆,
# 标台, and after Arabic digits 则, 档, 包 and, not where they open a noun (4车道), 面 and 车.

MEASURES = [
    case("春节期间，组织开展“送万福、进万家”活动，送出春联、福字1.2万余副（张）。", "1.2万余副", "2024-02-29",
         "invented-city-trade-union-warmth-assistance: 春联、福字1.2万余副（张）",
         value=12000, unit="副", kind="count", qualifier="at_least"),
    case("为困难群众送去春联3000副、棉被500床。", "3000副", "2025-01-25",
         "written-county-news: 春联3000副、棉被500床", value=3000, unit="副", kind="count"),
    case("今年以来，“光明行动”为农村学生免费验配眼镜1200副。", "1200副", "2025-06-01",
         "written-provincial-portal: 验配眼镜1200副", value=1200, unit="副", kind="count"),
    case("合同履行期限：自合同签订之日起30个日历日。", "30个日历日", "2025-04-01",
         "written-procurement: 30个日历日", value=30, unit="个日历日", kind="duration"),
    case("供应商应在收到通知后10个自然日内完成整改。", "10个自然日", "2025-04-01",
         "written-procurement: 10个自然日内",
         value=10, unit="个自然日", kind="duration", qualifier="at_most"),
    case("新建雨污管网12.5公里，改造老旧管道3600延米。", "3600延米", "2025-01-10",
         "written-city-housing-bureau: 改造老旧管道3600延米", value=3600, unit="延米", kind="length"),
    case("汛前完成河道整治，新修挡土墙1200延长米。", "1200延长米", "2025-05-10",
         "written-county-water-bureau: 挡土墙1200延长米", value=1200, unit="延长米", kind="length"),
    case("老旧小区改造中更换防火门窗1200樘。", "1200樘", "2025-01-10",
         "written-district-news: 更换防火门窗1200樘", value=1200, unit="樘", kind="count"),
    case("整治河道岸线12段，清理河道淤泥3.2万方。", "12段", "2025-01-10",
         "written-county-portal: 整治河道岸线12段", value=12, unit="段", kind="count"),
    case("全年共完成铁路货运量1234万吨次。", "1234万吨次", "2025-01-10",
         "written-provincial-transport: 1234万吨次 (not 吨)", value=12340000, unit="吨次", kind="other"),
    case("全年累计服务群众5.6万人·次。", "5.6万人", "2025-01-10",
         "written-civil-affairs: 5.6万人·次 (a dot before 次)", value=56000, unit="人·次", kind="count"),
    case("全市出厂水浊度小于1NTU，水质综合合格率100%。", "1NTU", "2025-01-10",
         "written-water-utility: 浊度小于1NTU", value=1, unit="NTU", kind="other", qualifier="less_than"),
    case("全年共接收进馆档案1.2万卷。", "1.2万卷", "2025-01-10",
         "written-archives-bureau: 进馆档案1.2万卷", value=12000, unit="卷", kind="count"),
    case("国庆期间，主要街道摆放各类花卉5万余盆。", "5万余盆", "2025-10-08",
         "written-city-greening: 花卉5万余盆 (not a bare count)", value=50000, unit="盆", kind="count"),
    case("全市共有公交线路156条、公交车辆3200标台。", "3200标台", "2025-01-10",
         "written-transport-bureau: 公交车辆3200标台", value=3200, unit="标台", kind="count"),
    case("全年共编发政务信息356则，被上级采用120则。", "356则", "2025-01-10",
         "written-county-office: 编发信息356则", value=356, unit="则", kind="count"),
    case("收到群众赠送的锦旗23面、感谢信56封。", "23面", "2025-01-10",
         "written-police-news: 锦旗23面", value=23, unit="面", kind="count"),
    case("防汛期间共运送救灾物资50车。", "50车", "2025-08-10",
         "written-emergency-bureau: 物资50车", value=50, unit="车", kind="count"),
    case("本项目分为2包，投标人可兼投。", "2包", "2025-04-01",
         "written-procurement: 分为2包 (lots)", value=2, unit="包", kind="count"),
]  # fmt: skip

NOT_MEASURES = [
    no_fact_case("一段时间以来，本地市场持续回暖。", "一段", "written-finance-news: 一段时间"),
    no_fact_case("其中副主任委员由三副轮流担任。", "三副", "written-maritime: 三副 (a third mate)"),
    no_fact_case("该路段拓宽为双向4车道。", "4车", "written-county-traffic: 4车道 (lanes, a noun)"),
    no_fact_case("严格落实门前三包责任制。", "三包", "written-city-management: 三包 (a name)"),
]


@pytest.mark.parametrize(("text", "needle"), NOT_MEASURES)
def test_not_measures(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURES)
def test_measures(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a record set over a window
# 創下近6年新高: 近N年 right before a record (新高, 新低, 最高, 同期最低), an average or a sum (平均, 年均,
# 累计) is the window it is taken over, wherever it stands in its clause, as 近5年来 is; before, it
# was read as a duration of about six years (qualifier approx).

RECORD_WINDOWS = [
    no_fact_case("全年旅運量達2億3,218萬人次，旅運量與收入雙雙創下近6年新高。", "6年",
                 "invented-tw-railway-ridership: 創下近6年新高"),
    no_fact_case("曾文水庫集水區累積降雨量僅86毫米，創近50年同期新低。", "50年",
                 "invented-tw-wra-reservoir-drought: 創近50年同期新低"),
    no_fact_case("受市场影响，全市房地产开发投资创近5年新低。", "5年", "written-city-statistics: 近5年新低"),
    no_fact_case("一季度全省外贸进出口额创近3年同期最高。", "3年", "written-customs: 近3年同期最高"),
    no_fact_case("上证指数收报3300点，成交额为近10年最低。", "10年", "written-finance-news: 为近10年最低"),
    no_fact_case("按近12个月平均月销售面积计算，去化周期为14.2个月。", "12个月",
                 "invented-city-housing-market-monthly: 按近12个月平均 (an average over the window)"),
    no_fact_case("该企业近3年累计纳税1.2亿元。", "3年", "written-county-tax: 近3年累计 (a sum)"),
]  # fmt: skip

STILL_DURATIONS = [
    case("该项目已建设近3年，最终于今年投产。", "3年", "2025-03-01",
         "written-county-news: 建设近3年，(no record after it)", value=3, unit="年", qualifier="approx"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle"), RECORD_WINDOWS)
def test_record_windows(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


@pytest.mark.parametrize(("text", "needle", "published", "expected"), STILL_DURATIONS)
def test_still_durations(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- one added
# 增設一個顧問辦事處: 一 and a measure word right after a verb of adding (增 or 新 and a verb: 增设, 新增,
# 新建, 新开) count one more thing, a figure, as 新设两个 does; elsewhere 一个, 一家 stay no figures
# (这是一个好办法, 成立了一个专班, 新的一年, 一批).

ONE_ADDED = [
    case("投資推廣署將在年中前於杜拜增設一個顧問辦事處，進一步拓展中東市場。", "一個", "2026-01-15",
         "invented-hk-investhk-annual-results: 增設一個顧問辦事處", value=1, unit="個", kind="count"),
    case("区政府计划年内新设一个便民服务中心。", "一个", "2025-03-01",
         "written-district-portal: 新设一个便民服务中心", value=1, unit="个", kind="count"),
    case("今年我市新建一座污水处理厂，日处理能力5万吨。", "一座", "2025-03-01",
         "written-city-news: 新建一座污水处理厂", value=1, unit="座", kind="count"),
    case("全县当年新增一处国家级文物保护单位。", "一处", "2025-03-01",
         "written-county-culture: 新增一处国家级文物保护单位", value=1, unit="处", kind="count"),
    case("上半年全省新增一家境内上市公司。", "一家", "2025-07-20",
         "written-finance-news: 新增一家上市公司", value=1, unit="家", kind="count"),
]  # fmt: skip

NOT_ONE_ADDED = [
    no_fact_case("这是一个好办法，值得推广。", "一个", "written-commentary: 这是一个好办法"),
    no_fact_case("该区成立了一个工作专班。", "一个", "written-district-news: 成立了一个专班"),
    no_fact_case("迎来新的一年，全市上下干劲十足。", "一年", "written-city-news: 新的一年"),
    no_fact_case("今年新增一批重点项目。", "一批", "written-provincial-portal: 新增一批 (vague)"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ONE_ADDED)
def test_one_added(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NOT_ONE_ADDED)
def test_not_one_added(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- a fraction of a whole named before 的
# 总投资的1/3由省级财政承担: a small fraction (denominator 2 to 10) written with a slash after X的 is a
# share of the whole named before it, whatever follows (a verb, not only a mark or 的); before, it was
# read only after a word of share (近2/3的企业) or before a break. 3/15 stays out (a date).

SLASH_SHARES = [
    case("项目总投资12亿元，总投资的1/3由省级财政承担。", "1/3", "2025-03-01",
         "written-provincial-reform-commission: 总投资的1/3由…承担", value=pytest.approx(33.3333, abs=1e-3),
         unit="%", kind="percent"),
    case("全市常住人口的1/4来自外地。", "1/4", "2025-03-01",
         "written-city-statistics: 常住人口的1/4来自外地", value=25, unit="%", kind="percent"),
    case("截至目前，项目资金的2/3已拨付到位。", "2/3", "2025-03-01",
         "written-county-finance: 项目资金的2/3已拨付", value=pytest.approx(66.6667, abs=1e-3),
         unit="%", kind="percent"),
]  # fmt: skip

NOT_SLASH_SHARES = [
    no_fact_case("截至2024年的3/15，共办理业务1200件。", "3/15", "written-bank-news: 3/15 (a date)"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SLASH_SHARES)
def test_slash_shares(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NOT_SLASH_SHARES)
def test_not_slash_shares(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- a bare magnitude past a bound
# 日均客流量过万人次, 参与人数突破万人, 游客量首次突破百万人次: a magnitude with no digit (万, 千, 百万)
# after a word of passing (过, 破, 超过, 突破) is a figure, more than that much, as after 超, 逾, 近 and
# 上; 过 or 破 that ends a verb (经过, 通过, 穿过) is no bound. A figure with a scale before the milestone
# it passes (突破10万大关) ends its clause as a mark does: a count in the measure its noun names (人数: 人).

PAST_A_BOUND = [
    case("端午假期，古城景区日均客流量过万人次。", "万人次", "2025-06-03",
         "written-city-tourism: 日均客流量过万人次", value=10000, unit="人次", kind="count",
         qualifier="more_than", subject=["日均客流量", "客流量"]),
    case("本次活动吸引市民观众过千人。", "千人", "2025-06-03",
         "written-county-culture: 观众过千人", value=1000, unit="人", qualifier="more_than"),
    case("线上报名参与人数超过万人。", "万人", "2025-06-03",
         "written-provincial-portal: 超过万人", value=10000, unit="人", qualifier="more_than"),
    case("今年游客量首次突破百万人次。", "百万人次", "2025-12-03",
         "written-county-tourism: 突破百万人次", value=1000000, unit="人次", qualifier="more_than"),
    case("开馆以来，参观人数突破10万大关。", "10万", "2025-06-03",
         "written-museum-news: 突破10万大关", value=100000, unit="人", kind="count", qualifier="more_than"),
]  # fmt: skip

NOT_PAST_A_BOUND = [
    no_fact_case("夜幕降临，车辆经过万家灯火的街道。", "万家", "written-feature: 经过万家灯火"),
    no_fact_case("穿过万亩良田，便是新建的产业园。", "万亩", "written-county-feature: 穿过万亩良田"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PAST_A_BOUND)
def test_past_a_bound(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NOT_PAST_A_BOUND)
def test_not_past_a_bound(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- more of the same measure after a list
# 发病1275例、2587例，报告的2例死亡病例均为乙类传染病: a count followed by 均 in a sentence that stated just
# as many figures before is read as restating them (三项指标均低于) only where it counts items of
# another measure; in the measure of those figures (例 after 例) it is one more figure of them. A count
# before 合计/共计 (两项合计, 三类合计) restates the last figures listed when at least as many stand before.

SAME_MEASURE = [
    case("乙类、丙类传染病分别报告发病1275例、2587例，报告的2例死亡病例均为乙类传染病。", "2例", "2024-08-10",
         "invented-cdc-city-notifiable-disease-monthly: 报告的2例死亡病例均为", value=2, unit="例"),
    case("全年新建学校3所、改扩建5所，其中2所均已于秋季开学前投用。", "2所", "2025-09-10",
         "written-county-education: 其中2所均已投用", value=2, unit="所"),
    case("上半年发生较大事故1起、一般事故1起，2起事故均已查明原因。", "2起", "2025-07-10",
         "written-emergency-bureau: 2起事故均已查明", value=2, unit="起"),
]  # fmt: skip

RESTATED = [
    no_fact_case("婴儿死亡率为2.85‰，5岁以下儿童死亡率为4.1‰，孕产妇死亡率为9.62/10万，三项指标均低于全国平均水平。",
                 "三项", "written-health-bulletin: 三项指标均 (a count of the figures)"),
    no_fact_case("全市地区生产总值增长5.2%，规上工业增加值增长6.1%，两项指标均高于全省。", "两项",
                 "written-city-statistics: 两项指标均"),
    no_fact_case("其中主动撤回申请3318件，视为撤回申请1924件，两项合计占受理申请总数的34.5%。", "两项",
                 "invented-civil-affairs-marriage-registration: 两项合计 (together: the last two figures)"),
    no_fact_case("不合格样品分别为8批次、6批次和4批次，三类合计占不合格样品总数的78.3%。", "三类",
                 "invented-food-safety-sampling: 三类合计"),
    no_fact_case("一般公共预算收入45.6亿元，政府性基金收入32.1亿元，两项共计77.7亿元。", "两项",
                 "written-county-finance: 两项共计"),
]  # fmt: skip

STILL_COUNTS = [
    case("全市12个区合计完成投资1200亿元。", "12个", "2025-02-01",
         "written-city-statistics: 12个区合计 (nothing listed before)", value=12, unit="个"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), STILL_COUNTS)
def test_still_counts(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SAME_MEASURE)
def test_same_measure(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), RESTATED)
def test_restated(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- a range of a rate, each end with its unit
# 单价在8000元/平方米至1万元/平方米之间: a range whose ends each carry the unit and its denominator (or
# whose denominator is written before it: 每平方米1.5万元至2万元) is one figure, as 15%至20% is; before,
# each end was read alone. An end in another measure (8元/吨至9元) stays apart.

RATE_RANGES = [
    case("据监测，新建商品住宅单价在8000元/平方米至1万元/平方米之间。", "8000元", "2025-03-01",
         "written-city-housing-bureau: 8000元/平方米至1万元/平方米", value=None, low=8000, high=10000,
         unit="元/平方米", kind="money"),
    case("园区标准厂房租金为每月30元/平方米至45元/平方米。", "30元", "2025-03-01",
         "written-devzone-notice: 30元/平方米至45元/平方米", value=None, low=30, high=45, unit="元/平方米"),
    case("二手房成交均价为每平方米1.5万元至2万元。", "1.5万元", "2025-03-01",
         "written-finance-news: 每平方米1.5万元至2万元", value=None, low=15000, high=20000, unit="元/平方米"),
    case("铁路运价为8元/吨至9元/吨。", "8元", "2025-03-01",
         "written-provincial-transport: 8元/吨至9元/吨", value=None, low=8, high=9, unit="元/吨"),
    case("铁路运价为8元/吨至9元。", "8元", "2025-03-01",
         "written-provincial-transport: 8元/吨至9元 (another measure)", value=8, unit="元/吨"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RATE_RANGES)
def test_rate_ranges(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
