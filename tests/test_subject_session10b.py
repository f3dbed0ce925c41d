"""Subjects, session 10 round 2: the lead's probes and batch 13's leftovers, each named as a general
construction, with the row it was found on (``invented-<page>``, ``probe``) and rows written here in
the style of other kinds of site (``written-<kind of site>``: mainland simplified, Hong Kong, Macau
and Taiwan traditional). Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, fact_at, known_miss, subject_case

# ---------------------------------------------------------------- a count followed by a copula (为,
# 属, 是) and a noun to its clause's end is the part that noun names, not a word jieba reads across
# the copula (人为) nor the whole carried from the clause before
NAMED_BY_COPULA = [
    subject_case("當中有215人為青少年。", "215人", "probe-hk-police: 當中有215人為青少年", ["青少年"]),
    subject_case(
        "年內共接獲1,024宗投訴，當中有88宗為重複個案。",
        "88宗",
        "written-hk-ombudsman: 當中有88宗為重複個案",
        ["重複個案"],
    ),
    subject_case(
        "外地僱員則為226.2萬（另有26.0萬人次屬其他類別人士）。",
        "26.0萬人次",
        "invented-mo-psp-border-crossings: 另有…人次屬其他類別人士 in brackets",
        ["其他類別人士"],
    ),
    subject_case(
        "全省报告新增确诊病例38例，其中12例为境外输入病例。",
        "12例",
        "written-provincial-health: 其中12例为境外输入病例 (the carried 病例 passes the scorer too)",
        ["境外输入病例", "输入病例"],
    ),
    subject_case(
        "今年共招录公务员120名，其中45名为应届毕业生。",
        "45名",
        "written-county-news: 其中45名为应届毕业生",
        ["应届毕业生"],
    ),
    subject_case(
        "本月共受理申請1,250件，其中312件屬低收入戶。",
        "312件",
        "written-tw-social-affairs: 其中312件屬低收入戶",
        ["低收入戶"],
    ),
    subject_case(
        "其中女性為1.2萬人。", "1.2萬人", "probe-hk: the figure after the copula keeps 女性", ["女性"]
    ),
    subject_case(
        "全市今年新增高新技术企业215家，其中38家为首次认定。",
        "38家",
        "written-city-science: a verb after the copula is no name (首次认定)",
        ["高新技术企业"],
    ),
    subject_case(
        "科技成果共鉴定15项，其中有3项为国际领先水平。",
        "3项",
        "written-provincial-science: a level the part is at names no part (国际领先水平)",
        ["科技成果"],
    ),
    subject_case(
        "全年拘捕1235人，为历年最低。",
        "1235人",
        "written-mo-police: 为历年最低 says how low, it names no part",
        ["拘捕", "被捕人士"],
    ),
]

# ---------------------------------------------------------------- a count after a verb (共发生, 录得,
# 增设) is the verb's object: the words from its measure word to the clause's end are what it counts,
# even where jieba reads an adjective, verbs or a word of change there (意外, 自助/过关/通道, 新增个案)
VERB_OBJECT_TO_CLAUSE_END = [
    subject_case(
        "衞生防護中心今日錄得123宗新增個案。",
        "123宗",
        "probe-hk-chp: 錄得123宗新增個案",
        ["新增個案", "個案"],
    ),
    subject_case(
        "建造業方面，上半年共發生1,702宗意外，較去年同期減少118宗。",
        "1,702宗",
        "invented-hk-ld-osh: 共發生1,702宗意外",
        ["意外", "建造業意外"],
    ),
    subject_case(
        "建造業方面，上半年共發生1,702宗意外，較去年同期減少118宗。",
        "118宗",
        "invented-hk-ld-osh: the change after it counts the same",
        ["意外", "建造業意外"],
    ),
    subject_case(
        "治安警察局表示，並計劃於年底前在關閘口岸增設20條自助過關通道，呼籲市民預早規劃行程。",
        "20條",
        "invented-mo-psp-border-crossings: 在關閘口岸增設20條自助過關通道",
        ["自助過關通道"],
    ),
    subject_case(
        "上半年全县共发生28起意外，同比下降12%。",
        "28起",
        "written-county-emergency: 共发生28起意外",
        ["意外"],
    ),
    subject_case(
        "本局本季度共办结37宗行政复议，",
        "37宗",
        "written-provincial-justice: 共办结37宗行政复议",
        ["行政复议"],
    ),
    subject_case(
        "今年已新建12个充电站，其中8个投入运营。",
        "8个",
        "written-city-news: a count before its own verb is no object (8个投入运营)",
        ["充电站"],
    ),
]

# ---------------------------------------------------------------- a people count after an agent and
# its verb (警方…共拘捕1 235人) counts those the verb acts on, not the agent
AGENT_BEFORE_VERB = [
    subject_case(
        "警方今年上半年共拘捕1 235人，按年上升3%。",
        "1 235人",
        "probe-hk-police: 警方…共拘捕1 235人",
        ["拘捕", "被捕人士"],
        marks=known_miss(
            "a people count after an agent and its verb: the agent (警方, 法院, 海關) is read as the "
            "thing counted; no word class tells an agent from a group of people (农村劳动力转移就业3万人)"
        ),
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "accept"), NAMED_BY_COPULA + VERB_OBJECT_TO_CLAUSE_END + AGENT_BEFORE_VERB
)
def test_subject(text: str, needle: str, accept: list[str]) -> None:
    check_subject(text, needle, accept)


# ---------------------------------------------------------------- a clause that repeats an earlier
# clause's verb and leaves its object out counts the same object; the place before its verb is the
# fact's place, not what is counted
PARALLEL_CLAUSE_OBJECT = [
    subject_case(
        "宣州区今年新建学校3所，郎溪县新建2所。",
        "2所",
        "probe-county-news: 郎溪县新建2所 after 新建学校3所",
        ["学校"],
    ),
    subject_case(
        "桃園市今年設置公共自行車站點86處，新竹市設置42處。",
        "42處",
        "written-tw-transport: 新竹市設置42處",
        ["公共自行車站點"],
    ),
    subject_case(
        "全省今年建成乡镇综合文化站210个，市州建成35个。",
        "35个",
        "written-provincial-culture: 市州建成35个",
        ["乡镇综合文化站"],
    ),
    subject_case(
        "屯門區今年新增公共停車位1,200個，元朗區新增950個。",
        "950個",
        "written-hk-transport: 元朗區新增950個",
        ["公共停車位"],
    ),
    subject_case(
        "生产安全事故死亡人数39人，其中，工矿商贸事故死亡22人，道路运输事故死亡17人。",
        "22人",
        "corpus-008: a part named before the verb is no place: it keeps its name",
        ["工矿商贸事故"],
    ),
    subject_case(
        "宣州区今年新建学校3所，郎溪县新建幼儿园2所。",
        "2所",
        "written-county-news: a clause with its own object keeps it",
        ["幼儿园"],
    ),
]

# ---------------------------------------------------------------- a ratio's name ends in 比: there
# 比 is the head of the noun, not a comparison word, and stays in the subject (checked exactly: the
# scorer accepts any part of the name, 城乡 too)
RATIO_NAMED_BY_BI = [
    pytest.param(
        "城乡居民收入比由2.5:1缩小到2.3:1。", "2.5:1", "城乡居民收入比", id="probe-provincial: 收入比由2.5:1"
    ),
    pytest.param(
        "城乡居民收入比由2.5:1缩小到2.3:1。",
        "2.3:1",
        "城乡居民收入比",
        id="probe-provincial: the new ratio past the old one (was 城乡)",
    ),
    pytest.param("城乡收入比为2.3:1。", "2.3:1", "城乡收入比", id="probe-county: 城乡收入比为2.3:1"),
    pytest.param(
        "全年城镇居民人均可支配收入42038元，农村居民人均可支配收入20366元，城乡居民收入比2.06:1。",
        "2.06:1",
        "城乡居民收入比",
        id="corpus-008: 城乡居民收入比2.06:1",
    ),
    pytest.param(
        "项目投入产出比达1:4.6。",
        "1:4.6",
        "项目投入产出比",
        id="written-finance-news: 投入产出比达 (was …比达)",
    ),
    pytest.param("本澳男女性別比為89.6:100。", "89.6:100", "本澳男女性別比", id="written-mo-dsec: 性別比為"),
    pytest.param(
        "农村居民收入与城镇居民收入之比为1:2.1。",
        "1:2.1",
        "农村居民收入与城镇居民收入之比",
        id="written-provincial: 之比 names both sides",
        marks=known_miss("a ratio named by 与…之比: the noun before 之比 alone is read"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "subject"), RATIO_NAMED_BY_BI)
def test_ratio_named_by_bi(text: str, needle: str, subject: str) -> None:
    assert fact_at(text, needle).subject == subject


# ---------------------------------------------------------------- the noun before a bracketed aside
# (dates, what is left out) that stands between it and its figure's verb is what the figure measures;
# a length in brackets measures the stretch named before it, road names with digits and 至 included
NAMED_BEFORE_BRACKET = [
    subject_case(
        "交通部高速公路局表示，115年春節連續假期（2月14日至2月22日）共計9天，國道總交通量為986.5百萬車公里。",
        "9天",
        "invented-tw-freeway: 春節連續假期（…）共計9天",
        ["春節連續假期", "連續假期"],
    ),
    subject_case(
        "今年国庆长假（10月1日至8日）共8天。",
        "8天",
        "written-county-tourism: 国庆长假（…）共8天",
        ["国庆长假", "长假"],
    ),
    subject_case(
        "全市户籍人口（不含暂住人口）为85.3万人。",
        "85.3万人",
        "written-city-stats: 户籍人口（不含…）为",
        ["户籍人口"],
    ),
    subject_case(
        "北返車潮主要集中於2月20日及21日，其中國1楊梅至五股高架段（約40公里）北向最長旅行時間約75分鐘。",
        "40公里",
        "invented-tw-freeway: 其中國1楊梅至五股高架段（約40公里）",
        ["國1楊梅至五股高架段", "楊梅至五股高架段", "高架段"],
    ),
    subject_case(
        "今年将新建S216省道（约28.6公里）。",
        "28.6公里",
        "written-provincial-transport: S216省道（约…）",
        ["S216省道"],
    ),
    subject_case(
        "计划改造的滨江路北延段（约3.2公里）年内完工。",
        "3.2公里",
        "written-city-construction: past the relative clause's 的",
        ["滨江路北延段"],
    ),
    subject_case(
        "其中國道3號大溪至龍潭段（約12公里）將於年底通車。",
        "12公里",
        "written-tw-freeway: 國道3號大溪至龍潭段",
        ["國道3號大溪至龍潭段", "大溪至龍潭段"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accept"), PARALLEL_CLAUSE_OBJECT + NAMED_BEFORE_BRACKET)
def test_subject_of_structure(text: str, needle: str, accept: list[str]) -> None:
    check_subject(text, needle, accept)
