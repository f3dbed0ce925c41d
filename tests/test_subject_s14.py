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
        "截至12月15日，全县今年已完成农村户厕改造3126户，完成年度目标任务3000户的104.2%。其中，新建三格式化粪池"
        "户厕2418户，改造双瓮漏斗式户厕五百二十户，其余188户就近接入污水管网。",
        "188户",
        "work-list-county-rural-toilet: 其余188户 (the parts add up past the target 3000户)",
        ["户厕", "接入污水管网"],
    ),
    accept(
        "全市今年已完成老舊公寓電梯加裝412部，完成年度目標400部的103%。其中，公有公寓268部，"
        "民間社區121部，其餘23部為學校及機關宿舍。",
        "23部",
        "written-tw-city-urban-development: 其餘23部 (past the target)",
        ["老舊公寓電梯加裝", "電梯加裝", "電梯"],
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


# ---------------------------------------------------------------- 4. a threshold drawing a class
# 经营性收入10万元以上的村…；50万元以上的村147个: a threshold that draws a class (以上的) measures what the
# class is drawn by; with nothing before it in its clause, what the last class of the same unit in the
# sentence was drawn by, not the noun of the class (村), which the count after it counts

VILLAGES = (
    "从收入分档看，集体经营性收入10万元以上的村占比达到100%；50万元以上的村147个，比上年增加29个；"
    "100万元以上的村38个，占全县村数的10.1%。"
)
THRESHOLD = [
    accept(
        VILLAGES,
        "50万元",
        "work-list-county-village-collective: 50万元以上的村",
        ["集体经营性收入", "经营性收入"],
    ),
    accept(VILLAGES, "100万元", "work-list-county-village-collective: 100万元以上的村", ["集体经营性收入"]),
    accept(VILLAGES, "147个", "work-list-county-village-collective: 的村147个", ["村"]),
    accept(VILLAGES, "10.1%", "work-list-county-village-collective: 占全县村数的10.1%", ["村", "占比"]),
    accept(
        "全市营业收入超亿元的企业达到412家，其中10亿元以上的企业58家，50亿元以上的企业9家。",
        "10亿元",
        "written-statistics-bulletin: 其中10亿元以上的企业 (after a threshold verb)",
        ["营业收入"],
        marks=known_miss(
            "a class drawn first with a threshold verb (超亿元的) is not carried to 其中10亿元以上的"
        ),
    ),
    accept(
        "全縣年營業額1,000萬元以上的商家共326家；5,000萬元以上的商家41家。",
        "5,000萬元",
        "written-tw-county-finance: 5,000萬元以上的商家",
        ["年營業額", "營業額"],
    ),
    accept(
        "全县年营业额1000万元以上的商户共326家；5000万元以上的商户41家。",
        "5000万元",
        "written-county-statistics: 5000万元以上的商户",
        ["年营业额", "营业额"],
    ),
    accept(
        "年收入在50万元以上的家庭农场有128个；100万元以上的家庭农场36个。",
        "100万元",
        "written-provincial-agri-dept: 收入在50万元以上的…；100万元以上的",
        ["年收入", "收入"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), THRESHOLD)
def test_a_threshold_measures_what_its_class_is_drawn_by(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 5. the object of a coverb
# 市政署就違規食品場所提出檢控127宗: the noun after 就 or 对 is whom the verb is aimed at; a subject read
# across it into the verb before the figure starts at the verb (提出檢控), and 就 inside a word (就近,
# 就业) is no coverb

IAM = "執法方面，市政署全年就違規食品場所提出檢控127宗，較2024年減少11宗，科處罰款合共約214萬澳門元。"
COVERB = [
    accept(IAM, "127宗", "work-list-mo-iam-food-safety: 就違規食品場所提出檢控127宗", ["檢控"]),
    accept(IAM, "11宗", "work-list-mo-iam-food-safety: 較2024年減少11宗", ["檢控"]),
    accept(
        "劳工处全年就违反《雇佣条例》的雇主提出检控230宗。",
        "230宗",
        "written-hk-labour-department-simplified: 就…雇主提出检控230宗",
        ["检控"],
    ),
    accept(
        "食環署就無牌小販提出檢控1,230宗。",
        "1,230宗",
        "written-hk-fehd: 就無牌小販提出檢控1,230宗",
        ["檢控"],
    ),
    accept(
        "市生态环境局对违法排污企业实施行政处罚86件。",
        "86件",
        "written-city-ecology-bureau: 对…企业实施行政处罚86件",
        ["行政处罚"],
    ),
    accept(
        "市場監管局對違規經營企業立案查處56件。",
        "56件",
        "written-tw-style-market-regulation: 對…企業立案查處56件",
        ["立案查處", "查處"],
    ),
    accept(
        "在就近就业方面，全县31个就业帮扶车间吸纳脱贫劳动力就业2318人。",
        "2318人",
        "work-list-county-poverty-labour: 就近 is no coverb",
        ["劳动力就业", "脱贫劳动力", "就业帮扶车间"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COVERB)
def test_a_coverb_s_object_is_not_what_is_counted(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 6. a kind of project and what it did
# 基础设施项目完成投资151.4亿元: the noun before 完成 or 实现 joined to their bare object names the amount
# (基础设施项目投资); a project's part (新型建材项目主体工程) is cut from a project's name only when the
# phrase was written as one noun, never when a verb stood between

PROJECTS = (
    "分领域看，产业项目完成投资268.7亿元，同比增长14.2%；基础设施项目完成投资151.4亿元；"
    "社会民生项目完成投资82.2亿元。"
)
PROJECT_KINDS = [
    accept(PROJECTS, "151.4亿元", "work-list-city-ndrc-key-projects: 基础设施项目完成投资", ["基础设施项目"]),
    accept(PROJECTS, "82.2亿元", "work-list-city-ndrc-key-projects: 社会民生项目完成投资", ["社会民生项目"]),
    accept(
        "1-9月，全省交通基础设施项目完成投资1234.5亿元，完成年度计划的82.6%。",
        "1234.5亿元",
        "written-provincial-transport-dept: 交通基础设施项目完成投资",
        ["交通基础设施项目", "基础设施项目"],
    ),
    accept(
        "今年以來，本市公共建設項目完成投資新臺幣86.4億元。",
        "86.4億元",
        "written-tw-city-public-works: 公共建設項目完成投資",
        ["公共建設項目", "建設項目"],
    ),
    accept(
        "新型建材项目主体工程已完成85%。",
        "85%",
        "written-county-news: 新型建材项目主体工程 (a project's part, one noun)",
        ["主体工程"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PROJECT_KINDS)
def test_a_kind_of_project_names_what_it_invested(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 7. a measure of what occurred
# 松材线虫病发生面积1.86万亩: 发生 before a measure head (面积, 率, 数) names the measure with what occurred;
# alone before a count (共发生612起) it only reports the count, and the noun before it is the subject

PEST = (
    "据秋季普查结果，截至10月31日，全县松材线虫病发生面积1.86万亩，同比减少3200亩，下降14.7%；"
    "病死松树2.43万株，同比下降21.3%。"
)
OCCURRED = [
    accept(
        PEST,
        "1.86万亩",
        "work-list-county-forestry-pest: 松材线虫病发生面积",
        ["松材线虫病发生面积", "发生面积"],
    ),
    accept(PEST, "3200亩", "work-list-county-forestry: 减少3200亩", ["松材线虫病发生面积"]),
    accept(
        "力争到2025年底全县疫情发生面积控制在1.5万亩以内。",
        "1.5万亩",
        "work-list-county-forestry-pest: 疫情发生面积控制在",
        ["疫情发生面积", "发生面积"],
    ),
    accept(
        "今年全省小麦条锈病发生面积32.6万亩，较上年减少4.1万亩。",
        "32.6万亩",
        "written-provincial-agri-dept: 小麦条锈病发生面积",
        ["小麦条锈病发生面积", "条锈病发生面积", "发生面积"],
    ),
    accept(
        "本年度全縣松材線蟲病發生面積約1,250公頃。",
        "1,250公頃",
        "written-tw-forestry-style: 松材線蟲病發生面積",
        ["松材線蟲病發生面積", "發生面積"],
    ),
    accept(
        "全市共发生火灾612起，同比下降8.3%。",
        "612起",
        "written-city-fire-brigade: 共发生火灾612起 (发生 alone reports)",
        ["火灾"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), OCCURRED)
def test_a_measure_of_what_occurred_keeps_its_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 8. a noun's last character cut off
# 全年更換老化供水管|道11.3公里: jieba cuts a noun's last character off as a measure word (道, 步道's 道);
# it is joined back also when a time (全年, 今年) stands in the words before the figure

CUT_NOUNS = [
    accept(
        "2024年，本澳供水管網漏損率為8.6%，較上年下降0.4個百分點；全年更換及改善老化供水管道11.3公里。",
        "11.3公里",
        "work-list-mo-dsamsa-water-supply: 全年更換…老化供水管道11.3公里",
        ["老化供水管道", "供水管道"],
    ),
    accept(
        "今年全市更换老旧供水管道86.5公里，改造二次供水设施120处。",
        "86.5公里",
        "written-city-water-affairs: 今年…更换老旧供水管道",
        ["老旧供水管道", "供水管道"],
    ),
    accept(
        "全年新建健身步道186公里。",
        "186公里",
        "written-county-sports-bureau: 全年新建健身步道 (步|道)",
        ["健身步道", "步道"],
    ),
    accept(
        "本年度汰換老舊自來水管道42公里。",
        "42公里",
        "written-tw-water-company: 本年度汰換老舊自來水管道",
        ["老舊自來水管道", "自來水管道", "管道"],
        marks=known_miss("jieba tags 自来水管 a set phrase (l), so the 道 cut off is not joined back"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), CUT_NOUNS)
def test_a_cut_noun_is_joined_past_a_time(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 9. a share of what is done
# 网上查档占比达到六成以上: a verb (with the place or manner before it) right before 占比 names what the
# share is of; a bare 占比 after a count (新能源汽车9436辆，占比54.5%) still takes the count's noun

DONE_SHARES = [
    accept(
        "依托“异地查档、跨馆出证”便民服务，全年办理跨区域查档1350件，网上查档占比达到六成以上。",
        "六成",
        "work-list-city-archives-digitization: 网上查档占比达到六成以上",
        ["网上查档占比", "网上查档"],
    ),
    accept(
        "今年綜合所得稅結算申報共受理120萬件，網上申報占比達到八成。",
        "八成",
        "written-tw-tax-bureau: 網上申報占比達到八成",
        ["網上申報占比", "網上申報"],
    ),
    accept(
        "全年受理不动产登记业务3.2万件，网上申请占比达到45%。",
        "45%",
        "written-city-natural-resources: 网上申请占比",
        ["网上申请占比", "网上申请"],
    ),
    accept(
        "1-6月全市新能源汽车销量9436辆，占比54.5%。",
        "54.5%",
        "written-city-commerce: 占比 after a count (bare share)",
        ["新能源汽车", "新能源汽车销量"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), DONE_SHARES)
def test_a_share_of_what_is_done_is_named_by_its_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)


# ---------------------------------------------------------------- 10. a part named after its copula
# 其中約23.6萬份為周年申報表: the noun after a count's copula names the part, also when jieba tags its
# first word a time (周年) that the time reader reads as none

FORMS = [
    accept(
        "上半年，處方共登記約142萬份文件，其中約23.6萬份為周年申報表；公眾人士查冊的次數為185萬次。",
        "23.6萬份",
        "work-list-hk-companies-registry: 其中約23.6萬份為周年申報表",
        ["周年申報表"],
    ),
    accept(
        "全年共受理各类登记材料142万份，其中23.6万份为年度报告。",
        "23.6万份",
        "written-city-market-regulation: 其中23.6万份为年度报告",
        ["年度报告"],
    ),
    accept(
        "本季共受理申請3,210宗，其中1,045宗為周年續期申請。",
        "1,045宗",
        "written-mo-government-style: 其中1,045宗為周年續期申請",
        ["周年續期申請", "續期申請"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), FORMS)
def test_a_part_named_after_its_copula(text: str, needle: str, accepted: list[str]) -> None:
    _check(text, needle, accepted)
