"""Session 14 (issues 15 and 16): subjects by construction, the long tail.

Each table holds a sentence of an in-sample page (``work list``: session 13's held-out pages, now in
``tests/data/invented/``) and sentences written in the style of other kinds of site, in simplified and
traditional script (a traditional text is read through its simplified shadow, so both are checked).
Ids name the source: ``work-list-<page>`` or ``written-<kind of site>``. Rows are checked with the gold
scorer's rule (:func:`factcase.subject_ok`).
"""

from __future__ import annotations

import pytest

from factcase import check_subject as _check
from factcase import known_miss
from factcase import subject_case as accept

# ---------------------------------------------------------------- 1. the rest of a whole
# 隐患点167处，已整改销号139处，其余28处: the rest counts what the whole counts, the count that the rest
# and the part before it add up to; a part whose clause opens with its group (红单建物已完成拆除81栋)
# gives that group to the rest; never the verb the part is counted by (销号) nor a count further back

FLOOD = (
    "排查出山洪、地质灾害、城区内涝等各类风险隐患点167处，目前已整改销号139处，整改率83.2%；"
    "其余28处均已落实“一点一策”防范措施。"
)
HUALIEN = (
    "全縣受損建物共計1,672棟，其中判定為危險建築（紅單）者98棟、暫停使用（黃單）者215棟。"
    "紅單建物已完成拆除81棟，拆除完成率82.7%；其餘17棟因涉及產權及住戶協調，預計114年3月底前全數拆除完畢。"
)
_PREDICATE_NOUN = known_miss("a noun after the rest before its predicate (主体已封顶) reads as counted")
REST = [
    accept(FLOOD, "其余28处", "work-list-county-emergency-flood: 其余28处", ["风险隐患点", "隐患点"]),
    accept(HUALIEN, "其餘17棟", "work-list-tw-hualien-earthquake: 其餘17棟", ["紅單建物", "其餘"]),
    accept(
        "全市共排查出燃气安全隐患2156处，已完成整改1980处，其余176处正在加紧整改。",
        "176处",
        "written-provincial-portal: 其余176处",
        ["燃气安全隐患", "安全隐患"],
    ),
    accept(
        "全市共排查出燃氣安全隱患2156處，已完成整改1980處，其餘176處正在加緊整改。",
        "176處",
        "written-provincial-portal-traditional: 其餘176處",
        ["燃氣安全隱患", "安全隱患"],
    ),
    accept(
        "本市列管老舊危險建物共計412棟，已完成拆除或補強368棟，其餘44棟預計明年完成。",
        "44棟",
        "written-tw-city-building-office: 其餘44棟",
        ["老舊危險建物", "危險建物"],
    ),
    accept(
        "署方全年共接獲噪音投訴1,265宗，已完成調查1,102宗，餘下163宗仍在跟進中。",
        "163宗",
        "written-hk-press-release: 餘下163宗",
        ["噪音投訴", "投訴"],
    ),
    accept(
        "署方全年共接获噪音投诉1,265宗，已完成调查1,102宗，余下163宗仍在跟进中。",
        "163宗",
        "written-hk-press-release-simplified: 余下163宗",
        ["噪音投诉", "投诉"],
    ),
    accept(
        "全区需拆除的违法建筑共计86栋，其中违建厂房52栋。违建厂房已拆除40栋，其余12栋正在拆除。",
        "12栋",
        "written-district-portal: 违建厂房已拆除40栋，其余12栋",
        ["违建厂房", "厂房"],
    ),
    accept(
        "本次采购共划分12个标段，已确定中标人9个标段，剩余3个标段将重新组织招标。",
        "3个",
        "written-procurement-notice: 剩余3个标段 (its own noun after it)",
        ["标段"],
    ),
    accept(
        "計劃新建公辦幼稚園4所。目前已建成3所，剩餘1所主體已封頂。",
        "1所",
        "written-tw-style: 剩餘1所主體已封頂 (主體 is the building's, not what is counted)",
        ["公辦幼稚園", "幼稚園"],
        marks=_PREDICATE_NOUN,
    ),
    accept(
        "计划新建、改扩建公办幼儿园4所，新增学位1080个。目前已建成3所，新增学位810个，剩余1所主体已封顶。",
        "1所",
        "work-list-district-livelihood: 剩余1所主体已封顶",
        ["公办幼儿园", "幼儿园"],
        marks=_PREDICATE_NOUN,
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), REST)
def test_the_rest_counts_what_its_whole_counts(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 2. the thing a verb acted on
# 白鹤共记录到3260只, 全倒補助已核發312戶, 各項災後補助累計核撥8.46億元: a count or amount right after a
# verb of recording, granting or handling counts the thing its clause names before the verb (past 已, 累计);
# with nothing before the verb, the thing its sentence is about, when the verb was read as the subject
# (視像諮詢…，全年共處理742宗); never the verb, the unit or a noun of an earlier sentence

BIRDS = (
    "其中，国家一级重点保护野生鸟类9种；国家二级重点保护野生鸟类18种。\n"
    "从重点物种看，白鹤共记录到3260只，占其全球种群数量的六成以上；东方白鹳1480只，比上年增加210只；"
    "全球极度濒危物种青头潜鸭记录到47只，创我省历年调查最高值。"
)
HUALIEN_AID = (
    "截至11月15日止，中央與縣府各項災後補助累計核撥新臺幣8.46億元。"
    "截至11月15日，全倒補助已核發312戶、半倒補助已核發1,068戶。"
)
ACTED_ON = [
    accept(BIRDS, "3260只", "work-list-province-wetland-winter-bird: 白鹤共记录到3260只", ["白鹤"]),
    accept(BIRDS, "47只", "work-list-province-wetland-winter-bird: 青头潜鸭记录到47只", ["青头潜鸭"]),
    accept(HUALIEN_AID, "8.46億元", "work-list-tw-hualien: 災後補助累計核撥", ["災後補助", "補助"]),
    accept(HUALIEN_AID, "312戶", "work-list-tw-hualien: 全倒補助已核發312戶", ["全倒補助", "全倒"]),
    accept(HUALIEN_AID, "1,068戶", "work-list-tw-hualien: 半倒補助已核發1,068戶", ["半倒補助", "半倒"]),
    accept(
        "其中，汽车消费券按购车价格分档发放，单张面额2000元至8000元，共核销1.15万张，带动汽车销售额21.7亿元。",
        "1.15万张",
        "work-list-province-commerce-consumption: 汽车消费券…共核销1.15万张",
        ["汽车消费券", "消费券"],
    ),
    accept(
        "視像諮詢自推出以來廣受市民歡迎，全年共處理742宗，較前年增加近一倍。",
        "742宗",
        "work-list-mo-dsaj-legal-aid: 視像諮詢…全年共處理742宗",
        ["視像諮詢"],
    ),
    accept(
        "视像咨询自推出以来广受市民欢迎，全年共处理742宗，较前年增加近一倍。",
        "742宗",
        "written-mo-dsaj-simplified: 视像咨询…全年共处理742宗",
        ["视像咨询"],
    ),
    accept(
        "本次调查中，黑脸琵鹭共记录到412只，较上年增加36只。",
        "412只",
        "written-provincial-forestry: 黑脸琵鹭共记录到412只",
        ["黑脸琵鹭"],
    ),
    accept(
        "本次調查中，黑面琵鷺共記錄到412隻，較上年增加36隻。",
        "412隻",
        "written-tw-forestry-agency: 黑面琵鷺共記錄到412隻",
        ["黑面琵鷺"],
    ),
    accept(
        "今年春季，市區候鳥監測點監測到白頭鶴約120隻。",
        "120隻",
        "written-hk-afcd: 監測到白頭鶴約120隻 (the verb's object stands before the figure)",
        ["白頭鶴"],
        marks=known_miss("a place, the verb and its object before a count are read as one noun"),
    ),
    accept(
        "截至6月底，中央财政衔接推进乡村振兴补助资金已拨付86.5亿元，拨付进度为92.3%。",
        "86.5亿元",
        "written-finance-ministry: 补助资金已拨付86.5亿元",
        ["补助资金", "衔接推进乡村振兴补助资金", "乡村振兴补助资金"],
    ),
    accept(
        "截至6月底，中央財政銜接推進鄉村振興補助資金已撥付86.5億元，撥付進度為92.3%。",
        "86.5億元",
        "written-finance-ministry-traditional: 補助資金已撥付86.5億元",
        ["補助資金", "銜接推進鄉村振興補助資金", "鄉村振興補助資金"],
    ),
    accept(
        "本年度災害救助金累計核發新臺幣1.2億元，受惠農戶約3,400戶。",
        "1.2億元",
        "written-tw-county-agri: 災害救助金累計核發",
        ["災害救助金", "救助金"],
    ),
    # what stays: items in turn, the count's own noun after it, an amount carried from its clause
    accept(
        "其中，电话、网络渠道分别受理14.21万件和4.43万件，分别占受理总量的76.2%和23.8%。",
        "14.21万件",
        "work-list-city-12345-hotline: 分别受理 (items in turn)",
        ["电话渠道", "电话"],
    ),
    accept(
        "二○二四年，反詐中心共處理逾3.2萬宗查詢，按年增加18%。",
        "3.2萬宗",
        "work-list-hk-legco-reply: 共處理逾3.2萬宗查詢 (its own noun after it)",
        ["查詢"],
    ),
    accept(
        "省级财政今年安排农机购置与应用补贴资金9.6亿元，已兑付3.4亿元。",
        "3.4亿元",
        "work-list-province-agri-dept: 已兑付3.4亿元 (the amount of the clause before)",
        ["农机购置与应用补贴资金", "补贴资金"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ACTED_ON)
def test_a_verb_of_recording_or_granting_counts_the_thing_before_it(
    text: str, needle: str, accepted: list[str]
) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 3. an amount per unit, and its money
# 每戶5萬元慰助金, 稻穀每公斤加碼補貼0.5元: an amount per unit measures the money named with it, the noun
# after the amount (a verb glued to 金, 款 or 費 names it) or the verb of money after the 每 chain (补贴,
# 补助, 资助, 奖励); the noun before the chain says what it is paid on, not what it is

PER_AMOUNT = [
    accept(
        "在補助核發部分，住屋全倒每戶補助20萬元、半倒每戶補助10萬元，縣府另加發每戶5萬元慰助金。",
        "5萬元",
        "work-list-tw-hualien-earthquake: 每戶5萬元慰助金",
        ["慰助金"],
    ),
    accept(
        "縣府另編列自籌經費，對本縣農民繳售公糧之稻穀每公斤加碼補貼0.5元，預計受惠農戶約8,600戶。",
        "0.5元",
        "work-list-tw-changhua-agri-rice: 每公斤加碼補貼0.5元",
        ["補貼", "加碼補貼", "公糧"],
    ),
    accept(
        "县财政另安排资金，对农民交售的稻谷每公斤加价补贴0.1元。",
        "0.1元",
        "written-county-portal: 稻谷每公斤加价补贴0.1元",
        ["补贴", "加价补贴"],
    ),
    accept(
        "对新购置的大中型拖拉机每台补贴2万元，插秧机每台补贴1.5万元。",
        "2万元",
        "written-provincial-agri-dept: 拖拉机每台补贴2万元",
        ["补贴"],
    ),
    accept(
        "對新購置的大中型曳引機每台補貼2萬元，插秧機每台補貼1.5萬元。",
        "1.5萬元",
        "written-tw-agri-council: 插秧機每台補貼1.5萬元",
        ["補貼"],
    ),
    accept(
        "县政府向受灾群众另发放每户3000元慰问金。",
        "3000元",
        "written-county-news: 每户3000元慰问金",
        ["慰问金"],
    ),
    accept(
        "政府將向合資格家庭發放每戶1萬元補償款，預計涉及約3,200戶。",
        "1萬元",
        "written-hk-press-release: 每戶1萬元補償款",
        ["補償款"],
    ),
    accept(
        "對因公殉職人員家屬一次性發放每人20萬元撫卹金。",
        "20萬元",
        "written-tw-interior-ministry: 每人20萬元撫卹金 (jieba: 撫卹|金)",
        ["撫卹金"],
    ),
    accept(
        "家庭经济困难学生每生每年资助5000元。",
        "5000元",
        "written-education-bureau: 每生每年资助5000元 (already right)",
        ["资助"],
    ),
    accept(
        "膳食津貼每人每學年為4,500澳門元。",
        "4,500澳門元",
        "written-mo-dsedj: 膳食津貼每人每學年 (the noun before the chain, no money verb)",
        ["膳食津貼"],
    ),
    accept(
        "今年起，对规模养殖场每头能繁母猪补贴300元。",
        "300元",
        "written-provincial-agri-dept: 每头能繁母猪补贴300元",
        ["补贴", "能繁母猪补贴"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PER_AMOUNT)
def test_an_amount_per_unit_measures_its_money(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
