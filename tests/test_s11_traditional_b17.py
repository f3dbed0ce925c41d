"""Session 11, batch 17's traditional pages (Hong Kong, Macau, Taiwan releases): each error named as
a general construction, with the row it was found on (``batch17-<page>``) and rows written here in
the style of other kinds of site (``written-<kind of site>``). Rows that fail today are strict
xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_subject, fact_case, run_fact, subject_case

# ---------------------------------------------------------------- 本季, 上季 (本月, 上月) in a report of a
# past period (its title's or its lead's): counted from the report's period, not the publish day
REPORT_RELATIVE = [
    fact_case(
        "按季檢測結果顯示，本季共有46個樣本不合格，不合格率約為0.3%，與上季的0.4%大致相若。",
        "46個",
        "2025-05-14",
        "batch17-hk-fehd-cfs: 第一季食物安全報告, 本季共有46個樣本不合格",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time="2025-03-31",
    ),
    fact_case(
        "按季檢測結果顯示，本季共有46個樣本不合格，不合格率約為0.3%，與上季的0.4%大致相若。",
        "0.4%",
        "2025-05-14",
        "batch17-hk-fehd-cfs: 第一季食物安全報告, 與上季的0.4%",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time="2024-12-31",
    ),
    fact_case(
        "本季私人建築地盤工人平均日薪為1,085澳門元，較上季上升1.2%；上季則為1,072澳門元。",
        "1,072澳門元",
        "2025-11-20",
        "written-macau-dsec: 2025年第三季建築統計, 上季則為1,072澳門元",
        title="2025年第三季建築統計",
        time="2025-06-30",
    ),
    fact_case(
        "本季私人建築地盤工人平均日薪為1,085澳門元，較上季上升1.2%。",
        "1,085澳門元",
        "2025-11-20",
        "written-macau-dsec: 2025年第三季建築統計, 本季…平均日薪為1,085澳門元",
        title="2025年第三季建築統計",
        time="2025-09-30",
    ),
    fact_case(
        "本季全國登記失業人數為38.2萬人，失業率3.36%。",
        "38.2萬人",
        "2025-02-18",
        "written-taiwan-ministry: 113年第4季勞動統計, 本季登記失業人數",
        title="113年第4季勞動統計速報",
        time="2024-12-31",
    ),
    fact_case(
        "本季度全省规模以上工业增加值同比增长5.6%，增速比上季度加快0.4个百分点。",
        "5.6%",
        "2024-10-25",
        "written-provincial-bulletin: 2024年三季度经济运行情况, 本季度…增长5.6%",
        title="2024年三季度全省经济运行情况",
        time="2024-09-30",
    ),
    fact_case(
        "統計暨普查局公布，2025年第二季入境旅客共960萬人次。本季酒店住客共350萬人次。",
        "350萬人次",
        "2025-08-01",
        "written-macau-release: the lead names 2025年第二季, 本季酒店住客",
        time="2025-06-30",
    ),
    fact_case(
        "統計暨普查局今日公布，2025年第二季入境旅客共960萬人次。本季酒店住客共350萬人次。",
        "350萬人次",
        "2025-08-01",
        "written-macau-release: 今日公布，2025年第二季… then 本季 (the period after the comma leads)",
        time="2025-06-30",
    ),
    fact_case(
        "統計處今日公布，二○二五年第一季本地生產總值按年實質上升3.1%。上一季的升幅為2.5%。",
        "2.5%",
        "2025-05-16",
        "written-hk-census: 今日公布，二○二五年第一季… then 上一季 (the quarter before the lead's)",
        time="2024-12-31",
    ),
    fact_case(
        "本季共受理投訴1,204宗，較上季減少8%。",
        "1,204宗",
        "2025-02-10",
        "written-hk-release: a page published within its quarter counts 本季 from its day",
        time="2025-03-31",
    ),
    fact_case(
        "本月全市新建商品住宅成交1,286套，环比增长6.2%。",
        "1,286套",
        "2025-09-05",
        "written-city-bulletin: 2025年8月房地产市场简报 out in September, 本月…成交1,286套",
        title="2025年8月全市房地产市场简报",
        time="2025-08-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), REPORT_RELATIVE)
def test_relative_period_of_a_report(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a penalty a law sets (a penalty noun
# in the clause with a modal before the figure, or a bound after it under 处): a rule in force, no time,
# its subject the penalty; a fine imposed keeps its time
LAW_PENALTIES = [
    fact_case(
        "根據規例，違例者一經定罪，最高可被罰款50,000元及監禁六個月。",
        "50,000元",
        "2025-05-14",
        "batch17-hk-fehd-cfs: 最高可被罰款50,000元 under a first-quarter report",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time=None,
        subject=["罰款"],
    ),
    fact_case(
        "根據規例，違例者一經定罪，最高可被罰款50,000元及監禁六個月。",
        "六個月",
        "2025-05-14",
        "batch17-hk-fehd-cfs: …及監禁六個月",
        title="食物安全中心公布二○二五年第一季食物安全報告",
        time=None,
        subject=["監禁"],
    ),
    fact_case(
        "上半年取締酒駕2,156件。依第35條規定，汽車駕駛人酒後駕車最高可處新臺幣12萬元罰鍰，並當場移置保管車輛。",
        "12萬元",
        "2025-07-15",
        "batch17-tw-taichung-police: 最高可處新臺幣12萬元罰鍰",
        title="臺中市114年上半年交通事故統計",
        time=None,
        subject=["罰鍰"],
    ),
    fact_case(
        "2024年，全市共查处违法案件326件。根据条例，违者由市场监管部门责令改正，可处2万元以上10万元以下罚款。",
        "2万元",
        "2025-01-10",
        "written-city-market-regulation: 可处2万元以上10万元以下罚款 after a year's work",
        time=None,
        low=20000,
        high=100000,
        subject=["罚款"],
    ),
    fact_case(
        "本季共巡查食肆1,200間。違例者可處澳門元一萬元以上五萬元以下罰款。",
        "一萬元",
        "2025-11-20",
        "written-macau-release: 可處澳門元一萬元以上五萬元以下罰款",
        title="2025年第三季食品安全巡查報告",
        time=None,
        qualifier="exact",
    ),
    fact_case(
        "今年以來，環保局共開立告發單320件。依空氣污染防制法，違者最高可處新臺幣2,000萬元罰鍰。",
        "2,000萬元",
        "2025-06-20",
        "written-tw-county-environment: 最高可處新臺幣2,000萬元罰鍰 after 今年以來",
        time=None,
        subject=["罰鍰"],
    ),
    fact_case(
        "3月12日，区市场监管局对该超市作出行政处罚，没收违法所得并处罚款5万元。",
        "5万元",
        "2025-03-20",
        "written-county-news: a fine imposed (并处罚款5万元) keeps its day",
        time="2025-03-12",
    ),
    fact_case(
        "截至8月26日共開立舉發單46件，累計裁處罰鍰計新臺幣24萬6,000元。",
        "24萬6,000元",
        "2024-08-28",
        "invented-tw-pingtung-health: fines imposed (累計裁處罰鍰) keep their time",
        time="2024-08-26",
        subject=["罰鍰", "裁處罰鍰"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LAW_PENALTIES)
def test_penalty_a_law_sets(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- A以上B以下 in one unit: one range
# (处新台币1,200元以上6,000元以下罚锾), its 以下 no bound of the range; B is no figure of its own
BOUNDED_RANGES = [
    fact_case(
        "另依第44條規定，汽車行近行人穿越道不依規定讓行人優先通行者，處新臺幣1,200元以上6,000元以下罰鍰。",
        "1,200元",
        "2025-07-15",
        "batch17-tw-taichung-police: 處新臺幣1,200元以上6,000元以下罰鍰",
        value=None,
        low=1200,
        high=6000,
        qualifier="exact",
        time=None,
        subject=["罰鍰"],
    ),
    fact_case(
        "违反本办法规定的，由城市管理部门责令限期改正，处5000元以上3万元以下罚款。",
        "5000元",
        "2025-04-01",
        "written-city-regulation: 处5000元以上3万元以下罚款",
        low=5000,
        high=30000,
        qualifier="exact",
        subject=["罚款"],
    ),
    fact_case(
        "對公司處新臺幣10萬元以上50萬元以下罰鍰，並令其限期改善。",
        "10萬元",
        "2025-04-01",
        "written-tw-ministry-notice: 處新臺幣10萬元以上50萬元以下罰鍰",
        low=100000,
        high=500000,
        subject=["罰鍰"],
    ),
    fact_case(
        "招聘对象为年满18周岁以上35周岁以下的本市户籍居民。",
        "18周岁",
        "2025-04-01",
        "written-county-recruitment: 年满18周岁以上35周岁以下 (an age range)",
        low=18,
        high=35,
        qualifier="exact",
    ),
    fact_case(
        "对单笔1000元以上的订单给予补贴，2000元以下的不予补贴。",
        "1000元",
        "2025-04-01",
        "written-finance-news: 1000元以上的 with no upper bound after it stays a bound",
        value=1000,
        qualifier="at_least",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), BOUNDED_RANGES)
def test_range_of_two_bounds(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- the parts of a group named after a
# copula (约4 900个为化学测试样本、约8 200个为…): each part's name ends at the 、 before the next part's
# figure, a verbal noun between nouns (化学|测试|样本) is no predicate, and the rest (其余约2 300个)
# counts the group its sentence breaks down (在上述样本中), not the last part
PARTS_OF_A_GROUP = [
    subject_case(
        "中心發言人表示，在上述樣本中，約4 900個為化學測試樣本、約8 200個為微生物測試樣本，"
        "其餘約2 300個則作輻射及其他測試。",
        "4 900個",
        "batch17-hk-fehd-cfs: 約4 900個為化學測試樣本、約8 200個為…",
        ["化學測試樣本", "樣本"],
    ),
    subject_case(
        "中心發言人表示，在上述樣本中，約4 900個為化學測試樣本、約8 200個為微生物測試樣本，"
        "其餘約2 300個則作輻射及其他測試。",
        "2 300個",
        "batch17-hk-fehd-cfs: 在上述樣本中，…其餘約2 300個則作…",
        ["輻射及其他測試", "樣本"],
    ),
    subject_case(
        "今年以来全市共报告病例326例，其中12例为境外输入病例、314例为本地病例。",
        "12例",
        "written-city-health: 其中12例为境外输入病例、314例为本地病例",
        ["境外输入病例"],
    ),
    subject_case(
        "本月抽检食品1,250批次，其中1,180批次为检测合格产品，其余70批次正在复检。",
        "1,180批次",
        "written-county-market-regulation: 1,180批次为检测合格产品 (a verbal noun inside the name)",
        ["检测合格产品", "合格产品"],
    ),
    subject_case(
        "在批出的個案中，以零售業及飲食業佔多，分別有392宗及287宗；其餘355宗分佈於建造業及其他行業。",
        "355宗",
        "invented-mo-dsedt-sme-aid: 在批出的個案中，…其餘355宗分佈於…",
        ["個案", "批出的個案"],
    ),
    subject_case(
        "在受訪的1,200間企業中，有786間表示營業額上升，其餘414間持平或下跌。",
        "414間",
        "written-hk-survey: 在受訪的…企業中，…其餘414間",
        ["企業"],
    ),
    subject_case(
        "已公告高雄市等5縣市為現金救助地區，農民應於公告日起15日內申請。",
        "5縣市",
        "invented-tw-moa-typhoon: 5縣市為現金救助地區 (現金|救助|地區)",
        ["縣市", "現金救助地區"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PARTS_OF_A_GROUP)
def test_parts_of_a_group(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a part in a breakdown bracket named
# before 占 and its count (其中化學測試佔29個): 占 links the part to the whole, no part of its name
PART_BEFORE_ZHAN = [
    subject_case(
        "本季共有46個樣本不合格（其中化學測試佔29個、微生物測試佔17個），不合格率約為0.3%。",
        "29個",
        "batch17-hk-fehd-cfs: （其中化學測試佔29個、…）",
        ["化學測試"],
    ),
    subject_case(
        "本季共有46個樣本不合格（其中化學測試佔29個、微生物測試佔17個），不合格率約為0.3%。",
        "17個",
        "batch17-hk-fehd-cfs: …、微生物測試佔17個）",
        ["微生物測試"],
    ),
    subject_case(
        "全年共发生事故120起（其中道路交通事故占86起、火灾占34起）。",
        "86起",
        "written-county-safety-bulletin: （其中道路交通事故占86起、…）",
        ["道路交通事故"],
    ),
    subject_case(
        "上半年共受理投訴2,315宗（其中食肆佔1,204宗，零售店佔811宗）。",
        "811宗",
        "written-macau-consumer-council: （…，零售店佔811宗）",
        ["零售店"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PART_BEFORE_ZHAN)
def test_part_named_before_zhan(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 今（23）日, as Taiwan's releases write
# today: the day it names (of the publish month), dating the sentence's figures; a record the day
# set (尖峰負載達…，創歷史新高) is reported, not the plan of a month the title names
TODAY_IN_BRACKETS = [
    fact_case(
        "台灣電力公司統計，今（23）日下午1時35分全台尖峰負載達4,166.3萬瓩，創歷史新高，較去年最高紀錄增加1.9%。",
        "4,166.3萬瓩",
        "2024-07-23",
        "batch17-tw-moea-power: 今（23）日…尖峰負載達4,166.3萬瓩，創歷史新高",
        title="今日尖峰負載創歷史新高 經濟部：8月備轉容量率可維持6%以上",
        time="2024-07-23",
        status="reported",
    ),
    fact_case(
        "台灣電力公司統計，今（23）日下午1時35分全台尖峰負載達4,166.3萬瓩，創歷史新高，較去年最高紀錄增加1.9%。",
        "1.9%",
        "2024-07-23",
        "batch17-tw-moea-power: …較去年最高紀錄增加1.9%",
        title="今日尖峰負載創歷史新高 經濟部：8月備轉容量率可維持6%以上",
        time="2024-07-23",
        status="reported",
    ),
    fact_case(
        "臺中市政府今（4）日舉行動土典禮，本案總工程經費約新臺幣18.6億元。",
        "18.6億元",
        "2024-05-06",
        "written-tw-city-news: 今（4）日 on a page saved two days later is the 4th",
        time="2024-05-04",
    ),
    fact_case(
        "交通部觀光署今(12)日公布，上半年入境旅客達350萬人次。",
        "350萬人次",
        "2024-07-12",
        "written-tw-ministry: 今(12)日公布，上半年… (the period still governs)",
        time="2024-06-30",
    ),
    fact_case(
        "衛生福利部疾病管制署今（15）日表示，本週新增本土登革熱病例26例。",
        "26例",
        "2024-08-15",
        "written-tw-cdc: 今（15）日表示，本週新增…26例 (本週 governs)",
        time="2024-08-18",
    ),
]


# ---------------------------------------------------------------- 来 after a period and before a place
# (上半年來臺旅客, 今年来华留学生, 1-6月來澳旅客) is "coming to", no "since": the period stays a period
COMING_TO = [
    fact_case(
        "交通部觀光署今(12)日公布，上半年來臺旅客達350萬人次。",
        "350萬人次",
        "2024-07-13",
        "written-tw-ministry: 上半年來臺旅客 (not 上半年來, since the first half)",
        time="2024-06-30",
    ),
    fact_case(
        "今年来华留学生达1.2万人。",
        "1.2万人",
        "2024-07-12",
        "written-education-news: 今年来华留学生",
        time="2024-12-31",
    ),
    fact_case(
        "今年来全市新增就业1.2万人。",
        "1.2万人",
        "2024-07-12",
        "written-city-news: 今年来全市… stays since this year",
        time="2024-07-12",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), COMING_TO)
def test_coming_to_a_place(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


TODAY_IN_BRACKETS += [
    fact_case(
        "台電表示，昨（22）日全台尖峰負載達4,100萬瓩，備轉容量率8.2%。",
        "4,100萬瓩",
        "2024-07-23",
        "written-tw-taipower: 昨（22）日 is the 22nd",
        time="2024-07-22",
    ),
    fact_case(
        "上（6）月全台用電量達245億度，較去年同月增加3.1%。",
        "245億度",
        "2024-07-10",
        "written-tw-ministry: 上（6）月 is June",
        time="2024-06-30",
    ),
    fact_case(
        "上（12）月全台用電量達205億度。",
        "205億度",
        "2025-01-10",
        "written-tw-ministry: 上（12）月 in January is last year's December",
        time="2024-12-31",
    ),
    fact_case(
        "警察局統計，本（7）月以來共開出罰單1,250張。",
        "1,250張",
        "2024-07-20",
        "written-tw-city-police: 本（7）月以來 runs from July 1st to the day",
        start="2024-07-01",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TODAY_IN_BRACKETS)
def test_today_in_brackets(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- the base a 较/比 names before a verb
# of change (较去年最高纪录增加1.9%, 比去年最高负荷增长6.3%, 较上年同期水平增长4.2%) is no subject: what
# changed is what the sentence named before; the load of a grid (尖峰负载, 用电负荷, 备转容量率) is a noun
COMPARED_BASE = [
    subject_case(
        "今（23）日下午1時35分全台尖峰負載達4,166.3萬瓩，創歷史新高，較去年最高紀錄增加1.9%。",
        "1.9%",
        "batch17-tw-moea-power: 較去年最高紀錄增加1.9%",
        ["尖峰負載", "全台尖峰負載"],
    ),
    subject_case(
        "今（23）日下午1時35分全台尖峰負載達4,166.3萬瓩，創歷史新高，較去年最高紀錄增加1.9%。",
        "4,166.3萬瓩",
        "batch17-tw-moea-power: 全台尖峰負載達4,166.3萬瓩 (負載 a noun)",
        ["尖峰負載", "全台尖峰負載"],
    ),
    subject_case(
        "當日備轉容量率仍維持在7.8%，供電燈號為黃燈。",
        "7.8%",
        "batch17-tw-moea-power: 備轉容量率仍維持在7.8%",
        ["備轉容量率"],
    ),
    subject_case(
        "7月以来全市最高用电负荷达到1250万千瓦，比去年最高负荷增长6.3%。",
        "6.3%",
        "written-provincial-energy-bulletin: 比去年最高负荷增长6.3%",
        ["用电负荷", "最高用电负荷"],
    ),
    subject_case(
        "本月全市出口额为38亿元，较上年同期水平增长4.2%。",
        "4.2%",
        "written-city-statistics: 较上年同期水平增长4.2%",
        ["出口额"],
    ),
    subject_case(
        "全港失業率為3.1%，較上季水平下降0.1個百分點。",
        "0.1個百分點",
        "written-hk-census: 較上季水平下降0.1個百分點",
        ["失業率"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COMPARED_BASE)
def test_base_of_a_comparison(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- an adverb jieba tags ad between the
# noun and its verb (降雨量普遍達, 價格明顯上漲, 樓價普遍下跌) says how, nothing of what is measured
ADVERB_BEFORE_VERB = [
    subject_case(
        "另外，6月梅雨期間鋒面滯留，中南部山區累積降雨量普遍達800至1,200毫米。",
        "800至1,200毫米",
        "batch17-tw-moea-power: 累積降雨量普遍達800至1,200毫米",
        ["累積降雨量", "降雨量"],
    ),
    subject_case(
        "7月以来，全省平均降水量普遍达120毫米。",
        "120毫米",
        "written-provincial-weather: 平均降水量普遍达120毫米",
        ["降水量", "平均降水量"],
    ),
    subject_case(
        "本周全市蔬菜价格明显上涨8.5%。",
        "8.5%",
        "written-city-prices: 蔬菜价格明显上涨8.5%",
        ["蔬菜价格"],
    ),
    subject_case(
        "今年以來，各區樓價普遍下跌5%。",
        "5%",
        "written-hk-property-news: 各區樓價普遍下跌5%",
        ["樓價"],
    ),
    subject_case(
        "全年共收到政府信息公开申请7件，均在法定期限内答复办结。",
        "7件",
        "invented-township-info-disclosure: 公开 inside the noun stays (政府信息公开申请)",
        ["申请", "政府信息公开申请"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ADVERB_BEFORE_VERB)
def test_adverb_before_the_verb(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a rule of thumb (每 and a verb of
# change before a step, and what follows from it with a modal in the next clause) holds at no time,
# whatever the period a title names; a bound before a modal and a verb of saving holds for what is saved
RULES_OF_THUMB = [
    fact_case(
        "經濟部呼籲民眾節約用電，冷氣溫度每調高1度，約可節省6%用電量。",
        "1度",
        "2024-07-23",
        "batch17-tw-moea-power: 冷氣溫度每調高1度",
        title="今日尖峰負載創歷史新高 經濟部：8月備轉容量率可維持6%以上",
        time=None,
        status="reported",
    ),
    fact_case(
        "經濟部呼籲民眾節約用電，冷氣溫度每調高1度，約可節省6%用電量。",
        "6%",
        "2024-07-23",
        "batch17-tw-moea-power: …，約可節省6%用電量",
        title="今日尖峰負載創歷史新高 經濟部：8月備轉容量率可維持6%以上",
        time=None,
        qualifier="approx",
    ),
    fact_case(
        "测算显示，贷款利率每下降1个百分点，可带动全市固定资产投资增长0.5%。",
        "0.5%",
        "2025-04-10",
        "written-provincial-finance: 利率每下降1个百分点，可带动…增长0.5%",
        title="2025年一季度全市金融运行情况",
        time=None,
    ),
    fact_case(
        "旅發局估計，訪港旅客每增加10萬人次，將帶來約12億元消費。",
        "10萬人次",
        "2025-02-10",
        "written-hk-tourism: 訪港旅客每增加10萬人次",
        title="二○二四年第四季旅遊業統計",
        time=None,
    ),
    fact_case(
        "2024年，全市企业每增加1名就业，补贴1000元。",
        "1000元",
        "2025-02-10",
        "written-city-employment: a rule of a year's own clause keeps that year",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), RULES_OF_THUMB)
def test_rule_of_thumb(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- a forecast's verb between who
# forecasts and what (台電預估尖峰負載將達…, 預估總產量約…) is no part of the subject; the figure is planned
FORECAST_VERB = [
    fact_case(
        "展望8月，台電預估尖峰負載將達4,250萬瓩，備轉容量率可維持在6%以上。",
        "4,250萬瓩",
        "2024-07-23",
        "batch17-tw-moea-power: 台電預估尖峰負載將達4,250萬瓩",
        subject="尖峰負載",
        status="planned",
    ),
    fact_case(
        "縣府農業處表示，平均每公頃產量約14,500公斤，預估總產量約6萬9,800公噸。",
        "6萬9,800公噸",
        "2025-04-10",
        "invented-tw-county-garlic: 預估總產量約6萬9,800公噸",
        subject="總產量",
    ),
    fact_case(
        "气象部门预测全省最高气温将达40℃。",
        "40℃",
        "2024-07-23",
        "written-provincial-weather: 气象部门预测全省最高气温将达40℃",
        subject="最高气温",
        status="planned",
    ),
    fact_case(
        "主計總處上修今年經濟成長率，較5月預測數增加0.12個百分點。",
        "0.12個百分點",
        "2024-08-16",
        "invented-tw-dgbas: 較5月預測數 (預測數 a noun, the base) stays out of the subject",
        subject="經濟成長率",
    ),
    fact_case(
        "市统计局估算全年地区生产总值为1.2万亿元。",
        "1.2万亿元",
        "2025-01-10",
        "written-city-statistics: 市统计局估算全年地区生产总值",
        subject="地区生产总值",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), FORECAST_VERB)
def test_forecast_verb(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)
