"""Session 10, time, status, units and kinds: constructions from session 9's retired held-out
errors and the lead's probes, each written in the styles of other sites (tables by construction)."""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case, facts_of, no_fact_case, overlapping, run_fact

# ---------------------------------------------------------------- 度 as a temperature
# 度 is a kilowatt hour only where electricity is spoken of; a sentence (or a page) about
# temperatures reads N度 as degrees (kind other), even when its clause names no temperature.
DEGREES = [
    fact_case(
        "二○二四年香港的年平均氣溫為攝氏24.8度，較1991至2020年的正常值高0.9度，是有記錄以來最溫暖的一年。",
        "0.9度",
        "2025-01-07",
        "retired-hk-hko: 較…正常值高0.9度 after 攝氏24.8度",
        kind="other",
        unit="度",
        time="2024-12-31",
    ),
    fact_case(
        "2024年全省平均气温17.6℃，较常年偏高1.1度，为1961年以来最高。",
        "1.1度",
        "2025-01-10",
        "written-provincial-climate: 较常年偏高1.1度 after ℃",
        kind="other",
        unit="度",
    ),
    fact_case(
        "今年7月，我县平均气温为28.4度，月内最高达39.2度，比常年同期偏高1.6度。",
        "1.6度",
        "2025-08-02",
        "written-county-news: 比常年同期偏高1.6度, 气温 two clauses before",
        kind="other",
    ),
    fact_case(
        "受冷空气影響，本澳氣溫明顯下降。凌晨錄得的最低為攝氏9.8度，較昨日低6.5度。",
        "6.5度",
        "2025-01-20",
        "written-mo-smg: 較昨日低6.5度 in a sentence with 攝氏",
        kind="other",
    ),
    fact_case(
        "一月份全市平均气温为零下3.2度。本月平均较常年偏低0.8度。",
        "0.8度",
        "2025-02-03",
        "written-city-weather: a page of temperatures, no electricity",
        kind="other",
    ),
    fact_case(
        "今年夏季气温偏高，全市居民用电量达到12.6亿度，同比增长8.3%。",
        "12.6亿度",
        "2025-09-05",
        "written-power-news: 用电量 in a hot summer is kWh",
        kind="energy",
    ),
    fact_case(
        "高温天气持续。全省最高用电负荷三创新高，单日用电量达25.8亿千瓦时，比去年多1.2亿度。",
        "1.2亿度",
        "2025-08-05",
        "written-grid-news: 度 in an electricity sentence on a hot day",
        kind="energy",
    ),
    fact_case(
        "气温回升后，园区光伏电站日均发电3.6万度。",
        "3.6万度",
        "2025-04-10",
        "written-county-energy: 发电 beside 气温",
        kind="energy",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), DEGREES)
def test_degrees_of_temperature(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a year's review: its months
# A title naming a year's report or review (二○二四年天氣回顧, 2024年气候公报, 2023年工作总结) dates the
# bare months, days and 年内 of the page in that year, also when it is published in the next
# one: they are the year's past, reported, not this year's months still ahead (planned).
HKO = (
    "二○二四年香港的年平均氣溫為攝氏24.8度。全年總雨量為2 830.6毫米，其中八月的雨量達641.5毫米，"
    "是該月正常雨量的1.6倍。\n年內共有7個熱帶氣旋影響香港，較正常的6個為多。\n"
    "全年日照時數為2 014.3小時；年內最高氣溫為九月三日錄得的攝氏36.1度。"
)
REVIEW_MONTHS = [
    fact_case(
        HKO,
        "641.5毫米",
        "2025-01-07",
        "retired-hk-hko: 八月的雨量達…",
        title="二○二四年天氣回顧",
        time="2024-08-31",
        status="reported",
    ),
    fact_case(
        HKO,
        "1.6倍",
        "2025-01-07",
        "retired-hk-hko: 是該月正常雨量的1.6倍",
        title="二○二四年天氣回顧",
        time="2024-08-31",
        status="reported",
    ),
    fact_case(
        HKO,
        "7個",
        "2025-01-07",
        "retired-hk-hko: 年內共有7個熱帶氣旋",
        title="二○二四年天氣回顧",
        time="2024-12-31",
        status="reported",
    ),
    fact_case(
        HKO,
        "36.1度",
        "2025-01-07",
        "retired-hk-hko: 九月三日錄得的攝氏36.1度",
        title="二○二四年天氣回顧",
        time="2024-09-03",
        status="reported",
    ),
    fact_case(
        "全年全省平均降水量为812毫米。其中7月降水量达218毫米，为常年同期的1.9倍。",
        "218毫米",
        "2025-01-15",
        "written-provincial-climate: 2024年…气候公报, 7月",
        title="2024年浙江省气候公报",
        time="2024-07-31",
        status="reported",
    ),
    fact_case(
        "年内全市共新增市场主体3.2万户。11月当月新增4100户。",
        "4100户",
        "2025-01-20",
        "written-city-summary: 二〇二四年工作总结, 11月",
        title="市市场监管局二〇二四年工作总结",
        time="2024-11-30",
        status="reported",
    ),
    fact_case(
        "年內共錄得暴雨警告12次，其中六月錄得5次。",
        "5次",
        "2025-01-09",
        "written-mo-smg: 二○二四年氣象回顧, 六月",
        title="二○二四年氣象回顧",
        time="2024-06-30",
        status="reported",
    ),
    fact_case(
        "年內共錄得暴雨警告12次，其中六月錄得5次。",
        "12次",
        "2025-01-09",
        "written-mo-smg: 年內 of a year's review",
        title="二○二四年氣象回顧",
        time="2024-12-31",
        status="reported",
    ),
    # no title: the lead names the year just ended, in the months reviews are published
    fact_case(
        "天文台今日發表二○二四年的天氣回顧。\n其中八月的雨量達641.5毫米，是該月正常雨量的1.6倍。",
        "641.5毫米",
        "2025-01-07",
        "retired-hk-hko (text only): the lead's 二○二四年",
        time="2024-08-31",
        status="reported",
    ),
    fact_case(
        "2024年，全县旅游接待人次再创新高。\n8月份接待游客38.2万人次，为全年最高。",
        "38.2万人次",
        "2025-02-15",
        "written-county-news: 8月份 after a lead of 2024年",
        time="2024-08-31",
        status="reported",
    ),
    # what stays this year's: a plan, a deadline, this year named before it
    fact_case(
        "二○二四年警方共錄得詐騙案39 870宗。\n處長表示，警方今年會繼續打擊詐騙，並在年內增聘200名調查人員。",
        "200名",
        "2025-02-10",
        "retired-hk-police: 今年…年內增聘200名 stays this year's",
        time="2025-12-31",
        status="planned",
    ),
    fact_case(
        "2024年全市完成造林3.2万亩。\n今年8月底前力争完成春季补植1.5万亩。",
        "1.5万亩",
        "2025-01-20",
        "written-city-forestry: 8月底前 (a deadline) stays this year's",
        time="2025-08-31",
        status="planned",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), REVIEW_MONTHS)
def test_months_of_a_years_review(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a comparison's basis period
# A period a comparison word names in brackets (按期（2025年6月至8月）, 环比（6月）, 较上年同期（…）) or
# the last year of a span a comparison starts from (较1991至2020年的正常值) is the basis, not the
# figure's time: the change is of the period the sentence reports. So is the first year of a
# record's span (为1961年有气象记录以来同期最少): a later figure keeps the sentence's dated period.
BASES = [
    fact_case(
        "統計暨普查局資料顯示，2025年7月至9月總體失業率為1.8%，按期（2025年6月至8月）下跌0.1個百分點；"
        "本地居民失業率為2.4%。",
        "0.1個百分點",
        "2025-10-29",
        "retired-mo-dsec: 按期（2025年6月至8月）下跌",
        time="2025-09-30",
        change="decrease",
    ),
    fact_case(
        "2025年第三季，全市城镇调查失业率为5.1%，环比（2025年第二季）下降0.2个百分点。",
        "0.2个百分点",
        "2025-10-20",
        "written-city-bulletin: 环比（2025年第二季）",
        time="2025-09-30",
    ),
    fact_case(
        "8月份，全省居民消费价格同比上涨0.6%，环比（7月）下降0.1%。",
        "0.1%",
        "2025-09-10",
        "written-provincial-cpi: 环比（7月）下降",
        time="2025-08-31",
    ),
    fact_case(
        "2024年第四季本地生產總值按年實質上升2.5%，按季（2024年第三季）經季節性調整後上升0.8%。",
        "0.8%",
        "2025-02-26",
        "written-hk-gdp: 按季（2024年第三季）",
        time="2024-12-31",
    ),
    fact_case(
        "2024年全省平均降水量为612毫米，比1991—2020年均值偏少12%。",
        "12%",
        "2025-01-10",
        "written-provincial-climate: 比1991—2020年均值",
        time="2024-12-31",
    ),
    fact_case(
        "据市水文中心统计，7月1日至8月24日，全市平均降水量68.3毫米，较常年同期偏少七成，"
        "为1961年有气象记录以来同期最少，其中南部山区降水偏少均在80%以上。",
        "80%",
        "2022-08-26",
        "retired-city-water: after 1961年有气象记录以来",
        time="2022-08-24",
    ),
    fact_case(
        "今年1至6月，全縣日照時數為1 012小時，為1959年有記錄以來同期最多，較常年偏多16%。",
        "16%",
        "2025-07-05",
        "written-tw-county: after 1959年有記錄以來",
        time="2025-06-30",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BASES)
def test_a_comparisons_basis_period(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a count of places
# A whole number right before one or two tiers of government (县市, 区, 县（市、区）) after a list's 等,
# a verb of having or a whole (全省) counts places, the tiers its unit; never when the tier begins a
# word (等3市场).
PLACES = [
    fact_case(
        "農業部公告高雄市、屏東縣等5縣市為現金救助地區，受災農民可於公告日起15日內提出申請。",
        "5縣市",
        "2024-10-08",
        "retired-tw-moa: 高雄市、屏東縣等5縣市",
        kind="count",
        value=5,
        unit="縣市",
    ),
    fact_case(
        "朝阳、海淀、丰台等3区率先开展试点，年内推广至全市。",
        "3区",
        "2025-03-02",
        "written-beijing-portal: 朝阳、海淀、丰台等3区",
        kind="count",
        value=3,
        unit="区",
    ),
    fact_case(
        "全省13市均已启动防汛四级应急响应。",
        "13市",
        "2025-06-20",
        "written-provincial-portal: 全省13市",
        kind="count",
        value=13,
        unit="市",
    ),
    fact_case(
        "截至目前，全市共有12县市完成验收。",
        "12县市",
        "2025-11-02",
        "written-city-news: 共有12县市",
        kind="count",
        unit="县市",
    ),
    fact_case(
        "此次检查覆盖岳阳、常德等8县（市、区）。",
        "8县",
        "2025-05-14",
        "written-county-news: 等8县（市、区）",
        kind="count",
        value=8,
    ),
    fact_case(
        "嘉義縣、雲林縣等4縣列入本次補助範圍。",
        "4縣",
        "2025-07-30",
        "written-tw-county: 嘉義縣、雲林縣等4縣",
        kind="count",
        value=4,
        unit="縣",
    ),
]


PLACES += [
    fact_case(
        "截至目前，全国31省区市均已出台实施方案。",
        "31省区市",
        "2025-04-18",
        "written-ministry-news: 全国31省区市",
        kind="count",
        value=31,
        unit="省区市",
    ),
    fact_case(
        "首批试点选在上海、深圳等3市",
        "3市",
        "2025-04-18",
        "written-finance-news: 等3市 ending the text",
        kind="count",
        value=3,
        unit="市",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PLACES)
def test_a_count_of_places(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        no_fact_case("全市农贸等3市场改造提升工程同步推进。", "3市场", "written-city-news: 等3市场 (a word)"),
    ],
)
def test_no_count_of_places(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-01-20"), text, needle) == []


# ---------------------------------------------------------------- a sentence's length
# A Chinese numeral and 年 after 判处, 徒刑, 缓刑 or 刑期, or before 有期徒刑 past its bound, is how long a
# sentence runs (duration, its bound the qualifier), not a year; a length 判处 states is a figure even
# when it sorts out the convicts a later figure counts.
SENTENCES = [
    fact_case(
        "审结刑事案件8,416件，其中判处五年以上有期徒刑至死刑的罪犯1,127人。",
        "五年",
        "2025-02-20",
        "retired-court: 判处五年以上有期徒刑至死刑的罪犯",
        kind="duration",
        value=5,
        unit="年",
        qualifier="at_least",
        subject=["有期徒刑"],
    ),
    fact_case(
        "法院以诈骗罪判处被告人有期徒刑三年，并处罚金人民币五万元。",
        "三年",
        "2025-06-11",
        "written-county-court: 判处…有期徒刑三年",
        kind="duration",
        value=3,
        unit="年",
    ),
    fact_case(
        "被告人犯危險駕駛罪，判處有期徒刑二年，緩刑三年。",
        "三年",
        "2025-03-15",
        "written-hk-style-court: 緩刑三年",
        kind="duration",
        value=3,
    ),
    fact_case(
        "依照刑法规定，可处三年以下有期徒刑、拘役或者管制。",
        "三年",
        "2025-04-01",
        "written-procuratorate: 三年以下有期徒刑",
        kind="duration",
        value=3,
        qualifier="at_most",
    ),
    fact_case(
        "两名主犯分别被判处有期徒刑十年和八年。",
        "十年",
        "2025-09-09",
        "written-city-news: 判处有期徒刑十年",
        kind="duration",
        value=10,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), SENTENCES)
def test_a_sentences_length(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a time limit's act
# A limit running from a day (公告日起15日內) bounds the act its clause ends with; the act may follow a
# preposition and its object (向鄉公所提出申請, jieba's one noun) and an aside in brackets.
LIMITS = [
    fact_case(
        "農業部表示，已公告高雄市等5縣市為現金救助地區，農民應於公告日起15日內（即113年10月22日前）"
        "向鄉（鎮、市、區）公所提出申請。",
        "15日",
        "2024-10-08",
        "retired-tw-moa: 公告日起15日內…向鄉公所提出申請",
        kind="duration",
        qualifier="at_most",
        subject=["申請", "提出申請"],
    ),
    fact_case(
        "符合条件的农户应于公告之日起15日内向所在乡镇政府提出申请。",
        "15日",
        "2025-07-02",
        "written-county-notice: 之日起15日内向乡镇政府提出申请",
        subject=["申请", "提出申请"],
    ),
    fact_case(
        "供应商认为采购文件使其权益受到损害的，可以在收到采购文件之日起7个工作日内向采购人提出质疑。",
        "7个工作日",
        "2025-05-06",
        "written-procurement: 7个工作日内向采购人提出质疑",
        subject=["质疑", "提出质疑"],
    ),
    fact_case(
        "當事人可自收到決定書之日起30日內（即本年12月31日前）向本局提出訴願。",
        "30日",
        "2025-11-28",
        "written-tw-notice: 30日內（即…前）向本局提出訴願",
        subject=["訴願", "提出訴願"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LIMITS)
def test_a_time_limits_act(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- probes that read nothing
# A fraction with a slash after a change word is a share of change, as 三分之一 is (同比增长1/3).
# An amount with a scale and no unit that ends its clause after a money noun and a verb (营收达到50亿)
# is money whose currency is not written: kind money, unit null (GUIDE: the unit as written), not
# left out and not a count. A vague count (数十家) is no fact (GUIDE: vague counts are not facts).
PROBES = [
    fact_case(
        "今年前三季度，该县快递业务量同比增长1/3。",
        "1/3",
        "2025-10-20",
        "probe-county-news: 同比增长1/3",
        kind="percent",
        change="increase",
        value=100 / 3,
    ),
    fact_case(
        "受原材料价格回落影响，企业单位生产成本较上年下降约1/4。",
        "1/4",
        "2025-03-01",
        "written-finance-news: 较上年下降约1/4",
        kind="percent",
        value=25.0,
        qualifier="approx",
        change="decrease",
    ),
    fact_case(
        "改造完成后，通行效率提高1/3以上。",
        "1/3",
        "2025-05-01",
        "written-city-portal: 提高1/3以上",
        kind="percent",
        qualifier="at_least",
    ),
    fact_case(
        "公司营收二零二三年达到50亿。",
        "50亿",
        "2024-03-30",
        "probe-finance-news: 营收…达到50亿",
        kind="money",
        value=5e9,
        unit=None,
        time="2023-12-31",
    ),
    fact_case(
        "全年全市实际利用外资为12.6亿，同比增长8.1%。",
        "12.6亿",
        "2025-01-30",
        "written-city-bulletin: 实际利用外资为12.6亿",
        kind="money",
        unit=None,
    ),
    fact_case(
        "本澳全年出口貨值為127.3億，按年上升5.2%。",
        "127.3億",
        "2025-01-28",
        "written-mo-dsec: 出口貨值為127.3億",
        kind="money",
        unit=None,
    ),
    fact_case(
        "本澳總人口為68.4萬。",
        "68.4萬",
        "2025-02-10",
        "written-mo-dsec: 總人口為68.4萬 stays a count",
        kind="count",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), PROBES)
def test_probes(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run_fact(text, needle, published, title, expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        no_fact_case("共有数十家企业参加本次招聘会。", "数十家", "probe-county-news: 数十家 (vague)"),
        no_fact_case("現場吸引了數百名市民參與。", "數百名", "written-hk-style: 數百名 (vague)"),
        no_fact_case("该站于3/15开通，实行24/7服务。", "24/7", "written-city-news: 24/7 is no fraction"),
    ],
)
def test_vague_or_no_fraction(text: str, needle: str) -> None:
    assert overlapping(facts_of(text, "2025-01-20"), text, needle) == []


# ---------------------------------------------------------------- 多 that compares
# 多 after a compared level and right before a figure (較正常的2 431.2毫米多約16%, 比上年的120万吨多5万吨)
# is "more by": the level before it is exact; 多 with no figure after it (工期2年多) is still a bound.
MORE_BY = [
    fact_case(
        "全年總雨量為2 830.6毫米，較正常的2 431.2毫米多約16%。",
        "2 431.2毫米",
        "2025-01-07",
        "retired-hk-hko: 較正常的2 431.2毫米多約16%",
        qualifier="exact",
    ),
    fact_case(
        "今年全县粮食总产量比上年的120万吨多5万吨。",
        "120万吨",
        "2025-12-20",
        "written-county-news: 比上年的120万吨多5万吨",
        qualifier="exact",
    ),
    fact_case(
        "今年汛期降雨日數較去年同期的35天多3天。",
        "35天",
        "2025-09-01",
        "written-tw-cwa: 較去年同期的35天多3天",
        qualifier="exact",
    ),
    fact_case(
        "该项目建设工期2年多。",
        "2年",
        "2025-03-01",
        "written-city-portal: 2年多 stays a bound",
        qualifier="at_least",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), MORE_BY)
def test_more_by(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run_fact(text, needle, published, title, expected)
