"""Session 9, round 2: numbers, kinds, changes and times (batch 12's museum, trade-in, Hong Kong
trade and pig-production pages).

Each error was named as a construction; each table holds the page's sentence with sentences
written in the styles of other kinds of site (statistics bulletins, provincial and county portals,
procurement notices, finance news, Hong Kong, Macau and Taiwan pages) and other wordings of the
same construction. Ids name the source: ``invented-<page>`` (a sentence of an invented page),
``written-<kind of site>`` (written here). Rows that still fail are strict xfails whose reason
names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import fact_case, run_fact, the_fact

# ---------------------------------------------------------------- a count in two measure words
# 4.87万件/套, 200台/套, 15台/套: a count's measure word, a slash and another measure word name what
# is counted two ways (items or sets): a count, not a rate; a measure word of whom or how often
# after the slash (3.2次/人, 1.5辆/户, 35个/家) or a unit (12张/千人, 5次/年) makes a rate (other).

TWO_MEASURE_WORDS = [
    case(
        "截至2022年底，馆藏文物及标本共计4.87万件/套，其中珍贵文物3216件/套。",
        "4.87万件/套",
        "2023-01-16",
        "invented-museum-annual-report: 馆藏文物及标本共计4.87万件/套",
        value=48700,
        unit="件/套",
        kind="count",
    ),
    case(
        "截至2022年底，馆藏文物及标本共计4.87万件/套，其中珍贵文物3216件/套。",
        "3216件/套",
        "2023-01-16",
        "invented-museum-annual-report: 其中珍贵文物3216件/套",
        value=3216,
        kind="count",
    ),
    case(
        "本次采购医疗设备共计126台/套，预算金额3860万元。",
        "126台/套",
        "2024-05-08",
        "written-procurement: 采购医疗设备共计126台/套",
        value=126,
        unit="台/套",
        kind="count",
    ),
    case(
        "全年新增农机具2.3万台（套），其中大中型拖拉机1200台/部。",
        "1200台/部",
        "2024-02-20",
        "written-county-agri: 大中型拖拉机1200台/部",
        kind="count",
    ),
    case(
        "全省公共图书馆馆藏图书1860万册/件，较上年增加5.2%。",
        "1860万册/件",
        "2024-03-12",
        "written-provincial-library: 馆藏图书1860万册/件",
        value=18600000,
        kind="count",
    ),
    case(
        "居民人均就诊3.2次/人，较上年增加0.3次。",
        "3.2次/人",
        "2024-03-12",
        "written-health-bulletin: 人均就诊3.2次/人 (how often per person: a rate)",
        kind="other",
    ),
    case(
        "全市每百户家庭拥有家用汽车1.5辆/户。",
        "1.5辆/户",
        "2024-03-12",
        "written-statistics: 1.5辆/户 (per household: a rate)",
        kind="other",
    ),
    case(
        "园区内企业平均设置岗位35个/家。",
        "35个/家",
        "2024-03-12",
        "written-devzone: 35个/家 (per enterprise: a rate)",
        kind="other",
    ),
    case(
        "每千人口医疗卫生机构床位数达到6.8张/千人。",
        "6.8张/千人",
        "2024-03-12",
        "written-health-plan: 6.8张/千人 (per thousand people: a rate)",
        kind="other",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TWO_MEASURE_WORDS)
def test_a_count_in_two_measure_words(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a mark passed: 突破
# 突破N (产值突破38亿元, 接待游客突破1.2亿人次, 總數突破2,700家): the qualifier more_than and no change
# word (GUIDE names only 增至, 降至, 达到 for "to"; the shared gold 027 reads 单产突破2000斤 so; most
# in-sample gold accepts "to" or none).

MARK_PASSED = [
    case(
        "2025年，全市“掌上办”事项突破900项，“一网通办”率达到92%。",
        "900项",
        "2026-01-10",
        "invented-gov-service-center: “掌上办”事项突破900项",
        change=None,
        qualifier="more_than",
    ),
    case(
        "力争到2025年底，全市高新技术企业有效期内总数突破2700家。",
        "2700家",
        "2024-11-20",
        "invented-kjj-hightech: 有效期内总数突破2700家",
        change=None,
        qualifier="more_than",
        status="planned",
    ),
    case(
        "2023年，市博物馆将力争全年接待观众突破100万人次。",
        "100万人次",
        "2023-01-16",
        "invented-museum-annual-report: 接待观众突破100万人次",
        change=None,
    ),
    case(
        "前三季度，全市外贸进出口总额首次突破千亿元大关。",
        "千亿元",
        "2024-10-25",
        "written-finance-news: 首次突破千亿元大关",
        change=None,
    ),
    case(
        "高雄捷運112年全年運量突破5,500萬人次，創通車以來新高。",
        "5,500萬人次",
        "2024-01-05",
        "written-tw-transit: 全年運量突破5,500萬人次",
        change=None,
        qualifier="more_than",
    ),
    case(
        "该县今年取得重大突破的项目12个，总投资86亿元。",
        "12个",
        "2024-12-05",
        "written-county-news: 取得重大突破的项目12个 (突破 a noun, no level reached)",
        change=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MARK_PASSED)
def test_a_mark_passed(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a list item's own verb
# 突破5000万人次、实现旅游总收入420亿元; 增长8%、完成投资12亿元: after a figure and 、, a word opens the
# next item of a list of targets with a verb of its own; the change word of the item before is not
# its change. Figures of one change (分别增长5%、8.1%和7%) share it.

LIST_ITEMS = [
    case(
        "力争全年接待游客突破5000万人次、实现旅游总收入420亿元。",
        "420亿元",
        "2024-05-06",
        "invented-culture-tourism-mayday: 突破5000万人次、实现旅游总收入420亿元",
        change=None,
    ),
    case(
        "全年营业收入增长8.2%、实现利润总额12.6亿元。",
        "12.6亿元",
        "2024-03-20",
        "written-soe-annual: 增长8.2%、实现利润总额12.6亿元",
        change=None,
    ),
    case(
        "前三季度，三次产业增加值分别增长3.1%、5.2%和6.4%。",
        "5.2%",
        "2024-10-20",
        "written-statistics: 分别增长3.1%、5.2%和6.4% (one change shared)",
        change="increase",
    ),
    case(
        "1-9月，全省进出口总额下降2.1%、一成以上企业订单减少。",
        "2.1%",
        "2024-10-20",
        "written-provincial: 下降2.1% (the item's own change)",
        change="decrease",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LIST_ITEMS)
def test_a_list_items_own_verb(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the same span of a named year
# 較二○二四年同月的3,745億元, 比2023年同期的3,900亿元: the period just named, moved to that year (as
# 去年同期 is), not the whole year; such a baseline is not the month a later 同月 names, nor the
# span a later 假期期间 refers to.

SAME_SPAN = [
    case(
        "二○二五年九月的商品整體出口貨值為4,312億元，較二○二四年同月的3,745億元上升15.1%。",
        "3,745億元",
        "2025-10-27",
        "invented-hk-censtatd-trade: 較二○二四年同月的3,745億元",
        time="2024-09-30",
        start="2024-09-01",
    ),
    case(
        "前三季度，全市进出口总额4,500亿元，比2024年同期的3,900亿元增长15.4%。",
        "3,900亿元",
        "2025-10-20",
        "written-customs: 比2024年同期的3,900亿元",
        time="2024-09-30",
        start="2024-01-01",
    ),
    case(
        "1-8月，全省规上工业企业实现利润1,280亿元，2023年同期为1,150亿元。",
        "1,150亿元",
        "2024-09-27",
        "written-provincial-stats: 2023年同期为1,150亿元",
        time="2023-08-31",
    ),
    case(
        "二○二五年九月的商品整體出口貨值為4,312億元，較二○二四年同月的3,745億元上升15.1%。"
        "同月的商品進口貨值為4,587億元。",
        "4,587億元",
        "2025-10-27",
        "invented-hk-censtatd-trade: 同月 after a baseline's 同月 (the month named first)",
        time="2025-09-30",
    ),
    case(
        "“五一”假期（5月1日至5日），全市接待游客320万人次，比2023年同期增长12%。"
        "假期期间，全市星级饭店平均客房入住率达78.6%。",
        "78.6%",
        "2024-05-06",
        "invented-culture-tourism-mayday: 假期期间 after 比2023年同期 (the holiday, not the baseline)",
        time="2024-05-05",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SAME_SPAN)
def test_the_same_span_of_a_named_year(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a year's own report
# 砺山市博物馆2022年度工作报告, 2023年度工作报告: a year and 年度 right before the report's word name the
# year the report is about (not the year a government work report is delivered in: 2024年政府工作报告
# reviews 2023): its figures with no time of their own are that year's, and its 上年 the year before.

MUSEUM = (
    "2022年，砺山市博物馆克服疫情等不利因素影响，全年累计接待观众86.4万人次。\n"
    "二、藏品保护与研究\n"
    "截至2022年底，馆藏文物及标本共计4.87万件/套。全年新征集入藏文物182件/套，"
    "藏品数字化率由上年的41.5%提升至66.3%。\n"
    "四、线上传播\n"
    "官方网站和微信公众号全年浏览量达523.8万次，较上年增长近三成；推出“云展览”16个，累计观看逾150万人次。"
)

YEARS_OWN_REPORT = [
    fact_case(
        MUSEUM,
        "41.5%",
        "2023-01-16",
        "invented-museum-annual-report: 由上年的41.5% (the year before the report's)",
        title="砺山市博物馆2022年度工作报告",
        time="2021-12-31",
    ),
    fact_case(
        MUSEUM,
        "16个",
        "2023-01-16",
        "invented-museum-annual-report: 推出“云展览”16个 (the report's year)",
        title="砺山市博物馆2022年度工作报告",
        time="2022-12-31",
    ),
    fact_case(
        MUSEUM,
        "150万人次",
        "2023-01-16",
        "invented-museum-annual-report: 累计观看逾150万人次 (the report's year)",
        title="砺山市博物馆2022年度工作报告",
        time="2022-12-31",
    ),
    fact_case(
        "数字资源总量达到486TB，较上年增长21.5%，自建特色数据库6个。",
        "6个",
        "2024-01-22",
        "written-library: 2023年度工作报告 (the report's year)",
        title="泓川市图书馆2023年度工作报告",
        time="2023-12-31",
    ),
    fact_case(
        "全年辦理案件1,286宗，較上年增加8.2%；上年辦結率為91.5%。",
        "91.5%",
        "2024-02-05",
        "written-macau-annual: 2023年度工作報告 (its 上年 is 2022)",
        title="廉政公署2023年度工作報告",
        time="2022-12-31",
    ),
    fact_case(
        "过去一年，全县地区生产总值完成218亿元，增长5.6%。",
        "218亿元",
        "2024-01-20",
        "written-county: 2024年政府工作报告 (delivered: its year dates no figure)",
        title="2024年东源县人民政府工作报告",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), YEARS_OWN_REPORT)
def test_a_years_own_report(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a note's norms
# （注：正常波动范围为正常保有量的92%—105%）, 注1：, 说明：, 備註：: a line that opens as a note defines
# the report's terms, norms and methods; a figure there with no time of its own takes none of the
# report's or the paragraph's, while a time in the note's sentence still dates it.

NOTE_LINES = [
    fact_case(
        "9月末，全省能繁母猪存栏为正常保有量的104.3%。\n"
        "（注：正常保有量为农业农村部下达我省的能繁母猪正常保有量目标，正常波动范围为正常保有量的92%—105%。）",
        "92%",
        "2025-10-20",
        "invented-pig-production: （注：…正常波动范围为正常保有量的92%—105%）",
        title="2025年9月份全省生猪生产情况",
        time=None,
    ),
    fact_case(
        "前三季度，全市规模以上工业增加值增长6.2%。\n"
        "说明：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
        "2000万元",
        "2025-10-20",
        "written-stats-bulletin: 说明：…年主营业务收入2000万元及以上",
        title="2025年前三季度全市经济运行情况",
        time=None,
    ),
    fact_case(
        "本季整體失業率為3.8%。\n備註：失業率的計算以15歲及以上人口為基礎。",
        "15歲",
        "2025-10-20",
        "written-hk-labour: 備註：…以15歲及以上人口為基礎",
        time=None,
    ),
    fact_case(
        "前三季度，全市规模以上工业增加值增长6.2%。\n注：2024年同期数据为11.2%。",
        "11.2%",
        "2025-10-20",
        "written-stats-bulletin: 注：2024年同期数据为11.2% (the note's own time)",
        title="2025年前三季度全市经济运行情况",
        time="2024-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), NOTE_LINES)
def test_a_notes_norms(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a plan's parallel time limit
# 力争…突破80亿元，补贴兑付周期压缩至7个工作日以内: a measure of time whose last word jieba tags a time
# word (周期, 时限) before a change to a new level goes on with the plan before it, as 企业开办时间压缩至
# 1个工作日 does.

PLANNED_LIMITS = [
    case(
        "下一步，市商务局将力争全年带动相关商品销售额突破80亿元，补贴兑付周期压缩至7个工作日以内。",
        "7个工作日",
        "2025-06-01",
        "invented-commerce-trade-in: 补贴兑付周期压缩至7个工作日以内",
        status="planned",
    ),
    case(
        "2025年，力争全省新增经营主体50万户，企业开办时间压缩至1个工作日。",
        "1个工作日",
        "2025-02-10",
        "written-provincial: 企业开办时间压缩至1个工作日",
        status="planned",
    ),
    case(
        "明年將力爭新增公共泊車位2,000個，平均輪候周期縮短至6個月。",
        "6個月",
        "2024-12-10",
        "written-macau: 平均輪候周期縮短至6個月",
        status="planned",
    ),
    case(
        "今年以来，全区新增经营主体1.2万户，审批周期压缩至3个工作日。",
        "3个工作日",
        "2025-06-10",
        "written-district-news: 审批周期压缩至3个工作日 (no plan before: done)",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PLANNED_LIMITS)
def test_a_plans_parallel_time_limit(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a bare degree after a comparison
# 較去年同期高5.8個百分點, 比全省低0.3个百分点, 比上年多3天: a comparison, its baseline and a bare
# adjective of degree (高 低 多 少 大 小) right before the figure state the difference from the
# baseline, a change; 高 with no comparison is a height or a cap (桥高2.3米, 最高补贴5000元).

COMPARED_DEGREES = [
    case(
        "截至十一月一日，全港水塘存水量為512.35百萬立方米，較去年同期高5.8個百分點。",
        "5.8個百分點",
        "2024-11-05",
        "invented-hk-wsd-reservoir: 較去年同期高5.8個百分點",
        change="increase",
    ),
    case(
        "8月末，各项贷款余额同比增长9.7%，增速比上月末低0.2个百分点。",
        "0.2个百分点",
        "2025-09-15",
        "written-pbc-branch: 增速比上月末低0.2个百分点",
        change="decrease",
    ),
    case(
        "全年全市降水日数128天，比常年多9天。",
        "9天",
        "2025-01-10",
        "written-climate-bulletin: 比常年多9天",
        change="increase",
    ),
    case(
        "一季度全县地区生产总值增长5.8%，增速比全市高0.6个百分点。",
        "0.6个百分点",
        "2025-04-25",
        "written-county-stats: 增速比全市高0.6个百分点",
        change="increase",
    ),
    case(
        "本月平均氣溫為攝氏24.1度，較正常低約1.2度。",
        "1.2度",
        "2025-04-02",
        "written-macau-weather: 較正常低約1.2度",
        change="decrease",
    ),
    case(
        "截至12月底，全市公共供水管网总长度达4186公里，比上年末新增213公里。",
        "213公里",
        "2024-02-01",
        "invented-water-supply: 比上年末新增213公里 (新增 after a comparison: the rise)",
        change="increase",
    ),
    case(
        "截至6月末，全区经营主体总量达12.6万户，较年初新增8,650户。",
        "8,650户",
        "2024-07-15",
        "written-district-market-regulation: 较年初新增8,650户",
        change="increase",
    ),
    case(
        "今年全市新增城镇就业1.2万人。",
        "1.2万人",
        "2024-07-15",
        "written-hrss: 新增城镇就业1.2万人 (no comparison: the count added, no change)",
        change=None,
    ),
    case(
        "新建人行桥净高2.3米，单个项目最高补贴5000元。",
        "5000元",
        "2025-04-02",
        "written-procurement: 最高补贴5000元 (no comparison: a cap)",
        change=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARED_DEGREES)
def test_a_bare_degree_after_a_comparison(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a change word in a noun's modifier
# 水质达到或优于Ⅲ类的断面13个, 实现增长的行业28个: a change word before 的 describes the noun the figure
# counts (as in 达到…的人数比例为93.2%); the figure, right after the noun, is its level, no change.

MODIFIED_NOUNS = [
    case(
        "全市14个国控断面中，水质达到或优于Ⅲ类的断面13个，占92.9%。",
        "13个",
        "2024-03-01",
        "invented-eco-env-bulletin: 水质达到或优于Ⅲ类的断面13个",
        change=None,
    ),
    case(
        "前三季度，全市35个工业大类行业中，实现增长的行业28个。",
        "28个",
        "2025-10-20",
        "written-stats-bulletin: 实现增长的行业28个",
        change=None,
    ),
    case(
        "全省空气质量达到优良的天数312天，比上年增加8天。",
        "312天",
        "2025-01-15",
        "written-provincial-env: 达到优良的天数312天",
        change=None,
    ),
    case(
        "营业收入增长至上年同期的两倍。",
        "两倍",
        "2025-01-15",
        "written-finance-news: 增长至上年同期的两倍 (the figure right after 的: the new level)",
        change="to",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MODIFIED_NOUNS)
def test_a_change_word_in_a_nouns_modifier(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a signed rate in brackets
# 內地（+19.4%）, 詐騙案件（-18.2%）: a rate with a written sign right after an opening bracket is the
# change of what the bracket follows, the sign its direction; a signed level or term in brackets
# (（-1.2℃）, （+2个月）) is no change.

SIGNED_IN_BRACKETS = [
    case(
        "其中輸往內地（+19.4%）、越南（+46.2%）及台灣（+38.1%）的升幅較為顯著。",
        "19.4%",
        "2025-10-27",
        "invented-hk-censtatd-trade: 內地（+19.4%）",
        change="increase",
    ),
    case(
        "各類詐騙案件中，假投資詐騙2,603件（-18.2%），假網拍詐騙2,488件（+3.1%）。",
        "18.2%",
        "2025-08-10",
        "written-tw-police: 2,603件（-18.2%）",
        change="decrease",
    ),
    case(
        "恒生指数收报19,500点(+1.2%)，成交额1,200亿港元。",
        "1.2%",
        "2025-08-10",
        "written-finance-news: 19,500点(+1.2%)",
        change="increase",
    ),
    case(
        "全市最低气温出现在北部山区（-1.2℃）。",
        "1.2℃",
        "2025-01-10",
        "written-climate-bulletin: （-1.2℃） (a signed level: no change)",
        change=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SIGNED_IN_BRACKETS)
def test_a_signed_rate_in_brackets(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a note in brackets; verb + 为; 減幅
# 签约率达到61.5%（按辖区常住人口3.48万人计算）: a figure in a bracket still open before it takes no change
# word from outside the note (its own inside still counts: （減幅8.31%）, 减幅 joining 降幅 and 跌幅).
# 由現行的9處擴充為12處, 失业率下降为5.1%: a change verb and 为 set the new level (change to), and the
# old level before it is the current one, reported.

BRACKETED_AND_SET = [
    case(
        "常住人口签约率达到61.5%（按辖区常住人口3.48万人计算），较去年同期提高5.2个百分点。",
        "3.48万人",
        "2023-05-10",
        "invented-township-family-doctor: （按辖区常住人口3.48万人计算）",
        change=None,
    ),
    case(
        "全年贷款余额增长12.1%（扣除一次性因素后为10.3%）。",
        "10.3%",
        "2024-01-20",
        "written-pbc-branch: （扣除一次性因素后为10.3%）",
        change=None,
    ),
    case(
        "113年結婚對數為12萬3,875對，較112年減少1萬1,226對（減幅8.31%）。",
        "8.31%",
        "2025-01-20",
        "invented-tw-moi-population: （減幅8.31%）",
        change="decrease",
    ),
    case(
        "縣府規劃明年將失智症社區服務據點由現行的9處擴充為12處。",
        "12處",
        "2024-03-15",
        "invented-tw-chiayi-ltc: 擴充為12處",
        change="to",
        status="planned",
    ),
    case(
        "縣府規劃明年將失智症社區服務據點由現行的9處擴充為12處。",
        "9處",
        "2024-03-15",
        "invented-tw-chiayi-ltc: 由現行的9處 (the current level, reported)",
        status="reported",
    ),
    case(
        "二季度末，全市城镇调查失业率下降为5.1%。",
        "5.1%",
        "2024-07-20",
        "written-city-stats: 失业率下降为5.1%",
        change="to",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), BRACKETED_AND_SET)
def test_a_bracketed_note_and_a_level_set(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a cycle measured, not a term set
# 去化周期为14.2个月, 平均回款周期为38天: 周期 names a length measured at the time of its sentence, not
# a term a rule or a contract sets (还款期为8年, 合同期限为三年: no time but their clause's).

MEASURED_CYCLES = [
    case(
        "截至5月末，全市新建商品住宅可售面积为612.4万平方米，去化周期为14.2个月。",
        "14.2个月",
        "2025-06-10",
        "invented-housing-market-monthly: 截至5月末，…去化周期为14.2个月",
        time="2025-05-31",
    ),
    case(
        "上半年，全县规上工业企业应收账款平均回收周期为52.3天，比上年同期缩短3.1天。",
        "52.3天",
        "2025-07-20",
        "written-county-stats: 上半年，…平均回收周期为52.3天",
        time="2025-06-30",
    ),
    case(
        "截至9月末，二手住宅挂牌周期为5.6个月。",
        "5.6个月",
        "2025-10-10",
        "written-finance-news: 截至9月末，二手住宅挂牌周期为5.6个月",
        time="2025-09-30",
    ),
    case(
        "2024年，该行推出创业担保贷款，贷款期限为3年。",
        "3年",
        "2024-05-10",
        "written-bank-notice: 贷款期限为3年 (a term set: the opening year does not date it)",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURED_CYCLES)
def test_a_cycle_measured(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a share before the level it is of
# 恢復至二○一八年同期約八成的水平, 恢复到2019年同期85%的水平: after a share lead, a time, then the share
# and 的水平: the time dates the level the share is of, not the figure (as 恢复至2019年同期的88.4% does).

SHARE_THEN_LEVEL = [
    case(
        "今年首十個月訪港旅客約4,080萬人次，恢復至二○一八年同期約八成的水平。",
        "八成",
        "2025-11-15",
        "invented-hk-tourism-arrivals: 恢復至二○一八年同期約八成的水平",
        time="2025-10-31",
    ),
    case(
        "一季度，全市接待游客1200万人次，恢复到2019年同期85%的水平。",
        "85%",
        "2025-04-20",
        "written-city-tourism: 恢复到2019年同期85%的水平",
        time="2025-03-31",
    ),
    case(
        "前三季度，全省航空旅客吞吐量恢复至2019年同期的1.1倍水平。",
        "1.1倍",
        "2025-10-20",
        "written-provincial-transport: 恢复至2019年同期的1.1倍水平 (的 before the figure)",
        time="2025-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SHARE_THEN_LEVEL)
def test_a_share_before_the_level_it_is_of(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- an adverb before a bare count's verb
# 外地僱員出入境人次則為211.7萬, 求诊人次亦为6,120, 投诉宗数均为812: a noun ending in its measure, an
# adverb (则 也 亦 均 都 仍) and the verb: the bare number after it counts in that measure.

ADVERB_BEFORE_THE_VERB = [
    case(
        "黃金周期間，經各口岸出入境旅客共478.5萬人次；其中外地僱員出入境人次則為211.7萬。",
        "211.7萬",
        "2025-10-09",
        "invented-mo-psp-golden-week: 外地僱員出入境人次則為211.7萬",
        value=2117000,
        unit="人次",
    ),
    case(
        "全年门急诊人次为32.5万，其中夜间门诊求诊人次亦为6,120。",
        "6,120",
        "2025-01-09",
        "written-county-hospital: 求诊人次亦为6,120",
        unit="人次",
    ),
    case(
        "两个季度受理的投诉宗数均为812。",
        "812",
        "2025-01-09",
        "written-consumer-council: 投诉宗数均为812",
        unit="宗",
    ),
    case(
        "二○二四年底，本澳總人口則為68.4萬。",
        "68.4萬",
        "2025-01-09",
        "written-macau-dsec: 總人口則為68.4萬 (no measure in the noun: a count, unit null)",
        value=684000,
        unit=None,
        kind="count",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ADVERB_BEFORE_THE_VERB)
def test_an_adverb_before_a_bare_counts_verb(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)
