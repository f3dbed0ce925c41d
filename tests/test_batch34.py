"""Session 16: batch 34's errors (traditional-script pages; issues 15 and 16, task E55), by construction:
a school break named as a time (暑假期間, 今年暑假, 寒假) is its span, ending on 31 August or at the end
of February; a speaker's title is no subject and an old level after 已由…的 whose change opens the next
clause is the noun's before 由; a work under way (興建中, 在建) is reported though a later clause
forecasts its completion; a bare 可領 and a total adverb 合共 name no thing; 節 counts sessions after
a Chinese numeral; a sum inside a quoted programme name (「…專案」) is no fact; a rate's add-on
(加碼), a procedure's time (審核時間約需) and 全年 + a verb of opening (a frequency) take no carried time.

Each row's id names its source: ``work-list-<page>`` (a sentence of batch 34's invented pages) or
``written-<kind of site>`` (written here, in the style of other sites), with the simplified twin of
each traditional row.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, known_miss, no_fact_case, the_fact

_HK = "2025-09-10"
_TW = "2025-08-12"
_CN = "2025-09-15"

# ---------------------------------------------------------------- school breaks as periods
# 暑假/暑期/暑假期間 (this year's or the named year's) run July to August; 寒假 January to February.
# Before, 暑假期間 took the last span named before it (每年四月一日至十月三十一日開放: 10-31) and 今年暑假
# the year's end. A break whose dates were given in brackets with its name keeps those.

_LCSD = (
    "康文署今日（九月十日）公布今年暑假（七月一日至八月三十一日）公眾游泳池的使用情況。暑假期間，公眾游泳池"
    "共錄得約318萬入場人次。其餘22個只設戶外池，每年四月一日至十月三十一日開放。暑假期間，各泳池每日分"
    "三節開放。為應付暑期泳客需求，康文署今年暑假共調配約1 680名救生員，另增聘160名暑期臨時救生員。"
    "發言人又指出，暑假期間泳池共發生12宗遇溺事故。此外，康文署於暑假期間共舉辦620個游泳訓練班。"
)
_LCSD_CN = (
    "康文署今日（九月十日）公布今年暑假（七月一日至八月三十一日）公众游泳池的使用情况。暑假期间，公众游泳池"
    "共录得约318万入场人次。其余22个只设户外池，每年四月一日至十月三十一日开放。暑假期间，泳池共发生12宗"
    "遇溺事故。"
)
_SHORT_BREAK = (
    "本市今年暑假（7月5日至8月25日）共開放學校運動場館120所。暑假期間，各場館共接待市民約35萬人次。"
    "全市共有公園85個，每日開放至晚上十時。"
)
_RAIL = "港鐵公司表示，今年暑假，東涌綫日均載客量約18萬人次，較去年同期上升約6%。"
_RAIL_CN = "今年暑假，全市公交日均客运量约210万人次，较去年同期增长约6%。"
_WINTER = "教育局表示，2025年寒假期間，全市共有320所學校開放圖書館，接待學生約4.2萬人次。"
_WINTER_CN = "2025年寒假期间，全市共有320所学校开放图书馆，接待学生约4.2万人次。"
_MO_SUMMER = "教青局今日公布，暑期期間，局方共資助社團舉辦活動480項，參加學生約2.6萬人次。"
_TW_SUMMER = "體育署表示，114年暑假全國共開設游泳班1,250班，參加學童約3萬人。"
_PROVINCE = "暑期，全省共发放大学生暑期实践补贴1,500万元，惠及学生2.1万人。"
_MODIFIER_CN = (
    "此外，暑期“爱心托管”班、农贸市场提升改造等其余5件实事项目均按计划推进，截至10月底完成投资3.2亿元。"
)
_MODIFIER = "另增聘160名暑期臨時救生員於泳池候命。"

SCHOOL_BREAKS = [
    case(
        _LCSD,
        "318萬",
        _HK,
        "work-list-hk-lcsd: 暑假期間 after the lead's bracketed span",
        time="2025-08-31",
        start="2025-07-01",
    ),
    case(
        _LCSD,
        "12宗",
        _HK,
        "work-list-hk-lcsd: 暑假期間 after a season's 四月一日至十月三十一日",
        time="2025-08-31",
    ),
    case(
        _LCSD,
        "1 680名",
        _HK,
        "work-list-hk-lcsd: 今年暑假, the break's end not the year's",
        time="2025-08-31",
    ),
    case(
        _LCSD,
        "160名",
        _HK,
        "work-list-hk-lcsd: 暑期臨時救生員 is a noun, the clause's 今年暑假 dates it",
        time="2025-08-31",
    ),
    case(_LCSD, "620個", _HK, "work-list-hk-lcsd: 於暑假期間 inside the clause", time="2025-08-31"),
    case(_LCSD_CN, "12宗", _HK, "written-simplified twin: 暑假期间 after a season's span", time="2025-08-31"),
    case(_LCSD_CN, "318万", _HK, "written-simplified twin: 暑假期间 after the lead", time="2025-08-31"),
    case(
        _SHORT_BREAK,
        "35萬",
        _TW,
        "written-provincial portal: a break's own bracketed dates are kept",
        time="2025-08-25",
        start="2025-07-05",
    ),
    case(_RAIL, "18萬", _HK, "written-hk release: 今年暑假，", time="2025-08-31"),
    case(_RAIL_CN, "210万", _CN, "written-simplified twin: 今年暑假，", time="2025-08-31"),
    case(
        _WINTER,
        "320所",
        "2025-03-10",
        "written-macau style: 2025年寒假期間 ends in February",
        time="2025-02-28",
        start="2025-01-01",
    ),
    case(_WINTER_CN, "4.2万", "2025-03-10", "written-simplified twin: 2025年寒假期间", time="2025-02-28"),
    case(_MO_SUMMER, "480項", _HK, "written-macau dsedj style: 暑期期間", time="2025-08-31"),
    case(
        _TW_SUMMER,
        "1,250班",
        "2025-09-01",
        "written-taiwan ministry: 114年暑假 is 2025's July-August",
        time="2025-08-31",
    ),
    case(
        _PROVINCE,
        "1,500万元",
        "2025-09-01",
        "written-provincial portal: 暑期， opening the sentence",
        time="2025-08-31",
    ),
    case(
        _MODIFIER_CN,
        "3.2亿元",
        "2024-11-05",
        "written-district progress: 暑期“爱心托管”班 is a noun's",
        time="2024-10-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SCHOOL_BREAKS)
def test_school_breaks(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


def test_break_modifier_is_no_time() -> None:
    """暑期臨時救生員: a break before a noun, with no year or 期間, dates nothing."""
    fact = the_fact(_MODIFIER, "160名", _HK)
    assert fact.time is None or "暑期" not in fact.time.text


# ---------------------------------------------------------------- speakers and old levels
# 農業處長陳志豪指出，…本縣從事柿餅加工的農戶已由十年前的三百餘戶，減少至目前的186戶: the speaker's
# clause is who speaks, never the sentence's topic; the adverb 已 stands between the noun and 由; the
# change opens the next clause. Both levels (and the parts after 其中) are the noun's.

_PERSIMMON = (
    "農業處長陳志豪指出，今年雨量分布平均，柿子著果情形良好；惟農村人口老化，本縣從事柿餅加工的農戶已由"
    "十年前的三百餘戶，減少至目前的186戶，其中新埔鎮即有142戶，約占全縣七成六。"
)
_TEA_CN = (
    "县农业农村局局长李明介绍，全县从事茶叶加工的企业已由五年前的120余家，减少至目前的86家，"
    "其中城关镇有32家。"
)
_FISH = "漁護署發言人表示，本港持牌漁船已由十年前的約5 200艘，減少至去年的4 100艘。"
_SHOPS_CN = "商务局负责人表示，全区老字号门店已由2015年的46家，增加至今年的72家。"

OLD_LEVELS = [
    case(
        _PERSIMMON,
        "三百餘戶",
        "2025-11-05",
        "work-list-tw-hsinchu: the old level before a comma",
        subject=["從事柿餅加工的農戶", "農戶"],
        time=(None, "2015-12-31"),
    ),
    case(
        _PERSIMMON,
        "186戶",
        "2025-11-05",
        "work-list-tw-hsinchu: the new level opening the next clause",
        subject=["從事柿餅加工的農戶", "農戶"],
    ),
    case(
        _PERSIMMON,
        "142戶",
        "2025-11-05",
        "work-list-tw-hsinchu: 其中 after the levels",
        subject=["新埔鎮", "從事柿餅加工的農戶", "農戶"],
    ),
    case(
        _PERSIMMON,
        "七成六",
        "2025-11-05",
        "work-list-tw-hsinchu: the share after 其中",
        subject=["新埔鎮", "從事柿餅加工的農戶", "農戶"],
    ),
    case(
        _TEA_CN,
        "120余家",
        "2025-11-05",
        "written-simplified twin: county bureau chief",
        subject=["从事茶叶加工的企业", "企业"],
        time=None,
    ),
    case(_TEA_CN, "86家", "2025-11-05", "written-simplified twin: the new level", subject=["企业"]),
    case(
        _FISH,
        "5 200艘",
        _HK,
        "written-hk release: 已由十年前的 an old level",
        subject=["持牌漁船", "漁船"],
        time=(None, "2015-12-31"),
    ),
    case(
        _SHOPS_CN,
        "46家",
        _CN,
        "written-municipal portal: 已由2015年的",
        subject=["老字号门店", "门店"],
        time="2015-12-31",
    ),
    case(_SHOPS_CN, "72家", _CN, "written-municipal portal: the new level", subject=["老字号门店", "门店"]),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), OLD_LEVELS)
def test_old_levels_and_speakers(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- works under way are reported
# 另有15處、約8,900戶興建中，預計於116年底前陸續完工: what is being built now is counted now; the later
# clause forecasts its completion, it does not plan the figure. 興建中/施工中/建設中/在建.

_TAOYUAN = (
    "社會住宅方面，本市目前已完工營運的社會住宅共12處、5,216戶，另有15處、約8,900戶興建中，預計於116年底前"
    "陸續完工。"
)
_HOUSING_CN = "保障性住房方面，全市已建成1.2万套，另有8个项目、约6,500套在建，预计明年底前全部竣工。"
_SCHOOLS = "教育局表示，另有5所新校舍施工中，預計於2027年陸續落成。"
_ROADS_CN = "目前全县另有12条农村公路建设中，预计年底前全部完工。"
_PLANNED = "社會住宅方面，另規劃興建15處、約8,900戶，預計於116年底前陸續完工。"

UNDER_WAY = [
    case(_TAOYUAN, "15處", _TW, "work-list-tw-taoyuan: 興建中 before a completion ahead", status="reported"),
    case(_TAOYUAN, "8,900戶", _TW, "work-list-tw-taoyuan: the second count", status="reported"),
    case(_HOUSING_CN, "6,500套", _CN, "written-simplified twin: 在建", status="reported"),
    case(_SCHOOLS, "5所", _HK, "written-hk release: 施工中", status="reported"),
    case(_ROADS_CN, "12条", _CN, "written-county portal: 建设中", status="reported"),
    case(_PLANNED, "15處", _TW, "written-taiwan city: 規劃興建 is a plan", status="planned"),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), UNDER_WAY)
def test_under_way_is_reported(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- what a grant's verb names
# 每月最高可領8,640元: a bare 可領/可獲 is no subject (as 發給 and 領取 are not); the grant is the one a
# clause of the sentence is headed by. 上述項目合共批出資助約212萬澳門元: 合共 is Hong Kong's and Macau's
# 共, a total adverb the subject stops at; the object of 批出 is the thing.

_RENT = (
    "住發處指出，租金補貼依申請人身分分級補助，各類對象每月補助金額如下表；新婚家庭另可依子女數加碼1.2至1.8倍，"
    "每月最高可領8,640元。"
)
_RENT_CN = "住建局表示，租赁补贴按家庭人口分档发放，多子女家庭每月最高可领2,400元。"
_GRANT_CN = "一次性求职补贴按困难家庭毕业生发放，每人可获2,000元。"
_DSPA = "上述項目合共批出資助約212萬澳門元。"
_DSPA_CN = "上述项目合共批出资助约212万澳门元。"
_LIBRARY = "全年合共借出圖書館資料約2,836萬項次。"
_LOANS = "全年合共批出貸款約3億澳門元。"
_FUND = "本年度基金合共批出津貼約3,400萬元。"

GIVEN_THINGS = [
    case(
        _RENT,
        "8,640元",
        _TW,
        "work-list-tw-taoyuan: 可領 after a clause headed by 租金補貼",
        subject=["租金補貼", "每月補助金額"],
    ),
    case(_RENT_CN, "2,400元", _CN, "written-simplified twin: 可领", subject=["租赁补贴"]),
    case(
        _GRANT_CN,
        "2,000元",
        _CN,
        "written-provincial portal: 可获 names the 求职补贴",
        subject=["求职补贴", "补贴"],
        marks=known_miss(
            "可获 after a subject of whom (困难家庭毕业生) the noun run reads first; the grant is not asked"
        ),
    ),
    case(_DSPA, "212萬", "2026-01-20", "work-list-mo-dspa: 合共批出資助", subject=["資助", "資助金額"]),
    case(_DSPA_CN, "212万", "2026-01-20", "written-simplified twin: 合共批出资助", subject=["资助"]),
    case(_LIBRARY, "2,836萬", _HK, "written-hk lcsd: 合共借出", subject=["圖書館資料"]),
    case(_FUND, "3,400萬元", "2026-01-20", "written-macau fund: 合共批出津貼", subject=["津貼"]),
    case(
        _LOANS,
        "3億",
        "2026-01-20",
        "written-macau fund: 全年合共批出貸款",
        subject="貸款",
        marks=known_miss(
            "after a bare 全年 another subject rule keeps 合共批出 with the noun "
            "(the scorer's containment rule accepts it)"
        ),
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), GIVEN_THINGS)
def test_given_things(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- sessions and programme names
# 每日分三節開放: 節 after a Chinese numeral counts sessions after a verb of dividing or holding (it
# counted only after digits). 內政部「300億元中央擴大租金補貼專案」: a sum inside a short quoted name that
# ends with 專案 or 方案 is the name's (as with 計畫/計劃), no fact; a quoted statement keeps its figures.

SESSIONS = [
    case(_LCSD, "三節", _HK, "work-list-hk-lcsd: 每日分三節開放", value=3, unit="節"),
    case(
        "各游泳池每日分两节开放，上午及下午各一节。", "两节", _CN, "written-simplified twin: 分两节", value=2
    ),
    case("本學期圖書館共開設十二節閱讀課。", "十二節", _TW, "written-taiwan school: 共開設十二節", value=12),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SESSIONS)
def test_sessions_counted(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


NO_FACT = [
    no_fact_case(
        "為減輕租屋負擔，內政部「300億元中央擴大租金補貼專案」114年度持續受理申請。",
        "300億元",
        "work-list-tw-taoyuan: 「…專案」",
    ),
    no_fact_case(
        "財政部推出“千亿元稳岗扩岗方案”，支持企业吸纳就业。", "千亿元", "written-finance news: “…方案”"
    ),
    no_fact_case("市府持續推動「2億元老舊校舍補強專案」。", "2億元", "written-taiwan city: 「…專案」"),
    no_fact_case(
        "春节期间，全市“两节”市场供应充足。", "两节", "written-municipal portal: “两节” names festivals"
    ),
]


@pytest.mark.parametrize(("text", "needle"), NO_FACT)
def test_no_fact(text: str, needle: str) -> None:
    i = text.find(needle)
    facts = facts_of(text, _TW)
    assert not [f for f in facts if f.start < i + len(needle) and i < f.end]


def test_quoted_statement_keeps_its_figure() -> None:
    """“全年完成投资12亿元”: a quoted statement names no programme; its figure stands."""
    text = "会议提出“全年完成投资12亿元”的目标，各县区要抓好落实。"
    assert [f for f in facts_of(text, _CN) if "12亿元" in f.text]


# ---------------------------------------------------------------- times a figure does not carry
# 每公頃再加碼5,000元: an add-on of a rate in force (加碼, as 加发) takes no earlier clause's 編列 year;
# 審核時間約需30至45個工作天: the time a procedure takes is a norm, undated by the paragraph's 114年度;
# 其餘22個只設戶外池 after 全年開放；: 全年 before a verb of opening that ends its clause is a frequency.

_SUBSIDY = (
    "縣府今年編列新臺幣1,860萬元辦理補助計畫，每公頃補助2萬5,000元，設置溫控乾燥設備者每公頃再加碼5,000元，"
    "每戶最高補助15萬元。"
)
_SUBSIDY_CN = "县里今年安排资金800万元，每亩补助300元，种植绿肥的每亩再加码100元。"
_PROCESS = "住發處提醒，114年度租金補貼採全年受理，審核時間約需30至45個工作天；如有疑問，可撥打專線。"
_PROCESS_CN = "今年社保卡申领采取全年受理，办理时间约需15个工作日。"
_POOLS = "全港現有45個公眾游泳池場館，其中23個設有室內溫水池，全年開放；其餘22個只設戶外池，屬季節性泳池。"
_POOLS_CN = "全市现有公园85个，其中60个全年开放；其余25个只在节假日开放。"
_YEARS_COMPLAINTS = "全年受理投訴3,200宗，較上年增加5%。"

CARRIED = [
    case(_SUBSIDY, "5,000元", "2025-11-05", "work-list-tw-hsinchu: 再加碼 a rate's add-on", time=None),
    case(_SUBSIDY_CN, "100元", _CN, "written-simplified twin: 再加码", time=None),
    case(_PROCESS, "30至45", _TW, "work-list-tw-taoyuan: 審核時間約需", time=None),
    case(_PROCESS_CN, "15个", _CN, "written-simplified twin: 办理时间约需", time=None),
    case(_POOLS, "22個", _HK, "work-list-hk-lcsd: 全年開放； a frequency", time=None),
    case(_POOLS_CN, "25个", _CN, "written-simplified twin: 全年开放；", time=None),
    case(
        _YEARS_COMPLAINTS,
        "3,200宗",
        "2026-01-20",
        "written-hk release: 全年受理投訴 is the year's",
        time="2025-12-31",
    ),
]


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CARRIED)
def test_times_not_carried(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
