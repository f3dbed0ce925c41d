"""Subjects, session 10 round 2: the lead's probes and batch 13's leftovers, each named as a general
construction, with the row it was found on (``invented-<page>``, ``probe``) and rows written here in
the style of other kinds of site (``written-<kind of site>``: mainland simplified, Hong Kong, Macau
and Taiwan traditional). Rows that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, known_miss, subject_case

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
        "written-provincial-health: 其中12例为境外输入病例",
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
