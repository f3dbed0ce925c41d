"""Subjects, session 10: the retired held-out errors of session 9 and the lead's probes, each named as
a general construction, with the row of the page it was found on (``invented-<page>``) and rows
written here in the style of other kinds of site (``written-<kind of site>``: mainland simplified,
Hong Kong, Macau and Taiwan traditional). Rows that fail today are strict xfails whose reason names
the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, known_miss, subject_case

_FRAUD = "詐騙案仍是數目最多的罪案類別，全年共錄得39 870宗，佔整體罪案的45.1%，涉及損失金額約91.2億元。"
_FIRES = (
    "全年共接报火灾1,736起，死亡3人、受伤7人，直接财产损失1,284.6万元。从起火场所看，住宅火灾占比最高，"
    "共发生612起，占总数的35.3%；其次为交通工具火灾318起，占18.3%。从起火原因看，电气火灾仍是主因，"
    "占火灾总数的四成以上。"
)

# ---------------------------------------------------------------- a subject is never a bare verb of
# reporting or occurring (錄得, 发生, 共有) nor the figure's own measure word (人): the topic the
# sentence names before it, the verb that tells of those counted, or the noun after the measure word
NEVER_A_REPORTING_VERB_OR_UNIT = [
    subject_case(_FRAUD, "39 870宗", "invented-hk-police: 全年共錄得39 870宗", ["詐騙案"]),
    subject_case(_FRAUD, "45.1%", "invented-hk-police: 佔整體罪案的45.1% after it", ["詐騙案", "整體罪案"]),
    subject_case(
        "盜竊案仍是最常見的罪案，首季共錄得612宗，按年下降4.1%。",
        "612宗",
        "written-mo-police: 首季共錄得612宗",
        ["盜竊案"],
    ),
    subject_case(
        "道路交通事故仍是主要安全风险，上半年共发生1520起，同比下降6.3%。",
        "1520起",
        "written-provincial-emergency: 上半年共发生1520起",
        ["道路交通事故"],
    ),
    subject_case(
        "今年一季度全省共发生4起较大生产安全事故。",
        "4起",
        "written-emergency-bureau: 共发生 and the noun after the measure word",
        ["较大生产安全事故", "生产安全事故"],
    ),
    subject_case(_FIRES, "3人", "invented-fire-rescue: 死亡3人", ["死亡", "死亡人数"]),
    subject_case(
        "颱風期間全縣死亡2人、受傷15人。",
        "2人",
        "written-tw-county: 死亡2人 (traditional)",
        ["死亡", "死亡人數"],
    ),
    subject_case(
        "本届马拉松吸引众多跑友，共有2万余人参加。",
        "2万余人",
        "written-county-news: 共有2万余人参加 after a topic",
        ["马拉松", "参加"],
        marks=known_miss(
            "a people count after a verb of having keeps its measure word (人): the shared gold accepts "
            "户 and 人次 for such counts, and a fallback to the topic or the verb after lost more than it won"
        ),
    ),
    subject_case(
        "全年共有2万余人参加。",
        "2万余人",
        "written-county-news: 共有2万余人参加, no topic: those taking part",
        ["参加", "参加人数"],
        marks=known_miss("a people count after a verb of having keeps its measure word (人)"),
    ),
    subject_case(
        "114年度市府編列育兒津貼預算新臺幣25.6億元，預估受惠達42萬人次。",
        "42萬人次",
        "invented-tw-city-childcare: the verb before 達 tells of those counted",
        ["受惠", "育兒津貼"],
    ),
    subject_case(
        "遗留问题较多,达78个项目,共15167套房屋,涉及13281户。",
        "13281户",
        "seed: 涉及13281户, the verb's object is what the unit names",
        ["户"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), NEVER_A_REPORTING_VERB_OR_UNIT)
def test_never_a_reporting_verb_or_unit(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a group named before a verb is
# carried past a breakdown's opener (从起火场所看，) within its sentence; the base of a share
# (X占Y的N%) is not its subject, X is
GROUP_CARRIED_AND_SHARE_BASE = [
    subject_case(_FIRES, "612起", "invented-fire-rescue: 住宅火灾占比最高，共发生612起", ["住宅火灾"]),
    subject_case(_FIRES, "35.3%", "invented-fire-rescue: 占总数的35.3%", ["住宅火灾"]),
    subject_case(_FIRES, "四成", "invented-fire-rescue: 电气火灾仍是主因，占火灾总数的四成", ["电气火灾"]),
    subject_case(
        "全年共受理案件2.3万件。按类别划分，盗窃案占比最高，共录得2310宗，占整体罪案的35.2%。",
        "2310宗",
        "written-county-police: 按类别划分 and a group with the highest share",
        ["盗窃案"],
    ),
    subject_case(
        "全年意外死亡人数下降12%。从死亡原因看，交通事故仍是主因，占意外死亡总数的六成。",
        "六成",
        "written-provincial-health: X仍是主因，占…总数的N成",
        ["交通事故"],
    ),
    subject_case(
        "全市固定资产投资增长6.1%。从投资主体看，民间投资比重最大，完成投资320亿元，占全部投资的52.3%。",
        "320亿元",
        "written-stats-bulletin: 民间投资比重最大，完成投资",
        ["民间投资"],
    ),
    subject_case(
        "上半年GDP增长5.3%。分季度看，一季度增长5.4%。",
        "5.4%",
        "written-stats-bulletin: a breakdown with no group of its own keeps the last measure",
        ["GDP"],
    ),
    subject_case(
        "雲林縣114年期大蒜種植面積達4,812公頃，約占全國大蒜種植面積的86%。",
        "86%",
        "invented-tw-county-garlic: a share after an amount of the same measure",
        ["全國大蒜種植面積", "大蒜種植面積"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), GROUP_CARRIED_AND_SHARE_BASE)
def test_group_carried_and_share_base(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- N + measure word + modifiers +
# noun: the modified noun after the measure word is counted, whatever jieba tags its modifiers (a
# prefix 反, verbs, a set phrase), over any topic carried from before
MODIFIED_NOUN_AFTER_MEASURE = [
    subject_case(
        "處長表示，目標是把詐騙案的損失金額減少一成，並在年內增聘200名反詐騙調查人員。",
        "200名",
        "invented-hk-police: 增聘200名反詐騙調查人員",
        ["反詐騙調查人員", "調查人員"],
    ),
    subject_case(
        "今年将新招录120名反走私执法人员。",
        "120名",
        "written-customs: 反走私执法人员",
        ["反走私执法人员", "执法人员"],
    ),
    subject_case(
        "全年培训80名无人机驾驶员。",
        "80名",
        "written-county-news: 无人机驾驶员 (jieba: a set phrase)",
        ["无人机驾驶员", "驾驶员"],
    ),
    subject_case(
        "全市新增15支防汛抢险队伍。",
        "15支",
        "written-water-bureau: 防汛抢险队伍",
        ["防汛抢险队伍", "队伍"],
    ),
    subject_case(
        "目标是把损失金额减少一成，今年将增设30名防疫督导员。",
        "30名",
        "written-mo-health: 防疫督导员 after another topic",
        ["防疫督导员", "督导员"],
    ),
    subject_case(
        "已建成31个就业帮扶车间。",
        "31个",
        "written-provincial-portal: 就业帮扶车间",
        ["就业帮扶车间", "帮扶车间"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), MODIFIED_NOUN_AFTER_MEASURE)
def test_modified_noun_after_measure(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- fragments and over-long subjects:
# a noun cut inside an X对Y pair (雲|對|地閃電); the 均 of 平均 is no "all of them" over a list, and
# the subject stops at the head noun before 在…基础上
FRAGMENTS_AND_OVERLONG = [
    subject_case(
        "天文台的閃電定位網絡全年共探測到約19萬次雲對地閃電。",
        "19萬次",
        "invented-hk-hko: 約19萬次雲對地閃電",
        ["雲對地閃電", "閃電"],
    ),
    subject_case(
        "全年共监测到3.2万次云对地闪电，比上年增加12%。",
        "3.2万次",
        "written-provincial-meteorology: 云对地闪电",
        ["云对地闪电", "闪电"],
    ),
    subject_case(
        "演习中共发射12枚地对空导弹。",
        "12枚",
        "written-county-news: 地对空导弹",
        ["地对空导弹", "导弹"],
    ),
    subject_case(
        "残疾军人、伤残人民警察、伤残国家机关工作人员、伤残民兵民工的残疾抚恤金标准在现行基础上平均提高4.5%。",
        "4.5%",
        "invented-veterans-affairs: a list, 的, and 平均提高",
        ["残疾抚恤金标准", "残疾抚恤金"],
    ),
    subject_case(
        "城镇和农村居民的基础养老金最低标准在现行基础上平均提高6%。",
        "6%",
        "written-provincial-hrss: 城镇和农村居民的…在现行基础上平均提高",
        ["基础养老金最低标准", "基础养老金"],
    ),
    subject_case(
        "城市和农村低保标准在现行基础上均提高5%。",
        "5%",
        "written-county-civil-affairs: a real 均 after a 在…基础上 frame: the items stop at the frame",
        ["城市和农村低保标准", "低保标准"],
    ),
    subject_case(
        "城乡居民医保和职工医保的报销比例按规定均提高5个百分点。",
        "5个百分点",
        "written-provincial-healthcare-security: 按规定均提高",
        ["城乡居民医保和职工医保的报销比例", "报销比例"],
    ),
    subject_case(
        "城镇和农村居民人均可支配收入均增长1.6%。",
        "1.6%",
        "written-stats-bulletin: a real 均 still shares the figure over the list",
        ["城镇和农村居民人均可支配收入", "人均可支配收入"],
    ),
    subject_case(
        "一级至四级残疾军人的残疾抚恤金标准按现行标准平均提高5%。",
        "5%",
        "written-veterans-affairs: 按现行标准 is the basis, not what is raised",
        ["残疾抚恤金标准"],
    ),
    subject_case(
        "城乡低保标准按照上年标准提高8%。",
        "8%",
        "written-county-civil-affairs: 按照上年标准 is the basis",
        ["城乡低保标准", "低保标准"],
    ),
    subject_case(
        "綜援標準金額按現行水平上調5.1%。",
        "5.1%",
        "written-hk-swd: 按現行水平上調 (traditional)",
        ["綜援標準金額", "標準金額"],
    ),
    subject_case(
        "企业退休人员基本养老金按2023年水平提高3%。",
        "3%",
        "written-provincial-hrss: 按2023年水平, a year in the basis",
        ["企业退休人员基本养老金", "基本养老金"],
    ),
    subject_case(
        "全市最低工资标准按每月2300元执行。",
        "2300元",
        "written-city-hrss: a level a standard is applied at (按…执行)",
        ["最低工资标准"],
        marks=known_miss("an amount inside a 按…执行 frame names no subject: the noun before 按 is it"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FRAGMENTS_AND_OVERLONG)
def test_fragments_and_overlong(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a part of a group counted before
# it (N座X中，已有M座): the part counts the group's noun, not the measured noun after the measure
# word (已有3座水位降至…: 座 counts 水库, not 水位)
PART_OF_A_GROUP = [
    subject_case(
        "全市大中型水库蓄水总量4.37亿立方米；全市12座中型水库中，已有3座水位降至死水位以下。",
        "3座",
        "invented-city-water-bureau: 已有3座水位降至",
        ["中型水库", "水库"],
    ),
    subject_case(
        "全縣42所中小學當中，僅有5所設有游泳池。",
        "5所",
        "written-tw-education: 當中，僅有5所",
        ["中小學"],
    ),
    subject_case(
        "抽查的20家企业中，目前有3家存在超标排放问题。",
        "3家",
        "written-eco-environment: 中，目前有3家",
        ["企业"],
    ),
    subject_case(
        "全区18个行政村中，已有15个村集体经济收入超过10万元。",
        "15个",
        "written-county-agri: 中，已有15个村集体…",
        ["行政村"],
    ),
    subject_case(
        "15座跨河桥梁中已有6座完成加固。",
        "6座",
        "written-transport-bureau: 中已有6座",
        ["跨河桥梁", "桥梁"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PART_OF_A_GROUP)
def test_part_of_a_group(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a share or change named by a bare
# rate or share word before 为 with a sign or a range (降幅为-2.3%, 占比50%-60%): the word when
# nothing else is named, the topic when one is
SIGNED_OR_RANGED_RATE = [
    subject_case("降幅为-2.3%。", "-2.3%", "lead-probe: 降幅为-2.3% alone", ["降幅"]),
    subject_case("跌幅為-5.6%。", "-5.6%", "written-hk-finance: 跌幅為-5.6% alone", ["跌幅"]),
    subject_case("占比50%-60%。", "50%", "lead-probe: 占比50%-60% alone", ["占比"]),
    subject_case(
        "1-9月，全省规模以上工业增加值降幅为-2.3%，降幅比上半年收窄0.8个百分点。",
        "-2.3%",
        "written-stats-bulletin: the topic before 降幅为",
        ["工业增加值", "工业增加值降幅", "降幅"],
    ),
    subject_case(
        "其中小微企业占比50%-60%。",
        "50%",
        "written-finance-news: 占比 and a range after a topic",
        ["小微企业占比", "小微企业", "占比"],
    ),
    subject_case(
        "全市新能源汽车产量12万辆，增长两倍。",
        "两倍",
        "written-county-news: 增长两倍 after a topic",
        ["新能源汽车产量"],
    ),
    subject_case(
        "網上購物騙案按年增長兩倍。",
        "兩倍",
        "written-hk-police: 按年增長兩倍",
        ["網上購物騙案"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SIGNED_OR_RANGED_RATE)
def test_signed_or_ranged_rate(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a part of a place jieba tags a
# locative (东部, 南部, 東北部) opens the noun before the figure or the topic of a sentence; the
# subject is not cut after it (地区, 山区降水)
PART_OF_A_PLACE = [
    subject_case(
        "据监测，全市降水为有气象记录以来同期最少，其中南部山区降水偏少均在80%以上。",
        "80%",
        "invented-city-water-bureau: 南部山区降水偏少",
        ["南部山区降水"],
    ),
    subject_case("中部地区增长6.2%。", "6.2%", "written-stats-bulletin: 中部地区增长", ["中部地区"]),
    subject_case(
        "东部地区生产总值增长6.2%。",
        "6.2%",
        "written-stats-bulletin: 东部地区生产总值",
        ["东部地区生产总值"],
    ),
    subject_case(
        "分地区看，东部地区增长最快，同比增长8.1%；中部地区增长6.2%。",
        "8.1%",
        "written-stats-bulletin: a breakdown's part opening the sentence",
        ["东部地区"],
    ),
    subject_case(
        "去年東北部地區雨量達2 800毫米。",
        "2 800毫米",
        "written-hk-hko: 東北部地區雨量 (traditional)",
        ["東北部地區雨量"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PART_OF_A_PLACE)
def test_part_of_a_place(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
