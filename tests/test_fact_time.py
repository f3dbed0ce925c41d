"""Which time governs a figure, by construction (issue 15).

Each row: a text, the figure (``needle``), the publish date, the title, and the expected
``time.end`` (None: no time). Ids say where the style comes from: ``corpus-NNN`` (a page of
../shared/corpus), ``seed``, or ``invented-<kind of page>`` for sentences written here in the
style of a kind of page the project has not seen.
"""

from __future__ import annotations

import pytest

from factcase import fact_at

PUB = "2023-10-20"

# --- a time stated once governs what follows in its scope ----------------------------------------

RELEASE = (
    "前三季度，全省规模以上工业增加值同比增长5.2%。\n"
    "全省社会消费品零售总额1.2万亿元，增长6.1%。\n"
    "全省固定资产投资增长3.1%，其中制造业投资增长8.3%。"
)
OPENER = (
    "今年以来，我市新增市场主体1.2万户，同比增长5%。其中企业4500户，个体工商户7500户。\n全市共有企业12万户。"
)
AS_OF = "截至9月底，全市累计发放创业担保贷款12亿元。共惠及企业3000家，带动就业1.5万人。"
NEW_TIME = "1-8月，全市完成投资120亿元。9月当月，完成投资18亿元，环比增长6%。"

#: (text, figure, time.end as GUIDE.md dates it: by the figure's own sentence, scope_time.end: the
#: wider reading, the time that opens the paragraph or the release's lead)
SCOPE = [
    pytest.param(RELEASE, "5.2%", "2023-09-30", None, id="invented-stats-release: the lead's own figure"),
    pytest.param(
        RELEASE,
        "1.2万亿元",
        None,
        "2023-09-30",
        id="invented-stats-release: the lead governs the release (scope_time only)",
    ),
    pytest.param(
        RELEASE, "6.1%", None, "2023-09-30", id="invented-stats-release: 增长 follows its level's period"
    ),
    pytest.param(RELEASE, "8.3%", None, "2023-09-30", id="invented-stats-release: third paragraph"),
    pytest.param(
        OPENER, "1.2万户", "2023-10-20", None, id="invented-city-news: the opener's own sentence is dated"
    ),
    pytest.param(OPENER, "4500户", None, "2023-10-20", id="invented-city-news: 今年以来 opens the paragraph"),
    pytest.param(
        OPENER, "7500户", None, "2023-10-20", id="invented-city-news: the opener reaches the next sentence"
    ),
    pytest.param(
        OPENER, "12万户", None, None, id="invented-city-news: a paragraph opener ends with its paragraph"
    ),
    pytest.param(
        "今年以来，我市新增城镇就业2.1万人，完成全年目标任务的84%；城镇登记失业率为3.5%。",
        "3.5%",
        "2023-10-20",
        None,
        id="invented-human-resources: the opener dates its own sentence's part after ；",
    ),
    pytest.param(
        "今年以来，我市新增城镇就业2.1万人，完成全年目标任务的84%；城镇登记失业率为3.5%。",
        "84%",
        "2023-10-20",
        None,
        id="invented-human-resources: 全年 in 全年目标任务的84% names the plan, not the share's time",
    ),
    pytest.param(
        AS_OF, "3000家", None, "2023-09-30", id="invented-finance-bureau: 截至 governs the paragraph"
    ),
    pytest.param(AS_OF, "1.5万人", None, "2023-09-30", id="invented-finance-bureau: 截至, a later clause"),
    pytest.param(
        NEW_TIME, "18亿元", "2023-09-30", None, id="invented-stats-release: a new time ends the scope"
    ),
    pytest.param(
        NEW_TIME, "6%", "2023-09-30", None, id="invented-stats-release: the new time's clause follows it"
    ),
    pytest.param(
        "10月18日，市长主持召开常务会议。\n会议指出，全市已建成保障房1.2万套。",
        "1.2万套",
        None,
        None,
        id="invented-city-news: an event's day in the lead is not the time of later figures",
    ),
    pytest.param(
        "近年来，我市持续推进老旧小区改造。\n全市累计改造小区320个。",
        "320个",
        None,
        None,
        id="invented-city-news: a vague window (近年来) in the lead does not date the article",
    ),
    pytest.param(
        "中新网5月20日电 据国家铁路集团消息，假期全国铁路累计发送旅客1.2亿人次。",
        "1.2亿人次",
        None,
        None,
        id="invented-chinanews: a dateline's day (5月20日电) dates no figure",
    ),
    pytest.param(
        "全市粮食产量为上年的98.5%。",
        "98.5%",
        None,
        None,
        id="invented-bulletin: 为上年的N% (the level it is a share of) dates nothing",
    ),
    pytest.param(
        "该厂2019年投产，现有员工1200人，去年产值达15亿元。",
        "1200人",
        None,
        None,
        id="invented-company-news: a clause about now (现有) takes no earlier clause's year",
    ),
    pytest.param(
        "据海关统计，今年前10个月，我国进出口总值34.32万亿元。其中，出口19.55万亿元，增长0.4%。",
        "19.55万亿元",
        None,
        "2023-10-31",
        id="invented-customs: an attribution before the opener (据海关统计，今年前10个月，…)",
    ),
]

# --- the document's own period: the title of a report ---------------------------------------------

BULLETIN_TITLE = "宜州市2022年国民经济和社会发展统计公报"
BULLETIN = "全年粮食产量52.3万吨，比上年增长1.2%。\n年末全市户籍人口125.6万人。\n生猪出栏86万头，下降2.1%。"
MONTHLY_TITLE = "1-10月德清县固定资产投资结构趋稳趋优"


DOCUMENT_PERIOD = [
    pytest.param(BULLETIN, "52.3万吨", "2022-12-31", id="guide: 全年 in a 2022 bulletin published 2023"),
    pytest.param(BULLETIN, "1.2%", "2022-12-31", id="invented-bulletin: 比上年 keeps the current period"),
    pytest.param(BULLETIN, "125.6万人", "2022-12-31", id="invented-bulletin: 年末, a stock, the year's end"),
    pytest.param(BULLETIN, "86万头", "2022-12-31", id="invented-bulletin: a flow with no time: the year"),
    pytest.param(BULLETIN, "2.1%", "2022-12-31", id="invented-bulletin: its change, the same year"),
]


@pytest.mark.parametrize(("text", "needle", "end", "scope_end"), SCOPE)
def test_scope(text: str, needle: str, end: str | None, scope_end: str | None) -> None:
    f = fact_at(text, needle, "2023-11-07" if "海关" in text else PUB)
    assert (f.time.end if f.time else None) == end
    assert (f.scope_time.end if f.scope_time else None) == scope_end


@pytest.mark.parametrize(("text", "needle", "end"), DOCUMENT_PERIOD)
def test_document_period(text: str, needle: str, end: str | None) -> None:
    f = fact_at(text, needle, "2023-03-20", BULLETIN_TITLE)
    assert (f.time.end if f.time else None) == end
    assert f.status == "reported"


@pytest.mark.parametrize(
    ("text", "needle", "end"),
    [
        pytest.param(
            "全县固定资产投资完成246.79亿元，同比增长15.3%。",
            "15.3%",
            "2016-10-31",
            id="corpus-003: the title's 1-10月 governs the release",
        ),
        pytest.param(
            "其中第三产业投资完成119.90亿元。",
            "119.90亿元",
            "2016-10-31",
            id="corpus-003: a later sentence of the release",
        ),
    ],
)
def test_title_period(text: str, needle: str, end: str) -> None:
    f = fact_at(text, needle, "2016-11-18", MONTHLY_TITLE)
    assert (f.time.end if f.time else None) == end


def test_a_news_title_gives_no_period() -> None:
    f = fact_at("全市已建成保障房1.2万套。", "1.2万套", PUB, "我市保障房建设取得新进展")
    assert f.time is None


# --- periods are times, never facts ----------------------------------------------------------------

PERIODS = [
    pytest.param(
        "今年前8个月，全市税收收入增长3%。", "8个月", "3%", "2023-08-31", id="invented-finance: 今年前8个月"
    ),
    pytest.param(
        "前5个月，外贸进出口总值增长2.4%。", "5个月", "2.4%", "2023-05-31", id="invented-customs: 前5个月"
    ),
    pytest.param(
        "1-9月份，全市规上工业增加值增长4%。", "9月份", "4%", "2023-09-30", id="invented-stats: 1-9月份"
    ),
    pytest.param(
        "8月份，全市CPI同比上涨0.2%。", "8月份", "0.2%", "2023-08-31", id="invented-price-bulletin: 8月份"
    ),
    pytest.param(
        "第三季度，全市GDP增长4.9%。", "第三季度", "4.9%", "2023-09-30", id="invented-stats: 第三季度"
    ),
    pytest.param(
        "“十四五”期间，全省将新建学校300所。", "十四五", "300所", "2025-12-31", id="invented-plan: 十四五期间"
    ),
    pytest.param(
        "“十四五”以来，全县累计完成固定资产投资520亿元。",
        "十四五",
        "520亿元",
        "2023-10-20",
        id="invented-county-portal: “十四五”以来 runs up to the publish date",
    ),
    pytest.param(
        "十三五以来，全县累计完成投资900亿元。",
        "十三五",
        "900亿元",
        "2023-10-20",
        id="invented-county-portal: a past plan's 以来 still runs to now",
    ),
    # a window counted back from now is a time, but it dates no figure
    # (corpus-027: 河南3年来累计引进顶尖人才28人 has no time in its gold)
    pytest.param(
        "近三年，全市累计投资300亿元。", "三年", "300亿元", None, id="invented-city-news: 近三年 is a window"
    ),
    pytest.param(
        "五年来，全县新增就业岗位2.1万个。", "五年", "2.1万个", None, id="invented-report: 五年来 is a window"
    ),
    pytest.param(
        "2022年起，全省启动建设1500万亩高标准农田示范区。",
        "2022年起",
        "1500万亩",
        None,
        id="corpus-027-style: 2022年起 opens a period with no end",
    ),
]


@pytest.mark.parametrize(("text", "period", "figure", "end"), PERIODS)
def test_periods_are_times(text: str, period: str, figure: str, end: str | None) -> None:
    f = fact_at(text, figure, PUB)
    assert (f.time.end if f.time else None) == end
    assert period not in f.text, f"the period {period} was read as part of the fact {f.text}"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        pytest.param("今年前8个月，全市税收收入增长3%。", "8个月", id="invented-finance: 前8个月"),
        pytest.param("近三年，全市累计投资300亿元。", "三年", id="invented-city-news: 近三年"),
        pytest.param("全年，全市新增就业1.2万人。", "全年", id="guide: 全年"),
    ],
)
def test_no_fact_inside_a_period(text: str, period: str) -> None:
    from factcase import facts_of

    i = text.find(period)
    assert not [f for f in facts_of(text, PUB) if f.start < i + len(period) and i < f.end]


# --- relative times, history, deadlines ------------------------------------------------------------

RELATIVE = [
    pytest.param(
        "上月，全市CPI同比上涨0.2%。", "0.2%", "2023-09-30", "reported", id="invented-price-bulletin: 上月"
    ),
    pytest.param(
        "本月全市新增就业3200人。", "3200人", "2023-10-31", "reported", id="invented-city-news: 本月"
    ),
    pytest.param(
        "近日，市统计局发布数据，全市常住人口达120万人。",
        "120万人",
        "2023-10-20",
        "reported",
        id="invented-city-news: 近日",
    ),
    pytest.param("目前，全市共有养老机构46家。", "46家", "2023-10-20", "reported", id="seed-style: 目前"),
    pytest.param(
        "到目前，已建成5G基站1.2万个。",
        "1.2万个",
        "2023-10-20",
        "reported",
        id="invented-telecom: 到目前 is as of now",
    ),
    pytest.param(
        "1949年，全国人均预期寿命仅35岁。",
        "35岁",
        "1949-12-31",
        "reported",
        id="invented-report: history is dated by its own year, and reported",
    ),
    pytest.param(
        "到2025年，全市新能源汽车保有量力争达到10万辆。",
        "10万辆",
        "2025-12-31",
        "planned",
        id="invented-plan: 到2025年 is a deadline",
    ),
    pytest.param("年底前，再建成安置房2000套。", "2000套", "2023-12-31", "planned", id="seed-style: 年底前"),
    pytest.param(
        "去年全市接待游客1200万人次。", "1200万人次", "2022-12-31", "reported", id="seed-style: 去年"
    ),
    pytest.param(
        "今年1-9月，全市实现地区生产总值1520亿元。",
        "1520亿元",
        "2023-09-30",
        "reported",
        id="invented-stats: 今年1-9月",
    ),
]


@pytest.mark.parametrize(("text", "needle", "end", "status"), RELATIVE)
def test_relative_times(text: str, needle: str, end: str, status: str) -> None:
    f = fact_at(text, needle, PUB)
    assert (f.time.end if f.time else None) == end
    assert f.status == status


def test_a_decimal_before_日_is_no_day() -> None:
    f = fact_at("旅客平均逗留時間為1.2日，較去年同月減少0.4日。", "0.4日", "2023-08-20")
    assert f.time is None or f.time.text != "2日"


def test_a_day_written_alone_takes_the_month_named_before() -> None:
    text = "飞船2012年6月16日发射入轨后，于18日14时14分实现对接。24日11时12分，飞船撤离至400米处停泊点。"
    f = fact_at(text, "400米", "2012-06-29")
    assert f.time is not None and (f.time.text, f.time.end) == ("24日", "2012-06-24")


# --- a bare 全年/年末 early in a year: the year just ended when reported, this year when planned --

BULLETIN = "全年全省地区生产总值53850.79亿元，比上年增长6.0%。年末全省常住人口6627万人，比上年末减少28万人。"
WORK_REPORT = (
    "过去一年，全年新增城镇就业3.2万人。今年全年地区生产总值预期增长5.5%左右。"
    "全年粮食产量力争稳定在700亿斤以上。"
)

YEAR_JUST_ENDED = [
    pytest.param(BULLETIN, "53850.79亿元", "2024-02-28", "2023-12-31", "reported",
                 id="invented-stats-communique: 全年 in February, no title year"),
    pytest.param(BULLETIN, "6627万人", "2024-02-28", "2023-12-31", "reported",
                 id="invented-stats-communique: 年末 in February is last year's end, not a plan"),
    pytest.param(BULLETIN, "28万人", "2024-02-28", "2023-12-31", "reported",
                 id="invented-stats-communique: 比上年末 compares, 年末 dates"),
    pytest.param(BULLETIN, "53850.79亿元", "2024-04-15", "2023-12-31", "reported",
                 id="invented-county-communique: April is still review season"),
    pytest.param(BULLETIN, "53850.79亿元", "2024-07-15", "2024-12-31", "reported",
                 id="invented-city-news: in July a bare 全年 stays this year's"),
    pytest.param(WORK_REPORT, "3.2万人", "2024-01-20", "2023-12-31", "reported",
                 id="invented-work-report: the past year's results"),
    pytest.param(WORK_REPORT, "5.5%", "2024-01-20", "2024-12-31", "planned",
                 id="invented-work-report: 今年全年 names its year"),
    pytest.param(WORK_REPORT, "700亿斤", "2024-01-20", "2024-12-31", "planned",
                 id="invented-work-report: a plan word keeps 全年 this year's"),
    pytest.param("年底前，将再建成安置房2000套。", "2000套", "2024-02-10", "2024-12-31", "planned",
                 id="seed-style: 年底前 is a deadline ahead"),
    pytest.param("年初以来，全市共发放消费券5000万元。", "5000万元", "2024-02-18", "2024-02-18", "reported",
                 id="invented-city-news: 年初以来 runs to now, this year"),
    pytest.param("年初，全市共发放消费券5000万元。", "5000万元", "2024-02-18", "2024-01-31", "reported",
                 id="invented-city-news: 年初 is this year's beginning"),
    pytest.param("下半年，全市新增就业1.2万人。", "1.2万人", "2024-02-18", "2023-12-31", "reported",
                 id="invented-year-review: 下半年 reported in February"),
    pytest.param("全年全省地区生产总值53850.79亿元，比上年增长6.0%。", "53850.79亿元", "2024-02-28",
                 "2023-12-31", "reported", id="invented-stats-communique: a title year agrees"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "pub", "end", "status"), YEAR_JUST_ENDED)
def test_a_bare_year_part_early_in_a_year(text: str, needle: str, pub: str, end: str, status: str) -> None:
    f = fact_at(text, needle, pub)
    assert (f.time.end if f.time else None) == end
    assert f.status == status


def test_a_title_year_governs_a_bare_part_whatever_the_month() -> None:
    f = fact_at(
        "全年全省地区生产总值53850.79亿元。",
        "53850.79亿元",
        "2024-07-15",
        "2023年河南省国民经济和社会发展统计公报",
    )
    assert f.time is not None and f.time.end == "2023-12-31"


# --- baselines: 同比, 比上年, 由…增至 ----------------------------------------------------------------

BASELINES = [
    pytest.param(
        "本港今年首季本地生產總值按年實質上升2.7%，較上一季的4.3%有所放緩。",
        "2.7%",
        "2023-03-31",
        id="invented-hk-statistics: 首季 is the first quarter",
    ),
    pytest.param(
        "本港今年首季本地生產總值按年實質上升2.7%，較上一季的4.3%有所放緩。",
        "4.3%",
        "2022-12-31",
        id="invented-hk-statistics: 較上一季的4.3%: the compared level is the quarter before",
    ),
    pytest.param(
        "1-9月，全市税收收入86亿元，同比增长3.2%。",
        "3.2%",
        "2023-09-30",
        id="invented-finance: 同比 takes the period",
    ),
    pytest.param(
        "2022年全市粮食产量比上年增长2%。",
        "2%",
        "2022-12-31",
        id="invented-bulletin: 比上年 keeps the current year",
    ),
    pytest.param(
        "全市公交线路由2020年的85条增至2023年的112条。",
        "85条",
        "2020-12-31",
        id="invented-transport: the old level takes the earlier time",
    ),
    pytest.param(
        "全市公交线路由2020年的85条增至2023年的112条。",
        "112条",
        "2023-12-31",
        id="invented-transport: the new level its own",
    ),
]


@pytest.mark.parametrize(("text", "needle", "end"), BASELINES)
def test_baselines(text: str, needle: str, end: str) -> None:
    f = fact_at(text, needle, PUB)
    assert (f.time.end if f.time else None) == end
