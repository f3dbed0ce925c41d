"""Subjects in running text on simplified pages, from session 9's batch 12 (round 2), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written here in the style of other kinds of site (``written-<kind of
site>``) and other wordings, so that the rule catches the family, not the page's sentence. Rows that
fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, known_miss, subject_case

# ---------------------------------------------------------------- a quoted name right before a
# one-character head (率, 量, 数): the name is part of the noun (“一网通办”率 is the rate of 一网通办,
# not a bare 率)
QUOTED_NAME_BEFORE_HEAD = [
    subject_case(
        "全市1826项政务服务事项实现网上可办，“一网通办”率达到96.5%，全程网办率72.4%。",
        "96.5%",
        "invented-city-gov-service-center: “一网通办”率达到",
        ["“一网通办”率", "一网通办率"],
    ),
    subject_case(
        "2026年，中心将力争“一网通办”率稳定在98%以上。",
        "98%",
        "invented-city-gov-service-center: a goal, 稳定在",
        ["“一网通办”率", "一网通办率"],
    ),
    subject_case(
        "今年以来，全省“跨省通办”率达99.2%，较上年提高1.5个百分点。",
        "99.2%",
        "written-provincial-portal: “跨省通办”率达",
        ["“跨省通办”率", "跨省通办率"],
    ),
    subject_case(
        "一季度全区“最多跑一次”率为91.3%。",
        "91.3%",
        "written-county-news: “最多跑一次”率为",
        ["“最多跑一次”率", "最多跑一次率"],
    ),
    subject_case(
        "本年度「一站式」率達85.6%。",
        "85.6%",
        "written-hk-department: 「一站式」率達 (traditional corner quotes)",
        ["「一站式」率", "一站式率", "“一站式”率"],
    ),
    subject_case(
        "全市“互联网+监管”覆盖率达到100%。",
        "100%",
        "written-market-regulator: a two-character head keeps its name too",
        ["“互联网+监管”覆盖率", "互联网+监管覆盖率", "覆盖率"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), QUOTED_NAME_BEFORE_HEAD)
def test_quoted_name_before_head(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a share named after what it is
# the share of (销量占比达92%): jieba glues 比 to the light verb (占|比达, a name), and a bare 占比
# opening a clause names nothing (the amount just stated is what it is a share of)
SHARE_BEFORE_LIGHT_VERB = [
    subject_case(
        "纳入补贴范围的家电产品共销售24.6万台；一级能效（水效）产品销量占比达92%以上，单件最高补贴2000元。",
        "92%",
        "invented-city-commerce-trade-in: 产品销量占比达",
        ["一级能效（水效）产品", "一级能效产品", "销量占比", "产品销量占比"],
    ),
    subject_case(
        "全县规模以上工业企业中高新技术企业产值占比达46.2%。",
        "46.2%",
        "written-county-stats: 产值占比达",
        ["高新技术企业产值占比", "产值占比", "高新技术企业"],
    ),
    subject_case(
        "今年前三季度，本市民營企業出口佔比達57.3%。",
        "57.3%",
        "written-customs-traditional: 出口佔比達",
        ["民營企業出口佔比", "出口佔比", "民營企業"],
    ),
    subject_case(
        "全省规模养殖场生猪出栏占比达到67.5%。",
        "67.5%",
        "written-provincial-agri: 出栏占比达到",
        ["生猪出栏占比", "出栏占比", "规模养殖场生猪出栏占比"],
    ),
    subject_case(
        "带动新车销售1.73万辆，其中新能源汽车9436辆，占比54.5%。",
        "54.5%",
        "invented-city-commerce-trade-in: a bare 占比 takes the count before it",
        ["新能源汽车"],
    ),
    subject_case(
        "其中，建筑工程产值同比增长18.3%；安装工程产值同比降低18.7%，占比5.5%。",
        "5.5%",
        "corpus-007: a bare 占比 after a semicolon takes its own clause's amount",
        ["安装工程产值", "工程产值"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SHARE_BEFORE_LIGHT_VERB)
def test_share_before_light_verb(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a measure defined in brackets as
# a share (研发经费投入强度（R&D经费支出占地区生产总值比重）为3.12%): the aside, however long, defines the
# name before it; its 占 is no share of the figure, and the changes after take that name; a
# semicolon before it opens a new topic, so the amount of the part before is not carried over
DEFINED_IN_BRACKETS = [
    subject_case(
        "全市高新技术企业研发费用合计186.35亿元，占全市规模以上工业企业研发费用的78.6%；全市全社会研发经费"
        "投入强度（R&D经费支出占地区生产总值比重）为3.12%，较上年提高0.21个百分点，高于全省平均水平0.9个百分点。",
        "3.12%",
        "invented-city-kjj-hightech: 强度（R&D…比重）为",
        ["全社会研发经费投入强度", "研发经费投入强度", "投入强度"],
    ),
    subject_case(
        "全市高新技术企业研发费用合计186.35亿元，占全市规模以上工业企业研发费用的78.6%；全市全社会研发经费"
        "投入强度（R&D经费支出占地区生产总值比重）为3.12%，较上年提高0.21个百分点，高于全省平均水平0.9个百分点。",
        "0.9个百分点",
        "invented-city-kjj-hightech: the comparison after the semicolon's topic",
        ["全社会研发经费投入强度", "研发经费投入强度", "投入强度"],
    ),
    subject_case(
        "全县有林地面积120万亩；森林覆盖率（森林面积占土地总面积的比例）达到68.2%。",
        "68.2%",
        "written-forestry-bureau: 覆盖率（…的比例）达到",
        ["森林覆盖率"],
    ),
    subject_case(
        "全年第三产业增加值1234亿元；全省常住人口城镇化率（城镇常住人口占总人口的比重）为65.3%，比上年提高0.8个百分点。",
        "0.8个百分点",
        "written-stats-bulletin: the change after a defined rate",
        ["常住人口城镇化率", "城镇化率"],
    ),
    subject_case(
        "本港出口總值上升5%；轉口貿易比率（轉口貨值佔整體出口貨值的比重）為98.6%。",
        "98.6%",
        "written-hk-censtatd: 比率（…佔…的比重）為 (traditional)",
        ["轉口貿易比率"],
    ),
    subject_case(
        "全市规模以上工业增加值增长6.1%，高技术制造业占比（高技术制造业增加值占规模以上工业增加值比重）为18.6%。",
        "18.6%",
        "written-city-stats: a share named 占比 with its definition",
        ["高技术制造业占比", "高技术制造业"],
    ),
    subject_case(
        "规模以上工业综合能源消费量816.33万吨标准煤，下降1.3%；PM2.5浓度29微克/立方米，比上年同期改善6.5%。",
        "6.5%",
        "corpus-008: a semicolon opens a new topic for a change",
        ["PM2.5浓度", "浓度"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), DEFINED_IN_BRACKETS)
def test_defined_in_brackets(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- the figure a calculation frame is
# based on (按辖区常住人口3.48万人计算): it counts the noun before it inside the frame; the verb that
# closes the frame (计算, 计, 核算) names no event the figure counts
CALCULATION_BASE = [
    subject_case(
        "截至4月30日，全镇累计签约居民2.14万人，常住人口签约率达到61.5%（按辖区常住人口3.48万人计算）。",
        "3.48万人",
        "invented-township-health-family-doctor: （按…3.48万人计算）",
        ["常住人口", "辖区常住人口"],
    ),
    subject_case(
        "全县每千人口执业医师数为2.9人（按户籍人口68.2万人计算）。",
        "68.2万人",
        "written-county-health: a rate per head and its population base",
        ["户籍人口"],
    ),
    subject_case(
        "全区城镇居民人均住房面积42.3平方米，按常住人口26.8万人测算，人均公园绿地面积15.6平方米。",
        "26.8万人",
        "written-district-stats: 按…测算 as its own clause",
        ["常住人口"],
    ),
    subject_case(
        "每万人口社会工作者8.4人（按年末常住人口计算，共计1.36万人次接受服务）。",
        "8.4人",
        "written-civil-affairs: a figure outside the frame keeps its own noun",
        ["社会工作者", "每万人口社会工作者"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), CALCULATION_BASE)
def test_calculation_base(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a count of acts (人次, 次) right
# after the object of a light verb (提供, 开展, 实施, 组织): the object counts, however jieba tags its
# words (免费|健康|体检: a verb, an adjective, a verb; 上门|随访: a place, a verb)
OBJECT_OF_LIGHT_VERB = [
    subject_case(
        "今年以来，家庭医生团队累计开展上门随访1.36万人次，提供免费健康体检6217人次。",
        "6217人次",
        "invented-township-health-family-doctor: 提供免费健康体检",
        ["免费健康体检", "健康体检"],
    ),
    subject_case(
        "今年以来，家庭医生团队累计开展上门随访1.36万人次，提供免费健康体检6217人次。",
        "1.36万人次",
        "invented-township-health-family-doctor: 开展上门随访",
        ["上门随访", "随访"],
    ),
    subject_case(
        "市急救中心全年实施院前急救4.6万人次，平均急救反应时间12分钟。",
        "4.6万人次",
        "written-city-health-commission: 实施院前急救",
        ["院前急救"],
    ),
    subject_case(
        "全年组织免费技能培训3200人次，开展送医下乡86场次。",
        "3200人次",
        "written-hrss-county: 组织免费技能培训",
        ["免费技能培训", "技能培训"],
    ),
    subject_case(
        "上半年全县开展义诊咨询520人次。",
        "520人次",
        "written-county-news: 开展义诊咨询",
        ["义诊咨询", "义诊"],
    ),
    subject_case(
        "完成运动员注册确认5661人（新增785人），教练员注册331人。",
        "5661人",
        "corpus-008: a noun before the verbs stays what is counted",
        ["运动员"],
    ),
    subject_case(
        "完成运动员注册确认5661人（新增785人），教练员注册331人。",
        "785人",
        "corpus-008: …and in the bracket after it",
        ["运动员", "新增运动员"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), OBJECT_OF_LIGHT_VERB)
def test_object_of_light_verb(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a list of measures named by a verb
# and a one-character head (受理量、办结量同比分别增长9.6%和9.5%): the verb is part of the first item's
# noun, not the predicate that ends the words before the list (量 alone names no item)
VERB_HEADED_ITEMS = [
    subject_case(
        "全年市本级政务服务大厅共受理各类办件386.72万件，办结率99.8%，受理量、办结量同比分别增长9.6%和9.5%。",
        "9.6%",
        "invented-city-gov-service-center: 受理量、办结量分别",
        ["受理量"],
    ),
    subject_case(
        "全市12345热线受理量、办结量分别为86.3万件和85.9万件。",
        "86.3万件",
        "written-city-hotline: a head before the list stays",
        ["受理量", "热线受理量"],
    ),
    subject_case(
        "全年全省客运量、货运量分别下降3.2%和增长5.1%。",
        "3.2%",
        "written-provincial-transport: 客运量、货运量",
        ["客运量"],
    ),
    subject_case(
        "本季度投訴量及處理量分別為1,230宗和1,198宗。",
        "1,230宗",
        "written-mo-consumer-council: 投訴量及處理量 (traditional)",
        ["投訴量"],
    ),
    subject_case(
        "区财政安排小学、初中生均公用经费标准分别为每生每年720元和940元。",
        "720元",
        "corpus: a verb before a list of nouns still ends the words before it",
        ["小学生均公用经费标准", "小学"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), VERB_HEADED_ITEMS)
def test_verb_headed_items(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- how long a procedure takes,
# named before a change to a new level (补贴兑付周期压缩至7个工作日以内): 周期, 时限, 工期 head the noun
# (jieba reads 周期 as a time, which ended the phrase), so the amount of the clause before is not
# carried over
PROCEDURE_DURATIONS = [
    subject_case(
        "力争全年带动以旧换新相关商品销售额突破80亿元，补贴兑付周期压缩至7个工作日以内。",
        "7个工作日",
        "invented-city-commerce-trade-in: 兑付周期压缩至",
        ["补贴兑付周期", "兑付周期"],
    ),
    subject_case(
        "全年办理涉企案件312件，涉企案件平均办案周期压缩至45天以内。",
        "45天",
        "invented-procuratorate-city: 平均办案周期压缩至",
        ["平均办案周期", "涉企案件平均办案周期", "办案周期"],
    ),
    subject_case(
        "全市新设企业1.2万户，工程建设项目审批时限压缩至60个工作日以内。",
        "60个工作日",
        "written-provincial-portal: 审批时限压缩至",
        ["审批时限", "工程建设项目审批时限"],
    ),
    subject_case(
        "今年已登記個案3,260宗，不動產登記辦理時限縮短為3個工作天。",
        "3個工作天",
        "written-tw-land-office: 辦理時限縮短為 (traditional)",
        ["辦理時限", "登記辦理時限"],
    ),
    subject_case(
        "项目总投资12.6亿元，建设工期缩短至18个月。",
        "18个月",
        "written-procurement-notice: 建设工期缩短至",
        ["建设工期", "工期"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PROCEDURE_DURATIONS)
def test_procedure_durations(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a verb that ends in a bound's
# character (签约, 节约) before a count: the character is no bound to cut off before tagging, so the
# verb stays whole and the group named before it in the clause is counted, not the group of the
# clause before with the same unit
WORD_ENDING_IN_A_BOUND = [
    subject_case(
        "65岁及以上老年人、高血压患者、2型糖尿病患者分别签约4862人、3915人和1276人，0至6岁儿童和孕产妇共签约1840人。",
        "1840人",
        "invented-township-health-family-doctor: 儿童和孕产妇共签约",
        ["0至6岁儿童和孕产妇", "儿童和孕产妇", "儿童", "孕产妇"],
    ),
    subject_case(
        "全县高血压患者签约3915人，残疾人已签约1203人。",
        "1203人",
        "written-county-health: 残疾人已签约",
        ["残疾人"],
    ),
    subject_case(
        "本月新增签约企业12家，重点项目累计签约86个。",
        "86个",
        "written-devzone-news: 项目累计签约",
        ["重点项目", "项目"],
    ),
    subject_case(
        "全年新签约外资项目45个，合同外资已履约32个。",
        "32个",
        "written-commerce-bureau: 已履约",
        ["合同外资", "外资项目", "项目"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), WORD_ENDING_IN_A_BOUND)
def test_word_ending_in_a_bound(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- 分别 with a dated basis (分别比2020年
# 下降3.1%和3.4%): the digits of the year are no figure to share out, so the figures go over the
# amounts stated before, in order (the year made three figures of two, and the list was not read)
DISTRIBUTED_PAST_A_DATED_BASIS = [
    subject_case(
        "单位建筑面积能耗15.82千克标准煤/平方米，人均综合能耗287.6千克标准煤/人，分别比2020年下降3.1%和3.4%。",
        "3.1%",
        "invented-public-institution-energy: 分别比2020年下降",
        ["单位建筑面积能耗"],
    ),
    subject_case(
        "单位建筑面积能耗15.82千克标准煤/平方米，人均综合能耗287.6千克标准煤/人，分别比2020年下降3.1%和3.4%。",
        "3.4%",
        "invented-public-institution-energy: the second figure",
        ["人均综合能耗"],
    ),
    subject_case(
        "城镇居民人均可支配收入52360元，农村居民人均可支配收入28410元，分别比2019年增长14.8%和16.3%。",
        "14.8%",
        "written-stats-bulletin: 分别比2019年增长",
        ["城镇居民人均可支配收入"],
    ),
    subject_case(
        "全年进口额386亿元，出口额512亿元，分别比2023年同期增长6.2%和9.4%。",
        "6.2%",
        "written-customs-news: 分别比2023年同期",
        ["进口额"],
    ),
    subject_case(
        "日本、港澳及韓國來臺旅客分別為131萬7,504人次、129萬6,430人次及100萬3,117人次，分別較112年成長42.1%、12.4%及55.0%。",
        "42.1%",
        "invented-tw-tourism-admin: 分別較112年 (a ROC year)",
        ["日本", "日本來臺旅客"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), DISTRIBUTED_PAST_A_DATED_BASIS)
def test_distributed_past_a_dated_basis(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted, "2025-02-20")


# ---------------------------------------------------------------- a count of people after one
# verb-object compound that jieba keeps whole (提起公诉, 转移安置: four characters): the people it
# acts on, as after two verbs, not the people of the clause before
ONE_WORD_VERB_OBJECT = [
    subject_case(
        "共批准逮捕各类犯罪嫌疑人612人，不批准逮捕238人，不捕率为28%；提起公诉1347人，其中适用认罪认罚从宽制度办结的1196人。",
        "1347人",
        "invented-procuratorate-city: ；提起公诉1347人",
        ["提起公诉"],
    ),
    subject_case(
        "全县受灾群众1.2万人，紧急转移安置3200人。",
        "3200人",
        "written-county-emergency: 转移安置 after the affected",
        ["转移安置", "紧急转移安置"],
    ),
    subject_case(
        "全年共立案侦查职务犯罪案件36件，依法审查起诉58人。",
        "58人",
        "written-procuratorate-provincial: 审查起诉",
        ["审查起诉", "依法审查起诉"],
    ),
    subject_case(
        "本季度共受理求助来电1.2万次，全市脱贫劳动力外出务工4.26万人。",
        "4.26万人",
        "invented-county-poverty-labour: a noun before the verbs is still who is counted",
        ["脱贫劳动力"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), ONE_WORD_VERB_OBJECT)
def test_one_word_verb_object(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted, "2024-07-20")


# ---------------------------------------------------------------- a count of people with nothing
# but 每 and a measure word before it (每班不超过30人): the subject is what it is per (每班), not the
# bare unit (人) nor the people of the clause before with the same unit
PER_WHAT_ALONE = [
    subject_case(
        "今年县城4所公办幼儿园共计划招收小班幼儿1020名，设34个班，每班不超过30人（各园招生计划详见下表）。",
        "30人",
        "invented-county-kindergarten: 每班不超过30人",
        ["每班", "班"],
    ),
    subject_case(
        "活动分组进行，每组不超过5人，每场不超过20人。",
        "20人",
        "written-county-notice: 每场 after 每组, the same unit",
        ["每场", "场"],
    ),
    subject_case(
        "全市招募志愿者1.2万人，每个网点不少于3人。",
        "3人",
        "written-city-volunteer-notice: 每个网点, not the volunteers before",
        ["每个网点", "网点"],
    ),
    subject_case(
        "本次培训共安排学员360人，每班约45人。",
        "45人",
        "written-hrss-training: 每班约45人",
        ["每班", "班"],
    ),
    subject_case(
        "急診方面，全年急診求診人次為36.2萬，平均每日約992人次，按年減少1.5%。",
        "1.5%",
        "invented-mo-ssm-health: 每日 is how the figure is averaged, no group it is per",
        ["急診求診人次", "求診人次", "急診"],
    ),
    subject_case(
        "按学期收取的，每学期按4.5个月计收。",
        "4.5个月",
        "invented-county-kindergarten: 每学期按4.5个月 (a duration, not people)",
        ["每学期", "学期"],
        marks=known_miss("每 and a unit before a frame (按) is read as a subject for counts of people only"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PER_WHAT_ALONE)
def test_per_what_alone(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a time limit from a day whose
# clause ends with a light verb alone (核查处置工作原则上在收到检验报告之日起90日内完成): the limit is for
# the activity that opens the clause, not the day's phrase (检验报告)
LIMIT_FOR_THE_OPENING_ACTIVITY = [
    subject_case(
        "核查处置工作原则上在收到检验报告之日起90日内完成，处置情况将按规定向社会公开。",
        "90日",
        "invented-food-safety-sampling: 核查处置工作…之日起90日内完成",
        ["核查处置工作", "核查处置"],
    ),
    subject_case(
        "整改工作须在收到通知之日起15个工作日内完成。",
        "15个工作日",
        "written-county-notice: 整改工作须在…内完成",
        ["整改工作", "整改"],
    ),
    subject_case(
        "供应商应在合同签订之日起30日内完成供货。",
        "30日",
        "written-procurement-notice: a light verb with an object keeps the object",
        ["供货", "完成供货"],
    ),
    subject_case(
        "復查工作須於收到申請之日起30日內完成。",
        "30日",
        "written-tw-county-notice: 須於…之日起30日內完成 (traditional)",
        ["復查工作", "復查"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), LIMIT_FOR_THE_OPENING_ACTIVITY)
def test_limit_for_the_opening_activity(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a ratio by which a verb acts (以1:3
# 的比例确定面试人选): it is the ratio of what the verb acts on, not the noun of the clause before
RATIO_BY_WHICH = [
    subject_case(
        "笔试满分100分，面试合格分数线为60分；按笔试成绩从高到低的顺序，以1:3的比例确定面试人选。",
        "1:3",
        "invented-hrss-recruitment: 以1:3的比例确定面试人选",
        ["面试人选", "比例"],
    ),
    subject_case(
        "按照1:1.5的比例确定体检人选。",
        "1:1.5",
        "written-county-hrss: 按照…的比例确定体检人选",
        ["体检人选", "比例"],
    ),
    subject_case(
        "全市常住人口中男女比例为1.05:1。",
        "1.05:1",
        "written-census-bulletin: a ratio named before it keeps its name",
        ["男女比例"],
    ),
    subject_case(
        "按1:3比例确定进入面试人员。",
        "1:3",
        "written-provincial-hrss: 按1:3比例 with two verbs before the object",
        ["进入面试人员", "面试人员", "比例"],
        marks=known_miss("a bare 比例 is dropped as a subject, and two verbs before the object hide it"),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), RATIO_BY_WHICH)
def test_ratio_by_which(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a named project's part or measure
# (新型建材项目主体工程已完成85%, 专项资金项目结存资金6200万元): what the figure measures is the part; the
# project's name (four characters or more, ending in a noun) says whose, as a place would; not a count
# of things of a kind (体育传统项目学校), nor projects named by a place or a verb (利用省外项目实际进资)
PROJECT_PART = [
    subject_case(
        "目前，新型建材项目主体工程已完成85%，预计年底投产。",
        "85%",
        "invented-township-project-construction: 项目主体工程已完成85%",
        ["主体工程"],
    ),
    subject_case(
        "其中，总投资45亿元的新能源汽车电驱系统产业园项目规划用地约380亩。",
        "380亩",
        "invented-devzone-investment-signing: 产业园项目规划用地",
        ["规划用地", "用地"],
    ),
    subject_case(
        "审计发现，部分专项资金项目结存资金合计6200万元闲置超过1年。",
        "6200万元",
        "invented-audit-report-city: 专项资金项目结存资金",
        ["结存资金"],
    ),
    subject_case(
        "市第一人民医院门诊综合楼项目建筑面积5.6万平方米。",
        "5.6万平方米",
        "written-city-development-reform: 综合楼项目建筑面积",
        ["建筑面积", "门诊综合楼项目建筑面积"],
    ),
    subject_case(
        "全省共有国家级体育传统项目学校15所。",
        "15所",
        "corpus-009: a count of schools of a kind keeps the kind",
        ["国家级体育传统项目学校", "体育传统项目学校"],
    ),
    subject_case(
        "利用省外项目实际进资10425.4亿元，增长9.3%。",
        "10425.4亿元",
        "corpus-009: projects named by a place keep their name",
        ["利用省外项目实际进资", "省外项目实际进资"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PROJECT_PART)
def test_project_part(text: str, needle: str, accepted: list[str]) -> None:
    check_subject(text, needle, accepted)
