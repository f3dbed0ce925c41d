"""Subjects and times in running text on session 8's held-out invented pages (in-sample since
session 9), by construction.

Each table is one construction named in general terms, with the row of the page it was found on
(``invented-<page>``) and rows written here in the style of other kinds of site (``written-<kind
of site>``) and other wordings, simplified and traditional, so that the rule catches the family,
not the page's sentence. Rows that fail today are strict xfails whose reason names the
construction. ``time`` is the fact's last day (as the gold scorer compares it), ``start`` its first.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact, known_miss, subject_case, the_fact
from factcase import check_subject as _check_subject
from factcase import dated_case as case


def _check(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check_fact(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a school year is a time from
# 1 September to 31 August of its second calendar year (Taiwan's 學年度: 1 August to 31 July),
# however it is written (114學年度, 本學年度, 2025—2026学年, 2025学年 as Shanghai and Zhejiang name it
# by its first year); a term after it is its half (第一学期, 秋季学期: to January; 第二学期, 春季学期:
# February to the year's end); 本学年 and 本学期 are those of the publish day, and a Taiwan page
# published in August speaks of the year about to open
SCHOOL_YEARS = [
    case(
        "114學年度將於8月29日開學，臺南市政府教育局統計，本學年度全市公私立國民中小學共282所。",
        "282所",
        "2025-08-20",
        "invented-tw-tainan-education: 本學年度 in August is the year about to open",
        time="2026-07-31",
        start="2025-08-01",
    ),
    case(
        "2025—2026学年全区义务教育阶段学校共218所，在校生12.6万人。",
        "12.6万人",
        "2025-09-15",
        "written-district-education: 2025—2026学年 with a long dash",
        time="2026-08-31",
    ),
    case(
        "2025学年全市共招收初中一年级新生5.2万人。",
        "5.2万人",
        "2025-09-20",
        "written-shanghai-education: 2025学年, named by its first year",
        time="2026-08-31",
        start="2025-09-01",
    ),
    case(
        "2024学年度全省普通高校共录取新生38.6万人。",
        "38.6万人",
        "2024-10-10",
        "written-provincial-portal: 2024学年度",
        time="2025-08-31",
    ),
    case(
        "2024～2025學年，本澳非高等教育學生人數為8萬6千人。",
        "8萬6千人",
        "2025-03-10",
        "written-mo-dsedj: 2024～2025學年 with a wave dash",
        time="2025-08-31",
    ),
    case(
        "2025学年第一学期全区开设课后服务课程320门。",
        "320门",
        "2025-09-10",
        "written-county-news: 2025学年第一学期 is September to January",
        time="2026-01-31",
        start="2025-09-01",
    ),
    case(
        "113學年度第2學期全市共有國中學生4萬2,130人。",
        "4萬2,130人",
        "2025-03-10",
        "written-tw-city: 113學年度第2學期 is February to July",
        time="2025-07-31",
        start="2025-02-01",
    ),
    case(
        "2026年春季学期全市中小学共招收插班生1,260人。",
        "1,260人",
        "2026-03-02",
        "written-city-education: 2026年春季学期 ends in that year's August",
        time="2026-08-31",
    ),
    case(
        "2025年秋季学期全区新增学位4,500个。",
        "4,500个",
        "2025-09-01",
        "written-county-news: 2025年秋季学期 runs into January",
        time="2026-01-31",
    ),
    case(
        "本學期共舉辦家長講座12場。",
        "12場",
        "2025-03-10",
        "written-hk-school: 本學期 in March is the second term",
        time="2025-08-31",
        start="2025-02-01",
    ),
    case(
        "本学期全校共开设选修课36门。",
        "36门",
        "2025-10-10",
        "written-university-news: 本学期 in October is the first term",
        time="2026-01-31",
    ),
    case(
        "每学期收取保育费1,200元。",
        "1,200元",
        "2025-10-10",
        "written-kindergarten-notice: 每学期 is a rate, no time",
        time=None,
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SCHOOL_YEARS)
def test_school_years(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- the level compared with keeps the
# time named before its 的 even when the measure is named again between them (較七月份的每日平均約
# 5.94億, 高于上年同期的日均4.9亿, 较上年末的增速11.1%); a change verb after a noun there makes the
# figure the change (较上年的水平提高5.2%), while a change word right after 的 is the compared rise
# (比上年同期的增长3.1%)
COMPARED_LEVEL_NAMED_AGAIN = [
    case(
        "以八月份共31日計算，每日平均毛收入約6.21億澳門元，較七月份的每日平均約5.94億澳門元有所增加。",
        "5.94億",
        "2024-09-01",
        "invented-mo-dicj-gaming: 較七月份的每日平均約",
        time="2024-07-31",
    ),
    case(
        "以八月份共31日計算，每日平均毛收入約6.21億澳門元，較七月份的每日平均約5.94億澳門元有所增加。",
        "6.21億",
        "2024-09-01",
        "invented-mo-dicj-gaming: the figure before the comparison keeps its month",
        time="2024-08-31",
    ),
    case(
        "一季度全省日均发电量5.6亿千瓦时，高于上年同期的日均4.9亿千瓦时。",
        "4.9亿",
        "2024-04-15",
        "written-provincial-ndrc: 高于上年同期的日均",
        time="2023-03-31",
    ),
    case(
        "十月份平均每日訪港旅客約13萬人次，較九月份的平均每日約11萬人次為高。",
        "11萬人次",
        "2024-11-15",
        "written-hk-tourism: 較九月份的平均每日約",
        time="2024-09-30",
    ),
    case(
        "今年夏粮亩产412公斤，比去年的亩产398公斤增加14公斤。",
        "398公斤",
        "2024-07-20",
        "written-county-news: 比去年的亩产",
        time="2023-12-31",
    ),
    case(
        "今年夏粮亩产412公斤，比去年的亩产398公斤增加14公斤。",
        "14公斤",
        "2024-07-20",
        "written-county-news: the change after the compared level keeps this year",
        time="2024-12-31",
    ),
    case(
        "10月末，人民币贷款余额同比增长8.9%，较上年末的增速11.1%回落2.2个百分点。",
        "11.1%",
        "2024-11-15",
        "written-finance-news: 较上年末的增速 (增 inside the name)",
        time="2023-12-31",
    ),
    case(
        "今年1-10月，全市规上工业增加值增长6.2%，比上年同期的增长3.1%加快3.1个百分点。",
        "3.1%",
        "2024-11-15",
        "written-statistics-bulletin: 比上年同期的增长 (a change word right after 的 is a noun)",
        time="2023-10-31",
    ),
    case(
        "今年全市粮食产量较上年的水平提高5.2%。",
        "5.2%",
        "2024-11-15",
        "written-city-portal: 较上年的水平提高 (the figure is the change: this year's)",
        time="2024-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COMPARED_LEVEL_NAMED_AGAIN)
def test_compared_level_named_again(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a list item with its own verbs: a
# count of people right after two verbs that open their clause counts those the verbs act on (紧急转移
# 安置4815人, 其中集中安置1237人), not the people of the item before with the same unit; a noun
# before the verbs names the people who act, and is kept (脱贫劳动力外出务工4.26万人)
VERB_ITEMS = [
    subject_case(
        "此次强降雨受灾人口3.26万人，紧急转移安置4815人（其中集中安置1237人），需紧急生活救助620人。",
        "4815人",
        "invented-emergency-rainstorm: 紧急转移安置 after 受灾人口",
        ["紧急转移安置", "转移安置"],
    ),
    subject_case(
        "此次强降雨受灾人口3.26万人，紧急转移安置4815人（其中集中安置1237人），需紧急生活救助620人。",
        "1237人",
        "invented-emergency-rainstorm: （其中集中安置…）",
        ["集中安置"],
    ),
    subject_case(
        "台风“海葵”造成全县受灾群众1.2万人，紧急疏散撤离3200人。",
        "3200人",
        "written-county-news: 紧急疏散撤离 after 受灾群众",
        ["疏散撤离", "紧急疏散撤离"],
    ),
    subject_case(
        "全市现有特困供养人员8126人，其中集中供养2317人。",
        "2317人",
        "invented-civil-affairs: 其中集中供养",
        ["集中供养", "特困供养人员"],
    ),
    subject_case(
        "截至6月底，全县脱贫劳动力外出务工4.26万人。",
        "4.26万人",
        "invented-county-poverty-labour: the people named before the verbs",
        ["脱贫劳动力", "脱贫劳动力外出务工"],
    ),
    subject_case(
        "完成运动员注册确认5661人，教练员注册331人。",
        "5661人",
        "corpus-008: 运动员 before the verbs is who is counted",
        ["运动员"],
    ),
    subject_case(
        "洪災期間，全區受影響居民2,860人，臨時安置撤離1,120人。",
        "1,120人",
        "written-hk-district: 臨時安置撤離 (traditional)",
        ["安置撤離", "臨時安置撤離"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), VERB_ITEMS)
def test_verb_items(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted, "2024-06-21")


# ---------------------------------------------------------------- the noun right after a measure
# word is what is counted when a verb follows it (派出4个联合工作组赶赴受灾较重的乡镇): it acts, and
# the 的 further on modifies the verb's object, not the thing counted (12辆满载防汛物资的货车 is a
# relative clause: no noun between the measure word and its verb)
COUNTED_BEFORE_ITS_VERB = [
    subject_case(
        "市应急管理局派出4个联合工作组赶赴受灾较重的乡镇。",
        "4个",
        "invented-emergency-rainstorm: 4个联合工作组赶赴…的乡镇",
        ["联合工作组", "工作组"],
    ),
    subject_case(
        "全市组建12支应急救援队伍奔赴受灾严重的村组。",
        "12支",
        "written-provincial-portal: 12支应急救援队伍奔赴…的村组",
        ["应急救援队伍", "救援队伍"],
    ),
    subject_case(
        "省农业农村厅组织6个专家组分赴各地的田间地头。",
        "6个",
        "written-provincial-agriculture: 6个专家组分赴…的田间地頭",
        ["专家组"],
    ),
    subject_case(
        "衛生署派出3支醫療隊馳援受災最重的地區。",
        "3支",
        "written-hk-government: 3支醫療隊馳援…的地區 (traditional)",
        ["醫療隊"],
    ),
    subject_case(
        "共投入12辆满载防汛物资的货车。",
        "12辆",
        "written-county-news: a relative clause after the measure word (as before)",
        ["货车"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), COUNTED_BEFORE_ITS_VERB)
def test_counted_before_its_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted, "2024-06-21")


# ---------------------------------------------------------------- a later item of a list of rates
# that names a rate of its own (…盖度, …满意度: a head of rate_heads) measures that rate, not the
# rate of the clause before it (a part with no rate of its own, 部分医院…更超过120%, still does)
OWN_RATE_IN_A_LIST = [
    subject_case(
        "计划全年完成造林160万亩以上，到2027年全省森林覆盖率稳定在60%左右，草原综合植被盖度达到88%。",
        "88%",
        "invented-forestry-afforestation: 草原综合植被盖度 after 森林覆盖率",
        ["草原综合植被盖度"],
    ),
    subject_case(
        "到2027年，全省森林覆盖率达到25.5%，草原植被盖度达到57%。",
        "57%",
        "written-provincial-forestry: a comma list of targets",
        ["草原植被盖度"],
    ),
    subject_case(
        "全市森林覆盖率达到45%，群众满意度为96.5%。",
        "96.5%",
        "written-county-news: 满意度 after a rate",
        ["群众满意度", "满意度"],
    ),
    subject_case(
        "全年本地生產總值增長3.2%，市民滿意度達到88.5%。",
        "88.5%",
        "written-mo-government: 滿意度 (traditional)",
        ["市民滿意度", "滿意度"],
    ),
    subject_case(
        "平均住用率为112%，部分医院如玛嘉烈医院及屯门医院更超过120%。",
        "120%",
        "written-hk-hospital-authority: a part with no rate of its own keeps the rate before (as before)",
        ["住用率", "平均住用率"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), OWN_RATE_IN_A_LIST)
def test_own_rate_in_a_list(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a 分别 list whose last item is
# longer than the one before it: the shared head starts after the last item's own words (第三产业和
# 城乡居民生活用电量占比: 第三产业 + 用电量占比), which a cut as long as the item before it misses
SHARED_HEAD_AFTER_A_LONGER_ITEM = [
    subject_case(
        "第二产业、第三产业用电量占比分别为62.3%、19.9%。",
        "19.9%",
        "written-ndrc: items of one length (as before)",
        ["第三产业用电量占比", "第三产业用电量"],
    ),
    subject_case(
        "第三产业和城乡居民生活用电量占比分别为19.9%和15.7%，比上年同期分别提高0.6个和0.2个百分点。",
        "19.9%",
        "invented-ndrc-electricity: 第三产业和城乡居民生活用电量占比",
        ["第三产业用电量占比", "第三产业用电量", "第三产业"],
        marks=known_miss(
            "a 分别 list's shared head is cut after as many characters as the item before it has "
            "(城乡居民|生活用电量占比); a verbal noun there (生活) may be the item's own or the head's "
            "(交通、水利建设投资), and nothing in the words tells which"
        ),
    ),
    subject_case(
        "大工業及居民生活用電量分別為52億度及18億度。",
        "52億度",
        "written-mo-electricity: a first item of three characters (traditional)",
        ["大工業用電量"],
        marks=known_miss(
            "a 分别 list's shared head is cut after as many characters as the item before it has"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), SHARED_HEAD_AFTER_A_LONGER_ITEM)
def test_shared_head_after_a_longer_item(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a programme's length: 为期 opening
# its clause measures the programme the clause before ends with (its quoted name, else its noun),
# not the speaker; planned when a plan word governs that clause (並會…推出, 将开展), reported for a
# span already set (申请期由…至…，为期四十四日) or a programme begun (已启动)
PROGRAMME_LENGTH = [
    case(
        "她補充，旅發局今年已投放約1.2億元推廣盛事旅遊，並會聯同業界推出新一輪「購物餐飲優惠」，為期三個月。",
        "三個月",
        "2025-11-20",
        "invented-hk-tourism: 並會…推出「購物餐飲優惠」，為期三個月",
        subject=["購物餐飲優惠"],
        status="planned",
    ),
    case(
        "市场监管局将开展食品安全专项整治行动，为期两个月。",
        "两个月",
        "2025-05-10",
        "written-market-regulation: 将开展…行动，为期两个月",
        subject=["食品安全专项整治行动", "专项整治行动"],
        status="planned",
    ),
    case(
        "政府計劃於明年推出「長者醫療券先導計劃」，為期兩年。",
        "兩年",
        "2025-10-10",
        "written-hk-government: 計劃…推出「…先導計劃」，為期兩年",
        subject=["長者醫療券先導計劃"],
        status="planned",
    ),
    case(
        "全市已启动“清风行动”，为期一年。",
        "一年",
        "2025-03-10",
        "written-county-discipline: a programme begun is reported",
        subject=["清风行动"],
        status="reported",
    ),
    case(
        "申请期由九月二日至十月十五日，为期四十四日。",
        "四十四日",
        "2024-09-02",
        "invented-mo-dsedj: a span set before 为期 (as before)",
        subject=["申请期"],
        status="reported",
    ),
    case(
        "开展为期3至5年的运行维护。",
        "3至5年",
        "2025-03-10",
        "written-procurement: 为期…的 before the activity (as before)",
        subject=["运行维护"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PROGRAMME_LENGTH)
def test_programme_length(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- 现在 after 出, 体, 表, 展, 发 is a
# verb and 在 (出现在石门镇, 体现在就业上), no "now" that dates the figures after it
NOW_INSIDE_A_VERB = [
    case(
        "6月18日夜间至19日，全市平均降雨量86.4毫米，最大点雨量出现在石门镇青岗村，达217.5毫米。",
        "217.5毫米",
        "2024-06-20",
        "invented-emergency-rainstorm: 出现在 before the figure",
        time="2024-06-19",
    ),
    case(
        "今年一季度，全县最高气温出现在3月28日，为31.2℃。",
        "31.2",
        "2024-04-10",
        "written-county-weather: 出现在 and a day",
        time="2024-03-28",
    ),
    case(
        "2023年全市经济发展的成效主要体现在就业上，城镇新增就业5.6万人。",
        "5.6万人",
        "2024-02-10",
        "written-city-portal: 体现在",
        time="2023-12-31",
    ),
    case(
        "現在全港共有公營學校846所。",
        "846所",
        "2024-09-10",
        "written-hk-edb: 現在 opening a sentence is now (as before)",
        time="2024-09-10",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NOW_INSIDE_A_VERB)
def test_now_inside_a_verb(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- a part of a sentence after ； with
# no time of its own takes the last time that opens a later clause in the parts before it (截至114年
# 10月底，…；其中長者…, 按博彩項目分析，第二季度…；貴賓百家樂…), not the sentence's opener or the
# page's period; the opener itself is left to the scopes (a dateline, a holiday's span after it)
TIME_OF_THE_PARTS_BEFORE = [
    case(
        "114年度公費流感疫苗自10月1日起開打，苗栗縣政府衛生局統計，截至114年10月底，全縣已接種流感疫苗"
        "6萬2,418人次，較去年同期增加8.6%；其中65歲以上長者接種2萬1,305人次，涵蓋率為23.4%。",
        "2萬1,305人次",
        "2025-11-05",
        "invented-tw-miaoli-vaccination: 截至114年10月底 over the part after ；",
        time="2025-10-31",
    ),
    case(
        "按博彩項目分析，第二季度中場百家樂收入為327.5億澳門元，佔同期幸運博彩毛收入約56.8%；"
        "貴賓百家樂收入為98.3億澳門元，按年減少7.2%；角子機收入則為31.4億澳門元。",
        "31.4億",
        "2024-09-01",
        "invented-mo-dicj-gaming: 第二季度 over two parts after ；",
        time="2024-06-30",
    ),
    case(
        "会议通报，2024年全省完成造林186.3万亩，占年度计划任务的112.4%；完成森林抚育320万亩，种草改良14.5万亩。",
        "320万亩",
        "2025-03-01",
        "invented-forestry-afforestation: 2024年 after 会议通报，",
        time="2024-12-31",
    ),
    case(
        "据统计，截至9月末，全省住户存款余额5.2万亿元，比年初增加4200亿元；企业存款余额3.1万亿元。",
        "3.1万亿元",
        "2024-10-20",
        "written-pboc-branch: 截至9月末 after 据统计，",
        time="2024-09-30",
    ),
    case(
        "2025年春节假期（1月28日至2月4日），全省共接待游客4862.35万人次；实现旅游收入386.72亿元。",
        "386.72亿元",
        "2025-02-05",
        "written-provincial-tourism: the sentence's opener is left to the holiday's span (as before)",
        time="2025-02-04",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIME_OF_THE_PARTS_BEFORE)
def test_time_of_the_parts_before(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    _check(text, needle, published, expected)


# ---------------------------------------------------------------- the period of a procedure step
# (公示期, 申报期, 公告期: domain_nouns) is one noun, which jieba glued to the 为 after it (期为); a bound
# after a per-head frame (每生每天不超过12元) is no payment: it bounds what the sentence is about
PROCEDURE_PERIODS_AND_BOUNDS = [
    subject_case(
        "录取结果于7月15日前在各园公示，公示期为5个工作日。",
        "5个工作日",
        "invented-county-kindergarten: 公示期为",
        ["公示期"],
    ),
    subject_case(
        "项目申报期为10个工作日。",
        "10个工作日",
        "written-provincial-portal: 申报期为",
        ["申报期", "项目申报期"],
    ),
    subject_case(
        "招標公告期為七日。",
        "七日",
        "written-mo-procurement: 公告期為 (traditional)",
        ["公告期", "招標公告期"],
    ),
    subject_case(
        "伙食费按照“据实收取、按月公示、学期结算”的原则收取，每生每天不超过12元。",
        "12元",
        "invented-county-kindergarten: 每生每天不超过 after the topic",
        ["伙食费"],
    ),
    subject_case(
        "課後托育費用由家長負擔，每生每月不超過新臺幣3,000元。",
        "3,000元",
        "written-tw-education: 每生每月不超過 (traditional)",
        ["課後托育費用", "托育費用"],
    ),
    subject_case(
        "申请租金补贴，每月最高补助新台币4,000元。",
        "4,000元",
        "written-tw-housing: a payment per month (as before)",
        ["补助", "租金补贴"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PROCEDURE_PERIODS_AND_BOUNDS)
def test_procedure_periods_and_bounds(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a count of places of one level
# written in one character with the levels it stands for (7个县（市、区）, 18個區（鄉、鎮）) counts
# those places, not the sentence's topic (a one-character noun makes no noun run)
PLACE_LEVELS_COUNTED = [
    subject_case(
        "此次强降雨共造成全市7个县（市、区）42个乡镇（街道）不同程度受灾。",
        "7个",
        "invented-emergency-rainstorm: 7个县（市、区）",
        ["县（市、区）", "县"],
    ),
    subject_case(
        "据省农业农村厅组织专家在32个县（市、区）开展的实收测产，玉米平均单产612.5公斤/亩。",
        "32个",
        "invented-province-autumn-harvest: 在32个县（市、区）开展的",
        ["县（市、区）", "县"],
    ),
    subject_case(
        "全區18個區（鄉、鎮）均已設置接種站。",
        "18個",
        "written-tw-county: 18個區（鄉、鎮） (traditional)",
        ["區（鄉、鎮）", "區"],
    ),
    subject_case(
        "全市126个乡镇（街道）已全部建成“共享法庭”。",
        "126个",
        "invented-portal-163: 乡镇（街道） as before",
        ["乡镇", "乡镇（街道）"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), PLACE_LEVELS_COUNTED)
def test_place_levels_counted(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a clause that is only a verb of
# reaching and the figure (，达217.5毫米, ，为31.2℃) measures the noun opening the clause just
# before when that clause states no figure (最大点雨量出现在石门镇青岗村), not the last figure's subject
REACHED_AFTER_A_TOPIC_CLAUSE = [
    subject_case(
        "全市平均降雨量86.4毫米，最大点雨量出现在石门镇青岗村，达217.5毫米。",
        "217.5毫米",
        "invented-emergency-rainstorm: 最大点雨量出现在…，达",
        ["最大点雨量", "点雨量"],
    ),
    subject_case(
        "今年一季度，全县最高气温出现在3月28日，为31.2℃。",
        "31.2",
        "written-county-weather: 最高气温出现在…，为",
        ["最高气温"],
    ),
    subject_case(
        "全市接待游客12万人次，客流高峰出现在5月2日，达3.1万人次。",
        "3.1万人次",
        "written-city-tourism: 客流高峰出现在…，达 (before the count of the same unit)",
        ["客流高峰"],
    ),
    subject_case(
        "本月最高氣溫出現在8月3日，為36.1度。",
        "36.1度",
        "written-mo-smg: 最高氣溫出現在…，為 (traditional)",
        ["最高氣溫"],
    ),
    subject_case(
        "全市平均降雨量86.4毫米，较常年偏多3成，达到历史同期最多。",
        "86.4毫米",
        "written-city-weather: the figure with its own noun keeps it (as before)",
        ["平均降雨量"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), REACHED_AFTER_A_TOPIC_CLAUSE)
def test_reached_after_a_topic_clause(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a bare change (a change word and
# the figure) after a clause that names a cause changes the noun before the cause (…業受惠於…需求強勁，
# 年增32.48％; …業則因國際鋼價疲軟，年減6.72％), not a noun of the cause; a change with its own noun
# (出口下降3.1%) keeps it
BARE_CHANGE_AFTER_A_CAUSE = [
    subject_case(
        "主要行業中，電子零組件業受惠於人工智慧、高效能運算等新興科技應用需求強勁，年增32.48％；"
        "基本金屬業則因國際鋼價疲軟，年減6.72％。",
        "32.48％",
        "invented-tw-moea-industrial: 受惠於…強勁，年增",
        ["電子零組件業"],
    ),
    subject_case(
        "主要行業中，電子零組件業受惠於人工智慧、高效能運算等新興科技應用需求強勁，年增32.48％；"
        "基本金屬業則因國際鋼價疲軟，年減6.72％。",
        "6.72％",
        "invented-tw-moea-industrial: 則因…疲軟，年減",
        ["基本金屬業"],
    ),
    subject_case(
        "全市规上工业中，汽车制造业得益于新能源车型放量，增长18.6%。",
        "18.6%",
        "written-provincial-stats: 得益于…，增长",
        ["汽车制造业"],
    ),
    subject_case(
        "鲜果由于基数较高，同比下降5.2%。",
        "5.2%",
        "written-city-cpi: 由于…，同比下降",
        ["鲜果"],
    ),
    subject_case(
        "全市外贸企业受海外需求疲软影响，出口下降3.1%。",
        "3.1%",
        "written-customs: a change with its own noun keeps it",
        ["出口"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), BARE_CHANGE_AFTER_A_CAUSE)
def test_bare_change_after_a_cause(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)


# ---------------------------------------------------------------- a noun, a bracketed scope note and
# the 为 stating its figure (可售面积（含…）为612.4万平方米, 收入（不含基金）为1200亿元): the noun before
# the note is measured, as before a breakdown right before the figure; 去化周期 is one noun
NOTE_BEFORE_THE_VERB = [
    subject_case(
        "截至5月末，全市新建商品住宅可售面积（含已取得预售许可未售部分）为612.4万平方米。",
        "612.4万平方米",
        "invented-city-housing-market: 可售面积（含…）为",
        ["新建商品住宅可售面积", "可售面积"],
    ),
    subject_case(
        "全省一般公共预算收入（不含基金）为1200亿元。",
        "1200亿元",
        "written-provincial-finance: （不含基金）为",
        ["一般公共预算收入"],
    ),
    subject_case(
        "全港私人住宅落成量（包括村屋）約為1.2萬個單位。",
        "1.2萬個",
        "written-hk-rvd: （包括村屋）約為 (traditional)",
        ["私人住宅落成量", "住宅落成量"],
    ),
    subject_case(
        "按近12个月平均月销售面积计算，去化周期为14.2个月，较上月末缩短0.3个月。",
        "14.2个月",
        "invented-city-housing-market: 去化周期 (去|化|周期 before)",
        ["去化周期"],
    ),
    subject_case(
        "全市特殊教育学生（含送教上门学生575人）4943人。",
        "4943人",
        "written-county-bulletin: a breakdown right before the figure (as before)",
        ["特殊教育学生"],
    ),
]


@pytest.mark.parametrize(("text", "needle", "accepted"), NOTE_BEFORE_THE_VERB)
def test_note_before_the_verb(text: str, needle: str, accepted: list[str]) -> None:
    _check_subject(text, needle, accepted)
