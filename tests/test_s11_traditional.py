"""Traditional-script pages (Hong Kong, Macau, Taiwan) on session 11's look (issue 14).

Each table is one construction found in the errors of batch 15's four traditional pages
(``invented-<page>``: 統計處's mid-year population, 環境保護局's environment report, 投資推廣署's
annual results, 臺鐵公司's ridership), with rows written in the styles of other sites
(``written-<kind of site>``: 政府新聞公報, 統計暨普查局, 主計總處, 縣市政府 news, a mainland 统计公报)
and other wordings. ``site`` is the page's site name, which decides its place as the pipeline
does: a Taiwan page dates in the Republic of China era. ``time`` is the fact's last day.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_subject, fact_case, known_miss, run_fact, subject_case
from test_s8_traditional import COLUMNS, case, run

HK = "政府統計處"
MO = "澳門特別行政區政府入口網站"
TW = "內政部警政署"
CN = None

# ---------------------------------------------------------------- 年中: the middle of a year is the
# moment a mid-year count is taken, 30 June (not a window of June and July); a plan "by mid-year"
# (年中前) ends then too

HK_POP = "二○二五年年中香港人口臨時數字為7 527 600人，較一年前的7 503 100人增加24 500人，按年增長0.3%。"
MID_YEAR = [
    case(
        HK_POP,
        "7 527 600",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 二○二五年年中…為7 527 600人",
        time="2025-06-30",
    ),
    case(
        HK_POP, "0.3%", "2025-08-14", HK, "invented-hk-censtatd-population: …按年增長0.3%", time="2025-06-30"
    ),
    case(
        "65歲及以上人士佔全港人口的比例由二○二四年年中的23.5%上升至二○二五年年中的24.6%。",
        "23.5%",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 由二○二四年年中的23.5%",
        time="2024-06-30",
    ),
    case(
        "2024年年中，本澳居住人口為68.7萬人，其中外地僱員佔26.1%。",
        "68.7萬",
        "2024-08-20",
        MO,
        "written-mo-dsec: 2024年年中，本澳居住人口為68.7萬人",
        time="2024-06-30",
    ),
    case(
        "本市2023年年中常住人口为1 268.5万人，比上年年中增加9.6万人。",
        "1 268.5万",
        "2023-09-10",
        CN,
        "written-cn-stats-bulletin: 2023年年中常住人口为1 268.5万人",
        time="2023-06-30",
    ),
    case(
        "據統計，113年年中本縣設籍人口為53萬2,418人，較112年底減少1,026人。",
        "53萬2,418",
        "2024-07-15",
        TW,
        "written-tw-county-news: 113年年中本縣設籍人口",
        time="2024-06-30",
    ),
]

# ---------------------------------------------------------------- 一年前的: a baseline "a year
# before" is the period just named, moved a year back (as 去年同期 is)

YEAR_BEFORE = [
    case(
        HK_POP,
        "7 503 100",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 較一年前的7 503 100人",
        time="2024-06-30",
    ),
    case(
        HK_POP,
        "24 500",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 增加24 500人 (the sentence's)",
        time="2025-06-30",
    ),
    case(
        "截至2025年9月底，本澳失業人口為8 900人，一年前為9 600人。",
        "9 600",
        "2025-10-28",
        MO,
        "written-mo-dsec: 截至2025年9月底…，一年前為9 600人",
        time="2024-09-30",
    ),
    case(
        "二○二五年第三季的失業率為3.8%，較一年前的3.0%上升0.8個百分點。",
        "3.0%",
        "2025-10-20",
        HK,
        "written-hk-gov-press: 第三季…，較一年前的3.0%",
        time="2024-09-30",
    ),
    case(
        "2024年12月底全市登記機動車98.6萬輛，較一年前的95.2萬輛增加3.4萬輛。",
        "95.2萬",
        "2025-01-10",
        CN,
        "written-cn-traffic-police: 12月底…較一年前的95.2萬輛",
        time="2023-12-31",
    ),
    case(
        "2024年12月底全市登記機動車98.6萬輛，較一年前的95.2萬輛增加3.4萬輛。",
        "3.4萬",
        "2025-01-10",
        CN,
        "written-cn-traffic-police: …增加3.4萬輛 (the sentence's)",
        time="2024-12-31",
    ),
    case(
        "一年前，他在公司任職3年，今年升任主管。",
        "3年",
        "2025-01-10",
        HK,
        "written-hk-feature: 一年前，… (no period named: no time)",
        time=None,
    ),
]

# ---------------------------------------------------------------- a span between two moments of a
# year (二○二四年年中至二○二五年年中期間, 2023年底至2024年底) opening a sentence dates it to its
# end, also after ；

HK_GROWTH = (
    "在二○二四年年中至二○二五年年中期間，人口增長包括自然減少9 800人及淨移入34 300人；"
    "淨移入人數包括單程證持有人38 600人，以及其他香港居民淨移出4 300人。"
)
MOMENTS = [
    case(
        HK_GROWTH,
        "38 600",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: …；…單程證持有人38 600人",
        time="2025-06-30",
    ),
    case(
        HK_GROWTH,
        "4 300",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: …淨移出4 300人",
        time="2025-06-30",
    ),
    case(
        "2023年底至2024年底，全市新增企業3 200戶；個體工商戶增加1 500戶。",
        "1 500",
        "2025-02-10",
        CN,
        "written-cn-market-regulator: 2023年底至2024年底，…；個體工商戶增加1 500戶",
        time="2024-12-31",
    ),
    case(
        "112年底至113年底，本市長期照顧服務使用人數增加4,316人；日間照顧中心新增12處。",
        "12處",
        "2025-02-10",
        "臺中市政府",
        "written-tw-city-news: 112年底至113年底，…；…新增12處",
        time="2024-12-31",
    ),
]

# ---------------------------------------------------------------- a table's cells with digits
# grouped by a space (1 223.5 under 千人, 251 306 under 輛), and a column headed by a moment of a
# year (二○二四年年中, 2024年底) dating its cells

HK_TABLE = (
    "表一：按區域劃分的年中人口（臨時數字）\n區域\t二○二四年年中（千人）\t二○二五年年中（千人）\n"
    "香港島\t1 223.5\t1 218.9\n九龍\t2 265.1\t2 281.7\n"
)
MO_TABLE = "項目\t2024年底\t2025年6月底\n登記車輛（輛）\t251 306\t255 112\n"
HK_CRIME = "罪案類別\t宗數\n盜竊\t12 345\n詐騙\t9 876\n"
SPACED_CELLS = [
    case(
        HK_TABLE,
        "1 223.5",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 香港島 | 1 223.5 (千人)",
        value=1223500,
        unit="人",
        subject=["香港島"],
        time="2024-06-30",
    ),
    case(
        HK_TABLE,
        "2 281.7",
        "2025-08-14",
        HK,
        "invented-hk-censtatd-population: 九龍 | … | 2 281.7",
        value=2281700,
        time="2025-06-30",
    ),
    case(
        MO_TABLE,
        "255 112",
        "2025-07-20",
        MO,
        "written-mo-dsat: 登記車輛（輛） | … | 255 112",
        value=255112,
        unit="輛",
        time="2025-06-30",
    ),
    case(MO_TABLE, "251 306", "2025-07-20", MO, "written-mo-dsat: 2024年底 | 251 306", time="2024-12-31"),
    case(
        HK_CRIME,
        "12 345",
        "2025-02-01",
        HK,
        "written-hk-police: 盜竊 | 12 345 under 宗數",
        value=12345,
        unit="宗",
    ),
    case(
        "地區\t2024年底（人）\n臺北市\t2,466,018\n",
        "2,466,018",
        "2025-01-10",
        "臺北市政府",
        "written-tw-city-stats: 2024年底（人） | 2,466,018 (commas, as before)",
        value=2466018,
        time="2024-12-31",
    ),
    case(
        "指標\t本月\t同比（%）\n出口額（億元）\t1 203.5\t-4.2\n",
        "-4.2",
        "2025-06-10",
        CN,
        "written-cn-customs: a negative cell after a spaced one",
        value=-4.2,
    ),
]


@pytest.mark.parametrize(COLUMNS, MID_YEAR + YEAR_BEFORE + MOMENTS + SPACED_CELLS)
def test_times_and_cells(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a report titled with its year
# after its name (《澳門環境狀況報告2024》, 《旅遊統計年報2023》) is about that year when it comes
# out later: its bare 全年 is that year's, not the publish year's; a title year that is the publish
# year names an edition (《香港物業報告2026》 out in April 2026 reviews 2025), as before

TITLED_YEAR = [
    fact_case(
        "建築廢料則另行統計，全年於建築廢料堆填區處置約128.6萬噸。",
        "128.6萬",
        "2025-11-20",
        "invented-mo-dspa-environment: 《澳門環境狀況報告2024》 | 全年…處置約128.6萬噸",
        title="環境保護局發佈《澳門環境狀況報告2024》",
        time="2024-12-31",
    ),
    fact_case(
        "全年入境旅客達3 400萬人次，按年上升240%。",
        "240%",
        "2024-06-01",
        "written-mo-dst: 《旅遊統計年報2023》 | 全年入境旅客…上升240%",
        title="《旅遊統計年報2023》",
        time="2023-12-31",
    ),
    fact_case(
        "全年空气质量优良天数为318天，优良率87.1%。",
        "87.1%",
        "2024-06-05",
        "written-cn-ecology-bulletin: 《生态环境状况公报2023》 | 全年…优良率87.1%",
        title="市生态环境局发布《生态环境状况公报2023》",
        time="2023-12-31",
    ),
    fact_case(
        "私人住宅租金指數全年平均為186.9，按年上升4.1%。",
        "4.1%",
        "2026-04-29",
        "invented-hk-rvd-property: 《香港物業報告2026》 out in 2026 (an edition's year)",
        title="差餉物業估價署發表《香港物業報告2026》",
        time="2025-12-31",
    ),
    fact_case(
        "全年新生嬰兒約3 900名。",
        "3 900",
        "2025-03-10",
        "written-mo-dsec: 《人口統計報告2025》 out in March 2025 (an edition's year)",
        title="統計局發表《人口統計報告2025》",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), TITLED_YEAR)
def test_titled_year(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run_fact(text, needle, published, title, expected)


# ---------------------------------------------------------------- N日 in a sentence about a count of
# days (不良日數, 优良天数, 降雨日數) is a number of days, not a day of the month, also after 合共 and
# a change (按年減少6日); a range of them (介乎332至351日) is one figure

MO_AIR = (
    "空氣質素方面，全年各空氣質素監測站錄得空氣質素指數屬「良好」或「普通」水平的日數介乎332至351日，"
    "「不良」日數合共14日，按年減少6日；路邊站的二氧化氮年均濃度為每立方米38微克。"
)
DAY_COUNTS = [
    case(
        MO_AIR,
        "332至351日",
        "2025-11-20",
        MO,
        "invented-mo-dspa-environment: 日數介乎332至351日 (a range)",
        value=None,
        low=332,
        high=351,
        unit="日",
        kind="duration",
    ),
    case(
        MO_AIR,
        "14日",
        "2025-11-20",
        MO,
        "invented-mo-dspa-environment: 「不良」日數合共14日",
        value=14,
        unit="日",
        subject=["「不良」日數", "不良日數", "日數"],
    ),
    case(
        MO_AIR,
        "6日",
        "2025-11-20",
        MO,
        "invented-mo-dspa-environment: …按年減少6日",
        value=6,
        change="decrease",
    ),
    case(
        "全年空氣質素屬良好的日數共有280日，較上年增加12日。",
        "12日",
        "2025-01-15",
        HK,
        "written-hk-epd: 良好的日數共有280日，較上年增加12日",
        value=12,
        change="increase",
        kind="duration",
    ),
    case(
        "今年紅害日數共9日，較去年減少3日。",
        "3日",
        "2025-12-20",
        "高雄市政府",
        "written-tw-city-news: 紅害日數共9日，較去年減少3日",
        value=3,
        change="decrease",
    ),
    case(
        "全市空气质量优良天数为318日，同比增加5日。",
        "5日",
        "2025-01-10",
        CN,
        "written-cn-ecology-bulletin: 优良天数为318日，同比增加5日",
        value=5,
        unit="日",
    ),
    case(
        "本年度降雨日數為45日，其中於8月14日錄得最高雨量。",
        "8月14日",
        "2025-12-20",
        MO,
        "written-mo-smg: …於8月14日錄得 (a date, no count)",
        kind=None,
    ),
    case(
        "今年颱風季節共發出三號風球5次，合共懸掛9日。",
        "9日",
        "2025-11-20",
        HK,
        "written-hk-observatory: 合共懸掛9日 (a verb between 合共 and the days)",
        value=9,
        marks=known_miss(
            "N日 after a verb of lasting (懸掛, 維持, 持續生效) with no count-of-days noun: left as a day"
        ),
    ),
]


@pytest.mark.parametrize(COLUMNS, DAY_COUNTS)
def test_day_counts(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- 一 and a measure word after a verb
# of adding one more (增設一個顧問辦事處, 加開一班列車, 增建一座抽水站) is a count of one; elsewhere
# 一個 stays an article (建设一个…的世界); 年中前 is a deadline at 30 June

INVESTHK = (
    "投資推廣署署長表示，署方二○二六年的目標是協助不少於650家企業落戶，並會在年中前於杜拜增設一個顧問辦事處。"
)
ONE_MORE = [
    case(
        INVESTHK,
        "一個",
        "2026-01-21",
        HK,
        "invented-hk-investhk: 在年中前於杜拜增設一個顧問辦事處",
        value=1,
        unit="個",
        subject=["顧問辦事處", "辦事處"],
        status="planned",
        time="2026-06-30",
    ),
    case(
        "臺鐵公司春節期間將加開一班自強號列車。",
        "一班",
        "2026-01-10",
        "國營臺灣鐵路股份有限公司",
        "written-tw-railway: 加開一班自強號列車",
        value=1,
        unit="班",
    ),
    case(
        "水務署今年增建一座抽水站，以應付新發展區的用水需求。",
        "一座",
        "2026-03-02",
        HK,
        "written-hk-wsd: 增建一座抽水站",
        value=1,
        unit="座",
        subject=["抽水站"],
    ),
    case(
        "社會工作局今年新設一間長者日間護理中心。",
        "一間",
        "2026-03-02",
        MO,
        "written-mo-ias: 新設一間長者日間護理中心",
        value=1,
        unit="間",
    ),
    case(
        "縣府預計年中前完成12處公園改善工程。",
        "12處",
        "2026-02-10",
        "屏東縣政府",
        "written-tw-county-news: 年中前完成12處 (a deadline at 30 June)",
        time="2026-06-30",
    ),
    case(
        "我們要建设一个持久和平的世界。",
        "一个",
        "2026-02-10",
        CN,
        "corpus-033: 建设一个…的世界 (an article)",
        kind=None,
    ),
    case(
        "青年中心前年共舉辦活動120場。",
        "120場",
        "2026-02-10",
        HK,
        "written-hk-district-news: 青年中心前年 (no 年中 in 青年中心)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, ONE_MORE)
def test_one_more(text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- the parts of a whole in a bracket
# right after it, in its unit (自然減少9 800人（出生33 900人，死亡43 700人）): each part is named by
# the word right before its figure, whatever jieba tags it (出生, 死亡 are verbs); one figure in
# brackets (（新增785人）) or an aside (（其中…，覆盖率为100%）) is no breakdown. And 净 (net) with the
# verb after it names a flow (淨移入, 净迁出, 净买入), never 净 alone

HK_NATURAL = (
    "在二○二四年年中至二○二五年年中期間，人口增長包括"
    "自然減少9 800人（出生33 900人，死亡43 700人）及淨移入34 300人。"
)
PARTS = [
    subject_case(
        HK_NATURAL, "33 900", "invented-hk-censtatd-population: （出生33 900人，…）", ["出生", "出生人數"]
    ),
    subject_case(
        HK_NATURAL, "43 700", "invented-hk-censtatd-population: （…，死亡43 700人）", ["死亡", "死亡人數"]
    ),
    subject_case(
        HK_NATURAL, "34 300", "invented-hk-censtatd-population: 及淨移入34 300人", ["淨移入", "淨移入人數"]
    ),
    subject_case(
        "本澳全年登記出生5 200名（出生男嬰2 700名，出生女嬰2 500名）。",
        "2 500",
        "written-mo-dsi: （…，出生女嬰2 500名）",
        ["出生女嬰", "女嬰"],
    ),
    subject_case(
        "全年登记死亡1.2万人（死亡男性6 500人、死亡女性5 500人）。",
        "5 500",
        "written-cn-civil-affairs: （…、死亡女性5 500人）",
        ["死亡女性", "女性"],
    ),
    subject_case(
        "上月訪港旅客共420萬人次（入境320萬人次，過境100萬人次）。",
        "100萬",
        "written-hk-tourism-board: （入境…，過境100萬人次）",
        ["過境"],
    ),
    subject_case(
        "县乡卫生健康单位取得高级职称156人（正高职称15人、副高职称141人）。",
        "15人",
        "corpus-007: （正高职称15人、…）",
        ["正高职称"],
    ),
    subject_case(
        "截至二○二三年十二月底，約有133 200宗一般公屋申請（其中長者一人申請約25 700宗）。",
        "25 700",
        "invented-hk-housing-dept: 133 200宗一般公屋申請（其中長者一人申請約25 700宗）",
        ["長者一人申請"],
    ),
    subject_case(
        "全年新开航线44条（其中国际及地区航线9条），旅客吞吐量增长12%。",
        "9条",
        "invented-airport-group: 航线44条（其中国际及地区航线9条）",
        ["国际及地区航线"],
    ),
    subject_case(
        "截至6月30日，全市共有巡游出租车5862辆（其中新能源车5217辆，占比89.0%）。",
        "5217辆",
        "invented-city-jtj-taxi: 出租车5862辆（其中新能源车5217辆，…）",
        ["新能源车", "新能源出租车"],
    ),
    subject_case(
        "新修和改造防火通道46.5公里（其中新建18公里），新建消防蓄水池12个。",
        "18公里",
        "invented-county-lyj-forest: （其中新建18公里） (a verb, no part's name)",
        ["防火通道", "新建防火通道", "生物防火林带"],
    ),
    subject_case(
        "並提出了1,386宗檢控（其中1,027宗涉及建造業）。",
        "1,027宗",
        "invented-hk-ld-osh: （其中1,027宗涉及建造業） (其中 alone names nothing)",
        ["檢控", "建造業"],
    ),
    subject_case(
        "完成运动员注册确认5661人（新增785人），教练员注册331人。",
        "785人",
        "corpus-008: （新增785人）, one figure (no breakdown)",
        ["运动员", "运动员注册确认"],
    ),
    subject_case(
        "全年净迁出8624人，迁入迁出相抵。", "8624", "invented-police-household: 全年净迁出8624人", ["净迁出"]
    ),
    subject_case(
        "北向資金全天淨買入42.67億元。", "42.67", "written-hk-finance-news: 淨買入42.67億元", ["淨買入"]
    ),
    subject_case(
        "健康险赔付80.6亿元，人身意外伤害险赔付7.0亿元。",
        "7.0",
        "corpus-009: 伤害险赔付 (险 ends a noun)",
        ["人身意外伤害险", "伤害险", "意外伤害险赔付", "人身意外伤害险赔付"],
        marks=known_miss("a noun of three words ending in a one-character noun jieba tags an adjective (险)"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "subjects"), PARTS)
def test_parts_and_net_flows(text: str, needle: str, subjects: list[str]) -> None:
    check_subject(text, needle, subjects)


# ---------------------------------------------------------------- a figure in a bracket that glosses
# a noun or breaks down a whole (列車準點率（誤點5分鐘以內）, （其中企业类1204家、个体网店5617家）)
# hands its subject to no figure after the bracket: 較113年的92.1% is the 準點率's

TRA_ONTIME = (
    "準點率方面，114年全年列車準點率（誤點5分鐘以內）為93.8%，較113年的92.1%提升1.7個百分點；"
    "其中自強號準點率為91.2%，區間車則達95.1%。"
)
GLOSSES = [
    subject_case(
        TRA_ONTIME,
        "92.1%",
        "invented-tw-railway: （誤點5分鐘以內）…較113年的92.1%",
        ["列車準點率", "準點率", "全年列車準點率"],
    ),
    subject_case(TRA_ONTIME, "1.7", "invented-tw-railway: …提升1.7個百分點", ["列車準點率", "準點率"]),
    subject_case(
        "本市公車準點率（誤差3分鐘以內）為96.2%，較去年的95.0%上升1.2個百分點。",
        "95.0%",
        "written-tw-city-news: 公車準點率（誤差3分鐘以內）…較去年的95.0%",
        ["公車準點率", "準點率"],
    ),
    subject_case(
        "截至6月底，全县共有各类电商经营主体6821家（其中企业类1204家、个体网店5617家），较年初新增643家。",
        "643家",
        "invented-county-commerce: （其中…个体网店5617家），较年初新增643家",
        ["电商经营主体", "各类电商经营主体"],
    ),
    subject_case(
        "與上月相比，報告發病數上升11.33%；與去年同期（4145例）相比，下降6.83%。",
        "6.83%",
        "invented-cdc-city-notifiable: 與去年同期（4145例）相比，下降6.83%",
        ["報告發病數", "發病數"],
    ),
    subject_case(
        "二○二四年錄得酷熱天氣的日數共有58日；熱夜（最低氣溫達攝氏28度或以上）則有49晚。",
        "49晚",
        "invented-hk-hko-weather: 熱夜（…）則有49晚",
        ["熱夜"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "subjects"), GLOSSES)
def test_glosses_hand_on_nothing(text: str, needle: str, subjects: list[str]) -> None:
    check_subject(text, needle, subjects)


# ---------------------------------------------------------------- a figure right after a bracket that
# dates or glosses a noun, with only 共, 為, 則有 between (春節連假（1月25日至2月2日）共9天), measures
# that noun, not the topic of the sentence's frame (連假疏運部分，); a bracket of words only
# (比重（常住人口城镇化率）为) or a figure glued to the bracket (健康跑（5公里）三个项目) is left as it was

NAMED_BEFORE = [
    subject_case(
        "連假疏運部分，114年春節連假（1月25日至2月2日）共9天，臺鐵公司加開對號列車312列次。",
        "9天",
        "invented-tw-railway: 春節連假（1月25日至2月2日）共9天",
        ["春節連假", "114年春節連假", "連假"],
    ),
    subject_case(
        "國慶連假（10月10日至13日）共4天，國道車流量較平日增加15%。",
        "4天",
        "written-tw-freeway-bureau: 國慶連假（…）共4天",
        ["國慶連假", "連假"],
    ),
    subject_case(
        "旅遊局表示，復活節假期（4月18日至21日）共4日，訪澳旅客達68萬人次。",
        "4日",
        "written-mo-dst: 復活節假期（…）共4日",
        ["復活節假期", "假期"],
    ),
    subject_case(
        "今年“五一”假期（5月1日至5日）共5天，全市接待游客320万人次。",
        "5天",
        "written-cn-culture-tourism: “五一”假期（5月1日至5日）共5天",
        ["“五一”假期", "五一假期", "假期"],
    ),
    subject_case(
        "其中，城镇常住人口288.37万人，占总人口的比重（常住人口城镇化率）为58.02%。",
        "58.02%",
        "corpus-008: 比重（常住人口城镇化率）为58.02% (a bracket of words)",
        ["常住人口城镇化率"],
    ),
    subject_case(
        "本届赛事设马拉松、半程马拉松和健康跑（5公里）三个项目。",
        "三个",
        "invented-sports-marathon: 健康跑（5公里）三个项目 (glued)",
        ["项目", "赛事项目"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "subjects"), NAMED_BEFORE)
def test_named_before_a_bracket(text: str, needle: str, subjects: list[str]) -> None:
    check_subject(text, needle, subjects)


# ---------------------------------------------------------------- 近N年 before a record (新高, 最低,
# 同期新低) is the span of the record, a window, no figure; and 年 closing a time before a verb of
# adding (明年增設50個) is no 年增 (Taiwan's year-on-year rise): the count added has no change

NO_FIGURE_WINDOWS = [
    case(
        "旅運量與收入雙雙創下近6年新高。",
        "6年",
        "2026-01-08",
        "國營臺灣鐵路股份有限公司",
        "invented-tw-railway: 創下近6年新高",
        kind=None,
    ),
    case(
        "曾文水庫集水區累積降雨量僅86毫米，創近50年同期新低。",
        "50年",
        "2023-04-20",
        "經濟部水利署",
        "invented-tw-wra-reservoir: 創近50年同期新低",
        kind=None,
    ),
    case(
        "本港上月出口額為近5年最高，按年增長12.1%。",
        "5年",
        "2025-06-20",
        HK,
        "written-hk-censtatd: 為近5年最高",
        kind=None,
    ),
    case(
        "全市上半年降雨量为近10年同期最少，仅120毫米。",
        "10年",
        "2025-07-05",
        CN,
        "written-cn-meteorology: 近10年同期最少",
        kind=None,
    ),
    case(
        "工程工期近3年。",
        "3年",
        "2025-07-05",
        CN,
        "written-cn-procurement: 工期近3年 (a length, nearly)",
        value=3,
        qualifier="approx",
    ),
    case(
        "環境保護局表示，並計劃於明年增設50個智能回收站。",
        "50個",
        "2025-11-20",
        MO,
        "invented-mo-dspa-environment: 明年增設50個 (no 年增)",
        change=None,
        status="planned",
    ),
    case(
        "交通部表示，今年增建3座轉運站。",
        "3座",
        "2025-03-20",
        "交通部",
        "written-tw-motc: 今年增建3座 (no 年增)",
        change=None,
    ),
    case(
        "9月出口值415.6億美元，年增9.1%，月減2.3%。",
        "9.1%",
        "2025-10-08",
        "財政部",
        "written-tw-mof: 年增9.1% (Taiwan's rise, as before)",
        change="increase",
    ),
]


@pytest.mark.parametrize(COLUMNS, NO_FIGURE_WINDOWS)
def test_record_windows_and_added_things(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- probes in other sites' wordings of
# the constructions above (統計暨普查局, 地球物理氣象局, 天文台, 縣市政府, 捷運公司)

PROBES = [
    case(
        "2024年本澳空氣質素屬「不良」的日數為12日，按年減少3日。",
        "12日",
        "2025-03-14",
        MO,
        "written-mo-smg: 「不良」的日數為12日 (no date)",
        value=12,
        unit="日",
        time="2024-12-31",
    ),
    case(
        "2024年本澳空氣質素屬「不良」的日數為12日，按年減少3日。",
        "3日",
        "2025-03-14",
        MO,
        "written-mo-smg: …按年減少3日 (dated by 2024年, not by a 12th)",
        change="decrease",
        time="2024-12-31",
    ),
    case(
        "二○二四年全年，懸掛黑色暴雨警告信號合共3日，較二○二三年增加1日。",
        "1日",
        "2025-01-10",
        HK,
        "written-hk-observatory: 合共3日，較…增加1日 (a sum of days before)",
        value=1,
        change="increase",
    ),
    case(
        "今年共有5日發出紅色暴雨警告，其中於6月14日錄得最高雨量。",
        "5日",
        "2025-08-14",
        HK,
        "written-hk-observatory: 共有5日發出… (its own sum)",
        value=5,
        unit="日",
    ),
    case(
        "今年共有5日發出紅色暴雨警告，其中於6月14日錄得最高雨量。",
        "6月14日",
        "2025-08-14",
        HK,
        "written-hk-observatory: 於6月14日 (a date, no count)",
        kind=None,
    ),
    case(
        "5日，記者從市統計局獲悉，全市GDP增長5%。",
        "5%",
        "2025-08-14",
        CN,
        "written-cn-news: 5日，記者… (the day of the telling, as before)",
        time="2025-08-05",
    ),
    case(
        "2025年6月底本澳居住人口為688 400人，較一年前的685 700人增加2 700人。",
        "685 700",
        "2025-08-14",
        MO,
        "written-mo-dsec: 6月底…較一年前的685 700人",
        time="2024-06-30",
    ),
    case(
        "本市114年年中設籍人口為285萬1,430人，較一年前增加1萬2,306人。",
        "285萬1,430",
        "2025-08-14",
        "臺中市政府",
        "written-tw-city-household: 114年年中設籍人口",
        time="2025-06-30",
    ),
    case(
        "上半年共有1 520名新生嬰兒（男嬰790名，女嬰730名），死亡人數為1 110人。",
        "730名",
        "2025-08-14",
        MO,
        "written-mo-dsec: （男嬰790名，女嬰730名）",
        subject=["女嬰"],
    ),
    case(
        "114年上半年本市出生3,210人（男嬰1,660人，女嬰1,550人），死亡5,120人。",
        "5,120人",
        "2025-08-14",
        "臺中市政府",
        "written-tw-city-household: …，死亡5,120人 (a life event before its count)",
        subject=["死亡", "死亡人數"],
    ),
    case(
        "113年捷運準點率（誤點5分鐘以內）達99.6%，較112年的99.4%提升0.2個百分點。",
        "99.4%",
        "2025-02-10",
        "臺北市政府",
        "written-tw-metro: 捷運準點率（誤點5分鐘以內）…較112年的99.4%",
        subject=["捷運準點率", "準點率"],
        time="2023-12-31",
    ),
    case(
        "復活節假期（4月18日至21日）共4日，訪澳旅客達68萬人次，日均約17萬人次。",
        "4日",
        "2025-04-25",
        MO,
        "written-mo-dst: 復活節假期（4月18日至21日）共4日",
        subject=["復活節假期", "假期"],
        value=4,
    ),
    case(
        "衛生局計劃於年中前增設一間社區衛生中心。",
        "一間",
        "2025-03-14",
        MO,
        "written-mo-ssm: 於年中前增設一間社區衛生中心",
        value=1,
        status="planned",
        time="2025-06-30",
    ),
    case(
        "本市公托機構共42處，較上年增加6處，創近5年新高。",
        "5年",
        "2025-03-14",
        "新北市政府",
        "written-tw-city-news: 創近5年新高 (no figure)",
        kind=None,
    ),
]


@pytest.mark.parametrize(COLUMNS, PROBES)
def test_probes(text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, site, expected)
