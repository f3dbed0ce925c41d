"""Session 8, wave 2: traditional pages and numbers on the errors of blind batch 9.

Each table is one construction named from an error of the batch (``invented-<page>``: the page's
sentence), with rows written here in the styles of other kinds of site (``written-<kind of site>``:
Taiwan ministries and county news, Hong Kong and Macau releases, mainland statistics bulletins,
environment and land notices, bank and labour news) and other wordings of the same construction.
The engine runs with no known place, as on a page whose site names none. Rows that still fail are
strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, facts_of, known_miss, overlapping, the_fact
from factcase import dated_case as case
from factcase import no_fact_case as none

MOENV = (
    "環境部今（14）日公布113年全國空氣品質監測結果，全國一般空氣品質監測站AQI≦100站日數比率為86.4%，"
    "較112年的84.9%上升1.5個百分點；AQI>100（對敏感族群不健康以上）站日數比率則為13.6%。"
    "各空品區中，北部、竹苗、中部、雲嘉南及高屏空品區PM2.5年平均值分別為10.8、12.5、14.2、16.0及17.9"
    "微克/立方公尺，較112年分別下降0.4、0.7、0.8、0.6及1.1微克/立方公尺。"
    "依「空氣污染防制方案（113年至116年）」，環境部目標於116年將全國PM2.5年平均值降至12微克/立方公尺，"
    "AQI>100站日數比率降至10%以下。"
)
BUDGET = (
    "截至114年7月底，本市1年以上公共債務未償餘額為598億元，占前三年度名目GDP平均數的1.32%。"
    "在歲入方面，稅課收入編列612億元，約占歲入六成。"
)

# ---------------------------------------------------------------- a Taiwan page known by its bare
# years: a traditional page of no known place that writes two or more different bare three-digit
# years close together (113年, 112年, 116年; not lengths of time: 創校100年, 110年歷史) and no
# Gregorian year dates in the Republic of China era; its bare years are times, never figures

ROC_BY_BARE_YEARS = [
    case(MOENV, "84.9%", "2025-02-14", "invented-tw-moenv: 較112年的84.9%", time="2023-12-31"),
    case(MOENV, "12微克", "2025-02-14", "invented-tw-moenv: 目標於116年…降至12微克", time="2027-12-31"),
    case(
        "勞動部今（20）日公布113年職災統計，113年職業災害死亡人數為285人，較112年的302人減少17人。",
        "302人",
        "2025-03-20",
        "written-tw-ministry: 較112年的302人",
        time="2023-12-31",
    ),
    case(
        "本縣113年觀光人次達1,250萬人次，較110年的820萬人次成長52.4%。",
        "820萬人次",
        "2025-01-15",
        "written-tw-county: 較110年的820萬人次",
        time="2021-12-31",
    ),
    case(
        "衛福部統計，113年國人平均壽命為80.8歲，與111年的79.8歲相比仍有增加。",
        "79.8歲",
        "2025-08-01",
        "written-tw-health: 與111年的79.8歲相比",
        time="2022-12-31",
    ),
    case(
        "交通部觀光署表示，2025年台灣燈會期間，113年來臺旅客達785萬人次，較112年的648萬人次成長21.1%，"
        "並較110年大幅成長。",
        "648萬人次",
        "2025-03-01",
        "written-tw-tourism: 較112年的648萬人次 beside one Gregorian year in a name (2025年台灣燈會)",
        time="2023-12-31",
    ),
    # a page that writes one bare 1xx年, or Gregorian years as often, keeps its lengths of years
    case(
        "本校創校100年，校友逾5萬人。",
        "100年",
        "2025-05-01",
        "written-hk-school: 創校100年 (one length of years, no ROC signal)",
        value=100,
        unit="年",
    ),
    case(
        "該橋樑已使用110年，2023年維修費用為1,200萬元。",
        "110年",
        "2024-06-01",
        "written-hk-works: 已使用110年 beside 2023年 (a Gregorian page)",
        value=110,
        unit="年",
    ),
]

ROC_YEARS_NOT_FIGURES = [
    none(MOENV, "112年", "invented-tw-moenv: 較112年的84.9% (112年 no figure)"),
    none(MOENV, "116年將", "invented-tw-moenv: 目標於116年將… (116年 no figure)"),
    none(
        "勞動部今（20）日公布113年職災統計，113年職業災害死亡人數為285人，較112年的302人減少17人。",
        "112年",
        "written-tw-ministry: 較112年的302人 (112年 no figure)",
    ),
]

# ---------------------------------------------------------------- a threshold in a name: a value
# after a sign of comparison, right before the noun of what it sorts out (AQI≦100站日數, PM2.5≤35
# 微克/立方米的天數, 容積率>2.5的地塊) with the clause's figure after it, states no figure; a threshold
# that ends its clause is the figure (綠地率≥35%)

THRESHOLD_NAMES = [
    none(MOENV, "100站", "invented-tw-moenv: AQI≦100站日數比率為86.4%"),
    none(MOENV[MOENV.index("依") :], "100站", "invented-tw-moenv: AQI>100站日數比率降至10%以下"),
    none(
        "全年PM2.5浓度≤35微克/立方米的天数为300天。", "35微克", "written-env-bulletin: ≤35微克/立方米的天数"
    ),
    none("出讓地塊中容積率>2.5的地塊共12宗。", "2.5", "written-land-notice: 容積率>2.5的地塊共12宗"),
    none("全市车速>60公里的路段有5条。", "60公里", "written-traffic-police: 车速>60公里的路段有5条"),
    none(
        "高新技术企业中研发投入强度≥3%的企业有120家。",
        "3%",
        "written-science-bureau: 研发投入强度≥3%的企业有120家",
    ),
]

THRESHOLD_KEPT = [
    case(
        "容积率≤2.5，绿地率≥35%。",
        "35%",
        "2024-04-01",
        "written-land-notice: 绿地率≥35% (the figure)",
        qualifier="at_least",
    ),
    case(
        "容积率≤2.5，绿地率≥35%。",
        "2.5",
        "2024-04-01",
        "written-land-notice: 容积率≤2.5 (the figure)",
        qualifier="at_most",
    ),
    case(
        "全年PM2.5年均濃度≤35微克/立方米。",
        "35微克",
        "2024-04-01",
        "written-hk-epd: 年均濃度≤35微克/立方米 (a standard met)",
        unit="微克/立方米",
        qualifier="at_most",
    ),
    case(
        "全年PM2.5浓度≤35微克/立方米的天数为300天。",
        "300天",
        "2024-04-01",
        "written-env-bulletin: the days the threshold sorts out",
        value=300,
    ),
]

# ---------------------------------------------------------------- a list's shared per-unit unit:
# 分別 hands the unit written after the last number to every number of the list, with its
# denominator (微克/立方公尺, 吨标准煤/万元, 元/月, μg/m³)

SHARED_PER_UNITS = [
    case(
        MOENV,
        "10.8",
        "2025-02-14",
        "invented-tw-moenv: 分別為10.8、…及17.9微克/立方公尺",
        unit="微克/立方公尺",
        kind="other",
    ),
    case(
        MOENV,
        "0.4",
        "2025-02-14",
        "invented-tw-moenv: 分別下降0.4、…及1.1微克/立方公尺",
        unit="微克/立方公尺",
        kind="other",
    ),
    case(
        "各測站年平均值分別為12.1及15.3微克/立方公尺。",
        "12.1",
        "2025-02-14",
        "written-tw-county-env: 分別為12.1及15.3微克/立方公尺",
        unit="微克/立方公尺",
        kind="other",
    ),
    case(
        "三个监测点位二氧化硫浓度分别为8、10和12μg/m³。",
        "8、",
        "2024-03-01",
        "written-env-bulletin: 分别为8、10和12μg/m³",
        unit="μg/m³",
        kind="other",
    ),
    case(
        "单位产值能耗分别为0.45、0.52吨标准煤/万元。",
        "0.45",
        "2024-03-01",
        "written-stats-bulletin: 分别为0.45、0.52吨标准煤/万元",
        unit="吨标准煤/万元",
        kind="other",
    ),
    case(
        "一、二、三类地区月最低工资标准分别为2100、1900和1700元/月。",
        "1900",
        "2024-03-01",
        "written-provincial-hrss: 分别为2100、1900和1700元/月 (money stays money)",
        unit="元/月",
        kind="money",
    ),
]

# ---------------------------------------------------------------- a density: a count after 每 and
# a unit of measure (每平方公里9,575人) is a rate, kind other with the compound unit, as a speed is;
# 每户3人 (a measure word of a household) and 每万人 stay counts

DENSITIES = [
    case(
        "本市人口密度為每平方公里9,575人。",
        "9,575人",
        "2025-01-10",
        "written-tw-city-stats: 人口密度為每平方公里9,575人",
        unit="人/平方公里",
        kind="other",
    ),
    case(
        "全市常住人口密度为每平方公里680人。",
        "680人",
        "2024-03-01",
        "written-stats-bulletin: 每平方公里680人",
        unit="人/平方公里",
        kind="other",
    ),
    case(
        "沿線每公里設置2座緊急避難站。",
        "2座",
        "2024-03-01",
        "written-tw-highway: 每公里設置2座",
        marks=known_miss(
            "a verb between 每 and its denominator and the count (每公里設置2座) hides the rate"
        ),
        unit="座/公里",
        kind="other",
    ),
    case(
        "平均每户3人。",
        "3人",
        "2024-03-01",
        "written-county-news: 每户3人 (a household, no rate)",
        unit="人",
        kind="count",
    ),
    case(
        "每万人拥有执业医师28人。",
        "28人",
        "2024-03-01",
        "written-health-bulletin: 每万人 (a count per people, no unit of measure)",
        unit="人",
    ),
]

# ---------------------------------------------------------------- working days as Macau, Hong Kong
# and Taiwan write them: 個工作天 is one unit of duration, as 个工作日

WORKING_DAYS = [
    case(
        "目標將審批時間由現時平均約30個工作天縮短至20個工作天。",
        "30個",
        "2024-07-10",
        "invented-mo-dsedt: 平均約30個工作天",
        unit="個工作天",
        kind="duration",
        qualifier="approx",
    ),
    case(
        "目標將審批時間由現時平均約30個工作天縮短至20個工作天。",
        "20個",
        "2024-07-10",
        "invented-mo-dsedt: 縮短至20個工作天",
        unit="個工作天",
        kind="duration",
    ),
    case(
        "申請一般需時約7個工作天。",
        "7個",
        "2024-05-01",
        "written-hk-department: 需時約7個工作天",
        unit="個工作天",
    ),
    case(
        "本局將於收件後10個工作天內完成審核。",
        "10個",
        "2024-05-01",
        "written-tw-county: 收件後10個工作天內 (a time limit)",
        unit="個工作天",
        qualifier="at_most",
    ),
    case(
        "辦理時限由15工作天壓縮至5工作天。",
        "15工作天",
        "2024-05-01",
        "written-mo-service: 15工作天 (no measure word)",
        unit="工作天",
        kind="duration",
    ),
]

# ---------------------------------------------------------------- work counted as a thing times a
# day or a shift (个工日, 工日, 台班, 床日), one unit as 人天 and 人次

WORK_UNITS = [
    case(
        "累计投入劳动力3.6万个工日。",
        "3.6万个工日",
        "2024-03-01",
        "written-county-news: 3.6万个工日",
        unit="个工日",
        value=36000,
    ),
    case("全县投入义务工5万工日。", "5万工日", "2024-03-01", "written-water-bureau: 5万工日", unit="工日"),
    case("机械作业1200台班。", "1200台班", "2024-03-01", "written-procurement: 1200台班", unit="台班"),
    case(
        "全院實際佔用總床日數為120萬床日。",
        "120萬床日",
        "2024-03-01",
        "written-hk-hospital: 120萬床日",
        unit="床日",
        value=1200000,
    ),
    case(
        "警方拘捕3人日前已獲保釋。",
        "3人",
        "2024-03-01",
        "written-hk-police: 3人日前 (日前 is recently)",
        unit="人",
    ),
]

# ---------------------------------------------------------------- Taiwan's names of metric units:
# 公克 (gram), 公厘 (millimetre), 公秉 (kilolitre), 公畝 (are), 浬 (nautical mile) and the catty 臺斤

TAIWAN_UNITS = [
    case(
        "每100公克含蛋白質3.2公克。",
        "3.2公克",
        "2024-03-01",
        "written-tw-fda: 3.2公克",
        unit="公克",
        kind="mass",
    ),
    case(
        "颱風帶來豪雨，累積雨量達350公厘。",
        "350公厘",
        "2024-07-25",
        "written-tw-cwa: 350公厘",
        unit="公厘",
        kind="length",
    ),
    case(
        "燃料油銷售量為35萬公秉。",
        "35萬公秉",
        "2024-03-01",
        "written-tw-moea: 35萬公秉",
        unit="公秉",
        value=350000,
    ),
    case(
        "收購價格每臺斤30元，收購量1.2萬臺斤。",
        "1.2萬臺斤",
        "2024-03-01",
        "written-tw-county-agri: 1.2萬臺斤 (not 1.2萬台)",
        unit="臺斤",
        kind="mass",
    ),
    case(
        "收購價格每臺斤30元，收購量1.2萬臺斤。",
        "30元",
        "2024-03-01",
        "written-tw-county-agri: 每臺斤30元",
        unit="元/臺斤",
        kind="money",
    ),
    case(
        "禁止於距岸12浬內作業。", "12浬", "2024-03-01", "written-tw-fisheries: 12浬", unit="浬", kind="length"
    ),
    case("基地面積約35公畝。", "35公畝", "2024-03-01", "written-tw-land: 35公畝", unit="公畝", kind="area"),
]

# ---------------------------------------------------------------- a band of terms names a class: N年
# or N个月 with its bound (以上, 以下) right before a noun, with the clause's figure after it (1年以上
# 公共債務未償餘額為598億元) states no figure, as an age band names a group; a streak (连续5年以上)
# or a term that ends its clause stays a figure

TERM_BANDS = [
    none(BUDGET, "1年", "invented-tw-city-general: 1年以上公共債務未償餘額為598億元"),
    none("全市逾期1年以上贷款余额为5.2亿元。", "1年", "written-finance-news: 逾期1年以上贷款余额"),
    none("拖欠3个月以上的工资案件共12宗。", "3个月", "written-labour-bureau: 拖欠3个月以上的工资案件"),
    none(
        "輪候3年以上的申請個案有1.2萬宗。",
        "3年",
        "written-hk-housing: 輪候3年以上的申請個案",
        marks=known_miss("a term band before a noun jieba tags a verb (申請個案) is still read"),
    ),
]

TERMS_KEPT = [
    case(BUDGET, "598億元", "2025-08-20", "invented-tw-city-general: the class's figure", value=59800000000),
    case(
        "公司已连续5年以上营收超过10亿元。",
        "5年",
        "2024-03-01",
        "written-finance-news: 连续5年以上 (a streak)",
        value=5,
    ),
    case(
        "服务期限为3年以上。",
        "3年",
        "2024-03-01",
        "written-procurement: 期限为3年以上 (the figure)",
        qualifier="at_least",
    ),
]

# ---------------------------------------------------------------- 约占 and the whole before a share
# with no 的 between (約占歲入六成): the 约 bounds the share; 节约占地 is no bound

ABOUT_A_SHARE = [
    case(
        BUDGET, "六成", "2025-08-20", "invented-tw-city-general: 約占歲入六成", qualifier="approx", value=60
    ),
    case(
        "外銷量約占總產量三成。",
        "三成",
        "2025-04-01",
        "written-tw-county-agri: 約占總產量三成",
        qualifier="approx",
    ),
    case(
        "本地開支約佔整體開支兩成。",
        "兩成",
        "2025-04-01",
        "written-hk-legco: 約佔整體開支兩成",
        qualifier="approx",
    ),
    case(
        "第三产业增加值约占全市GDP 55%。",
        "55%",
        "2025-04-01",
        "written-stats-bulletin: 约占全市GDP 55%",
        qualifier="approx",
    ),
    case(
        "通过集约节约用地，节约占地面积30%。",
        "30%",
        "2025-04-01",
        "written-county-news: 节约占地 (no bound)",
        qualifier="exact",
    ),
]

# ---------------------------------------------------------------- known disagreement left alone: an
# age band before a noun with a figure after it names a group (population-sample-survey's gold), but
# police-household's gold reads 60周岁及以上户籍人口98.37万人 as a fact 60周岁

AGE_BAND = [
    none(
        "从年龄结构看，60周岁及以上户籍人口98.37万人，占户籍总人口的24.10%。",
        "60周岁",
        "invented-police-household: 60周岁及以上户籍人口 (a group, as population-sample-survey's gold)",
    ),
]


# ---------------------------------------------------------------- the districts of a whole place:
# 區 after Arabic digits names an area (3区), but after 全 and a place it counts the districts
# (全港18區, 全市16区)

WHOLE_PLACE_DISTRICTS = [
    case(
        "警方計劃於明年第一季前在全港18區舉辦不少於120場防騙講座。",
        "18區",
        "2025-03-05",
        "invented-hk-legco-reply: 在全港18區舉辦…講座",
        value=18,
        kind="count",
    ),
    case(
        "目前全市16区均已开通政务服务自助终端。",
        "16区",
        "2024-06-01",
        "written-municipal-portal: 全市16区均已开通",
        value=16,
        kind="count",
    ),
    case(
        "社會工作局已於全澳7區設立長者服務中心。",
        "7區",
        "2024-06-01",
        "written-mo-ias: 於全澳7區設立",
        value=7,
        kind="count",
    ),
]

DISTRICT_NAMES = [
    none("位于3区的项目有5个。", "3区", "written-county-news: 3区 (an area's name)"),
    none("全國2型糖尿病患者約200萬人。", "2型", "written-hk-health: 2型糖尿病 (a type)"),
]

# ---------------------------------------------------------------- a count of the indicators just
# given: 两项指标均… after two indicators each stated with its level and its growth restates them

INDICATORS_RESTATED = [
    none(
        "全省共接待游客4862.35万人次，同比增长9.6%；实现旅游收入386.72亿元，同比增长11.3%，"
        "两项指标均创历史同期新高。",
        "两项",
        "invented-province-culture: 两项指标均创历史同期新高",
    ),
    none(
        "本季零售業銷售額為120億元，按年上升3.2%；飲食業收益為45億元，按年上升1.8%，兩項數字均高於去年同期。",
        "兩項",
        "written-mo-dsec: 兩項數字均高於去年同期",
    ),
    none(
        "规上工业增加值增长6.1%，固定资产投资增长4.5%，社会消费品零售总额增长7.2%，三项指标增速均高于全国。",
        "三项",
        "written-stats-bureau: 三项指标增速均高于全国 (one figure each)",
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "published", "expected"),
    ROC_BY_BARE_YEARS
    + THRESHOLD_KEPT
    + SHARED_PER_UNITS
    + WORKING_DAYS
    + TERMS_KEPT
    + ABOUT_A_SHARE
    + WHOLE_PLACE_DISTRICTS
    + DENSITIES
    + WORK_UNITS
    + TAIWAN_UNITS,
)
def test_trad_number_fields(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(
    ("text", "needle"),
    ROC_YEARS_NOT_FIGURES + THRESHOLD_NAMES + TERM_BANDS + AGE_BAND + DISTRICT_NAMES + INDICATORS_RESTATED,
)
def test_trad_no_figure(text: str, needle: str) -> None:
    assert not overlapping(facts_of(text, "2025-02-14"), text, needle)
