"""Times and statuses on session 7's held-out invented pages (in-sample since session 8), by
construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written here in the style of other kinds of site (``written-<kind
of site>``) and other wordings, simplified and traditional, so that the rule catches the family,
not the page's sentence. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, fact_case, known_miss, the_fact
from factcase import dated_case as case


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a year of the Republic of China
# era before an abbreviation in capitals (114年CPI年增率, 113年GDP成長率) is a time, as it is before
# a Chinese noun on a page in traditional script; a year of the founding (建校112年來) stays none
ROC_YEAR_BEFORE_CAPITALS = [
    case(
        "另據本總處2月下旬之預測，114年CPI年增率為1.89%，全年物價漲幅可望維持在2%以下之溫和水準。",
        "1.89%",
        "2025-03-10",
        "invented-tw-dgbas-cpi: the forecast's year, not the day it was made",
        time="2025-12-31",
        status="planned",
    ),
    case(
        "主計總處8月中旬預測，113年GDP成長率為3.9%。",
        "3.9%",
        "2024-09-10",
        "written-tw-statistics: 113年GDP before the figure, 8月中旬 the day of the forecast",
        time="2024-12-31",
        status="planned",
    ),
    case(
        "交通局表示，112年YouBike使用量達1,850萬人次，較上年成長12%。",
        "1,850萬",
        "2024-02-10",
        "written-tw-city: 112年 before a brand name in capitals",
        time="2023-12-31",
    ),
    case(
        "本府統計，113年PM2.5年平均濃度為每立方公尺13.2微克。",
        "13.2微克",
        "2024-03-10",
        "written-tw-county-environment: 113年 before PM2.5",
        time="2024-12-31",
    ),
    case(
        "該校建校112年來培育人才逾十萬人。",
        "十萬",
        "2024-03-10",
        "written-tw-school: 建校112年來 is an age, no year (as before)",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), ROC_YEAR_BEFORE_CAPITALS)
def test_roc_year_before_capitals(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- the level compared with names its
# own time: a comparison word, a time and 的 or 之 right before the figure (較1月之2.32%, 低于9月的
# 0.6%) date the figure by that time, not by the sentence's
COMPARED_LEVEL = [
    case(
        "114年2月消費者物價指數(CPI)為108.95，較上年同月漲1.58%，因春節落點差異，漲幅較1月之2.32%回降。",
        "2.32%",
        "2025-03-10",
        "invented-tw-dgbas-cpi: 較1月之 in a later clause",
        time="2025-01-31",
    ),
    case(
        "今年1至9月本澳失業率為1.8%，較去年同期之2.3%下跌。",
        "2.3%",
        "2024-10-30",
        "written-mo-statistics: 較去年同期之, the period a year before",
        time="2023-09-30",
    ),
    case(
        "本月出口金額年增12.5%，增幅較上月之8.2%擴大。",
        "8.2%",
        "2024-10-09",
        "written-tw-finance-news: 較上月之",
        time="2024-09-30",
    ),
    case(
        "113年第3季經濟成長率為4.17%，低於第2季之5.06%。",
        "5.06%",
        "2024-11-29",
        "written-tw-statistics: 低於第2季之 (as before)",
        time="2024-06-30",
    ),
    case(
        "10月份全省CPI同比上涨0.3%，涨幅低于9月的0.6%。",
        "0.6%",
        "2024-11-15",
        "written-provincial-bulletin: 低于9月的 (as before)",
        time="2024-09-30",
    ),
    case(
        "本月规模以上工业增加值增长6.1%，较8月的4.5%回升。",
        "4.5%",
        "2024-10-15",
        "written-county-news: 较8月的 (as before)",
        time="2024-08-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARED_LEVEL)
def test_compared_level(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- 去年同期 after an as-of time:
# the same day a year before (截至10月…，去年同期… is as of last October), not last year whole
SAME_PERIOD_AFTER_AS_OF = [
    case(
        "綜合上述收支，特區政府截至10月的財政結餘為125.8億澳門元，而去年同期則錄得赤字28.7億澳門元。",
        "28.7億",
        "2024-11-20",
        "invented-mo-dsf-public-finance: 截至10月…去年同期",
        time="2023-10-31",
    ),
    case(
        "截至9月末，全市住户存款余额达1.2万亿元，去年同期为1.05万亿元。",
        "1.05万亿",
        "2024-10-20",
        "written-finance-news: a balance at a month's end",
        time="2023-09-30",
    ),
    case(
        "截至今年6月底，全省新能源汽车保有量达到86.5万辆，去年同期为61.2万辆。",
        "61.2万",
        "2024-07-20",
        "written-provincial-portal: a stock at the half year",
        time="2023-06-30",
    ),
    case(
        "截至二零二四年第三季末，本港持牌旅行代理商共1,810間，而去年同期則有1,760間。",
        "1,760",
        "2024-11-10",
        "written-hk-release: 第三季末 in Chinese numerals",
        time="2023-09-30",
    ),
    case(
        "今年1至9月，全区实现地区生产总值312亿元，去年同期为296亿元。",
        "296亿",
        "2024-10-20",
        "written-county-bulletin: after a period, the period moved (as before)",
        time="2023-09-30",
    ),
    case(
        "截至11月底，今年全县累计接待游客320万人次，上年同期接待游客285万人次。",
        "285万",
        "2024-12-10",
        "written-county-news: 今年 inside the as-of clause is named last",
        marks=known_miss("同期 refers to the time named last (今年), not to the as-of span that holds it"),
        time="2023-11-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SAME_PERIOD_AFTER_AS_OF)
def test_same_period_after_as_of(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a plan noun right before a short
# bracket (…計劃（PIDDA）, …计划(第二期)) ends a programme's name: it plans nothing
PROGRAMME_BEFORE_BRACKET = [
    case(
        "當中，投資與發展開支計劃（PIDDA）執行金額為98.6億澳門元，執行率為52.4%。",
        "98.6億",
        "2024-11-20",
        "invented-mo-dsf-public-finance: 計劃（PIDDA）執行金額",
        status="reported",
    ),
    case(
        "當中，投資與發展開支計劃（PIDDA）執行金額為98.6億澳門元，執行率為52.4%。",
        "52.4%",
        "2024-11-20",
        "invented-mo-dsf-public-finance: the rate in the next clause",
        status="reported",
    ),
    case(
        "2024年公共建设计划（PWP）执行率达91.3%，较上年提高2.1个百分点。",
        "91.3%",
        "2024-12-20",
        "written-provincial-finance: 计划（PWP）",
        status="reported",
    ),
    case(
        "社会住宅兴办计划(第二期)完成户数1,250户。",
        "1,250",
        "2024-12-20",
        "written-tw-housing: an edition in half-width brackets",
        status="reported",
    ),
    case(
        "全市计划新建学校10所。",
        "10所",
        "2024-03-20",
        "written-county-news: 计划 before a verb still plans (as before)",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PROGRAMME_BEFORE_BRACKET)
def test_programme_before_bracket(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a modal before a target verb or a
# copula (可達, 可望達到, 能达到, 将达) in a clause after a forecast goes on with the forecast, as the
# verb alone does, even when the sentence opens with who speaks (財政局表示，預計…，…可達…)
MODAL_AFTER_FORECAST = [
    case(
        "財政局表示，隨著旅遊博彩業持續復甦，預計全年博彩直接稅收入約為830億澳門元，預算執行率可達百分之一百零三。",
        "一百零三",
        "2024-11-20",
        "invented-mo-dsf-public-finance: 可達 after 預計",
        status="planned",
    ),
    case(
        "市财政局介绍，预计全年一般公共预算收入约为85亿元，预算完成率可达102%。",
        "102%",
        "2024-11-20",
        "written-municipal-finance: 可达 after 预计",
        status="planned",
    ),
    case(
        "县农业农村局称，预计今年粮食总产约52亿斤，单产能达到每亩480公斤。",
        "480公斤",
        "2024-09-20",
        "written-county-agriculture: 能达到",
        status="planned",
    ),
    case(
        "旅遊局表示，預計十一黃金周訪澳旅客約80萬人次，酒店入住率可達九成。",
        "九成",
        "2024-09-20",
        "written-mo-tourism: 可達 before a share in 成",
        status="planned",
    ),
    case(
        "該公司表示，預估全年營收約新臺幣120億元，毛利率可望達到35%。",
        "35%",
        "2024-03-20",
        "written-tw-finance-news: 可望 is a plan word itself (as before)",
        status="planned",
    ),
    case(
        "去年全市粮食总产52亿斤，单产可达每亩480公斤。",
        "480公斤",
        "2024-09-20",
        "written-county-news: 可达 with no forecast before it reports (as before)",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MODAL_AFTER_FORECAST)
def test_modal_after_forecast(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a clause opened by 其中 after a
# planned figure gives a part of it: planned too (預估受惠達42萬人次，其中…約占三成五); after a
# reported figure reported, and a part that says 已 is what was done
PART_OF_A_PLAN = [
    case(
        "預計今年訪澳旅客約3,500萬人次，當中上半年已錄得1,680萬人次。",
        "1,680萬",
        "2024-08-20",
        "written-mo-tourism: 已錄得 after a forecast opening the sentence",
        status="reported",
    ),
    case(
        "预计今年全市粮食总产量可达52亿斤，目前夏粮已收获18亿斤。",
        "18亿",
        "2024-07-20",
        "written-county-agriculture: 目前…已收获 after a forecast",
        status="reported",
    ),
    case(
        "预计今天夜间到明天白天，全市大部地区降雨量30～50毫米。",
        "30～50毫米",
        "2024-07-20",
        "written-weather-bureau: a forecast opening the sentence plans its clauses (as before)",
        status="planned",
    ),
    case(
        "114年度市府編列育兒津貼預算新臺幣25.6億元，預估受惠達42萬人次，其中第二胎以上約占三成五。",
        "三成五",
        "2025-01-20",
        "invented-tw-city-childcare: 其中…約占 after 預估",
        status="planned",
    ),
    case(
        "今年计划新开工项目120个，其中亿元以上项目45个。",
        "45个",
        "2024-03-20",
        "written-county-news: 其中 after 计划新开工",
        status="planned",
    ),
    case(
        "今年全市计划实施城市更新项目118个，总投资约326亿元，其中老旧小区改造42个，涉及居民2.1万户。",
        "42个",
        "2024-03-20",
        "pages-shell: 其中 after a plan and its total",
        status="planned",
    ),
    case(
        "力争全年完成固定资产投资500亿元，其中工业投资占比达到40%。",
        "40%",
        "2024-02-20",
        "written-municipal-work-report: 其中…占比达到 after 力争 (so 全年 is this year's)",
        status="planned",
        time="2024-12-31",
    ),
    case(
        "预计全年接待游客2800万人次，其中过夜游客1200万人次。",
        "1200万",
        "2024-03-20",
        "written-tourism-bureau: after a forecast (as before)",
        status="planned",
    ),
    case(
        "今年已完成投资320亿元，其中工业投资占比达到40%。",
        "40%",
        "2024-10-20",
        "written-county-news: 其中 after what is done reports (as before)",
        status="reported",
    ),
    case(
        "去年全市接待游客2500万人次，其中过夜游客1100万人次。",
        "1100万",
        "2024-03-20",
        "written-statistics-bulletin: 其中 after last year's figure (as before)",
        status="reported",
    ),
    case(
        "预计全年接待游客2800万人次，其中上半年已接待1500万人次。",
        "1500万",
        "2024-08-20",
        "written-tourism-bureau: 其中…已 is what is done, though a forecast opens the sentence",
        status="reported",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PART_OF_A_PLAN)
def test_part_of_a_plan(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a figure with a bound and 的 after
# it (年主营业务收入2000万元及以上的工业法人单位, 年成交额在1亿元以上的市场) is the threshold that
# defines a class of things: it holds at no time, whatever the report's period; a share with a bound
# (覆盖50%以上的村) is how far something reaches and keeps its time
THRESHOLD_OF_A_CLASS = [
    fact_case(
        "1.统计范围：规模以上工业统计范围为年主营业务收入2000万元及以上的工业法人单位。",
        "2000万",
        "2023-11-15",
        "invented-stats-industry-energy: the scope of 规模以上工业, under a monthly report's title",
        title="2023年10月份能源生产情况",
        time=None,
    ),
    fact_case(
        "规模以上服务业统计范围为年营业收入2000万元及以上的服务业法人单位。",
        "2000万",
        "2024-10-20",
        "written-municipal-statistics: the scope of 规模以上服务业",
        title="2024年1-9月全市经济运行情况",
        time=None,
    ),
    fact_case(
        "固定资产投资统计起点为计划总投资500万元及以上的建设项目。",
        "500万",
        "2024-10-20",
        "written-provincial-bulletin: the threshold of investment statistics",
        title="2024年前三季度全市固定资产投资情况",
        time=None,
    ),
    fact_case(
        "亿元商品交易市场是指年成交额在1亿元以上的市场。",
        "1亿",
        "2024-07-20",
        "written-commerce-bureau: a definition with 在…以上",
        title="2024年上半年全省商品交易市场运行情况",
        time=None,
    ),
    fact_case(
        "截至11月底，全镇村集体经济收入总额达到486.5万元，其中收入50万元以上的村有3个。",
        "50万",
        "2023-12-05",
        "written-township-news: the class of villages counted, not the total",
        time=None,
    ),
    fact_case(
        "截至11月底，全镇村集体经济收入总额达到486.5万元，其中收入50万元以上的村有3个。",
        "3个",
        "2023-12-05",
        "written-township-news: the count of the class keeps the as-of day (as before)",
        time="2023-11-30",
    ),
    fact_case(
        "前三季度，全市年营业收入2000万元及以上的服务业企业实现营业收入520亿元。",
        "520亿",
        "2024-10-20",
        "written-municipal-statistics: the class's figure keeps its period (as before)",
        time="2024-09-30",
    ),
    fact_case(
        "下一步将推动“共享法庭”向村（社区）延伸，力争明年底前覆盖全市50%以上的村（社区）。",
        "50%",
        "2023-11-20",
        "written-court-news: a share with a bound reaches, it defines no class (as before)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), THRESHOLD_OF_A_CLASS)
def test_threshold_of_a_class(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- the day a sentence opens with, and
# a wider time after the figure that holds it (9月1日，全区218所中小学…迎来2025年秋季学期开学): the
# later time names the noun it stands before (the term, the exam, the games), the day dates the figure
DAY_BEFORE_A_WIDER_TIME = [
    case(
        "9月1日，全区218所中小学、幼儿园迎来2025年秋季学期开学。",
        "218所",
        "2025-09-02",
        "invented-education-autumn-district: the first day of term",
        time="2025-09-01",
    ),
    case(
        "6月7日，全省48.9万名考生走进2024年高考考场。",
        "48.9万",
        "2024-06-08",
        "written-provincial-portal: the exam of a year",
        time="2024-06-07",
    ),
    case(
        "十月八日，約1,200名學生參加二○二四年全港學界田徑比賽。",
        "1,200",
        "2024-10-09",
        "written-hk-release: the games of a year, in Chinese numerals",
        time="2024-10-08",
    ),
    case(
        "3月18日，我市32个重点项目参加2024年一季度全省重大项目集中开工活动。",
        "32个",
        "2024-03-20",
        "written-county-news: a quarter's event",
        time="2024-03-18",
    ),
    case(
        "据悉，截至目前已交安置房424套，其余2580套将于年底前陆续建成交付。",
        "2580套",
        "2021-10-27",
        "corpus-xuancheng: a deadline after the figure is its own (as before)",
        time="2021-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), DAY_BEFORE_A_WIDER_TIME)
def test_day_before_a_wider_time(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a share of a plan after a copula
# (为全年目标的26%, 达年度计划的78%, 相当于全年任务的六成) is what has been done, as after 占 or 完成
SHARE_OF_A_PLAN = [
    case(
        "一季度，全市实现地区生产总值1200亿元，为2024年全年目标的26%。",
        "26%",
        "2024-04-20",
        "written-municipal-statistics: 为…目标的",
        status="reported",
        time="2024-03-31",
    ),
    case(
        "1-9月，全县完成固定资产投资86亿元，达年度计划的78%。",
        "78%",
        "2024-10-20",
        "written-county-bulletin: 达…计划的 (as before)",
        status="reported",
    ),
    case(
        "上半年全市新增城镇就业3.1萬人，相当于全年任务的六成。",
        "六成",
        "2024-07-20",
        "written-mo-style: 相当于…任务的 (as before)",
        status="reported",
    ),
    case(
        "全年目标为新增就业5万人。",
        "5万",
        "2024-03-20",
        "written-work-report: 目标为 before the figure plans (as before)",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SHARE_OF_A_PLAN)
def test_share_of_a_plan(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a time right before a noun of a
# comparison's base (上年同月基期較高, 受上年同期低基数影响) is the baseline, never the figure's time
TIME_OF_A_BASE = [
    case(
        "就七大類觀察，食物類較上年同月漲2.85%，其中外食費漲3.21%，水果則因上年同月基期較高跌6.74%；居住類漲2.03%。",
        "6.74%",
        "2025-03-10",
        "invented-tw-dgbas-cpi: 因上年同月基期較高 (no time of its own in the sentence)",
        time=None,
    ),
    case(
        "2月份，受上年同期低基数影响，全国CPI同比上涨0.7%。",
        "0.7%",
        "2024-03-10",
        "written-statistics-bulletin: 受上年同期低基数影响 between the month and the figure",
        time="2024-02-29",
    ),
    case(
        "因去年同期之基期較低，本月出口年增率達25.6%。",
        "25.6%",
        "2024-04-10",
        "written-tw-finance-news: 去年同期之基期 (the month after it, as before)",
        time="2024-04-30",
    ),
    case(
        "由于上年同期基数较高，10月份全省规上工业增加值同比增长2.1%。",
        "2.1%",
        "2024-11-20",
        "written-provincial-portal: 上年同期基数 before the month (as before)",
        time="2024-10-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIME_OF_A_BASE)
def test_time_of_a_base(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a money rate per unit in a clause
# with a word of a rule (标准, 补助, 收购价, 不超过: ``rule_rate_words``) is a rule's rate: dated by
# its own clause or by a time that opens the sentence alone, not by an earlier clause's event, the
# paragraph or the report; an average of what was paid (平均每户每月) is measured and keeps its time
RATE_OF_A_RULE = [
    fact_case(
        "今年国家继续在我省启动中晚稻最低收购价执行预案，中晚稻（三等）最低收购价为每50公斤129元，比上年提高1元。",
        "129元",
        "2023-12-05",
        "invented-grain-purchase-autumn: a purchase price after the clause of the scheme's start",
        time=None,
    ),
    fact_case(
        "此外，縣府今年編列新臺幣2,400萬元辦理大蒜機械化採收補助，每台採收機最高補助新臺幣30萬元，預計補助80台。",
        "30萬元",
        "2025-04-10",
        "invented-tw-county-garlic: a cap per machine after the budget's clause",
        time=None,
    ),
    fact_case(
        "申請人須於上一學年在澳門居住滿183日，且家庭每月總收入不超過42,560澳門元方符合資格。",
        "42,560",
        "2024-08-20",
        "invented-mo-dsedj-student-grants: an income limit, not the school year of residence",
        time=None,
    ),
    fact_case(
        "2024年全县启动新一轮耕地地力保护补贴发放工作，补贴标准为每亩105元。",
        "105元",
        "2024-05-20",
        "written-county-agriculture: a subsidy per mu after the clause of the campaign",
        time=None,
    ),
    fact_case(
        "特困人员基本生活标准按不低于当地低保标准的1.3倍确定，城乡特困人员基本生活标准分别提高至每人每月1196元和1014元。",
        "1014元",
        "2022-07-20",
        "invented-civil-affairs-assistance: the second rate of a list, under a half-year title",
        title="上半年全市发放救助资金2.36亿元",
        time=None,
    ),
    fact_case(
        "2025年，区财政安排小学、初中生均公用经费标准分别提高到每生每年850元和1050元，较上年各提高50元。",
        "850元",
        "2025-09-02",
        "invented-education-autumn-district: a year opening the sentence alone dates the rule (as before)",
        time="2025-12-31",
    ),
    fact_case(
        "二○二三年養老金金額為每月3,740澳門元，每年發放十三個月。",
        "3,740",
        "2024-02-20",
        "written-mo-pension: a year in the rate's own clause (as before)",
        time="2023-12-31",
    ),
    fact_case(
        "112年1至9月共核發補貼3萬2千戶，平均每戶每月補助新臺幣4,000元。",
        "4,000元",
        "2023-10-20",
        "corpus-tw-city-news: an average of what was paid is measured (as before)",
        time="2023-09-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RATE_OF_A_RULE)
def test_rate_of_a_rule(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- the length of a span the text sets
# (申請期由九月二日至十月十五日，為期四十四日) states the arrangement, a rule: reported although the
# span lies ahead, unless a plan word stands before it in its sentence (将于…举行，为期3天)
LENGTH_OF_A_SET_SPAN = [
    case(
        "申請期由九月二日至十月十五日，為期四十四日；申請人須於上一學年在澳門居住滿183日。",
        "四十四日",
        "2024-08-20",
        "invented-mo-dsedj-student-grants: an application period",
        status="reported",
    ),
    case(
        "公示期为2024年5月6日至5月12日，为期7天。",
        "7天",
        "2024-05-06",
        "written-procurement-notice: a notice period",
        status="reported",
    ),
    case(
        "第二期消費券使用期由十一月一日至十二月三十一日，為期兩個月。",
        "兩個月",
        "2024-10-20",
        "written-mo-release: a period of use",
        status="reported",
    ),
    case(
        "活动时间为2024年12月1日至12月31日，为期一个月。",
        "一个月",
        "2024-11-20",
        "written-county-news: the dates of a campaign",
        status="reported",
    ),
    case(
        "本次展会将于10月18日至20日举行，为期3天。",
        "3天",
        "2024-10-10",
        "written-commerce-bureau: 将 before the span plans its length (as before)",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LENGTH_OF_A_SET_SPAN)
def test_length_of_a_set_span(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a figure between 按 and a verb that
# closes the rule (按不低于当地低保标准的1.3倍确定, 按…的90%发放: ``rule_verbs``) is the rule's, dated
# as a rate of a rule; 按可比价格计算，… before a figure and 按时发放 are no rule around it
CIVIL_TITLE = "上半年全市发放救助资金2.36亿元"
RULE_BETWEEN_AN_AND_A_VERB = [
    fact_case(
        "特困人员基本生活标准按不低于当地低保标准的1.3倍确定，城乡特困人员基本生活标准分别提高至每人每月1196元和1014元。",
        "1.3倍",
        "2022-08-05",
        "invented-civil-affairs-assistance: a multiple of a standard, under a half-year title",
        title=CIVIL_TITLE,
        time=None,
    ),
    fact_case(
        "失业保险金按当地最低工资标准的90%发放。",
        "90%",
        "2024-03-20",
        "written-hrss-portal: a share of the minimum wage",
        title="2024年一季度全市就业和社会保障工作情况",
        time=None,
    ),
    fact_case(
        "困难群众取暖补贴按每户每年800元的标准发放。",
        "800元",
        "2023-11-20",
        "written-county-civil-affairs: a rate with 标准 after it",
        title="2023年冬季困难群众取暖工作",
        time=None,
    ),
    fact_case(
        "今年市里启动稳岗返还，对不裁员企业按其上年度实际缴纳失业保险费的60%返还。",
        "60%",
        "2024-03-20",
        "written-hrss-portal: 按 a past year's level 的 a share: the year is the base's (share_leads)",
        time=None,
    ),
    fact_case(
        "住房公积金按职工本人上年度月平均工资的12%缴存。",
        "12%",
        "2024-03-20",
        "written-housing-fund-notice: 上年度…的12%",
        time=None,
    ),
    fact_case(
        "职工丧葬补助金按上年度全省城镇非私营单位在岗职工月平均工资的3倍计发。",
        "3倍",
        "2024-03-20",
        "written-provincial-hrss: a base noun of 20 characters",
        marks=known_miss("the noun between a share base's time and its 的 is read up to 16 characters"),
        time=None,
    ),
    fact_case(
        "按可比价格计算，上半年全市地区生产总值同比增长5.2%。",
        "5.2%",
        "2024-07-20",
        "written-statistics-bulletin: 按…计算 in its own clause before the figure (as before)",
        time="2024-06-30",
    ),
    fact_case(
        "上半年，全市按时足额发放养老金12.5亿元。",
        "12.5亿",
        "2024-07-20",
        "written-hrss-portal: 按时 is on time, no rule (as before)",
        time="2024-06-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RULE_BETWEEN_AN_AND_A_VERB)
def test_rule_between_an_and_a_verb(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check_fact(the_fact(text, needle, published, title), expected)
