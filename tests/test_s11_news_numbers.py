"""Session 11: numbers of news pages (batch 16's misses: ordinals of events, counts of the first N events,
rank limits, one more event, market levels with no unit, a range in a table cell, the level a change
reaches or leaves, a bound over a list joined by 和).

Each error was named as a construction; each table holds the batch page's sentence with sentences written
in the styles of other news sites (新华社 dispatches, 人民网, 中新网, finance media, 澎湃, local papers,
Hong Kong and Taiwan pages) and of government sites, with other wordings. Ids name the source:
``invented-<page>`` (a sentence of an invented page), ``written-<kind of site>`` (written here).
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, no_fact_case, overlapping, the_fact
from gov_facts import extract

# ---------------------------------------------------------------- the Nth event counted
# 第N次/第N轮 (第N宗, 第N个, 第N起) and an event or a case, in a clause that counts up to it (以来, 这是,
# 也是, 今年, 举行, 迎来; 这是 opening the sentence):
# the Nth event of its kind, a rank with its measure word (gold takes rank or count). A name's head after
# it (会议, 普查, 集体学习), a 届 before it, the first time (第一次 as 首次) and a round of a programme
# after a verb of work (开展第二轮巡视) are no figures.

EVENT_ORDINALS = [
    case("这是长征系列运载火箭的第545次飞行，也是我国今年实施的第59次宇航发射任务。", "第545次", "2024-11-16",
         "invented-news-gmw-tianzhou: 这是…的第545次飞行",
         value=545, unit="次", kind="rank", subject="飞行"),
    case("这是长征系列运载火箭的第545次飞行，也是我国今年实施的第59次宇航发射任务。", "第59次", "2024-11-16",
         "invented-news-gmw-tianzhou: 也是我国今年实施的第59次宇航发射任务",
         value=59, unit="次", kind="rank", subject=["宇航发射任务", "发射任务"]),
    case("新华社巴黎3月7日电 法国7日迎来今年以来第六次全国性罢工和示威游行。", "第六次", "2023-03-07",
         "invented-news-xinhuanet-france-strike: 今年以来第六次全国性罢工",
         value=6, unit="次", kind="rank", subject=["全国性罢工", "罢工"]),
    case("工会计划于11日举行第七轮全国性游行。", "第七轮", "2023-03-07",
         "invented-news-xinhuanet-france-strike: 举行第七轮全国性游行 (a planned round)",
         value=7, unit="轮", kind="rank", status="planned"),
    case("这是美联储自去年9月重启降息以来的第四次降息。", "第四次", "2026-03-19",
         "invented-news-yicai-fed: 以来的第四次降息", value=4, unit="次", kind="rank", subject="降息"),
    case("这是今年以来国内成品油价格第五次上调，也是年内第二次“搁浅”后的上调。", "第五次", "2025-06-18",
         "written-finance-news: 今年以来…第五次上调 (a fuel-price notice)", value=5, unit="次", kind="rank"),
    case("这是该公司今年第12次发射任务，此前11次均取得成功。", "第12次", "2025-04-02",
         "written-zhongxin-news: 这是该公司今年第12次发射任务", value=12, unit="次", kind="rank",
         subject=["发射任务"]),
    case("入汛以来，我市已迎来第三轮强降雨过程。", "第三轮", "2025-06-20",
         "written-local-paper: 入汛以来…迎来第三轮强降雨", value=3, unit="轮", kind="rank"),
    case("这是美联储连续第三次降息，也是年内第二次。", "第二次", "2025-12-11",
         "written-finance-news: 也是年内第二次。(the event elided after a copula)",
         value=2, unit="次", kind="rank"),
    case("这是中国航天员第16次出舱，也是空间站阶段第8次。", "第8次", "2024-05-29",
         "written-xinhua-dispatch: 也是空间站阶段第8次。", value=8, unit="次", kind="rank"),
    case("据中央气象台消息，这是今年以来我国遭遇的第5次区域性暴雨过程。", "第5次", "2025-06-20",
         "written-cma-news: 这是今年以来…的第5次区域性暴雨过程", value=5, unit="次", kind="rank",
         subject=["区域性暴雨过程", "暴雨过程"]),
    case("新华社北京6月5日电 神舟十八号航天员乘组完成第二次出舱活动。", "第二次", "2024-06-05",
         "written-xinhua-dispatch: 完成第二次出舱活动 (a verb of work before it)", value=2, kind="rank",
         marks=known_miss("an ordinal after a verb of work (完成, 开展): often a round, left out")),
    case("這是本港今年第2宗本地個案。", "第2宗", "2025-07-20", "written-hk-health-news: 今年第2宗本地個案",
         value=2, unit="宗", kind="rank", subject="本地個案"),
    case("據氣象局統計，這是今年第3個颱風。", "第3個", "2025-07-20", "written-tw-news: 今年第3個颱風",
         value=3, kind="rank"),
    case("这是继2021年、2023年之后，该市第三次获评全国文明城市。", "第三次", "2025-11-08",
         "written-city-daily: 这是继…之后，…第三次获评 (the copula opens the sentence)",
         value=3, kind="rank"),
    case("这是该航线开通以来的第1000个航班。", "第1000个", "2025-09-01",
         "written-civil-aviation-news: 开通以来的第1000个航班", value=1000, kind="rank", subject="航班"),
    case("這是特區政府今年第三次發出黑色暴雨警告信號。", "第三次", "2025-08-05",
         "written-hk-news: 這是…今年第三次發出 (traditional)", value=3, kind="rank"),
]  # fmt: skip

EVENT_NAMES = [
    no_fact_case("云溪市第十六届人大常委会第十四次会议听取了市财政局的报告。", "第十四次",
                 "written-provincial-npc: 第十六届…第十四次会议 (a meeting's name)"),
    no_fact_case("我市今年以来扎实开展第五次全国经济普查各项工作。", "第五次",
                 "written-stats-bulletin: 今年以来…第五次全国经济普查 (a census's name)"),
    no_fact_case("2010年第六次全国人口普查时，合肥常住人口为570.2万人。", "第六次",
                 "invented-news-thepaper-hefei: 第六次全国人口普查"),
    no_fact_case("今年以来，中共中央政治局第十一次集体学习引起广泛关注。", "第十一次",
                 "written-party-news: 第十一次集体学习 (a session's name)"),
    no_fact_case("今年是全面实施第十四个五年规划的关键之年，这是第二个百年奋斗目标的开局。", "第二个",
                 "written-party-news: 这是第二个百年奋斗目标 (a goal's name)"),
    no_fact_case("奥尔德林可能是第二个在月球上行走的人。", "第二个",
                 "corpus-036 style: 可能是第二个在月球上行走的人 (no counting cue)"),
    no_fact_case("所以今年第一次需要自己做个税年度汇算。", "第一次",
                 "written-blog: 今年第一次 (for the first time)"),
    no_fact_case("省委开展第二轮巡视，巡视组进驻12个单位。", "第二轮",
                 "written-provincial-portal: 开展第二轮巡视 (a programme's round)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), EVENT_ORDINALS)
def test_event_ordinals(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), EVENT_NAMES)
def test_event_names(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- the first N events, a rank limit, one more
# 前N轮/前N次 and an event: a count of the first N events (前 was read as a demonstrative, no figure);
# 前N after a rank verb (位居, 排名, 位列) at the clause's end or with 位/名: at most the N-th, a rank;
# 前N位的X (which ones) picks out a group, no figure; verb + 一次 ending its clause: a count of one.

FIRST_AND_TOP = [
    case("按此计算，前六轮罢工造成的损失已超过20亿欧元。", "六轮", "2023-03-07",
         "invented-news-xinhuanet-france-strike: 前六轮罢工",
         value=6, unit="轮", kind="count", subject="罢工"),
    case("前两次降息累计75个基点，市场反应平淡。", "两次", "2025-12-11",
         "written-finance-news: 前两次降息累计75个基点", value=2, unit="次", kind="count", subject="降息"),
    case("前三轮比赛中，市队保持全胜。", "三轮", "2025-05-04",
         "written-local-paper: 前三轮比赛 (a county sports page)", value=3, unit="轮", kind="count"),
    case("合肥常住人口增量连续三年位居全国城市前五。", "前五", "2024-03-25",
         "invented-news-thepaper-hefei: 位居全国城市前五",
         value=5, unit=None, kind="rank", qualifier="at_most"),
    case("该市经济总量位居全省前三。", "前三", "2025-02-10",
         "written-provincial-portal: 位居全省前三", value=3, kind="rank", qualifier="at_most"),
    case("该区GDP增速位列全市前5名。", "前5名", "2025-02-10",
         "written-county-news: 位列全市前5名", value=5, unit="名", kind="rank", qualifier="at_most"),
    case("本港貨櫃吞吐量排名全球前十。", "前十", "2025-02-10",
         "written-hk-news: 排名全球前十 (traditional)", value=10, kind="rank", qualifier="at_most"),
    case("委员对今年年底利率的预期中值为3.1%，意味着年内还将降息一次。", "一次", "2026-03-19",
         "invented-news-yicai-fed: 年内还将降息一次", value=1, unit="次", kind="count", status="planned"),
    case("市场普遍预计欧洲央行年内将再加息一次。", "一次", "2025-06-06",
         "written-finance-news: 年内将再加息一次", value=1, unit="次", kind="count", status="planned"),
]  # fmt: skip

NOT_FIRST_OR_TOP = [
    no_fact_case("分行业看，法人单位数量居前三位的行业是批发和零售业、制造业。", "三",
                 "written-census-bulletin: 居前三位的行业是 (which ones)"),
    no_fact_case("报告发病数居前五位的病种依次为其他感染性腹泻病、手足口病。", "五",
                 "invented-cdc-monthly: 居前五位的病种"),
    no_fact_case("各单位应急演练每年开展一次。", "一次", "written-county-portal: 每年开展一次 (how often)"),
    no_fact_case("我们召开一次专题会议研究部署。", "一次", "written-provincial-portal: 召开一次专题会议"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), FIRST_AND_TOP)
def test_first_and_top(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle"), NOT_FIRST_OR_TOP)
def test_not_first_or_top(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-06-20"), text, needle) == []


# ---------------------------------------------------------------- market levels with no unit
# A number after a verb of level (至 after a change's size, 破 of a threshold, 收于; for an exchange rate
# also 报, 为) in a clause naming an index or an exchange rate: its level, kind other, unit null; the
# subject is the measure's name (离岸人民币兑美元汇率), 附近 after it says about.

MARKET_LEVELS = [
    case("决议公布后，美元指数短线下跌约0.4%至98.2附近。", "98.2", "2026-03-19",
         "invented-news-yicai-fed: 美元指数…至98.2附近", value=98.2, unit=None, kind="other",
         qualifier="approx", change="to", subject="美元指数"),
    case("离岸人民币兑美元汇率一度升破6.95关口，日内涨幅超过200个基点。", "6.95", "2026-03-19",
         "invented-news-yicai-fed: 汇率一度升破6.95关口", value=6.95, unit=None, kind="other",
         subject=["离岸人民币兑美元汇率", "汇率"]),
    case("中国外汇交易中心数据显示，人民币兑美元中间价报7.1012，较前一交易日调升56个基点。", "7.1012",
         "2025-07-01", "written-xinhua-finance: 中间价报7.1012 (an exchange rate's fixing)",
         value=7.1012, unit=None, kind="other", subject=["人民币兑美元中间价", "中间价"]),
    case("美元指数收于104.52，日内上涨0.3%。", "104.52", "2025-01-10",
         "written-finance-media: 美元指数收于104.52", value=104.52, unit=None, kind="other"),
    case("美元兑日元一度升至160.2，创1990年以来新高。", "160.2", "2024-04-30",
         "written-zhongxin-finance: 美元兑日元一度升至160.2", value=160.2, unit=None, kind="other",
         subject="美元兑日元"),
    case("欧元兑美元跌至1.05下方。", "1.05", "2025-01-02", "written-yicai-style: 欧元兑美元跌至1.05下方",
         value=1.05, unit=None, kind="other"),
    case("上证指数早盘高开，一度升至3100点上方。", "3100", "2025-02-11",
         "written-securities-daily: 升至3100点上方 (index points before 上方)", value=3100, unit="点",
         kind="other"),
    case("受此影响，美元指数一度跌破100大关。", "100", "2025-04-11",
         "written-caixin-style: 美元指数一度跌破100大关", value=100, unit=None, kind="other"),
    case("離岸人民幣兌美元匯率昨日跌穿7.3關口後回升至7.28。", "7.28", "2025-04-09",
         "written-hk-finance: 回升至7.28 (traditional)", value=7.28, unit=None, kind="other"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MARKET_LEVELS)
def test_market_levels(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the level a change reaches or leaves
# A change's size and 至 before a figure (下调25个基点至3.25%—3.50%, 下行6个基点至3.92%): the level
# reached, change to (the change word was taken: decrease); 从A…推迟至B: B is a new level; the old level
# of 从A下调至B has no change of its own (增长预期从1.8%: 增长 names the forecast); 上行/下行 right before a
# size is a yield's rise or fall, elsewhere it is upward (上行运力: no change). Two figures in one unit
# joined by 至 after a change word, the second more than ten times the first (下跌约300元至2.1万元), are a
# size and a level, not a range.

LEVEL_MOVES = [
    case("美联储宣布将联邦基金利率目标区间下调25个基点至3.25%—3.50%。", "3.25%", "2026-03-19",
         "invented-news-yicai-fed: 下调25个基点至3.25%—3.50%", low=3.25, high=3.5, change="to"),
    case("10年期美国国债收益率下行6个基点至3.92%。", "6个基点", "2026-03-19",
         "invented-news-yicai-fed: 下行6个基点", value=6, change="decrease"),
    case("10年期美国国债收益率下行6个基点至3.92%。", "3.92%", "2026-03-19",
         "invented-news-yicai-fed: 下行6个基点至3.92%", value=3.92, change="to"),
    case("10年期国债收益率上行5个基点至2.35%，创近一个月新高。", "2.35%", "2025-09-03",
         "written-finance-media: 上行5个基点至2.35%", value=2.35, change="to"),
    case("委员们将今年美国经济增长预期从1.8%下调至1.6%。", "1.8%", "2026-03-19",
         "invented-news-yicai-fed: 增长预期从1.8%下调 (the old level)", value=1.8, change=None),
    case("法定退休年龄将从62岁逐步推迟至64岁。", "64岁", "2023-03-07",
         "invented-news-xinhuanet-france-strike: 从62岁逐步推迟至64岁", value=64, change="to"),
    case("居民存款按月增加0.4%至6,815.3億澳門元。", "6,815.3", "2024-11-01",
         "invented-macau-monetary-statistics: 增加0.4%至6,815.3億澳門元", change="to"),
    case("城乡居民基础养老金最低标准从每月123元逐步调整至143元。", "143元", "2025-01-20",
         "written-provincial-portal: 从每月123元逐步调整至143元", value=143, change="to"),
    case("成交均价每平方米下跌约300元至2.1万元。", "2.1万元", "2025-05-16",
         "written-thepaper-property: 下跌约300元至2.1万元 (a size, then the level: no range)",
         value=21000, low=None, change="to"),
    case("成交均价每平方米下跌约300元至2.1万元。", "300元", "2025-05-16",
         "written-thepaper-property: 下跌约300元 (the size)",
         value=300, change="decrease", qualifier="approx"),
    case("猪肉价格每公斤上涨2元至28元。", "28元", "2025-01-08",
         "written-county-price-monitor: 上涨2元至28元", value=28, change="to"),
    case("预计今年营业收入增长5%至8%。", "5%", "2025-03-28",
         "written-finance-news: 增长5%至8% (a range of growth stays one)", value=None, low=5, high=8,
         change="increase"),
    case("美国“龙”货运飞船单次上行运力约为6吨。", "6吨", "2024-11-16",
         "invented-news-gmw-tianzhou: 上行运力约为6吨 (upward, no change)", value=6, change=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LEVEL_MOVES)
def test_level_moves(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a range in a table cell
# 美联储 | 3.25—3.50 under 政策利率（%）: a cell holding two numbers joined by a dash or a tilde is one
# figure, a range read with the column's unit and scale (it was no figure at all); under a column
# naming no unit (年份) it says nothing checkable.

_RATES = (
    "全球主要央行最新政策利率一览\n央行\t政策利率（%）\t本轮周期累计调整（基点）\n"
    "美联储\t3.25—3.50\t-125\n欧洲央行\t1.75\t-225"
)
_TENDER = "采购需求一览表\n序号\t项目名称\t预算金额（万元）\n1\t监护仪采购\t100-200\n2\t彩超采购\t350"
_LOANS = "各地贷款利率\n地区\t利率区间（%）\t数量（个）\n甲市\t2.1～2.4\t12\n乙市\t3.25-3.50\t5"
_YEARS = "重点项目表\n项目\t建设年限\t总投资（万元）\n环城路\t2021-2023\t5000"

RANGE_CELLS = [
    case(_RATES, "3.25—3.50", "2026-03-19", "invented-news-yicai-fed: 美联储 | 3.25—3.50 (政策利率（%）)",
         value=None, low=3.25, high=3.5, unit="%", kind="percent", subject=["美联储", "政策利率"]),
    case(_TENDER, "100-200", "2025-04-01", "written-procurement: 预算金额（万元） | 100-200",
         value=None, low=1000000, high=2000000, unit="元", kind="money"),
    case(_LOANS, "2.1～2.4", "2025-04-01", "written-county-portal: 利率区间（%） | 2.1～2.4",
         low=2.1, high=2.4, unit="%", kind="percent", subject="甲市"),
    case(_LOANS, "3.25-3.50", "2025-04-01", "written-county-portal: 利率区间（%） | 3.25-3.50",
         low=3.25, high=3.5, unit="%"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RANGE_CELLS)
def test_range_cells(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


def test_years_cell_is_no_range() -> None:
    """written-county-portal: 建设年限 | 2021-2023: a span of years, no figure."""
    assert overlapping(facts_of(_YEARS, "2025-04-01"), _YEARS, "2021-2023") == []


# ---------------------------------------------------------------- a bound over a list joined by 和
# 分别约为55%和52%: a bound (and a copula) before figures joined by 和/及/与 bounds each of them, as it
# did those joined by 、 (突破1亿元、5亿元、10亿元).

LISTED_BOUNDS = [
    case("中国居民消费率约为39%，而美国超过68%，日本和欧元区分别约为55%和52%。", "52%", "2025-03-06",
         "invented-news-chinanews-demand: 分别约为55%和52%", value=52, qualifier="approx"),
    case("二○二六年及二○二七年的私人住宅落成量將分別約為17,600個及19,300個單位。", "19,300", "2025-12-30",
         "invented-hk-property-review: 分別約為17,600個及19,300個 (traditional)", qualifier="approx"),
    case("两县受灾人口分别约有3.2万人和1.5万人。", "1.5万人", "2025-07-02",
         "written-county-flood-report: 分别约有3.2万人和1.5万人", value=15000, qualifier="approx"),
    case("全市交易额先后突破1亿元、5亿元和10亿元。", "10亿元", "2025-01-15",
         "written-city-commerce: 突破1亿元、5亿元和10亿元", qualifier="more_than"),
    case("项目总投资约12亿元和今年完成投资8亿元。", "8亿元", "2025-01-15",
         "written-county-portal: 约12亿元和今年完成投资8亿元 (a verb of its own: no bound)",
         qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LISTED_BOUNDS)
def test_listed_bounds(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- news pages' metadata
# A year set apart from its month/day on a header line (news.cn: 2023 03/08 09:41:26) is the publish
# date; an editor's credit ends before the next editor's credit (责任编辑：郑浩　图片编辑：金洁); the site's
# own name standing unlabelled beside the header's date (第一财经 2026-03-19 06:42:15, as og:site_name
# names it) is the source the page shows.

_NEWS_A = "新华社巴黎3月7日电 法国7日迎来今年以来第六次全国性罢工，全法约有128万人参加游行。"
_NEWS_B = "法国多个工会已宣布，8日起将在炼油、能源等行业发起罢工，并计划于11日举行第七轮全国性游行。"


def _news_page(head: str, top: str, foot: str = "") -> dict[str, Any]:
    html = (
        f'<html><head><meta charset="utf-8"><title>法国再爆全国性罢工</title>{head}</head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/world/">国际</a></div>'
        f'<div class="main"><h1>法国再爆全国性罢工</h1>{top}<div class="con"><p>{_NEWS_A}</p>'
        f"<p>{_NEWS_B}</p></div>{foot}</div>"
        '<div class="footer">Copyright 2000-2026 版权所有 京ICP备05008271号</div></body></html>'
    )
    return extract(html.encode("utf-8"), "page.html").to_dict()


NEWS_META = [
    pytest.param(
        "",
        '<div class="header-time"><span class="year"><em> 2023</em></span><span class="day"><em> 03</em>/'
        '<em>08</em></span><span class="time"> 09:41:26</span></div>',
        "",
        {"published_at": "2023-03-08T09:41:26"},
        id="invented-news-xinhuanet: 2023 | 03/08 | 09:41:26 (the year in a span of its own)",
    ),
    pytest.param(
        "",
        '<div class="info"><span>2024</span> <span>02/18</span></div>',
        "",
        {"published_at": "2024-02-18"},
        id="written-news-portal: 2024 02/18 (no time)",
    ),
    pytest.param(
        "",
        '<div class="info">发布时间：2024-03-22 14:35</div>',
        '<div class="news_editor">责任编辑：郑浩　图片编辑：金洁</div>',
        {"editor": "郑浩"},
        id="invented-news-thepaper: 责任编辑：郑浩　图片编辑：金洁",
    ),
    pytest.param(
        "",
        '<div class="info">发布时间：2024-03-22 14:35</div>',
        '<div class="editor">编辑：王伟　美编：李娜</div>',
        {"editor": "王伟"},
        id="written-local-paper: 编辑：王伟　美编：李娜",
    ),
    pytest.param(
        '<meta property="og:site_name" content="第一财经">',
        '<div class="intro"><span>第一财经</span> <em>2026-03-19 06:42:15</em></div>',
        "",
        {"source": "第一财经", "published_at": "2026-03-19T06:42:15"},
        id="invented-news-yicai: 第一财经 2026-03-19 06:42:15 (og:site_name beside the date)",
    ),
    pytest.param(
        '<meta property="og:site_name" content="人民网">',
        '<div class="box01"><div class="fl">2024年02月18日08:30 | 人民网</div></div>',
        "",
        {"source": "人民网"},
        id="written-people-cn: 2024年02月18日08:30 | 人民网 (a bar between)",
    ),
    pytest.param(
        '<meta property="og:site_name" content="某某市人民政府">',
        '<div class="info">2024-05-12 浏览次数：120</div>',
        "",
        {"source": None},
        id="written-city-portal: a date with no name beside it names no source",
    ),
]


@pytest.mark.parametrize(("head", "top", "foot", "meta"), NEWS_META)
def test_news_meta(head: str, top: str, foot: str, meta: dict[str, Any]) -> None:
    rec = _news_page(head, top, foot)
    for name, want in meta.items():
        got = rec[name]
        if name == "published_at":
            assert (got or "").startswith(want), got
        else:
            assert got == want, (name, got)
