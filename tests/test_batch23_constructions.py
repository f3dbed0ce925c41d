"""Session 13: batch 23's work list (issues 15 and 16): lists of stock written noun then figure, a
measure word's own noun, ranges with the scale and the currency at both ends, approximate lengths,
targets, a verb and its object counted, capacities.

Each error of batch 23 was named as a construction; each table holds the batch page's sentence with
sentences written in the styles of other kinds of site (provincial portals, statistics bulletins,
procurement notices, finance news, Hong Kong, Macau and Taiwan pages). Ids name the source:
``work-list-<page>`` (a sentence of an invented page of batch 23), ``written-<kind of site>``
(written here). Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import fact_case, known_miss, the_fact

# ---------------------------------------------------------------- a list of stock, noun then figure
# 现储备冲锋舟12艘、橡皮艇30艘、…、砂石料1.2万立方米: each item counts the words between the mark before
# it (、, or the list's verb) and its figure, however jieba tags them (冲锋舟 an idiom, 砂石|料 a noun
# and a verb); before, the first item had no subject and 砂石料 took 编织袋 from the item before.

FLOOD_STOCK = (
    "县级防汛物资仓库现储备冲锋舟12艘、橡皮艇30艘、救生衣2400件、编织袋8.5万条、砂石料1.2万立方米，"
    "各类防汛物资总量达11.6万件（套），较去年增长15%。"
)

STOCK_LIST = [
    case(FLOOD_STOCK, "12艘", "2025-05-20",
         "work-list-county-emergency-flood-season-preparation: 储备冲锋舟12艘 (first item)",
         subject="冲锋舟"),
    case(FLOOD_STOCK, "1.2万立方米", "2025-05-20",
         "work-list-county-emergency-flood-season-preparation: 砂石料1.2万立方米 (jieba: 砂石|料)",
         subject="砂石料"),
    case(FLOOD_STOCK, "30艘", "2025-05-20",
         "work-list-county-emergency-flood-season-preparation: 橡皮艇30艘 (kept)", subject="橡皮艇"),
    case("全县储备编织袋5万条、冲锋舟12艘、砂石料1.2万立方米。", "12艘", "2025-05-20",
         "written-county-portal: 冲锋舟 as a later item", subject="冲锋舟"),
    case("全县储备编织袋5万条、冲锋舟12艘、砂石料1.2万立方米。", "1.2万立方米", "2025-05-20",
         "written-county-portal: 砂石料 as the last item", subject="砂石料"),
    case("本署現備有沙包約3萬個、抽水泵120台、發電機45部，以應付暴雨。", "3萬個", "2025-05-20",
         "written-hk-press-release: 沙包約3萬個 (traditional, a bound before the figure)", subject="沙包"),
    case("今年新购置冲锋舟8艘、救生衣500件，全部配发至乡镇。", "8艘", "2025-04-10",
         "written-provincial-portal: a list of two, purchases", subject="冲锋舟"),
    case("共配备执法车辆36辆、无人机12架、执法记录仪480台。", "12架", "2025-03-01",
         "written-procurement-notice: equipment list", subject="无人机"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), STOCK_LIST)
def test_stock_list(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a measure word and its own noun
# 共有1,835户轮候家庭: jieba glues the measure word to the modifier of the noun after it (户轮候|家庭);
# the modifier and the noun are counted, not the fragment 户轮候. 1,236間僱主: jieba reads 僱主 (雇主) as
# a verb, so the count took the noun of the next clause (職位); 雇主 is a noun. 移送法辦者計1,538人: 者 makes
# the verb and its object one noun (those sent for prosecution), not the fragment 法辦者.

MEASURE_OWN_NOUN = [
    case("经街道初审、区级复核和市级备案，共有1,835户轮候家庭符合条件参加摇号。", "1,835户", "2025-08-12",
         "work-list-city-housing-security-public-rental: 1,835户轮候家庭", subject=["轮候家庭", "家庭"]),
    case("截至6月底，全市共有2,400户轮候家庭。", "2,400户", "2025-07-10",
         "written-city-portal: 户轮候家庭 at the sentence's end", subject=["轮候家庭"]),
    case("全国14亿人口。", "14亿人", "2025-07-10",
         "written-news: 14亿人口 (a unit that begins the noun: kept)", subject="人口"),
    case("到2035年，14亿多人口整体迈入现代化社会。", "14亿多人", "2025-07-10",
         "written-commentary: 人口 is the whole word, no modifier glued to 人 (kept)", subject="人口"),
    case("同期勞工局共收到1,236間僱主提供的職位空缺10,874個，按年增加15.2%。", "1,236間", "2025-07-20",
         "work-list-mo-dsal-employment-services: 1,236間僱主 (traditional)", subject=["僱主"]),
    case("是次調查共訪問了520名僱主。", "520名", "2025-07-20",
         "written-hk-censtatd: 520名僱主", subject=["僱主"]),
    case("全年共有3,200家雇主参加招聘会。", "3,200家", "2025-01-20",
         "written-city-hrss: 3,200家雇主 (simplified)", subject=["雇主"]),
    case("今年1至9月，經監理機關裁處之酒駕罰鍰金額約1億2,356萬元；涉犯公共危險罪移送法辦者計1,538人，"
         "較去年同期增加4.7%。", "1,538人", "2024-10-15",
         "work-list-tw-tainan-police-drunk-driving: 移送法辦者計1,538人", subject=["移送法辦"]),
    case("今年1至9月，經監理機關裁處之酒駕罰鍰金額約1億2,356萬元；涉犯公共危險罪移送法辦者計1,538人，"
         "較去年同期增加4.7%。", "4.7%", "2024-10-15",
         "work-list-tw-tainan-police-drunk-driving: its change after it", subject=["移送法辦"]),
    case("全年查处违法者120人。", "120人", "2025-01-20",
         "written-county-portal: 违法者 (one verb, no object: kept)", subject="违法者"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURE_OWN_NOUN)
def test_measure_own_noun(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a range after a currency
# 處新臺幣3萬至12萬元罰鍰: a currency written before a range to a money unit is the currency of the
# whole range; before, 新臺幣3萬 was read as a figure of its own and 12萬元 as a second one.

RANGE_AFTER_CURRENCY = [
    case("汽車駕駛人吐氣所含酒精濃度達每公升0.15毫克以上者，處新臺幣3萬至12萬元罰鍰。", "3萬至12萬元",
         "2024-10-15", "work-list-tw-tainan-police-drunk-driving: 新臺幣3萬至12萬元",
         low=30000, high=120000, unit="元", currency="TWD", subject=["罰鍰"]),
    case("違者處新台幣5千至1萬元罰鍰。", "5千至1萬元", "2025-03-01",
         "written-tw-county-portal: 5千至1萬元 (the scale changes between the ends)",
         low=5000, high=10000, currency="TWD"),
    case("违者处新台币3至12万元罚款。", "3至12万元", "2025-03-01",
         "written-tw-news-simplified: the scale at the far end only", low=30000, high=120000, currency="TWD"),
    case("对违法企业处人民币1亿至2亿元罚款。", "1亿至2亿元", "2025-03-01",
         "written-finance-news: 人民币1亿至2亿元", low=100000000, high=200000000, currency="CNY"),
    case("處新臺幣3萬元罰鍰。", "3萬元", "2025-03-01",
         "written-tw-county-portal: a single amount after the currency (kept)", value=30000, currency="TWD"),
    case("处3万至5万元罚款。", "3万至5万元", "2025-03-01",
         "written-provincial-portal: no currency before (kept)", low=30000, high=50000),
    case("本年度資助額為港幣300至500元。", "300至500元", "2025-03-01",
         "written-hk-press-release: 港幣300至500元", low=300, high=500, currency="HKD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), RANGE_AFTER_CURRENCY)
def test_range_after_currency(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- an approximate length in numerals
# 由2023年的两年左右缩短至10个月: N年 in Chinese numerals was read as a year (二〇二一年) and dropped;
# followed by 左右 (上下, 有余) it is a length, as no year is "about". Both ends measure the noun before 由.

APPROX_LENGTH = [
    case("通过简化申请材料，我市公租房平均轮候时间由2023年的两年左右缩短至10个月。", "两年", "2025-08-12",
         "work-list-city-housing-security-public-rental: 两年左右", value=2, unit="年",
         qualifier="approx", subject=["公租房平均轮候时间", "平均轮候时间"]),
    case("通过简化申请材料，我市公租房平均轮候时间由2023年的两年左右缩短至10个月。", "10个月", "2025-08-12",
         "work-list-city-housing-security-public-rental: 缩短至10个月", change="to",
         subject=["公租房平均轮候时间", "平均轮候时间"]),
    case("審批時間由三年左右縮短至一年半。", "三年", "2025-03-01",
         "written-tw-county-portal: 三年左右 (traditional)", value=3, qualifier="approx",
         subject=["審批時間"]),
    case("该项目建设期两年左右。", "两年", "2025-03-01",
         "written-procurement-notice: 建设期两年左右", value=2, qualifier="approx"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), APPROX_LENGTH)
def test_approx_length(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- targets
# 完成年度目标任务5000套（间）的65.2%: a figure right after a plan noun, with the share of it after,
# is the plan's amount (as with a bracket: 目标任务（8万人次）的107.9%), planned, and for a plan of the
# year (年度, 全年) dated to the year's end, not the results period of its sentence (上半年).
# 以「…減少二成」為目標: a figure inside the quoted aim 以…为目标 sets is the target's.

HOUSING = "上半年，我市多渠道筹集保障性租赁住房3,260套（间），完成年度目标任务5000套（间）的65.2%。"

TARGETS = [
    case(HOUSING, "5000套", "2025-08-12",
         "work-list-city-housing-security-public-rental: 年度目标任务5000套（间）",
         status="planned", time="2025-12-31"),
    case(HOUSING, "3,260套", "2025-08-12",
         "work-list-city-housing-security-public-rental: the result before it (kept)",
         status="reported", time="2025-06-30"),
    case(HOUSING, "65.2%", "2025-08-12",
         "work-list-city-housing-security-public-rental: the completion share (kept)",
         status="reported", time="2025-06-30"),
    case("截至9月底，全县新增城镇就业3,120人，完成全年目标任务4,000人的78%。", "4,000人", "2025-10-12",
         "written-county-hrss: 全年目标任务4,000人的78%", status="planned", time="2025-12-31"),
    case("今年1至8月，全市完成造林面積12.6萬畝，為年度計劃15萬畝的84%。", "15萬畝", "2025-09-12",
         "written-tw-style-forestry (traditional): 年度計劃15萬畝的84%", status="planned",
         time="2025-12-31"),
    case("上半年，我市多渠道筹集保障性租赁住房3,260套（间），完成年度目标任务（5000套）的65.2%。", "5000套",
         "2025-08-12", "written-city-portal: the same in a bracket", status="planned", time="2025-12-31"),
    case("警察局長周文彬表示，去年本市酒駕肇事共造成31人死亡，本局今年以「酒駕肇事死亡人數較去年減少二成」為目標，"
         "持續執行各項防制作為。", "二成", "2024-10-15",
         "work-list-tw-tainan-police-drunk-driving: 以「…減少二成」為目標", status="planned",
         change="decrease"),
    case("警察局長周文彬表示，去年本市酒駕肇事共造成31人死亡，本局今年以「酒駕肇事死亡人數較去年減少二成」為目標，"
         "持續執行各項防制作為。", "31人", "2024-10-15",
         "work-list-tw-tainan-police-drunk-driving: last year's deaths (kept)", status="reported"),
    case("市交警支队以“全年道路交通事故死亡人数下降10%”为目标，开展专项整治。", "10%", "2025-03-01",
         "written-city-portal: 以“…下降10%”为目标", status="planned"),
    case("該署以「全年處理個案2,000宗」作為工作目標。", "2,000宗", "2025-03-01",
         "written-hk-press-release: 以「…」作為工作目標", status="planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TARGETS)
def test_targets(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a verb and its object counted
# 本市共取締酒駕3,412件: jieba cuts 酒駕 into a noun and a verb (酒|驾), so no noun stood before the count;
# 酒驾 (醉驾, 毒驾) is a noun of traffic enforcement. 安置點62個，可容納1.1萬人: a clause of a capacity's
# verb and its figure alone measures what the figure before it counts (jieba tags 容纳 a name).

VERB_OBJECT_COUNTED = [
    case("統計113年1至9月，本市共取締酒駕3,412件，較去年同期減少8.6%；酒駕肇事計286件。", "3,412件",
         "2024-10-15", "work-list-tw-tainan-police-drunk-driving: 取締酒駕3,412件",
         subject=["取締酒駕", "酒駕"]),
    case("統計113年1至9月，本市共取締酒駕3,412件，較去年同期減少8.6%；酒駕肇事計286件。", "8.6%",
         "2024-10-15", "work-list-tw-tainan-police-drunk-driving: the change after it",
         subject=["取締酒駕", "酒駕"], change="decrease"),
    case("今年以来，全市共查处酒驾醉驾违法行为1,236起，同比下降12.3%。", "1,236起", "2025-07-10",
         "written-city-traffic-police: 查处酒驾醉驾违法行为", subject=["酒驾醉驾违法行为", "违法行为"]),
    case("针对山洪灾害危险区，已确定临时避灾安置点62个，可容纳1.1万人。", "1.1万人", "2025-05-20",
         "work-list-county-emergency-flood-season-preparation: 可容纳1.1万人",
         subject=["临时避灾安置点", "安置点"]),
    case("全市建成应急避难场所45处，可容纳20万人。", "20万人", "2025-05-20",
         "written-city-emergency: 可容纳20万人", subject=["应急避难场所", "避难场所", "场所"]),
    case("新建体育馆一座，可容纳观众8000人。", "8000人", "2025-05-20",
         "written-county-sports: the noun after 容纳 (kept)", subject="观众"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), VERB_OBJECT_COUNTED)
def test_verb_object_counted(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a law's figures are undated
# 依道路交通管理處罰條例第35條規定，…每公升0.15毫克以上者，處新臺幣3萬至12萬元罰鍰，並…吊扣駕駛執照1至2年: a
# sentence opened by the provision it states gives the law in force, at no time; before, the title's
# results period (前9月) dated its thresholds and penalties. A range of a fine right before its noun
# under 处 is the law's range, as a bound (以上…以下) is; a fine imposed keeps its time.

TAINAN_TITLE = "南市警強力取締酒駕 前9月酒駕肇事死亡人數下降"
TAINAN_LAW = (
    "依道路交通管理處罰條例第35條規定，汽車駕駛人吐氣所含酒精濃度達每公升0.15毫克以上者，處新臺幣3萬至12萬元罰鍰，"
    "並當場移置保管車輛及吊扣駕駛執照1至2年；酒精濃度達每公升0.25毫克以上者，另依刑法第185條之3公共危險罪移送法辦。"
)

URBAN_TITLE = "上半年城管执法情况通报"

LAW_STATED = [
    fact_case(TAINAN_LAW, "0.15毫克", "2024-10-15", "work-list-tw-tainan-police-drunk-driving: the threshold",
              title=TAINAN_TITLE, time=None),
    fact_case(TAINAN_LAW, "3萬至12萬元", "2024-10-15", "work-list-tw-tainan-police-drunk-driving: the fine",
              title=TAINAN_TITLE, time=None),
    fact_case(TAINAN_LAW, "1至2年", "2024-10-15", "work-list-tw-tainan-police-drunk-driving: the suspension",
              title=TAINAN_TITLE, time=None),
    fact_case("根据《城市市容和环境卫生管理条例》规定，随意倾倒垃圾的，处200元至2000元罚款。",
              "200元至2000元", "2025-03-01", "written-city-urban-management: 根据《…条例》规定",
              title=URBAN_TITLE, time=None),
    fact_case("上半年，市城管局对违规企业处罚款5万至10万元不等，共计罚没金额86万元。", "86万元", "2025-07-10",
              "written-city-urban-management: fines imposed keep their period", title=URBAN_TITLE,
              time="2025-06-30"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "title", "expected"), LAW_STATED)
def test_law_stated(
    text: str, needle: str, published: str, title: str | None, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published, title), expected)


# ---------------------------------------------------------------- known misses of batch 23
# Still wrong after this round; each names its construction.

KNOWN_MISSES = [
    case("其中移送司法机关者45人。", "45人", "2025-03-01",
         "written-county-procuratorate: 移送司法机关者 after 其中", subject=["移送司法机关"],
         marks=known_miss("after 其中 the noun phrase is read by the breakdown path, which cuts the verb "
                          "before 者")),
    case("平均轮候时间约为两年。", "两年", "2025-03-01",
         "written-city-portal: 约为两年 with no approximation after", value=2,
         marks=known_miss("N年 in Chinese numerals after 为 with no 左右 is still read as a year")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
