"""Session 9: numbers and compound units (batch 11's energy, library and Macau health pages).

Each error was named as a construction; each table holds the page's sentence with sentences
written in the styles of other kinds of site (statistics bulletins, provincial and county portals,
procurement notices, finance news, Hong Kong, Macau and Taiwan pages) and other wordings of the
same construction. Ids name the source: ``invented-<page>`` (a sentence of an invented page),
``written-<kind of site>`` (written here), ``corpus-NNN`` (a sentence of a corpus page). Rows that
still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, no_fact_case, overlapping, the_fact

# ---------------------------------------------------------------- energy as coal or oil equivalent
# 吨标准煤, 千克标准煤, 克标准煤, 吨标煤, 吨油当量, tce, kgce: an amount of energy (kind energy) whose
# unit is the whole word, not 千克 with 标准煤 taken for the subject; a denominator after it (/平方米,
# /人, /万元, /千瓦时) makes a compound unit of kind other, as any per-unit unit.

ENERGY = [
    case(
        "2021年，全市纳入统计的1836家公共机构能源消费总量为21.47万吨标准煤，比上年下降2.6%。",
        "21.47万吨标准煤",
        "2022-03-15",
        "invented-public-institution-energy: 能源消费总量为21.47万吨标准煤",
        value=214700,
        unit="吨标准煤",
        kind="energy",
    ),
    case(
        "单位建筑面积能耗15.82千克标准煤/平方米，人均综合能耗287.6千克标准煤/人。",
        "15.82",
        "2022-03-15",
        "invented-public-institution-energy: 单位建筑面积能耗15.82千克标准煤/平方米",
        value=15.82,
        unit="千克标准煤/平方米",
        kind="other",
        subject="单位建筑面积能耗",
    ),
    case(
        "单位建筑面积能耗15.82千克标准煤/平方米，人均综合能耗287.6千克标准煤/人。",
        "287.6",
        "2022-03-15",
        "invented-public-institution-energy: 人均综合能耗287.6千克标准煤/人",
        value=287.6,
        unit="千克标准煤/人",
        kind="other",
        subject="人均综合能耗",
    ),
    case(
        "全省单位地区生产总值能耗为0.42吨标准煤/万元，比上年下降3.2%。",
        "0.42",
        "2024-03-01",
        "written-provincial-bulletin: 单位地区生产总值能耗0.42吨标准煤/万元",
        value=0.42,
        unit="吨标准煤/万元",
        kind="other",
    ),
    case(
        "全年火电机组平均供电煤耗295克标准煤/千瓦时，同比下降2克。",
        "295",
        "2024-02-10",
        "written-energy-bureau: 供电煤耗295克标准煤/千瓦时 (a denominator that opens with 千)",
        value=295,
        unit="克标准煤/千瓦时",
        kind="other",
    ),
    case(
        "项目建成后年可节约标煤1.2万吨，年节能量折合3.6万吨标煤。",
        "3.6万吨标煤",
        "2023-08-01",
        "written-county-news: 折合3.6万吨标煤",
        value=36000,
        unit="吨标煤",
        kind="energy",
    ),
    case(
        "该企业年综合能源消费量约4.8万吨油当量，同比增长1.5%。",
        "4.8万吨油当量",
        "2023-06-20",
        "written-finance-news: 4.8万吨油当量",
        value=48000,
        unit="吨油当量",
        kind="energy",
        qualifier="approx",
    ),
    case(
        "本项目年综合能耗为5230tce，单位产品能耗1250kgce/t。",
        "5230tce",
        "2024-05-10",
        "written-procurement-energy-review: 年综合能耗为5230tce",
        value=5230,
        unit="tce",
        kind="energy",
    ),
    case(
        "本项目年综合能耗为5230tce，单位产品能耗1250kgce/t。",
        "1250kgce/t",
        "2024-05-10",
        "written-procurement-energy-review: 单位产品能耗1250kgce/t",
        value=1250,
        unit="kgce/t",
        kind="other",
    ),
    case(
        "2022年全市能源消費總量為856.3萬噸標準煤，較上年增長2.1%。",
        "856.3萬噸標準煤",
        "2023-04-12",
        "written-traditional-bulletin: 能源消費總量為856.3萬噸標準煤",
        value=8563000,
        unit="噸標準煤",
        kind="energy",
    ),
    case(
        "“十四五”期间，公共机构能源消费总量控制在23万吨标准煤以内。",
        "23万吨标准煤",
        "2022-03-15",
        "invented-public-institution-energy: 控制在23万吨标准煤以内",
        value=230000,
        unit="吨标准煤",
        kind="energy",
        qualifier="at_most",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ENERGY)
def test_energy_equivalents(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a measure word and 次
# A measure word and 次 counts things times occasions (册次, 人次, 艘次, 架次, 车次, 户次, 家次, 本次):
# the whole word is the unit, listed or not; not where 次 opens a word of its own (3个次要问题).

TIMES_COUNTED = [
    case(
        "全年接待读者86.3万人次，外借图书92.5万册次，日均借阅2534册次。",
        "92.5万册次",
        "2024-01-20",
        "invented-library: 外借图书92.5万册次",
        value=925000,
        unit="册次",
        kind="count",
    ),
    case(
        "全年接待读者86.3万人次，外借图书92.5万册次，日均借阅2534册次。",
        "2534册次",
        "2024-01-20",
        "invented-library: 日均借阅2534册次",
        value=2534,
        unit="册次",
        kind="count",
    ),
    case(
        "1月份辖区进出港船舶1.26万艘次，同比增长4.2%。",
        "1.26万艘次",
        "2025-02-10",
        "written-maritime-monthly: 进出港船舶1.26万艘次",
        value=12600,
        unit="艘次",
    ),
    case(
        "机场全年保障航班起降3.4万架次，旅客吞吐量412万人次。",
        "3.4万架次",
        "2024-01-08",
        "written-airport-news: 航班起降3.4万架次",
        value=34000,
        unit="架次",
    ),
    case(
        "春运期间共开行旅客列车1260车次，发送旅客85万人次。",
        "1260车次",
        "2024-03-05",
        "written-railway-bureau: 开行旅客列车1260车次",
        value=1260,
        unit="车次",
    ),
    case(
        "今年以来，全县干部走访困难群众3650户次，发放慰问金126万元。",
        "3650户次",
        "2024-06-30",
        "written-county-news: 走访困难群众3650户次",
        value=3650,
        unit="户次",
    ),
    case(
        "全年向基层图书室配送图书5600本次，开展流动服务48场次。",
        "5600本次",
        "2024-01-15",
        "written-culture-bureau: 配送图书5600本次 (a measure with 次 in no list)",
        value=5600,
        unit="本次",
    ),
    case(
        "本年度共出動消防車輛2.1萬輛次，救援人員8.6萬人次。",
        "2.1萬輛次",
        "2025-01-20",
        "written-hk-fsd: 出動消防車輛2.1萬輛次",
        value=21000,
        unit="輛次",
    ),
    case(
        "会议梳理出3个次要问题和5个主要问题。",
        "3个",
        "2024-04-01",
        "written-county-portal: 3个次要问题 (次 opens a word: the unit stays 个)",
        value=3,
        unit="个",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIMES_COUNTED)
def test_a_measure_and_times(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a unit written before the number
# A number with no unit after it that ends its clause (or opens a bracket) after 为/达 takes the
# measure its noun ends with: a measure and 次 as a whole (求诊人次 -> 人次, 借阅册次 -> 册次), a
# measure word and 数 as the measure word (户数 -> 户, 宗数 -> 宗). A label that names its unit in
# brackets before 为 (合同金额（万元）为356.2) gives it as a table header does, scale and all.

UNIT_BEFORE = [
    case(
        "全年急診求診人次為36.2萬，按年上升1.5%。",
        "36.2萬",
        "2026-02-10",
        "invented-mo-ssm-health: 急診求診人次為36.2萬",
        value=362000,
        unit="人次",
        kind="count",
        subject=["急診求診人次", "求診人次"],
    ),
    case(
        "住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.87萬",
        "2026-02-10",
        "invented-mo-ssm-health: 住院人次為5.87萬（ (a bracket ends the figure)",
        value=58700,
        unit="人次",
        subject=["住院人次"],
    ),
    case(
        "地铁全线网日均客流量人次为356万，同比增长6.3%。",
        "356万",
        "2024-02-01",
        "written-metro-news: 日均客流量人次为356万",
        value=3560000,
        unit="人次",
    ),
    case(
        "全年图书外借册次为56.3万，较上年增长8.1%。",
        "56.3万",
        "2024-01-20",
        "written-library-report: 图书外借册次为56.3万 (a measure with 次 in no list)",
        value=563000,
        unit="册次",
    ),
    case(
        "年末全县户籍户数为125,634，户籍人口38.2万人。",
        "125,634",
        "2026-03-10",
        "written-bulletin: 年末全县户籍户数为125,634",
        value=125634,
        unit="户",
    ),
    case(
        "截至6月底，全市受理消费投诉宗数为812，办结率98.6%。",
        "812",
        "2025-07-10",
        "written-market-regulation: 受理消费投诉宗数为812",
        value=812,
        unit="宗",
    ),
    case(
        "本次采购合同金额（万元）为356.2，供应商为某某科技有限公司。",
        "356.2",
        "2024-09-12",
        "written-procurement: 合同金额（万元）为356.2",
        value=3562000,
        unit="元",
        kind="money",
    ),
    case(
        "全年供水总量（万立方米）為12,680，較上年增加3.2%。",
        "12,680",
        "2025-03-01",
        "written-mo-water-report: 供水總量（萬立方米）為12,680",
        value=126800000,
        unit="立方米",
        kind="volume",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), UNIT_BEFORE)
def test_a_unit_before_the_number(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- an earlier value in brackets
# A bare number closing a bracket that opens with a period's label (（二○二四年：5.62萬）, （上年：
# 4.8亿）, （去年同期：80.1）) is the earlier value of the figure right before the bracket: it takes
# that figure's unit and kind where both write the same scale (5.2万元（上年：4.8） is left alone).

EARLIER_VALUE = [
    case(
        "住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。",
        "5.62萬",
        "2026-02-10",
        "invented-mo-ssm-health: （二○二四年：5.62萬）",
        value=56200,
        unit="人次",
        kind="count",
        time="2024-12-31",
    ),
    case(
        "全年实现营业收入5.2亿元（上年：4.8亿），同比增长8.3%。",
        "4.8亿",
        "2024-03-28",
        "written-finance-news: 营业收入5.2亿元（上年：4.8亿）",
        value=480000000,
        unit="元",
        kind="money",
    ),
    case(
        "病床使用率為82.4%（去年同期：80.1），平均住院日數為7.9日。",
        "80.1",
        "2025-08-10",
        "written-mo-health: 病床使用率為82.4%（去年同期：80.1）",
        value=80.1,
        unit="%",
        kind="percent",
    ),
    case(
        "全年发生火灾1,215起（2023年：1,306），同比下降7.0%。",
        "1,306",
        "2024-01-20",
        "written-emergency-bureau: 发生火灾1,215起（2023年：1,306）",
        value=1306,
        unit="起",
        kind="count",
        time="2023-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), EARLIER_VALUE)
def test_an_earlier_value_in_brackets(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


def test_a_different_scale_in_brackets_is_left_alone() -> None:
    """5.2万元（上年：4.8）: the earlier value writes no 万, so it is not read as 4.8 元."""
    text = "全年实现利润5.2万元（上年：4.8），同比增长8.3%。"
    got = [f for f in overlapping(facts_of(text, "2024-03-28"), text, "4.8）") if f.unit == "元"]
    assert got == []


# ---------------------------------------------------------------- places counted after a place word
# A number with an address unit (座, 栋, 组) after a place word (区, 园, 村) counts places where its
# clause states a part of a total (其中) or has a verb of having or building (现有, 新建, 辖区), with no
# locative (位于, 在, 住); otherwise it numbers a block or a group of an address (河东村6组).

PLACES_COUNTED = [
    case(
        "全市现有城镇污水处理厂14座（其中中心城区6座），设计处理能力合计86.5万立方米/日。",
        "6座",
        "2024-02-20",
        "invented-city-water-supply: （其中中心城区6座）",
        value=6,
        unit="座",
        kind="count",
    ),
    case(
        "计划出动执法人员不少于600人次，对辖区12座渡口开展全覆盖检查。",
        "12座",
        "2025-02-10",
        "invented-msa-maritime: 对辖区12座渡口",
        value=12,
        unit="座",
        subject="渡口",
    ),
    case(
        "今年全县新建口袋公园12座，改造提升街头游园8处。",
        "12座",
        "2024-05-10",
        "written-county-news: 新建口袋公园12座",
        value=12,
        unit="座",
    ),
    case(
        "全镇辖区内共有水库5座、山塘32口。",
        "5座",
        "2024-06-01",
        "written-township-portal: 辖区内共有水库5座",
        value=5,
        unit="座",
    ),
    case(
        "園區內現有標準廠房18棟，入駐企業56家。",
        "18棟",
        "2025-03-01",
        "written-tw-industrial-park: 園區內現有標準廠房18棟",
        value=18,
        unit="棟",
    ),
]

ADDRESSES = [
    no_fact_case(
        "河东村6组村民张某反映道路积水。", "6组", "written-letters-page: 河东村6组村民 (an address)"
    ),
    no_fact_case("受灾群众已安置在阳光花园3栋。", "3栋", "written-county-news: 安置在阳光花园3栋"),
    no_fact_case(
        "承德发金商贸有限公司\t河北省围场县围场镇河东村6组",
        "6组",
        "corpus-012: a company's address in a table (有限公司 has no verb of having)",
    ),
    no_fact_case("住所位于城北新区2栋。", "2栋", "written-procurement: 住所位于城北新区2栋"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLACES_COUNTED)
def test_places_counted_after_a_place_word(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), ADDRESSES)
def test_an_address_is_no_figure(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2024-01-01"), text, needle) == []


# ---------------------------------------------------------------- a variant's or a model's name
# A number right after Latin letters and a dot (JN.1, XBB.1.5, No.5) is part of a name, as one glued
# to letters is (5G, H7N9): 單 of 單價疫苗 counted nothing.

NAMES = [
    no_fact_case("新冠疫苗（JN.1單價疫苗）同步開放接種。", "1單", "invented-tw-miaoli-health: JN.1單價疫苗"),
    no_fact_case("今冬使用XBB.1.5单价疫苗。", "1.5单", "written-cdc-notice: XBB.1.5单价疫苗"),
    no_fact_case("No.3号展馆将于下月开放。", "3号", "written-expo-news: No.3号展馆"),
]


@pytest.mark.parametrize(("text", "needle"), NAMES)
def test_a_number_in_a_name(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2024-01-01"), text, needle) == []


# ---------------------------------------------------------------- a time limit after an event
# N年内 right after an event's 后 (登记后3年内, 簽約後兩年內) is a time limit, a duration at most, as
# 收件后十五个工作日内 is; 今后, 此后 and a year's 后 (2020年后3年内) open windows or times.

TIME_LIMITS = [
    case(
        "約百分之三十一在登記後三年內獲首次配房。",
        "三年",
        "2024-02-15",
        "invented-hk-housing: 在登記後三年內獲首次配房",
        value=3,
        unit="年",
        kind="duration",
        qualifier="at_most",
    ),
    case(
        "企业应在取得施工许可后2年内开工建设。",
        "2年",
        "2023-09-01",
        "written-land-transfer-notice: 取得施工许可后2年内",
        value=2,
        unit="年",
        kind="duration",
    ),
    case(
        "项目签约后两年内建成投产。",
        "两年",
        "2024-04-18",
        "written-investment-news: 签约后两年内建成投产",
        value=2,
        unit="年",
    ),
]

NOT_LIMITS = [
    no_fact_case("今后三年内，全市将新建学校20所。", "三年", "written-city-portal: 今后三年内 (a window)"),
    no_fact_case("此后3年内不得再次申请。", "3年", "written-procurement: 此后3年内 (a window)"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIME_LIMITS)
def test_a_time_limit_after_an_event(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NOT_LIMITS)
def test_a_window_is_no_limit(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2024-01-01"), text, needle) == []


# ---------------------------------------------------------------- a digit group's comma
# A comma between digit groups (8,937) starts no label line, and a colon inside an open bracket
# labels the bracket's content (（二○二四年：9,215宗）), not the line: the earlier value is of what
# the figure before the bracket counts.

DIGIT_GROUPS = [
    case(
        "全年發生火警8,937宗（二○二四年：9,215宗），按年下跌3.0%。",
        "9,215宗",
        "2026-01-14",
        "invented-hk-fsd: 8,937宗（二○二四年：9,215宗）",
        value=9215,
        subject=["火警"],
        time="2024-12-31",
    ),
    case(
        "全年发生火灾1,215起（2023年：1,306起），同比下降7.0%。",
        "1,306起",
        "2024-01-20",
        "written-emergency-bureau: 1,215起（2023年：1,306起）",
        value=1306,
        subject=["火灾"],
    ),
    case(
        "全年发生火灾1,215起（2023年：1,306起），同比下降7.0%。",
        "7.0%",
        "2024-01-20",
        "written-emergency-bureau: the change after the bracket",
        subject=["火灾"],
    ),
    case(
        "本年度旅客入境人次達34,512,608（上年度：28,105,233），按年上升22.8%。",
        "28,105,233",
        "2025-04-10",
        "written-hk-immigration: 34,512,608（上年度：28,105,233）",
        value=28105233,
        subject=["旅客入境人次", "入境人次"],
    ),
    case(
        "中标价（元）：1,234,567.00",
        "1,234,567.00",
        "2024-06-01",
        "written-procurement: a label that closes its bracket is still a label",
        value=1234567,
        subject="中标价",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), DIGIT_GROUPS)
def test_a_digit_groups_comma(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a span summed up with 共
# 共 or 共计 before N日, N天 or N年 sums up a length of time (以八月份共31日計算, 全程共计三年): a
# duration, as after 为期 or 历时, also where the number could be a day of the month.

SUMMED_SPANS = [
    case(
        "以八月份共31日計算，每日平均毛收入約6.21億澳門元。",
        "31日",
        "2024-09-01",
        "invented-mo-dicj-gaming: 以八月份共31日計算",
        value=31,
        unit="日",
        kind="duration",
    ),
    case(
        "本期培训共计两天，参训人员120名。",
        "两天",
        "2024-05-12",
        "written-county-hrss: 本期培训共计两天",
        value=2,
        unit="天",
        kind="duration",
    ),
    case(
        "五月份共31日，其中降雨日數為14日。",
        "31日",
        "2025-06-03",
        "written-hk-observatory: 五月份共31日",
        value=31,
        unit="日",
        kind="duration",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SUMMED_SPANS)
def test_a_span_summed_up(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
