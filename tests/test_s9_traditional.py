"""Traditional-script pages (Hong Kong, Macau, Taiwan) on session 9's look (issue 16).

Each table is one construction found in the errors of the traditional in-sample invented pages
(``invented-<page>``: batch 11's Hong Kong fire-services review, Macau health-services page and
Taiwan fraud statistics among them), with rows written in the styles of other sites
(``written-<kind of site>``: 政府新聞公報, 統計暨普查局, 主計總處, 縣市政府, a mainland 统计公报 or
信访 report) and other wordings. ``site`` is the page's site name, which decides its place as the
pipeline does: a Taiwan page dates in the Republic of China era. ``time`` is the fact's last day.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_s8_traditional import COLUMNS, case, run

TW = "內政部警政署"
HK = "香港政府新聞網"
MO = "澳門特別行政區政府入口網站"

# ---------------------------------------------------------------- a table whose rows are periods
# written as the region writes them (114年6月, 民國113年, 二○二五年第一季, 十二月底): the row head is
# the cell's time, the column head what it measures (the row head was the subject)

NPA = (
    "近兩個月受理詐騙案件如下表：\n月別\t受理件數（件）\t財損金額（億元）\n"
    "114年6月\t2,603\t8.72\n114年7月\t2,488\t8.15\n"
)
HK_LABOUR = (
    "各季就業人數如下：\n季度\t就業人數（千人）\t失業率（%）\n"
    "二○二五年第一季\t3,712.4\t3.2\n二○二五年第二季\t3,720.1\t3.4\n"
)
MOF = "月別\t出口值（億美元）\t年增率（%）\n113年12月\t415.6\t9.1\n114年1月\t386.2\t4.4\n"

PERIOD_ROWS = [
    case(
        NPA,
        "2,603",
        "2025-08-20",
        TW,
        "invented-tw-npa-fraud: 114年6月 | 2,603",
        subject=["受理件數"],
        time="2025-06-30",
    ),
    case(
        NPA,
        "8.15",
        "2025-08-20",
        TW,
        "invented-tw-npa-fraud: 114年7月 | … | 8.15",
        subject=["財損金額"],
        time="2025-07-31",
    ),
    case(
        HK_LABOUR,
        "3,720.1",
        "2025-08-20",
        HK,
        "written-hk-censtatd: 二○二五年第二季 | 3,720.1",
        subject=["就業人數"],
        time="2025-06-30",
    ),
    case(
        HK_LABOUR,
        "3.2",
        "2025-08-20",
        HK,
        "written-hk-censtatd: 二○二五年第一季 | … | 3.2",
        subject=["失業率"],
        time="2025-03-31",
    ),
    case(
        MOF,
        "415.6",
        "2025-02-10",
        "財政部",
        "written-tw-mof-trade: 113年12月 | 415.6",
        subject=["出口值"],
        time="2024-12-31",
    ),
    case(
        "月份\t入境旅客（萬人次）\t酒店入住率（%）\n2025年6月\t412.3\t85.5\n2025年7月\t455.0\t90.2\n",
        "455.0",
        "2025-08-20",
        MO,
        "written-mo-dsec: 2025年6月 | 412.3",
        subject=["入境旅客"],
        time="2025-07-31",
    ),
    case(
        "期間\t案件數\t金額（新臺幣千元）\n民國113年\t1,024\t52,300\n民國114年1-6月\t612\t30,110\n",
        "30,110",
        "2025-08-20",
        "行政院",
        "written-tw-executive-yuan: 民國114年1-6月 | … | 30,110",
        subject=["金額"],
        time="2025-06-30",
    ),
    case(
        "时间\t成交套数（套）\t成交面积（万平方米）\n2025年6月\t1,203\t13.5\n2025年7月\t1,150\t12.8\n",
        "12.8",
        "2025-08-20",
        None,
        "written-city-housing-bureau: 2025年7月 | … | 12.8",
        subject=["成交面积"],
        time="2025-07-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, PERIOD_ROWS)
def test_a_row_head_of_a_regional_period_dates_the_row(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a bracketed figure labelled by a
# period right after a figure (8,937宗（二○二四年：9,215宗）, 2,315件（上年：2,108件）): the same measure
# in that period; the period dates only the figure in the bracket, not the clauses after it

FSD = "全年共發生火警8,937宗（二○二四年：9,215宗），當中三級或以上火警有5宗。"
SSM = (
    "住院服務方面，全年住院人次為5.87萬人次（二○二四年：5.62萬人次），"
    "病床使用率為82.4%，平均住院日數為7.9日。"
)

ASIDE_ROWS = [
    case(
        FSD,
        "9,215宗",
        "2026-01-14",
        HK,
        "invented-hk-fsd-review: （二○二四年：9,215宗）",
        subject=["火警"],
        time="2024-12-31",
    ),
    case(
        FSD,
        "有5宗",
        "2026-01-14",
        HK,
        "invented-hk-fsd-review: …），當中…有5宗 (the bracket's year stays in it)",
        time="2025-12-31",
    ),
    case(
        SSM,
        "82.4%",
        "2026-01-14",
        MO,
        "invented-mo-ssm-health: …），病床使用率為82.4%",
        subject=["病床使用率"],
        time="2025-12-31",
    ),
    case(
        "全年接獲投訴1,203宗（2024年：1,150宗），較上年增加4.6%。",
        "1,150宗",
        "2026-01-14",
        HK,
        "written-hk-ombudsman: 1,203宗（2024年：1,150宗）",
        subject=["投訴"],
        time="2024-12-31",
    ),
    case(
        "全年处理群众来信2,315件（上年：2,108件），办结率98.6%。",
        "2,108件",
        "2026-01-14",
        None,
        "written-county-petitions: 2,315件（上年：2,108件）",
        subject=["群众来信", "来信"],
    ),
    case(
        "本年度批出貸款3,120萬元（去年同期：2,870萬元）。",
        "2,870萬元",
        "2026-01-14",
        MO,
        "written-mo-fdct: 3,120萬元（去年同期：2,870萬元）",
        subject=["貸款"],
    ),
    case(
        "全市户籍人口85.3万人（其中：农村人口31.2万人）。",
        "31.2万人",
        "2026-01-14",
        None,
        "written-county-bulletin: （其中：农村人口…）: a breakdown, not a period",
        subject=["农村人口"],
    ),
]


@pytest.mark.parametrize(COLUMNS, ASIDE_ROWS)
def test_a_period_aside_measures_the_figure_before_it(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a clause whose subject is a verb
# phrase made a noun by 的 (受傷的則有287人: those injured), and a 分别 after 較+a year handing its
# figures to the amounts stated before (較二○二四年分別減少3人和增加16人)

CASUALTIES = "因火警而死亡的人數為12人，受傷的則有287人，較二○二四年分別減少3人和增加16人。"

NOMINALISED_ROWS = [
    case(
        CASUALTIES,
        "287人",
        "2026-01-14",
        HK,
        "invented-hk-fsd-review: 受傷的則有287人",
        subject=["受傷的", "受傷"],
    ),
    case(
        CASUALTIES,
        "16人",
        "2026-01-14",
        HK,
        "invented-hk-fsd-review: 分別減少3人和增加16人",
        subject=["受傷的", "受傷"],
    ),
    case(
        CASUALTIES,
        "3人",
        "2026-01-14",
        HK,
        "invented-hk-fsd-review: 分別減少3人",
        subject=["死亡的人數", "人數"],
    ),
    case(
        "今年共受理申請1,520宗，獲批的共1,203宗，不獲批的則有317宗。",
        "317宗",
        "2025-03-01",
        HK,
        "written-hk-lands-dept: 不獲批的則有317宗",
        subject=["不獲批"],
    ),
    case(
        "參加考試的有1,200人，其中及格的為960人。",
        "960人",
        "2025-03-01",
        "臺北市政府",
        "written-tw-city-exam: 其中及格的為960人",
        subject=["及格"],
    ),
    case(
        "事故共造成30人伤亡，其中死亡的有3人，受伤的有27人。",
        "27人",
        "2025-03-01",
        None,
        "written-emergency-bureau: 受伤的有27人",
        subject=["受伤"],
    ),
    case(
        "全年地区生产总值3,120亿元，一般公共预算收入215亿元，比2023年分别增长5.2%和3.1%。",
        "3.1%",
        "2025-03-01",
        None,
        "written-county-bulletin: 比2023年分别增长5.2%和3.1%",
        subject=["一般公共预算收入"],
    ),
]


@pytest.mark.parametrize(COLUMNS, NOMINALISED_ROWS)
def test_a_verb_phrase_made_a_noun_by_de_is_the_subject(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a share whose part is a counted
# group of the items listed before (前四類合計占全部詐騙案件之80.2%, 上述三項合計佔總開支的62.5%)

FRAUD = (
    "以假投資詐騙5,873件最多，其次依序為假網路拍賣4,102件、解除分期付款3,268件及假交友詐騙1,915件，"
    "前四類合計占全部詐騙案件之80.2%。"
)

GROUP_ROWS = [
    case(FRAUD, "80.2%", "2025-08-20", TW, "invented-tw-npa-fraud: 前四類合計占…之80.2%", subject=["前四類"]),
    case(
        "上述三項合計佔總開支的62.5%。",
        "62.5%",
        "2025-03-01",
        HK,
        "written-hk-budget: 上述三項合計佔…",
        subject=["上述三項"],
    ),
    case(
        "以上兩類個案合共佔整體的45%。",
        "45%",
        "2025-03-01",
        HK,
        "written-hk-icac: 以上兩類個案合共佔…",
        subject=["以上兩類個案", "個案"],
    ),
    case(
        "前十大出口市場合計占出口總值之83.1%。",
        "83.1%",
        "2025-03-01",
        "財政部",
        "written-tw-mof: 前十大…",
        subject=["出口市場"],
    ),
    case(
        "前五大行业合计占全市规上工业产值的71.3%。",
        "71.3%",
        "2025-03-01",
        None,
        "written-city-stats: 前五大行业",
        subject=["行业"],
    ),
    case(
        "这三个行业合计占全市规上工业产值的71.3%。",
        "71.3%",
        "2025-03-01",
        None,
        "written-county-news: 这三个行业",
        subject=["行业"],
    ),
]


@pytest.mark.parametrize(COLUMNS, GROUP_ROWS)
def test_a_share_of_a_counted_group(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a school year named from the day
# of the telling (本學年度) on a Taiwan page counts from August, as 114學年度 does (a page of late
# August announcing the new school year dated its figures to the year just ended)

TAINAN = (
    "114學年度將於8月29日開學，臺南市政府教育局統計，本學年度全市公私立國民中小學共282所，"
    "學生人數為14萬3,560人，較113學年度減少2,814人。"
)

SCHOOL_YEAR_ROWS = [
    case(
        TAINAN,
        "282所",
        "2025-08-26",
        "臺南市政府",
        "invented-tw-tainan-education: 本學年度…共282所",
        time="2026-07-31",
    ),
    case(
        TAINAN,
        "14萬3,560人",
        "2025-08-26",
        "臺南市政府",
        "invented-tw-tainan-education: 學生人數",
        time="2026-07-31",
    ),
    case(
        "本學年度全縣國民小學新生共3,215人。",
        "3,215人",
        "2025-08-20",
        "宜蘭縣政府",
        "written-tw-county-education: 本學年度 on a Taiwan page, no ROC year on it",
        time="2026-07-31",
    ),
    case(
        "本學年度全港公營小學共有學生31萬2,000人。",
        "31萬2,000人",
        "2025-08-26",
        HK,
        "written-hk-edb: 本學年度 in Hong Kong runs from September",
        time="2025-08-31",
    ),
    case(
        "本学年全区中小学共有在校生8.2万人。",
        "8.2万人",
        "2025-10-10",
        None,
        "written-district-education: 本学年 on the mainland",
        time="2026-08-31",
    ),
]


@pytest.mark.parametrize(COLUMNS, SCHOOL_YEAR_ROWS)
def test_a_school_year_named_from_the_telling(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a part after ； with no time of
# its own keeps the as-of time (截至…) or the period opening a clause of an earlier part of its
# sentence, not the page's or the sentence opener's wider period

MIAOLI = (
    "114年度公費流感疫苗自10月1日起開打，苗栗縣政府衛生局統計，截至114年10月底，全縣已接種流感疫苗"
    "6萬2,418人次；其中65歲以上長者接種2萬1,305人次，涵蓋率為23.4%。"
)
DICJ = (
    "按博彩項目分析，第二季度中場百家樂收入為327.5億澳門元；貴賓百家樂收入為98.3億澳門元，按年減少7.2%；"
    "角子機收入則為31.4億澳門元。"
)

SEMICOLON_ROWS = [
    case(
        MIAOLI,
        "2萬1,305人次",
        "2025-11-05",
        "苗栗縣政府",
        "invented-tw-miaoli-health: 截至…；其中…",
        time="2025-10-31",
    ),
    case(
        MIAOLI,
        "23.4%",
        "2025-11-05",
        "苗栗縣政府",
        "invented-tw-miaoli-health: …；…涵蓋率為23.4%",
        time="2025-10-31",
    ),
    case(
        DICJ, "98.3億", "2024-09-01", MO, "invented-mo-dicj-gaming: 第二季度…；貴賓百家樂", time="2024-06-30"
    ),
    case(DICJ, "31.4億", "2024-09-01", MO, "invented-mo-dicj-gaming: …；角子機收入則為…", time="2024-06-30"),
    case(
        "截至9月底，全市累计发放创业担保贷款12.6亿元；其中个人贷款8.3亿元，小微企业贷款4.3亿元。",
        "8.3亿元",
        "2025-10-20",
        None,
        "written-city-hrss: 截至9月底，…；其中…",
        time="2025-09-30",
    ),
    case(
        "從項目看，1-8月電力供應量按年增長3.1%；商業用電量增長2.4%。",
        "2.4%",
        "2025-10-20",
        MO,
        "written-mo-dsec: 從項目看，1-8月…；…",
        time="2025-08-31",
    ),
    case(
        "实际机耕面积48.4千公顷，比上年增长0.2%；当年机械播种面积23.4千公顷，与上年持平。",
        "23.4千公顷",
        "2023-03-20",
        None,
        "corpus-007: 比上年 in an earlier part is a baseline, carried nowhere",
        time=("2022-12-31", None),
    ),
]


@pytest.mark.parametrize(COLUMNS, SEMICOLON_ROWS)
def test_a_part_after_a_semicolon_keeps_the_time_of_an_earlier_part(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a list of modifiers sharing the
# last item's head (雲嘉南及高屏空品區PM2.5年平均值): the head is never cut inside a domain noun
# (patterns/words.toml: 空品區, Taiwan's air-quality zone; jieba read 高|屏空|品區)

MOENV = (
    "各空品區中，北部、竹苗、中部、雲嘉南及高屏空品區PM2.5年平均值分別為10.8、12.5、14.2、16.0及17.9"
    "微克/立方公尺。"
)

SHARED_HEAD_ROWS = [
    case(
        MOENV,
        "16.0",
        "2025-03-20",
        "環境部",
        "invented-tw-moenv-air: 雲嘉南…空品區",
        subject=["雲嘉南空品區PM2.5年平均值"],
    ),
    case(
        MOENV,
        "10.8",
        "2025-03-20",
        "環境部",
        "invented-tw-moenv-air: 北部…空品區",
        subject=["北部空品區PM2.5年平均值"],
    ),
    case(
        "花東及宜蘭空品區則維持在7微克/立方公尺以下。",
        "7微克",
        "2025-03-20",
        "環境部",
        "invented-tw-moenv-air: 宜蘭空品區則 (則 is no part of the zone)",
        subject=["宜蘭空品區", "空品區"],
    ),
    case(
        "全市城镇、农村居民人均可支配收入分别为52,310元和26,870元。",
        "26,870元",
        "2025-01-20",
        None,
        "written-city-bulletin: 城镇、农村居民人均可支配收入 (a cut on a word's edge stays)",
        subject=["农村居民人均可支配收入"],
    ),
    case(
        "区财政安排小学、初中生均公用经费标准分别提高到每生每年850元和1050元。",
        "850元",
        "2025-09-01",
        None,
        "invented-education-autumn: 小学、初中生均… (初中生 is no domain noun: no move)",
        subject=["小学生均公用经费标准", "生均公用经费"],
    ),
]


@pytest.mark.parametrize(COLUMNS, SHARED_HEAD_ROWS)
def test_a_shared_head_is_not_cut_inside_a_domain_noun(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a clause naming a thing and then
# the cause of its change (電子零組件業受惠於…需求強勁，年增32.48％; 基本金屬業則因國際鋼價疲軟，年減
# 6.72％): a change right after it with no noun of its own measures the thing, not the cause's noun

MOEA = (
    "三、主要行業中，電子零組件業受惠於人工智慧、高效能運算等新興科技應用需求強勁，年增32.48％；"
    "電腦電子產品及光學製品業因雲端資料服務商持續擴建資料中心，年增41.06％；"
    "基本金屬業則因國際鋼價疲軟，年減6.72％。"
)

REASON_ROWS = [
    case(
        MOEA,
        "32.48",
        "2025-10-23",
        "經濟部",
        "invented-tw-moea-industry: …受惠於…強勁，年增",
        subject=["電子零組件業"],
    ),
    case(
        MOEA,
        "41.06",
        "2025-10-23",
        "經濟部",
        "invented-tw-moea-industry: …業因…，年增",
        subject=["光學製品業"],
    ),
    case(
        MOEA,
        "6.72",
        "2025-10-23",
        "經濟部",
        "invented-tw-moea-industry: …業則因…疲軟，年減",
        subject=["基本金屬業"],
    ),
    case(
        "汽车制造业因出口订单增加，增长12.1%；电气机械和器材制造业受益于光伏需求旺盛，增长9.8%。",
        "9.8%",
        "2025-10-23",
        None,
        "written-provincial-stats: …受益于…旺盛，增长",
        subject=["器材制造业", "电气机械和器材制造业"],
    ),
    case(
        "零售業銷售額因春節落點差異，年減3.2%。",
        "3.2%",
        "2025-02-23",
        "經濟部",
        "written-tw-moea-trade: …因春節落點差異，年減",
        subject=["零售業銷售額"],
    ),
    case(
        "受寒潮天气影响，蔬菜价格上涨12.3%。",
        "12.3%",
        "2025-01-23",
        None,
        "written-county-prices: 受…影响 opening the sentence names no thing",
        subject=["蔬菜价格"],
    ),
]


@pytest.mark.parametrize(COLUMNS, REASON_ROWS)
def test_a_change_after_a_cause_measures_the_thing_caused(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a count followed by an adjective
# and 的 (約9 400宗新的一般公屋申請, 15个新的重大项目): the noun after 的 is what is counted, as after a
# verb phrase and 的

NEW_ROWS = [
    case(
        "同期，房委會共收到約9 400宗新的一般公屋申請，較二○二二／二三年度同期減少約百分之十八。",
        "9 400宗",
        "2024-02-09",
        HK,
        "invented-hk-housing-dept: 約9 400宗新的一般公屋申請",
        subject=["一般公屋申請", "申請"],
    ),
    case(
        "同期，房委會共收到約9 400宗新的一般公屋申請，較二○二二／二三年度同期減少約百分之十八。",
        "百分之十八",
        "2024-02-09",
        HK,
        "invented-hk-housing-dept: …減少約百分之十八",
        subject=["一般公屋申請", "申請"],
    ),
    case(
        "今年共引进15个新的重大项目，总投资86亿元。",
        "15个",
        "2025-02-09",
        None,
        "written-city-investment",
        subject=["重大项目"],
    ),
    case(
        "全年新設立1,020家新的公司。",
        "1,020家",
        "2025-02-09",
        "財政部",
        "written-tw-mof-registry",
        subject=["公司"],
    ),
    case(
        "本年度共接獲3 200宗新的投訴個案，較上年度增加百分之六。",
        "3 200宗",
        "2025-02-09",
        HK,
        "written-hk-ombudsman: 3 200宗新的投訴個案",
        marks=pytest.mark.xfail(
            strict=True, reason="a head after 的 that opens with a noun jieba reads as a verb (投訴)"
        ),
        subject=["投訴個案", "個案"],
    ),
]


@pytest.mark.parametrize(COLUMNS, NEW_ROWS)
def test_a_count_of_new_things(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a budget or a forecast set anew
# (再增編至8.6億元, 上修至3.1%, 上修0.29個百分點, 下修0.12個百分點): a change word of Taiwan's budget and
# forecast releases (patterns/words.toml)

BUDGET_ROWS = [
    case(
        "113學年度投入校園建設經費約新臺幣7.9億元，114學年度再增編至8.6億元，增幅8.9%。",
        "8.6億元",
        "2025-08-26",
        "臺南市政府",
        "invented-tw-tainan-education: 再增編至8.6億元",
        change="to",
    ),
    case(
        "主計總處將今年經濟成長率上修至3.1%，較上次預測上修0.29個百分點。",
        "3.1%",
        "2025-08-26",
        "行政院主計總處",
        "written-tw-dgbas-forecast: 上修至3.1%",
        change="to",
    ),
    case(
        "主計總處將今年經濟成長率上修至3.1%，較上次預測上修0.29個百分點。",
        "0.29",
        "2025-08-26",
        "行政院主計總處",
        "written-tw-dgbas-forecast: 上修0.29個百分點",
        change="increase",
    ),
    case(
        "全年CPI年增率預測值下修0.12個百分點。",
        "0.12",
        "2025-08-26",
        "行政院主計總處",
        "written-tw-dgbas-forecast: 下修0.12個百分點",
        change="decrease",
    ),
    case(
        "区财政调增教育支出5000万元。",
        "5000万元",
        "2025-08-26",
        None,
        "written-county-budget: 调增",
        change="increase",
    ),
]


@pytest.mark.parametrize(COLUMNS, BUDGET_ROWS)
def test_a_budget_or_forecast_set_anew(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a level with a scale and no
# measure word whose noun names the measure (求診人次為36.2萬: a count in 人次), also when a period's
# level follows it in brackets (住院人次為5.87萬（二○二四年：5.62萬），: both counts, the second of 2024)

SSM_BEDS = "住院服務方面，全年住院人次為5.87萬（二○二四年：5.62萬），病床使用率為82.4%。"

MEASURE_NOUN_ROWS = [
    case(
        "急診方面，全年急診求診人次為36.2萬，按年減少1.5%。",
        "36.2萬",
        "2026-01-14",
        MO,
        "invented-mo-ssm-health: 急診求診人次為36.2萬",
        unit="人次",
        subject=["急診求診人次", "求診人次"],
    ),
    case(
        SSM_BEDS,
        "5.87萬",
        "2026-01-14",
        MO,
        "invented-mo-ssm-health: 住院人次為5.87萬（…）",
        unit="人次",
        time="2025-12-31",
    ),
    case(
        SSM_BEDS,
        "5.62萬",
        "2026-01-14",
        MO,
        "invented-mo-ssm-health: （二○二四年：5.62萬）",
        unit="人次",
        time="2024-12-31",
    ),
    case(
        "每日平均求診人次為6,120，較前一星期上升8.5%。",
        "6,120",
        "2026-01-20",
        HK,
        "invented-hk-hospital-authority: 求診人次為6,120",
        unit="人次",
    ),
    case(
        "全年旅客發送人次為1,250萬（2024年：1,180萬），按年上升5.9%。",
        "1,180萬",
        "2026-01-14",
        HK,
        "written-hk-mtr: （2024年：1,180萬）",
        unit="人次",
        time="2024-12-31",
    ),
    case(
        "全市户籍人口为85.3万（其中：农村人口31.2万人）。",
        "85.3万",
        "2026-01-14",
        None,
        "written-county-bulletin: （其中：…） is no period; the count before it still ends its clause",
        unit=None,
        kind="count",
    ),
]


@pytest.mark.parametrize(COLUMNS, MEASURE_NOUN_ROWS)
def test_a_level_whose_noun_names_its_measure(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)
