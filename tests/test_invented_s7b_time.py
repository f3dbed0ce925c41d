"""Times, durations and ranks on the look at the third batch of invented pages (session 7b).

Each table is one construction found in the errors of the twelve pages written blind mid-session
(in-sample: the last twelve rows of ``tests/data/invented/README.md``), with rows from those pages
(``invented-<page>``) and rows written here in the style of other kinds of site
(``written-<kind of site>``) and other wordings of the same construction, so that a rule catches
the family, not the page's sentence. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it); a tuple is any of
its values.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import fact_case as case
from factcase import facts_of, known_miss, overlapping
from factcase import run_fact as run

COLUMNS = ("text", "needle", "published", "title", "expected")

# ---------------------------------------------------------------- a length in days that no date can
# be: past 31, after a word that measures a length (为期, 满, 历时: ``duration_leads``), or a time
# limit with 内 after 后 (收件后十五个工作日内); it was read as a day of the month, or not at all

DAYS = [
    case(
        "申請期由九月二日至十月十五日，為期四十四日；申請人須於上一學年在澳門居住滿183日。",
        "四十四日",
        "2024-09-02",
        "invented-mo-dsedj: 為期四十四日",
        value=44,
        unit="日",
        kind="duration",
    ),
    case(
        "申請期由九月二日至十月十五日，為期四十四日；申請人須於上一學年在澳門居住滿183日。",
        "183日",
        "2024-09-02",
        "invented-mo-dsedj: 居住滿183日",
        value=183,
        unit="日",
        kind="duration",
    ),
    case(
        "在中国境内有住所，或者无住所而一个纳税年度内在中国境内居住累计满183天的个人，为居民个人。",
        "183天",
        "2024-03-01",
        "written-tax-bureau: 居住累计满183天 (天 was read already)",
        value=183,
        unit="天",
    ),
    case(
        "每年在本市居住不少于183日的个人，可申请办理居住证。",
        "183日",
        "2024-03-01",
        "written-city-portal: 居住不少于183日 (past 31: no day of a month)",
        value=183,
        unit="日",
        qualifier="at_least",
    ),
    case(
        "本届展会历时十五日，共接待观众3万人次。",
        "十五日",
        "2024-05-20",
        "written-county-news: 历时十五日",
        value=15,
        unit="日",
        kind="duration",
    ),
    case(
        "公示期为期五日，公示期间如有异议，可向县住建局反映。",
        "五日",
        "2024-05-20",
        "written-procurement: 为期五日",
        value=5,
        unit="日",
    ),
    case(
        "申請人須連續居住滿三年，方可申請。",
        "三年",
        "2024-05-20",
        "written-macau-notice: 居住滿三年 (满 a duration lead)",
        value=3,
        unit="年",
    ),
    case(
        "采购人应当在收到投诉后三十日内作出书面答复。",
        "三十日",
        "2024-05-20",
        "written-procurement: 收到投诉后三十日内 (a Chinese numeral before 日内)",
        value=30,
        unit="日",
        qualifier="at_most",
    ),
    case(
        "教青局表示，今年津貼總預算較上學年增加約8%，並力爭於收件後十五個工作日內完成審批。",
        "十五個工作日",
        "2024-09-02",
        "invented-mo-dsedj: 收件後十五個工作日內 (後 before a time limit)",
        value=15,
        kind="duration",
        qualifier="at_most",
    ),
    case(
        "合同期满前三十日内，承租人应书面提出续租申请。",
        "三十日",
        "2024-05-20",
        "written-housing-notice: 期满前三十日内",
        value=30,
        qualifier="at_most",
    ),
    case(
        "市场监管部门应当于受理之后十个工作日以内作出是否准予登记的决定。",
        "十个工作日",
        "2024-05-20",
        "written-provincial-portal: 受理之后十个工作日以内",
        value=10,
        qualifier="at_most",
    ),
]

#: 前三季度, 后三年, 十月十五日, “倒计时100日”: no length in days
NOT_DAYS = [
    pytest.param("10月15日，展会在市会展中心开幕。", "15日", id="written-county-news: 10月15日 is a date"),
    pytest.param("本月十五日内完成全部整改。", "十五日", id="written-city-portal: 本月十五日内 names a date"),
    pytest.param(
        "“开港倒计时100日”发布会召开，母港将于11月17日开港。",
        "100日",
        id="corpus-020: “开港倒计时100日” names a press conference",
    ),
    pytest.param("今年前三季度，全市工业增加值增长5%。", "三季", id="written-statistics: 前三季度 is a time"),
    pytest.param(
        "前十天内，景区接待游客3万人次。", "十天", id="written-county-news: 前十天内 (the first ten days)"
    ),
    pytest.param(
        "节后前十天内，全市景区接待游客3万人次。",
        "十天",
        id="written-culture-tourism: 节后前十天内 is a time",
    ),
]


@pytest.mark.parametrize(COLUMNS, DAYS)
def test_days(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle"), NOT_DAYS)
def test_not_days(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2019-08-13"), text, needle)


# ---------------------------------------------------------------- a time inside the noun of a
# share's base (恢復至疫情前（二○一九年）水平的約74%): it dates the base, not the share; a figure
# inside the base's noun (歷史高位（512萬公噸）) is the base's own level

SHARE_BASES = [
    case(
        "客運量方面，全年客運量已恢復至疫情前（二○一九年）水平的約74%，其中過境及轉機旅客佔總客運量約百分之二十三。",
        "74%",
        "2025-01-15",
        "invented-hk-airport: 恢復至疫情前（二○一九年）水平的約74%",
        time="2024-12-31",
    ),
    case(
        "客運量方面，全年客運量已恢復至疫情前（二○一九年）水平的約74%，其中過境及轉機旅客佔總客運量約百分之二十三。",
        "百分之二十三",
        "2025-01-15",
        "invented-hk-airport: the clause after a share of 二○一九年's level",
        time=("2024-12-31", None),
    ),
    case(
        "貨運方面，全年貨運量約為二○一八年歷史高位（512萬公噸）的95.7%。",
        "95.7%",
        "2025-01-15",
        "invented-hk-airport: 約為二○一八年歷史高位（…）的95.7%",
        time="2024-12-31",
    ),
    case(
        "貨運方面，全年貨運量約為二○一八年歷史高位（512萬公噸）的95.7%。",
        "512萬公噸",
        "2025-01-15",
        "invented-hk-airport: the base's own level in brackets is of its year",
        time="2018-12-31",
    ),
    case(
        "今年一季度，全省接待入境游客人次恢复至2019年同期水平的103.5%。",
        "103.5%",
        "2025-04-20",
        "written-provincial-culture: 恢复至2019年同期水平的103.5%",
        time="2025-03-31",
    ),
    case(
        "上半年，全市港口货物吞吐量为2021年历史最高水平的1.1倍。",
        "1.1倍",
        "2025-07-18",
        "written-port-authority: 为2021年历史最高水平的1.1倍",
        time="2025-06-30",
    ),
    case(
        "1-10月，全市旅游总收入相当于2019年全年水平的九成。",
        "九成",
        "2024-11-15",
        "written-city-statistics: 相当于2019年全年水平的九成",
        time="2024-10-31",
    ),
    case(
        "2023年建成的3座水厂日供水能力为50万吨。",
        "50万吨",
        "2024-05-20",
        "written-water-bureau: a time before 建成的 (no share) stays the figure's",
        time="2023-12-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, SHARE_BASES)
def test_share_base(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- what stands now (现有, 如今) in
# a sentence is no figure of the period a headline names (上半年发放救助资金2.36亿元); a report's
# title (统计公报) still dates it (its 现有 is the year's end)

CIVIL = (
    "特困人员救助供养水平同步提升。全市现有特困供养人员8126人，其中集中供养2317人，集中供养率为28.5%；"
    "特困人员基本生活标准按不低于当地低保标准的1.3倍确定，城乡特困人员基本生活标准分别提高至每人每月1196元和1014元。"
)
CIVIL_TITLE = "我市持续织密兜牢民生保障网 上半年发放各类救助资金2.36亿元"

PRESENT = [
    case(
        CIVIL,
        "8126人",
        "2022-08-05",
        "invented-civil-affairs: 现有特困供养人员8126人",
        CIVIL_TITLE,
        time=None,
    ),
    case(CIVIL, "2317人", "2022-08-05", "invented-civil-affairs: 其中… after 现有", CIVIL_TITLE, time=None),
    case(CIVIL, "28.5%", "2022-08-05", "invented-civil-affairs: a rate after 现有", CIVIL_TITLE, time=None),
    case(
        CIVIL,
        "1196元",
        "2022-08-05",
        "invented-civil-affairs: after ；, a rule's rate (gold: no time; passes since session 8)",
        CIVIL_TITLE,
        time=None,
    ),
    case(
        "目前，全县现有养老机构46家，床位8200张。",
        "8200张",
        "2024-07-20",
        "written-county-news: 现有 in the sentence under a headline's 上半年",
        "上半年我县新增养老床位600张",
        time=("2024-07-20", None),
    ),
    case(
        "全市现有各级各类学校2204所，在校学生112.51万人。",
        "112.51万人",
        "2023-04-18",
        "corpus-008 style: a 统计公报's 现有 is its year's end",
        "宜春市2022年国民经济和社会发展统计公报",
        time=(None, "2022-12-31"),
    ),
]


@pytest.mark.parametrize(COLUMNS, PRESENT)
def test_present(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- school years: the second year
# written whole (2024/2025學年), and one named from the day of the telling (本學年, 上一學年):
# August to July (the last day: 31 July, as the annotators read it)

SCHOOL_YEARS = [
    case(
        "2023/2024學年共有21,386名學生獲發學費津貼，較上學年增加5.2%。",
        "21,386名",
        "2024-09-02",
        "invented-mo-dsedj: 2023/2024學年",
        time="2024-07-31",
        start="2023-08-01",
    ),
    case(
        "2023-2024学年，全市共资助家庭经济困难学生1.2万人次。",
        "1.2万人次",
        "2024-09-10",
        "written-education-bureau: 2023-2024学年",
        time="2024-07-31",
    ),
    case(
        "二○二三至二○二四學年，全港共有中小學生70萬人。",
        "70萬人",
        "2024-10-10",
        "written-hk-edb: 二○二三至二○二四學年",
        time="2024-07-31",
    ),
    case(
        "就讀私立學校的學生，本學年每人的學費津貼金額分別為20,000澳門元、22,000澳門元及24,000澳門元。",
        "20,000",
        "2024-09-02",
        "invented-mo-dsedj: 本學年 in September",
        time="2025-07-31",
    ),
    case(
        "本学年全区共招收一年级新生3200人。",
        "3200人",
        "2025-03-10",
        "written-district-education: 本学年 in March is the one begun last August",
        time="2025-07-31",
        start="2024-08-01",
    ),
    case(
        "申請人須於上一學年在澳門居住滿183日。",
        "183日",
        "2024-09-02",
        "invented-mo-dsedj: 上一學年",
        time="2024-07-31",
    ),
    case(
        "教育部統計，113學年度大專校院新生註冊率為84.5%。",
        "84.5%",
        "2024-10-05",
        "written-taiwan-moe: 113學年度 (August to July)",
        time="2025-07-31",
        start="2024-08-01",
        subject=["大專校院新生註冊率", "新生註冊率"],
    ),
    case(
        "民國112學年度全國國小學生數為120萬人。",
        "120萬人",
        "2024-10-05",
        "written-taiwan-statistics: 民國112學年度",
        time="2024-07-31",
    ),
    case(
        "二○二三／二四學年，全港中學生人數為32萬人。",
        "32萬人",
        "2024-10-05",
        "written-hk-edb: 二○二三／二四學年",
        time="2024-07-31",
    ),
    case(
        "下學年起，學費津貼將調升至每名學生22,500澳門元。",
        "22,500",
        "2024-10-05",
        "written-macau-dsedj: 下學年起",
        start="2025-08-01",
    ),
    case(
        "膳食津貼每人每學年為4,500澳門元。",
        "4,500",
        "2024-09-02",
        "invented-mo-dsedj: 每學年 is a rate, no time",
        time=None,
    ),
    case(
        "膳食津貼每人每學年為4,500澳門元。",
        "4,500",
        "2024-09-02",
        "invented-mo-dsedj: 每學年 is no subject",
        subject=["膳食津貼"],
    ),
    case(
        "2023-2024年度全市共评选优秀教师120名。",
        "120名",
        "2024-09-10",
        "written-city-portal: 2023-2024年度 is no financial year (two years, or an award's)",
        start=("2023-01-01", "2024-01-01", None),
    ),
]


@pytest.mark.parametrize(COLUMNS, SCHOOL_YEARS)
def test_school_year(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- a table row labelled by a year
# (2022/2023, 2023年, 2023-24年度): the label is the row's time, the header names what is measured

YEAR_ROWS = [
    case(
        "近兩學年學費津貼發放情況如下：\n學年\t受惠學生（人）\t發放金額（萬澳門元）\n2022/2023\t20,328\t13,050\n",
        "20,328",
        "2024-09-02",
        "invented-mo-dsedj: 2022/2023 row, 受惠學生 column",
        subject=["受惠學生"],
    ),
    case(
        "近兩學年學費津貼發放情況如下：\n學年\t受惠學生（人）\t發放金額（萬澳門元）\n2022/2023\t20,328\t13,050\n",
        "13,050",
        "2024-09-02",
        "invented-mo-dsedj: 2022/2023 row, 發放金額 column",
        subject=["發放金額"],
    ),
    case(
        "近三年全县粮食生产情况：\n年份\t粮食产量（万吨）\t播种面积（万亩）\n2023年\t52.3\t81.6\n",
        "52.3",
        "2024-03-01",
        "written-county-bulletin: a 2023年 row",
        subject=["粮食产量"],
    ),
    case(
        "政府帳目摘要：\n財政年度\t開支（億元）\t收入（億元）\n2023-24\t7,800\t7,100\n",
        "7,100",
        "2024-06-01",
        "written-hk-finance: a 2023-24 row",
        subject=["收入"],
    ),
    case(
        "各镇情况：\n镇名\t人口（人）\n东城镇\t32,100\n",
        "32,100",
        "2024-03-01",
        "written-county-bulletin: a named row keeps its label",
        subject=["东城镇"],
    ),
]


@pytest.mark.parametrize(COLUMNS, YEAR_ROWS)
def test_year_row(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- 第N and a degree (第二高值, 第三多,
# 第2高位): the Nth highest, most…, a rank with no 位 of its own; a school's name (第二高中) is none

SUPERLATIVES = [
    case(
        "月內極端最高氣溫29.7℃，出現在26日（東城站），為有氣象記錄以來3月第二高值。",
        "第二高值",
        "2026-04-03",
        "invented-climate-monthly: 3月第二高值",
        value=2,
        kind="rank",
        subject=["極端最高氣溫", "最高氣溫"],
        time=("2026-03-31", "2026-03-26", None),
    ),
    case(
        "全年平均气温19.0℃，偏高0.7℃，排历史第2高位；平均降水量1518.2毫米，为1961年以来第20低位。",
        "第20低",
        "2023-04-18",
        "corpus-009: 为1961年以来第20低位 (its time is no window since 1961)",
        value=20,
        unit="位",
        kind="rank",
        subject=["平均降水量", "降水量"],
    ),
    case(
        "全年平均气温19.0℃，偏高0.7℃，排历史第2高位。",
        "第2高",
        "2023-04-18",
        "corpus-009: 排历史第2高位",
        value=2,
        unit="位",
        subject=["平均气温"],
    ),
    case(
        "全年降水量为历史第三多，仅次于1998年和2016年。",
        "第三多",
        "2025-01-10",
        "written-meteorological-bulletin: 历史第三多",
        value=3,
        kind="rank",
        subject=["降水量"],
    ),
    case(
        "今年3月全市平均气温12.3℃，为1961年以来同期第二暖。",
        "第二暖",
        "2026-04-03",
        "written-climate-bulletin: 1961年以来同期第二暖 (the span ranked over is no time of the rank)",
        value=2,
        time="2026-03-31",
    ),
    case(
        "今年1-9月，全省外贸进出口总值创历史同期第二高。",
        "第二高",
        "2025-10-20",
        "written-customs: 创历史同期第二高",
        value=2,
        kind="rank",
        time="2025-09-30",
    ),
    case(
        "今年1-9月，全省外贸进出口总值创历史同期第二高。",
        "第二高",
        "2025-10-20",
        "written-customs: 创…第二高 ranks the noun before 创",
        subject=["外贸进出口总值", "进出口总值"],
        marks=known_miss("创 is no rank verb: a rank after 创 takes no noun before it as its subject"),
    ),
]

NOT_SUPERLATIVES = [
    pytest.param("全市第二高中新建教学楼1栋。", "第二高", id="written-county-news: 第二高中 is a school"),
    pytest.param("第三小学扩建工程完工。", "第三小", id="written-county-news: 第三小学 is a school"),
    pytest.param("市第一高级中学招生500人。", "第一高", id="written-city-portal: 第一高级中学 is a school"),
]


@pytest.mark.parametrize(COLUMNS, SUPERLATIVES)
def test_superlative(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, title, expected)


@pytest.mark.parametrize(("text", "needle"), NOT_SUPERLATIVES)
def test_not_superlative(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2024-05-20"), text, needle)


# ---------------------------------------------------------------- what a rank ranks: a word of
# size alone before the rank verb (总量居全国第八位, 规模位列全省第二: ``rank_measures``) stands for
# the measure of the clause topic; a measure named whole before the rank verb is ranked itself

RANKED = [
    case(
        "全省技术合同成交额达到1286.4亿元，增长27.1%，总量居全国第八位。",
        "第八位",
        "2025-02-20",
        "written-provincial-portal: 总量居全国第八位 ranks the topic",
        subject=["技术合同成交额"],
    ),
    case(
        "2023年全市外贸进出口总值达3200亿元，规模位列全省第二。",
        "第二",
        "2024-01-25",
        "written-customs: 规模位列全省第二",
        subject=["外贸进出口总值", "进出口总值"],
    ),
    case(
        "全市社会消费品零售总额856亿元，增长6.1%，总额居全省第三位。",
        "第三位",
        "2024-07-20",
        "written-city-statistics: 总额居全省第三位",
        subject=["社会消费品零售总额"],
    ),
    case(
        "全社会研发经费投入预计达1120亿元，研发经费投入强度达到2.58%，较上年提高0.12个百分点，居全国第11位。",
        "第11位",
        "2025-02-20",
        "written-provincial-portal: 居全国第11位 after the measure's clauses",
        subject=["研发经费投入强度"],
    ),
    case(
        "全市快递业务量完成3.2亿件，同比增长15.6%，居全国第8位。",
        "第8位",
        "2024-11-20",
        "written-postal-bureau: 居全国第8位 with no noun of its own",
        subject=["快递业务量"],
    ),
    case(
        "创新产出量质齐升。技术合同成交额首次突破千亿元大关，达到1286.4亿元，增长27.1%，总量居全国第八位。",
        "第八位",
        "2025-02-20",
        "invented-sci-tech: 总量居全国第八位 after 首次突破千亿元大关",
        subject=["技术合同成交额"],
    ),
    case(
        "研发投入稳步提高。全社会研发经费投入预计达1120亿元，研发经费投入强度（研发经费与地区生产总值之比）"
        "达到2.58%，较上年提高0.12个百分点，居全国第11位。",
        "第11位",
        "2025-02-20",
        "invented-sci-tech: a bracketed aside after the measure ranked",
        subject=["研发经费投入强度"],
    ),
]


@pytest.mark.parametrize(COLUMNS, RANKED)
def test_ranked(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- how long a run lasts (连续三年,
# 已連續5年) measures what kept going: the object after its verb (两位数增长, 負成長) or the topic

RUNS = [
    case(
        "全县粮食总产量52万吨，连续8年稳定在50万吨以上。",
        "8年",
        "2025-01-10",
        "written-county-news: 连续8年稳定在… (the topic)",
        subject=["粮食总产量"],
    ),
    case(
        "全市规上工业增加值增长8.2%，增速连续6个月位居全省第一。",
        "6个月",
        "2024-07-20",
        "written-city-statistics: 增速连续6个月",
        subject=["增速", "规上工业增加值"],
    ),
    case(
        "入库科技型中小企业4.35万家，连续三年保持两位数增长。",
        "三年",
        "2025-02-20",
        "invented-sci-tech: 连续三年保持两位数增长",
        subject=["科技型中小企业", "入库科技型中小企业", "两位数增长"],
    ),
    case(
        "113年全年出生數為13萬4,856人，粗出生率為5.76‰；死亡數為20萬1,323人，粗死亡率為8.60‰，"
        "人口自然增加率為負2.84‰，已連續5年呈現負成長。",
        "5年",
        "2025-01-10",
        "invented-tw-moi: 已連續5年呈現負成長",
        subject=["負成長", "人口自然增加率"],
    ),
]


@pytest.mark.parametrize(COLUMNS, RUNS)
def test_run(text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]) -> None:
    run(text, needle, published, title, expected)


# ---------------------------------------------------------------- a time limit (N日内, N个工作日以内)
# counts from an event of its own: no earlier clause's time and no sentence opener dates it, unless
# it is stated as a new level (时限压缩至5个工作日内)

TIME_LIMITS = [
    case(
        "教青局表示，今年津貼總預算較上學年增加約8%，並力爭於收件後十五個工作日內完成審批。",
        "十五個工作日",
        "2024-09-02",
        "invented-mo-dsedj: 收件後十五個工作日內 after 今年…",
        time=None,
    ),
    case(
        "2023年，市政府出台新规，要求各部门在受理后10个工作日内答复。",
        "10个工作日",
        "2024-01-10",
        "written-city-portal: 受理后10个工作日内 after a year opener",
        time=None,
    ),
    case(
        "今年以来，县财政局加快资金拨付，项目资金在收到申请后5日内拨付到位。",
        "5日",
        "2024-06-10",
        "written-county-news: 5日内 after 今年以来",
        time=None,
    ),
    case(
        "2024年，全市政务服务事项平均办理时限压缩至5个工作日内。",
        "5个工作日",
        "2025-01-10",
        "written-provincial-portal: 压缩至5个工作日内 is a new level of 2024",
        time="2024-12-31",
    ),
    case(
        "去年全市新建改建公厕120座，平均建设周期为45天。",
        "45天",
        "2025-01-10",
        "written-county-news: a length that is no limit keeps the clause's time",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, TIME_LIMITS)
def test_time_limit(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, title, expected)
