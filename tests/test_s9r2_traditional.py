"""Traditional-script pages and tables, session 9 round 2 (batch 12's Hong Kong trade and labour
pages, the Macau crossings page, the Taiwan long-term-care page).

Each table is one construction, with rows from the page it was found on (``invented-<page>``) and
rows written in the styles of other sites (``written-<kind of site>``: a mainland 海关 or 统计局
release, a 卫健委 bulletin, a county portal, Taiwan's 縣市政府, Hong Kong's 政府新聞公報). ``site`` is
the page's site name, which places the page as the pipeline does.
"""

from __future__ import annotations

from typing import Any

import pytest

from test_s8_traditional import COLUMNS, case, run

HK = "香港政府新聞網"
MO = "澳門特別行政區政府入口網站"
TW = "嘉義縣政府"

# ---------------------------------------------------------------- a signed rate in brackets after
# a name (輸往內地（+19.4%）、越南（+46.2%）): the rate of change of that name, its sign the direction

HK_TRADE = (
    "按主要目的地分析，二○二五年九月輸往亞洲的整體出口貨值按年上升17.9%，"
    "其中輸往內地（+19.4%）、越南（+46.2%）及台灣（+38.1%）的升幅較為顯著。"
)
CUSTOMS = "1-9月，全省出口总值增长8.2%，其中对东盟（+15.3%）、欧盟（-2.1%）出口表现分化。"
GOODS = (
    "按貨品分析，電機及電子產品（+25.4%）和辦公室機器（+31.0%）的出口升幅較大。出口總值1,234億元（+5.2%）。"
)

SIGNED_NOTES = [
    case(HK_TRADE, "19.4", "2025-10-28", HK, "invented-hk-censtatd-trade: 輸往內地（+19.4%）",
         subject=["內地", "輸往內地"], change="increase"),
    case(HK_TRADE, "46.2", "2025-10-28", HK, "invented-hk-censtatd-trade: 、越南（+46.2%）",
         subject=["越南", "輸往越南"], change="increase"),
    case(HK_TRADE, "38.1", "2025-10-28", HK, "invented-hk-censtatd-trade: 及台灣（+38.1%）",
         subject=["台灣"], change="increase"),
    case(HK_TRADE, "17.9", "2025-10-28", HK, "invented-hk-censtatd-trade: the total's own rate stays",
         subject=["整體出口貨值"], change="increase"),
    case(CUSTOMS, "15.3", "2025-10-20", None, "written-provincial-customs: 对东盟（+15.3%）",
         subject=["东盟"], change="increase"),
    case(CUSTOMS, "2.1", "2025-10-20", None, "written-provincial-customs: 、欧盟（-2.1%）",
         subject=["欧盟"], change="decrease"),
    case(GOODS, "25.4", "2025-10-20", HK, "written-hk-statistics: 電機及電子產品（+25.4%）, 及 inside a name",
         subject=["電機及電子產品"], change="increase"),
    case(GOODS, "31.0", "2025-10-20", HK, "written-hk-statistics: ）和辦公室機器（+31.0%）",
         subject=["辦公室機器"], change="increase"),
    case(GOODS, "5.2", "2025-10-20", HK,
         "written-hk-statistics: a figure's note 1,234億元（+5.2%） keeps its subject",
         subject=["出口總值"]),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, SIGNED_NOTES)
def test_a_signed_rate_in_brackets_is_the_change_of_the_name_before_it(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a rate's base written between its
# verb and its figure (意外率為每千名工人17.4宗): the base's noun is the denominator, not the subject

LABOUR = (
    "製造業的工業意外率則為每千名工人17.4宗。按行業劃分，建造業的意外率為每千名工人32.6宗，仍然是各行業中最高。"
    "處方並以年底前把建造業意外率降至每千名工人30宗以下為目標。"
)
HEALTH = "全县婴儿死亡率为每千名活产婴儿4.2人。孕产妇死亡率为每10万人11.3人。每千人口拥有执业医师3.2人。"
ROADS = "全市道路交通事故万车死亡率为每万辆车1.52人，较上年下降0.1人。"

RATE_BASES = [
    case(LABOUR, "17.4", "2024-05-01", HK, "invented-hk-labour-injuries: 工業意外率則為每千名工人17.4宗",
         subject=["工業意外率", "製造業的工業意外率"]),
    case(LABOUR, "32.6", "2024-05-01", HK, "invented-hk-labour-injuries: 意外率為每千名工人32.6宗",
         subject=["意外率", "建造業的意外率"]),
    case(LABOUR, "30宗", "2024-05-01", HK, "invented-hk-labour-injuries: 降至每千名工人30宗以下",
         subject=["建造業意外率", "意外率"], qualifier="at_most"),
    case(HEALTH, "4.2", "2025-03-01", None, "written-county-health-bulletin: 婴儿死亡率为每千名活产婴儿4.2人",
         subject=["婴儿死亡率"]),
    case(HEALTH, "11.3", "2025-03-01", None, "written-county-health-bulletin: 为每10万人11.3人",
         subject=["孕产妇死亡率"]),
    case(HEALTH, "3.2", "2025-03-01", None,
         "written-county-health-bulletin: 每千人口拥有执业医师: the verb's object",
         subject=["执业医师"]),
    case(ROADS, "1.52", "2025-03-01", None, "written-city-traffic-police: 死亡率为每万辆车1.52人",
         subject=["死亡率", "万车死亡率", "道路交通事故万车死亡率"]),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, RATE_BASES)
def test_a_rates_base_before_its_figure_is_no_subject(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a table head's bracket holding a
# scale only (出入境人次（萬）): the head's noun names the measure (人次), the cells are 萬人次

MO_TABLE = (
    "各主要口岸出入境人次如下：\n口岸\t出入境人次（萬）\t按年變動（%）\n"
    "關閘\t478.5\t+5.2\n港珠澳大橋澳門口岸\t172.3\t+21.5\n"
)
AIRPORT = "月份\t航班架次（万）\t旅客吞吐量（万人次）\n1月\t1.2\t186.4\n"
JOBS = "季度\t就業人數（千）\t失業率（%）\n二○二五年第二季\t3,720.1\t3.4\n"
CASES = "類別\t登記宗數（千）\n住宅\t12.6\n"

SCALE_ONLY_HEADS = [
    case(MO_TABLE, "478.5", "2025-10-09", MO, "invented-mo-psp-crossings: 出入境人次（萬） | 478.5",
         value=4785000, unit="人次", subject=["關閘"]),
    case(MO_TABLE, "172.3", "2025-10-09", MO, "invented-mo-psp-crossings: 港珠澳大橋澳門口岸 | 172.3",
         value=1723000, unit="人次"),
    case(AIRPORT, "1.2", "2025-02-10", None, "written-airport-monthly: 航班架次（万）",
         value=12000, unit="架次"),
    case(JOBS, "3,720.1", "2025-08-20", HK, "written-hk-census: 就業人數（千）: a count in 人",
         value=3720100, unit="人"),
    case(CASES, "12.6", "2025-08-20", HK, "written-hk-land-registry: 登記宗數（千）",
         value=12600, unit="宗"),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, SCALE_ONLY_HEADS)
def test_a_head_bracketing_a_scale_alone_takes_its_nouns_measure(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a level with no unit after a noun
# naming its measure and a connective adverb (出入境人次則為211.7萬): still that measure

CONNECTIVE_LEVELS = [
    case("居民出入境人次為548.6萬，外地僱員出入境人次則為211.7萬（不包括司機）。", "211.7萬", "2025-10-09",
         MO,
         "invented-mo-psp-crossings: 出入境人次則為211.7萬", unit="人次", value=2117000),
    case("去年入境旅客人次為3,400萬，出境旅客人次亦為2,980萬。", "2,980萬", "2026-01-14", HK,
         "written-hk-immd: 人次亦為", unit="人次"),
    case("全年航班架次为28.6万，货邮航班架次则为3.2万。", "3.2万", "2026-01-14", None,
         "written-airport-annual: 架次则为", unit="架次"),
    case("全市常住人口为85.3万，户籍人口则为71.2万。", "71.2万", "2026-01-14", None,
         "written-county-bulletin: 人口则为: no measure, a count", unit=None, kind="count"),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, CONNECTIVE_LEVELS)
def test_a_measure_noun_and_a_connective_before_its_level(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- from one level to another with 为
# (由現行的9處擴充為12處): the first is the present level, reported; the second the level changed to

LTC = "此外，失智症社區服務據點亦將由現行的9處擴充為12處，讓長輩在熟悉的社區就近獲得照顧。"

CHANGED_TO_WITH_WEI = [
    case(LTC, "9處", "2024-03-15", TW, "invented-tw-chiayi-ltc: 由現行的9處", status="reported"),
    case(LTC, "12處", "2024-03-15", TW, "invented-tw-chiayi-ltc: 擴充為12處", change="to", status="planned"),
    case("縣府將把托嬰中心由現有6家擴增為10家。", "10家", "2024-03-15", TW,
         "written-tw-county-social: 擴增為10家", change="to"),
    case("申辦時限由7天縮短為3天。", "3天", "2024-03-15", TW, "written-tw-household-office: 縮短為3天",
         change="to"),
    case("補助名額增加為200名。", "200名", "2024-03-15", HK, "written-hk-gov-press: 增加為200名",
         change="to"),
    case("今年报名人数由去年的320人扩大为450人。", "450人", "2024-03-15", None,
         "written-county-education: 扩大为450人", change="to"),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, CHANGED_TO_WITH_WEI)
def test_a_level_changed_to_with_wei(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a contrastive 则 (一般戶則需自行
# 負擔16%): the noun before it is the figure's subject, not the measure named earlier

RESPITE = (
    "縣府將喘息服務補助額度提高為每年最高新臺幣48,510元，符合資格的低收入戶可獲全額補助，"
    "一般戶則需自行負擔16%。"
)

CONTRASTED_TOPICS = [
    case(RESPITE, "16%", "2024-03-15", TW, "invented-tw-chiayi-ltc: 一般戶則需自行負擔16%",
         subject=["一般戶", "自行負擔"]),
    case("参保职工个人缴费比例为2%，灵活就业人员则需全额缴纳12%。", "12%", "2025-01-10", None,
         "written-city-social-security: 灵活就业人员则需", subject=["灵活就业人员"]),
    case("本市戶籍學生免費，非本市戶籍者則須繳交3,000元。", "3,000元", "2025-01-10", TW,
         "written-tw-education-bureau: 非本市戶籍者則須", subject=["非本市戶籍者"]),
    case("按规则需缴纳5%的手续费。", "5%", "2025-01-10", None,
         "written-procurement-notice: 规则 is a word, no contrast", subject=["手续费"]),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, CONTRASTED_TOPICS)
def test_a_contrastive_ze_names_the_figures_group(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a number inside a quoted name that
# ends with an edition (「長照十年計畫2.0」): part of the name, no figure

NAMED_EDITIONS = [
    case("依據「長照十年計畫2.0」，縣府目標於114年底前將涵蓋率提升至八成。", "十年", "2024-03-15", TW,
         "invented-tw-chiayi-ltc: 「長照十年計畫2.0」", kind=None),
    case("依据“健康三年行动3.0版”，全区建成10所示范医院。", "三年", "2025-01-10", None,
         "written-district-health: “健康三年行动3.0版”", kind=None),
    case("实施“三年行动2.0”以来，新增就业岗位1.2万个。", "三年", "2025-01-10", None,
         "written-provincial-portal: “三年行动2.0”", kind=None),
    case("“十年12万套”目标提前完成。", "12万套", "2025-01-10", None,
         "written-city-housing: a figure in a slogan with no edition stays", value=120000),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, NAMED_EDITIONS)
def test_a_number_in_a_name_with_an_edition_is_no_figure(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a table cell that is a figure with
# its own unit (服务时间 | 24个月, 标准值 | ≤0.05mg/kg): named as the table names its cells, by the
# column head under a first column of names or numbers, not by the figure read before it

LOTS = (
    "包号\t服务名称\t服务范围\t服务要求\t服务时间\n"
    "3\t校园保洁服务\t城区12所中小学\t保洁面积约18.6万平方米\t24个月\n"
)
SAMPLING = (
    "序号\t被抽样单位名称\t食品名称\t不合格项目\t检验结果\t标准值\n"
    "1\t某蔬菜摊\t芹菜\t毒死蜱\t0.12mg/kg\t≤0.05mg/kg\n"
)
TW_BID = "標案案號\t標案名稱\t履約期限\n1130815\t校園保全勞務\t18個月\n"

CELLS_WITH_UNITS = [
    case(LOTS, "24个月", "2023-09-01", None, "invented-procurement-school-security: 服务时间 | 24个月",
         subject=["服务时间"], unit="个月"),
    case(LOTS, "18.6万", "2023-09-01", None,
         "invented-procurement-school-security: a cell with words keeps its noun",
         subject=["保洁面积"]),
    case(SAMPLING, "0.12", "2023-07-01", None, "invented-food-safety-sampling: 检验结果 | 0.12mg/kg",
         subject=["检验结果", "毒死蜱"]),
    case(SAMPLING, "0.05", "2023-07-01", None, "invented-food-safety-sampling: 标准值 | ≤0.05mg/kg",
         subject=["标准值", "毒死蜱"], qualifier="at_most"),
    case(TW_BID, "18個月", "2024-08-20", TW, "written-tw-procurement-portal: 履約期限 | 18個月",
         subject=["履約期限"]),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, CELLS_WITH_UNITS)
def test_a_cell_with_its_own_unit_is_named_by_the_table(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- a row label whose group heading runs
# into its item's number (三、本年度办理结果（一）予以公开): the item names the row

DISCLOSURE = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t自然人\t法人或其他组织\t总计\n"
    "一、本年新收政府信息公开申请数量\t5\t2\t7\n"
    "三、本年度办理结果（一）予以公开\t3\t1\t4\n"
)
FEES = "项目\t金额（万元）\n二、收费情况(1)行政事业性收费\t12.5\n"

GROUP_RUN_INTO_ITEM = [
    case(DISCLOSURE, "公开\t3", "2024-01-20", None,
         "invented-township-disclosure: 本年度办理结果（一）予以公开 | 3",
         subject=["予以公开"]),
    case(FEES, "12.5", "2024-01-20", None, "written-district-finance: 收费情况(1)行政事业性收费",
         subject=["行政事业性收费"], value=125000),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, GROUP_RUN_INTO_ITEM)
def test_a_group_heading_run_into_its_items_number(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)


# ---------------------------------------------------------------- N大 categories as the lens a
# breakdown opens with (分三大门类看, 就製造業四大行業觀察): no count; other N大 counts stay

LENSES = [
    case("二、就製造業四大行業觀察，9月資訊電子工業年增29.63％。", "四大", "2025-10-23", "經濟部統計處",
         "invented-tw-moea-production: 就製造業四大行業觀察", kind=None),
    case("分三大门类看，10月份，采矿业增加值同比增长2.1%。", "三大", "2023-11-15", None,
         "invented-stats-industry-energy: 分三大门类看", kind=None),
    case("全年社会消费品零售总额增长5.2％。从四大行业来看，批发业销售额增长3.1%。", "四大", "2023-03-01",
         None,
         "corpus-007: 从四大行业来看", kind=None),
    case("按三大需求来看，最终消费支出贡献率为58.2%。", "三大", "2025-01-20", None,
         "written-provincial-bulletin: 按三大需求来看", kind=None),
    case("全市四大支柱产业实现产值1200亿元。", "四大", "2025-01-20", None,
         "written-city-portal: 四大支柱产业 is a count", value=4, kind="count"),
    case("收评：三大指数集体收涨。", "三大", "2023-09-12", None,
         "invented-finance-market-close: 三大指数 is a count", value=3),
]  # fmt: skip


@pytest.mark.parametrize(COLUMNS, LENSES)
def test_n_major_categories_as_a_breakdowns_lens(
    text: str, needle: str, published: str, site: str | None, expected: dict[str, Any]
) -> None:
    run(text, needle, published, site, expected)
