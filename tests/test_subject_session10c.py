"""Subjects, session 10 round 3: batch 14's errors, each named as a general construction, with the
row it was found on (``invented-<page>``) and rows written here in the style of other kinds of site
(``written-<kind of site>``: mainland simplified, Hong Kong, Macau and Taiwan traditional). Rows
that fail today are strict xfails whose reason names the construction.
"""

from __future__ import annotations

import pytest

from factcase import check_subject, known_miss, subject_case

# ---------------------------------------------------------------- a lone character names nothing: a
# character cut from a longer word before the figure (微 of 微跌), the suffix 者, the count's own unit
# after a bare 有; the group framed before the figure, the level's subject, the clause's named group
ONE_CHARACTER = [
    subject_case(
        "網上圖書館的使用人次則為2,430萬，按年微跌1.3%。",
        "1.3%",
        "invented-hk-lcsd-libraries: 按年微跌1.3% (微 cut from 微跌)",
        ["使用人次", "網上圖書館的使用人次"],
    ),
    subject_case(
        "本季度平均房價為每平方米3.2萬元，按季微升0.8%。",
        "0.8%",
        "written-hk-rating-valuation: 按季微升0.8%",
        ["平均房價"],
    ),
    subject_case(
        "全市商品房销售面积为1256万平方米，同比微降2.1%。",
        "2.1%",
        "written-city-statistics: 同比微降2.1%",
        ["商品房销售面积"],
    ),
    subject_case(
        "患者中50歲以上者占六成以上，多數有慢性病史。",
        "50歲",
        "invented-tw-pingtung-dengue: 患者中50歲以上者 (者, a suffix)",
        ["患者"],
    ),
    subject_case(
        "患者中50歲以上者占六成以上，多數有慢性病史。",
        "六成",
        "invented-tw-pingtung-dengue: 50歲以上者占六成",
        ["患者", "50歲以上者"],
    ),
    subject_case(
        "参保人员中，65岁以上者占四成。",
        "65岁",
        "written-provincial-medical-insurance: 参保人员中，65岁以上者",
        ["参保人员"],
    ),
    subject_case(
        "按行業劃分，酒店及飲食業的外地僱員人數最多，有47,315人，佔總數26.1%；其次為家務工作，有29,806人。",
        "47,315人",
        "invented-mo-dsal-workers: …人數最多，有47,315人 (人, the unit)",
        ["酒店及飲食業", "外地僱員人數", "外地僱員"],
    ),
    subject_case(
        "按行業劃分，酒店及飲食業的外地僱員人數最多，有47,315人，佔總數26.1%；其次為家務工作，有29,806人。",
        "29,806人",
        "invented-mo-dsal-workers: 其次為家務工作，有29,806人",
        ["家務工作"],
    ),
    subject_case(
        "从来源地看，广东籍游客最多；其次是湖南籍游客，有3.2万人。",
        "3.2万人",
        "written-county-tourism: 其次是湖南籍游客，有3.2万人",
        ["湖南籍游客"],
    ),
    subject_case(
        "各區中以東區人口最多，計23萬8,410人。",
        "23萬8,410人",
        "written-tw-household-registration: 以東區人口最多，計23萬8,410人",
        ["東區人口", "東區"],
    ),
    subject_case(
        "全年肉类总产量43万吨，兔出笼123.2万只，增长3.9%。",
        "123.2万只",
        "corpus-006: a noun of one character that is its own word stays (兔出笼)",
        ["兔"],
    ),
    subject_case(
        "該船長220.6米、寬30.8米。", "30.8米", "written-hk-marine: 寬30.8米, a dimension stays", ["寬"]
    ),
    subject_case(
        "涉及13281户，全部纳入办证范围。",
        "13281户",
        "seed-xuancheng: 涉及13281户, the unit after a verb stays",
        ["户"],
    ),
]

# ---------------------------------------------------------------- a verb of doing before a count takes
# it as its object and names no thing: the verb after the count (参加), else the object the same verb,
# said again (再), took before; a predicate after a breakdown's count yields to the noun before it
VERB_OF_DOING = [
    subject_case(
        "推廣活動方面，公共圖書館合共舉辦推廣閱讀及文化活動約1萬8,400場，吸引約126萬人次參加。",
        "126萬人次",
        "invented-hk-lcsd-libraries: 吸引約126萬人次參加",
        ["參加", "活動", "參加者"],
    ),
    subject_case(
        "全县共举办农民丰收节活动32场，吸引约5.6万人次参与。",
        "5.6万人次",
        "written-county-news: 吸引约5.6万人次参与",
        ["参与", "活动"],
    ),
    subject_case(
        "全年共举办招聘会48场，吸引1.2万人次参加。",
        "1.2万人次",
        "written-provincial-hrss: 吸引1.2万人次参加",
        ["参加", "招聘会"],
    ),
    subject_case(
        "漁護署去年在郊野公園種植約48萬棵樹苗。該署計劃在二○二五年內再種植約50萬棵。",
        "50萬棵",
        "invented-hk-afcd-country-parks: 再種植約50萬棵 after 種植約48萬棵樹苗",
        ["樹苗", "樹"],
    ),
    subject_case(
        "去年全县共栽植苗木3.2万株。今年计划再栽植约4万株。",
        "4万株",
        "written-county-forestry: 再栽植约4万株 after 栽植苗木3.2万株",
        ["苗木"],
    ),
    subject_case(
        "本署去年派發防疫包約15萬份。今年將再派發約10萬份。",
        "10萬份",
        "written-mo-health: 將再派發約10萬份",
        ["防疫包"],
    ),
    subject_case(
        "全縣已接種流感疫苗6萬2,418人次。新冠疫苗同步開放接種，截至10月底共接種1萬3,756人次。",
        "1萬3,756人次",
        "invented-tw-miaoli-vaccination: a verb not said again takes no earlier object",
        ["新冠疫苗"],
        marks=known_miss("a count after its verb names the sentence's topic (新冠疫苗), read as 接種"),
    ),
    subject_case(
        "评出金奖项目10个（其中为老助残类项目3个获评金奖）。",
        "3个",
        "invented-city-wenmingban-volunteers: 其中为老助残类项目3个获评金奖",
        ["为老助残类项目", "项目"],
    ),
    subject_case(
        "全市共申报重点项目48个，其中省级重点项目5个通过验收。",
        "5个",
        "written-provincial-development: 其中省级重点项目5个通过验收",
        ["省级重点项目", "重点项目"],
    ),
    subject_case(
        "县城东片区、南湖片区两个安置小区共建设安置房1200套。",
        "两个",
        "corpus-xxgk-notice: outside a breakdown the words after the count are its noun",
        ["安置小区"],
    ),
]

# ---------------------------------------------------------------- an item of a breakdown that repeats
# an item listed before names its own figure, though jieba reads it a verb (投诉, 举报)
LISTED_ITEMS = [
    subject_case(
        "共受理消费者投诉、举报和咨询8.63万件，同比下降6.2%，其中投诉4.12万件、举报1.37万件、咨询3.14万件。",
        "4.12万件",
        "invented-city-amr-complaints: 其中投诉4.12万件",
        ["投诉"],
    ),
    subject_case(
        "共受理消费者投诉、举报和咨询8.63万件，同比下降6.2%，其中投诉4.12万件、举报1.37万件、咨询3.14万件。",
        "1.37万件",
        "invented-city-amr-complaints: 举报1.37万件",
        ["举报"],
    ),
    subject_case(
        "全年共受理來信、來訪和網上信訪3,200件次，其中來信800件次、來訪650件次。",
        "650件次",
        "written-tw-county-petitions: 其中…來訪650件次",
        ["來訪"],
    ),
    subject_case(
        "今年全区共实施新建、改扩建学校12所，其中新建五所、改扩建七所。",
        "五所",
        "invented-education-autumn-district: 其中新建五所 (gold takes 新建)",
        ["新建", "学校", "新建学校"],
    ),
    subject_case(
        "全年共接获求助个案2,350宗，其中查询1,200宗、投诉800宗、建议350宗。",
        "800宗",
        "written-hk-ombudsman: 其中…投诉800宗",
        ["投诉"],
    ),
]

# ---------------------------------------------------------------- a rate the clause names before its
# copula (批准率约为) is the rate's subject, not the noun carried from the clause before
RATE_NAMED = [
    subject_case(
        "共處理外地僱員聘用申請9,846宗，批准率約為71%。",
        "71%",
        "invented-mo-dsal-workers: 批准率約為71%",
        ["批准率"],
    ),
    subject_case(
        "共受理专利申请2.3万件，授权率约为62%。", "62%", "written-provincial-ip: 授权率约为62%", ["授权率"]
    ),
    subject_case(
        "全年受理政务服务事项12.6万件，按时办结率达99.8%。",
        "99.8%",
        "written-city-government-service: 按时办结率达99.8%",
        ["办结率", "按时办结率"],
    ),
    subject_case(
        "本年度共接獲投訴1,245宗，處理率為96%。", "96%", "written-hk-efficiency: 處理率為96%", ["處理率"]
    ),
    subject_case(
        "GDP为1.2万亿元，增长率为5.2%。",
        "5.2%",
        "written-city-statistics: a change rate (增长率) names the thing before it",
        ["GDP", "增长率"],
    ),
]

# ---------------------------------------------------------------- the whole a share is taken of
# (占总数, 占总借阅量的, 占整体) is never its subject: the part counted before it in the sentence
WHOLE_OF_SHARE = [
    subject_case(
        "電子資源方面，電子書借閱量持續增長，全年達1,156萬項次，約佔總借閱量的四成，按年大幅上升18.7%。",
        "四成",
        "invented-hk-lcsd-libraries: 約佔總借閱量的四成",
        ["電子書借閱量", "電子書"],
    ),
    subject_case(
        "按行業劃分，酒店及飲食業的外地僱員人數最多，有47,315人，佔總數26.1%；其次為家務工作。",
        "26.1%",
        "invented-mo-dsal-workers: 有47,315人，佔總數26.1%",
        ["外地僱員人數", "外地僱員", "酒店及飲食業"],
    ),
    subject_case(
        "本月入境旅客共347萬人次，其中內地旅客約257萬人次，佔整體74.1%。",
        "74.1%",
        "invented-mo-mgto-hotels: 佔整體74.1%",
        ["內地旅客"],
    ),
    subject_case(
        "全縣人口約8.2萬人，其中65歲以上長者1.9萬人，佔整體23.2%。",
        "23.2%",
        "written-tw-county-household: 佔整體23.2%",
        ["長者", "65歲以上長者"],
    ),
    subject_case(
        "全年受理投诉2,100件，其中食品类投诉860件，占总数的41%。",
        "41%",
        "written-city-amr: 占总数的41%",
        ["食品类投诉", "食品类"],
    ),
]

# ---------------------------------------------------------------- the level compared with after 较/比
# and a period's 的 is of the thing the sentence counts, not of the change read after it
COMPARED_LEVEL = [
    subject_case(
        "本縣今年截至8月26日累計登革熱確定病例32例，較去年同期的11例明顯增加。",
        "11例",
        "invented-tw-pingtung-dengue: 較去年同期的11例明顯增加",
        ["登革熱確定病例", "確定病例", "病例"],
    ),
    subject_case(
        "全市今年共发生森林火灾3起，比去年同期的7起明显减少。",
        "7起",
        "written-county-forestry: 比去年同期的7起明显减少",
        ["森林火灾"],
    ),
    subject_case(
        "本季共錄得交通意外3,210宗，較上季的3,580宗顯著減少。",
        "3,580宗",
        "written-hk-police: 較上季的3,580宗顯著減少",
        ["交通意外"],
    ),
    subject_case(
        "今年上半年共接報詐騙案1,024宗，比去年同期的865宗大幅增加。",
        "865宗",
        "written-mo-judiciary-police: 比去年同期的865宗大幅增加",
        ["詐騙案"],
    ),
]

# ---------------------------------------------------------------- how long a run without something
# lasts (连续十八年未发生…) measures what is kept away, not a noun carried from a clause before
RUN_WITHOUT = [
    subject_case(
        "过火面积4.6公顷，未造成人员伤亡，全县已连续十八年未发生重大森林火灾。",
        "十八年",
        "invented-county-lyj-forest-fire: 连续十八年未发生重大森林火灾",
        ["重大森林火灾", "未发生重大森林火灾", "全县"],
    ),
    subject_case(
        "事故宗数为12宗，全区已连续五年没有发生较大安全生产事故。",
        "五年",
        "written-district-work-safety: 连续五年没有发生较大安全生产事故",
        ["较大安全生产事故", "安全生产事故"],
    ),
    subject_case(
        "本區罪案率下降3.2%，已連續五年無重大刑案。",
        "五年",
        "written-tw-police: 連續五年無重大刑案",
        ["重大刑案"],
    ),
    subject_case(
        "臭氧150微克/立方米，连续两年均达到国家二级标准。",
        "两年",
        "corpus-008: a run of reaching a standard is the topic's (臭氧)",
        ["臭氧"],
    ),
    subject_case(
        "全縣人口為21萬人，已連續14年正成長。",
        "14年",
        "written-tw-household-registration: 人口已連續14年正成長",
        ["人口"],
    ),
]

# ---------------------------------------------------------------- a verb of holding a level (稳定控制在,
# 持续保持在, 維持在): the noun before the adverb and the verb is what is held, not the verb or a
# noun carried from a clause before
HELD_AT = [
    subject_case(
        "力争到2025年全县林区路网密度达到每公顷4.5米以上，确保森林火灾受害率稳定控制在0.9‰以内。",
        "0.9‰",
        "invented-county-lyj-forest-fire: 受害率稳定控制在0.9‰以内",
        ["森林火灾受害率", "受害率"],
    ),
    subject_case(
        "力争到2025年底全市公共供水管网漏损率控制在8%以内。",
        "8%",
        "invented-city-water-supply: 漏损率控制在8%以内",
        ["公共供水管网漏损率", "漏损率"],
    ),
    subject_case(
        "城镇新增就业5.2万人，城镇调查失业率持续保持在5.5%以内。",
        "5.5%",
        "written-provincial-hrss: 失业率持续保持在5.5%以内",
        ["城镇调查失业率"],
    ),
    subject_case(
        "人口自然增长率严格控制在5‰以内。",
        "5‰",
        "written-county-health: 严格控制在5‰以内",
        ["人口自然增长率"],
    ),
    subject_case(
        "全市PM2.5平均浓度稳定控制在35微克/立方米以内。",
        "35微克",
        "written-city-ecology: 平均浓度稳定控制在",
        ["PM2.5平均浓度", "平均浓度"],
    ),
    subject_case(
        "今年全港失業率維持在3%左右。",
        "3%",
        "written-hk-labour: 失業率維持在3%左右",
        ["失業率", "全港失業率"],
    ),
]

# ---------------------------------------------------------------- a table of serial numbers, then a
# column of things (序号 | 类别): a change column's cells measure the row's thing, not 同比
SERIAL_THEN_THINGS = (
    "2024年主要投诉类别情况\n序号\t类别\t投诉量（件）\t同比（%）\n"
    "1\t食品\t5126\t-8.3\n2\t家用电器\t3318\t4.6\n"
)
TABLE_ROWS = [
    subject_case(
        SERIAL_THEN_THINGS,
        "-8.3",
        "invented-city-amr-complaints: 序号 | 类别 | 同比（%）",
        ["食品", "投诉量"],
    ),
    subject_case(SERIAL_THEN_THINGS, "4.6", "invented-city-amr-complaints: 家用电器 | 4.6", ["家用电器"]),
    subject_case(
        SERIAL_THEN_THINGS,
        "5126",
        "invented-city-amr-complaints: the count column keeps its head",
        ["投诉量", "食品"],
    ),
    subject_case(
        "表1 主要行业增加值\n序号\t行业\t增加值（亿元）\t比上年增长（%）\n"
        "1\t工业\t1520.3\t6.1\n2\t建筑业\t402.7\t3.5\n",
        "6.1",
        "written-county-statistics-bulletin: 序号 | 行业 | 比上年增长（%）",
        ["工业"],
    ),
    subject_case(
        "表二 主要項目統計\n序號\t項目\t件數\t按年增長（%）\n1\t新簽合約\t1,204\t12.5\n2\t續約\t836\t-4.2\n",
        "12.5",
        "written-mo-statistics: 序號 | 項目 | 按年增長（%）",
        ["新簽合約"],
    ),
]


@pytest.mark.parametrize(
    ("text", "needle", "subjects"),
    ONE_CHARACTER
    + VERB_OF_DOING
    + LISTED_ITEMS
    + RATE_NAMED
    + WHOLE_OF_SHARE
    + COMPARED_LEVEL
    + RUN_WITHOUT
    + HELD_AT
    + TABLE_ROWS,
)
def test_subject(text: str, needle: str, subjects: list[str]) -> None:
    check_subject(text, needle, subjects)
