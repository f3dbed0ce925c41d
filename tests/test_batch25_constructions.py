"""Session 14: batch 25's work list (issues 15 and 16) and a sweep of number and unit forms: a
measure word of pages after a scale, classes named by number, two-digit years of the Republic of
China era, the part a copula names and a time word inside it, the act a time limit bounds, a
share named by its activity, a group noun past the inspection done to it, a length after a rate,
funds won in a plan's breakdown, a bound before a capacity, a student as a denominator, ratios
after a verb of change.

Each error of batch 25 was named as a construction; each table holds the batch page's sentence with
sentences written in the styles of other kinds of site (provincial portals, statistics bulletins,
procurement notices, finance news, Hong Kong, Macau and Taiwan pages). Ids name the source:
``work-list-<page>`` (a sentence of an invented page of batch 25), ``written-<kind of site>``
(written here). Rows that still fail are strict xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import facts_of, overlapping, the_fact

# ---------------------------------------------------------------- pages and other measure words after a scale
# 数字化扫描1860万页: 页 was no measure word, so a count of pages was no figure at all; it counts after
# Arabic digits only (翻开新的一页 is a turn of history) and not where it opens a noun (3页面).

MEASURE_AFTER_SCALE = [
    case("全年完成馆藏档案数字化扫描1860万页，同比增长23.5%。", "1860万页", "2026-01-14",
         "work-list-city-archives-digitization: 数字化扫描1860万页", value=18600000, unit="页",
         kind="count", subject=["馆藏档案数字化扫描", "数字化扫描", "馆藏档案"]),
    case("2026年将力争完成档案数字化扫描2000万页，加快推进新馆二期工程建设。", "2000万页", "2026-01-14",
         "work-list-city-archives-digitization: a planned count of pages", value=20000000, unit="页",
         status="planned"),
    case("本年度共掃描檔案360萬頁，修復破損檔案1.2萬卷。", "360萬頁", "2025-12-20",
         "written-tw-archives-news: 萬頁 (traditional)", value=3600000, unit="頁"),
    case("本次公开的年度报告共12页。", "12页", "2025-12-20",
         "written-county-portal: a count of pages without a scale", value=12, unit="页"),
    case("全年全市公共图书馆新增馆藏图书32.6万册，接待读者186.5万人次。", "32.6万册", "2025-12-20",
         "written-statistics-bulletin: 万册 (kept)", value=326000, unit="册", subject="馆藏图书"),
    case("全年外借圖書120萬冊次，入館讀者達86.5萬人次。", "120萬冊次", "2025-12-20",
         "written-mo-library-news: 萬冊次 (kept)", value=1200000, unit="冊次"),
    case("全年外借圖書120萬冊次，入館讀者達86.5萬人次。", "86.5萬人次", "2025-12-20",
         "written-mo-library-news: 萬人次 (kept)", value=865000, unit="人次"),
    case("全年栽植苗木860万株，出栏家禽3560万羽。", "860万株", "2025-12-20",
         "written-county-portal: 万株 (kept)", value=8600000, unit="株"),
    case("全年栽植苗木860万株，出栏家禽3560万羽。", "3560万羽", "2025-12-20",
         "written-county-portal: 万羽 (kept)", value=35600000, unit="羽"),
    case("全年提供档案查阅利用4.6万卷次。", "4.6万卷次", "2025-12-20",
         "written-archives-bureau: 万卷次 (kept)", value=46000, unit="卷次"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURE_AFTER_SCALE)
def test_measure_after_scale(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- names that are no figure
# 一二类卷烟: a run of Chinese digits counting up before 类 names classes by their numbers (read as
# an approximate 1-2 before; 一二三类 as the number 123); 二类口岸: 二 alone before a measure word is an
# ordinal (a count of two writes 两). 94年6月30日以前出廠: on a page dated in the Republic of China era a
# two-digit year before a month is a day of 2005 (read as a length of 94 years before).

NO_FIGURE = [
    pytest.param("从结构看，一二类卷烟销量44.8万箱，占总销量的24.0%。", "一二类",
                 id="work-list-province-tobacco-monopoly-market: 一二类卷烟"),
    pytest.param("全市地表水二三类水体占比为45%。", "二三类", id="written-provincial-portal: 二三类水体"),
    pytest.param("全县排查鉴定三四类危房500户，已全部完成改造。", "三四类",
                 id="written-county-portal: 三四类危房"),
    pytest.param("按风险等级将企业分为一二三类进行监管。", "一二三类",
                 id="written-procurement-notice: 一二三类 (no digit string 123)"),
    pytest.param("全省一类口岸12个，二类口岸8个。", "二类", id="written-statistics-bulletin: 二类口岸"),
    pytest.param("全市二类以上水质断面占比90%。", "二类", id="written-environment-bulletin: 二类以上"),
    pytest.param("市府114年持續加碼補助，凡淘汰二行程或94年6月30日以前出廠之燃油機車並新購電動機車者，"
                 "本市再補助每輛5,000元。", "94年",
                 id="work-list-tw-taoyuan-motor-vehicle-registrations: 94年6月30日"),
    pytest.param("市府113年12月公告，凡於99年1月1日以前設籍本市者，每人補助3,000元。", "99年",
                 id="written-tw-city-portal: 99年1月1日 on a page with 113年12月"),
    pytest.param("依據89年7月1日施行之規定，113年度補助金額為每戶2萬元。", "89年",
                 id="written-tw-ministry-release: 89年7月1日施行"),
    pytest.param("舊制自87年7月起實施，迄今已逾26年。", "87年",
                 id="written-tw-news: 87年7月起 with no other year of the era"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle"), NO_FIGURE)
def test_no_figure(text: str, needle: str) -> None:
    assert [f.text for f in overlapping(facts_of(text, "2025-07-15"), text, needle)] == []


KEPT_FIGURES = [
    case("问题主要集中在两三类。", "两三类", "2025-12-20",
         "written-commentary: 两三类 (a vague count writes 两: kept)", low=2, high=3, unit="类"),
    case("重点培育两类企业。", "两类", "2025-12-20", "written-county-portal: 两类企业 (kept)", value=2),
    case("判處有期徒刑3年6月。", "3年", "2025-07-15",
         "written-tw-court-news: 3年6月 (a sentence's length)", value=3, unit="年"),
    case("判處有期徒刑10年6月。", "10年", "2025-07-15",
         "written-tw-court-news: 有期徒刑10年6月 (刑 before two digits: a length)", value=10, unit="年"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), KEPT_FIGURES)
def test_kept_figures(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the part a copula names
# 約23.6萬份為周年申報表: the part after 为 was refused as a name because jieba tags 周年 a time; a word of
# time right before a noun modifies it (周年申报表, 年度报告), while 为今年首次 stays no name.

COPULA_PART = [
    case("上半年，處方共登記約142萬份文件，其中約23.6萬份為周年申報表；公眾人士查冊的次數為185萬次。",
         "23.6萬份", "2025-07-20", "work-list-hk-companies-registry-statistics: 23.6萬份為周年申報表",
         subject=["周年申報表"]),
    case("全年共收到企业报告1200份，其中860份为年度报告。", "860份", "2025-12-20",
         "written-city-amr: 其中860份为年度报告", subject=["年度报告"]),
    case("全年共受理案件1200件，其中约860件为民事案件。", "860件", "2025-12-20",
         "written-court-report: a noun with no time word (kept)", subject=["民事案件"]),
    case("新开工项目56个，其中12个为今年首次开工。", "12个", "2025-12-20",
         "written-county-portal: 为今年首次 (a time, then a verb: no name)", subject=["新开工项目"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), COPULA_PART)
def test_copula_part(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the act a time limit bounds
# 周年日後42日內交付周年申報表: 成立為法團的 was read as a period named before 为 (as 退还期限为…后30日内), so
# the limit took 公司; a period's name ends in a word of a period (期, 期限, 时限). The act after the
# limit keeps the time word of its object (交付周年申报表).

TIME_LIMIT_ACT = [
    case("處長提醒，根據《公司條例》，本地公司須於其成立為法團的周年日後42日內交付周年申報表。", "42日",
         "2025-07-20", "work-list-hk-companies-registry-statistics: 周年日後42日內交付周年申報表",
         subject=["交付周年申報表", "周年申報表"]),
    case("企业应当于成立为公司之日起30日内办理税务登记。", "30日", "2025-12-20",
         "written-tax-bureau: 成立为公司之日起30日内", subject=["办理税务登记"]),
    case("上市公司应当在每个会计年度结束之日起4个月内披露年度报告。", "4个月", "2025-12-20",
         "written-finance-news: 披露年度报告", subject=["披露年度报告"]),
    case("履约保证金退还期限为项目验收合格后30日内。", "30日", "2025-12-20",
         "written-procurement-notice: a period named before 为 (kept)",
         subject=["退还期限", "保证金退还期限"]),
    case("投标有效期为提交投标文件截止之日起90日。", "90日", "2025-12-20",
         "written-procurement-notice: 投标有效期 (kept)", subject=["投标有效期"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), TIME_LIMIT_ACT)
def test_time_limit_act(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a group set against another by 则
# 以印本形式提交的申請則一般需時4至5個工作天: the noun before a contrastive 则 is the group whose figure the
# clause states, also with an adverb of how often before the modal (一般需時) and a noun of up to
# twelve characters; before, the duration took 需時.

CONTRASTED_GROUP = [
    case("透過「註冊易」提交的公司成立申請佔95.8%，一般在一小時內即獲處理；以印本形式提交的申請則一般需時"
         "4至5個工作天。", "4至5個工作天", "2025-07-20",
         "work-list-hk-companies-registry-statistics: 申請則一般需時4至5個工作天",
         subject=["以印本形式提交的申請", "申請"]),
    case("网上申请1个工作日办结，窗口申请则通常需要3个工作日。", "3个工作日", "2025-12-20",
         "written-government-service-centre: 则通常需要", subject=["窗口申请"]),
    case("低收入戶可獲全額補助，一般戶則需自行負擔16%。", "16%", "2025-12-20",
         "written-tw-county-portal: 則需自行負擔 (kept)", subject=["一般戶"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CONTRASTED_GROUP)
def test_contrasted_group(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a share named by its activity
# 网上查档占比达到六成以上: a bare 占比 after the verb of an activity is that activity's share (before,
# the share took 区域 from the clause before); 销量占比超过三成: 占比 is no 占 of a whole named after it.

SHARE_NAMED = [
    case("依托便民服务，全年办理跨区域查档1350件，网上查档占比达到六成以上。", "六成", "2026-01-14",
         "work-list-city-archives-digitization: 网上查档占比", subject=["网上查档占比", "网上查档"]),
    case("从结构看，一二类卷烟销量44.8万箱，占总销量的24.0%；省产重点品牌在省内市场销量占比超过三成。",
         "三成", "2025-01-17", "work-list-province-tobacco-monopoly-market: 销量占比超过三成",
         subject=["省产重点品牌", "销量占比"], qualifier="more_than"),
    case("全年受理业务12万件，网上办理占比达到92%。", "92%", "2025-12-20",
         "written-government-service-centre: 网上办理占比", subject=["网上办理占比"]),
    case("全市政务服务事项网上申办占比为85%。", "85%", "2025-12-20",
         "written-provincial-portal: 网上申办占比", subject=["网上申办占比"]),
    case("其中新能源汽车9436辆，占比54.5%。", "54.5%", "2025-12-20",
         "written-statistics-bulletin: a bare share after a figure (kept)", subject=["新能源汽车"]),
    case("非经常开支占总开支约百分之十二。", "百分之十二", "2025-12-20",
         "written-hk-budget: 占 and the whole with a bound (kept)", subject=["非经常开支"],
         qualifier="approx"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), SHARE_NAMED)
def test_share_named(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a group noun past the inspection done to it
# 入户安全检查居民用户86.4万户: a group noun headed by the figure's measure word (用户 of 户) is the group;
# a word before it ending in a verb of inspecting or enforcing (安全检查, which jieba tags as a name) is
# what was done to it. 行为 is a noun inside a subject (jieba: a verb).

GROUP_NOUN = [
    case("截至8月底，全市累计入户安全检查居民用户86.4万户，占全市居民用户总数的97.3%。", "86.4万户",
         "2025-09-10", "work-list-city-gas-safety-rectification: 居民用户86.4万户", subject=["居民用户"]),
    case("关停取缔非法“黑气点”十七个，立案查处违法违规经营行为43起，罚没款合计126.5万元。", "43起",
         "2025-09-10", "work-list-city-gas-safety-rectification: 经营行为43起",
         subject=["违法违规经营行为", "经营行为"]),
    case("执法监管方面，全市共立案查处特种设备违法案件87件，已结案79件。", "87件", "2025-12-20",
         "written-city-amr: 立案查处|特种设备违法案件", subject=["特种设备违法案件"]),
    case("全年查处交通违法行为12.6万起。", "12.6万起", "2025-12-20",
         "written-traffic-police: 交通违法行为", subject=["交通违法行为"]),
    case("全年共办理法律援助案件4872件，同比增长12.4%。", "4872件", "2025-12-20",
         "written-justice-bureau: 法律援助案件 (a verbal noun naming the kind: kept)",
         subject=["法律援助案件"]),
    case("年末互联网宽带接入用户154349户。", "154349户", "2025-12-20",
         "written-statistics-bulletin: 宽带接入用户 (kept)", subject=["互联网宽带接入用户"]),
    case("並對本地及外地船舶進行安全檢查1,274次。", "1,274次", "2025-03-01",
         "written-mo-dsamsa: 進行安全檢查1,274次 (the act counted: kept)", subject=["安全檢查"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), GROUP_NOUN)
def test_group_noun(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a length after a rate
# 漏損率為8.6%…；全年更換及改善老化供水管道11.3公里: jieba cuts 供水管|道 and the noun reader joins 管道 back,
# but a time in the window (全年) made it read the words as cut; with no noun the length took the
# rate's subject. A rate, or an amount of money, lends no subject to a physical quantity.

LENGTH_AFTER_RATE = [
    case("2024年，本澳供水管網漏損率為8.6%，較上年下降0.4個百分點；全年更換及改善老化供水管道11.3公里。",
         "11.3公里", "2025-03-01", "work-list-mo-dsamsa-water-supply: 老化供水管道11.3公里",
         subject=["老化供水管道", "供水管道"]),
    case("展望2025年，預計年內完成更換老化供水管道約12公里，並力爭將管網漏損率降至8%以下。", "12公里",
         "2025-03-01", "work-list-mo-dsamsa-water-supply: 約12公里", subject=["老化供水管道", "供水管道"]),
    case("全年更换老化供水管道11.3公里。", "11.3公里", "2025-12-20",
         "written-city-water-group: simplified, a time before the noun", subject=["老化供水管道"]),
    case("新建污水管网120公里，完成投资3.2亿元，其中完成改造45公里。", "45公里", "2025-12-20",
         "written-county-portal: a length after an amount of money", subject=["污水管网"]),
    case("新建健身步道186公里。", "186公里", "2025-12-20",
         "written-sports-bureau: 健身步|道 with no time before (kept)", subject=["健身步道"]),
]  # fmt: skip


# ---------------------------------------------------------------- a denominator written before the noun
# 每万人口高价值发明专利拥有量达到9.3件: what 每 and a numeral count (人口) is the rate's denominator, no
# part of what it measures (jieba reads 每千人 as one word, 每|万|人口 as three).

PER_HEAD_BEFORE = [
    case("全年发明专利授权量2.74万件；每万人口高价值发明专利拥有量达到9.3件。", "9.3件", "2025-01-20",
         "written-statistics-bulletin: 每万人口", subject="高价值发明专利拥有量"),
    case("每十万人口刑事案件立案数下降至620起。", "620起", "2025-01-20",
         "written-public-security-bureau: 每十万人口", subject="刑事案件立案数"),
    case("每千人口全科医生数达到3.9人。", "3.9人", "2025-01-20",
         "written-health-commission: 每千人口 (kept)", subject="全科医生数"),
    case("每萬人口執業醫師數為28.5人。", "28.5人", "2025-01-20",
         "written-mo-health-bureau: 每萬人口 (traditional)", subject="執業醫師數"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), PER_HEAD_BEFORE)
def test_per_head_before(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


@pytest.mark.parametrize(("text", "needle", "published", "expected"), LENGTH_AFTER_RATE)
def test_length_after_rate(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- funds won in a plan's breakdown
# 总投资约4.6亿元，其中争取…资金2.1亿元，占总投资的45.7%: 争取 with the funds it wins after 其中 breaks down a
# sum by money already won, reported; the plan word before the sum (今年计划改造) does not carry past it.

FUNDS_WON = [
    case("在燃气管道老化更新改造方面，我市今年计划改造各类老化管道386公里，总投资约4.6亿元，其中争取中央"
         "预算内投资和超长期特别国债资金2.1亿元，占总投资的45.7%。", "2.1亿元", "2025-09-10",
         "work-list-city-gas-safety-rectification: 其中争取…资金2.1亿元", status="reported"),
    case("在燃气管道老化更新改造方面，我市今年计划改造各类老化管道386公里，总投资约4.6亿元，其中争取中央"
         "预算内投资和超长期特别国债资金2.1亿元，占总投资的45.7%。", "45.7%", "2025-09-10",
         "work-list-city-gas-safety-rectification: its share after it", status="reported"),
    case("在燃气管道老化更新改造方面，我市今年计划改造各类老化管道386公里，总投资约4.6亿元，其中争取中央"
         "预算内投资和超长期特别国债资金2.1亿元，占总投资的45.7%。", "386公里", "2025-09-10",
         "work-list-city-gas-safety-rectification: the plan itself (kept)", status="planned"),
    case("该项目总投资4.6亿元，其中争取中央预算内投资2.1亿元，占总投资的45.7%。", "2.1亿元", "2025-09-10",
         "written-development-reform-commission: no plan word besides 争取", status="reported"),
    case("下一步，将积极争取上级资金5000万元。", "5000万元", "2025-09-10",
         "written-county-portal: funds still sought (kept)", status="planned"),
    case("今年计划投资12亿元，其中将争取中央资金2亿元。", "金2亿元", "2025-09-10",
         "written-development-reform-commission: 其中将争取 (a plan word: kept)", status="planned"),
    case("项目总投资12亿元，其中拟争取中央资金2亿元。", "金2亿元", "2025-09-10",
         "written-procurement-notice: 其中拟争取 (kept)", status="planned"),
    case("项目总投资12亿元，其中争取实现社会投资8亿元。", "8亿元", "2025-09-10",
         "written-county-portal: 争取 before a target verb (kept)", status="planned"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), FUNDS_WON)
def test_funds_won(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- a bound before a capacity
# 約可供全澳使用6天: 约 before a modal and a verb of supplying (可供, 可满足, 可容纳) bounds the figure that
# ends the capacity, whoever is served between them.

CAPACITY_BOUND = [
    case("截至年末，本地石排灣水塘及九澳水塘蓄水量合共172萬立方米，約可供全澳使用6天。", "6天", "2025-03-01",
         "work-list-mo-dsamsa-water-supply: 約可供全澳使用6天", qualifier="approx"),
    case("现有库容约可满足全市用水需求45天。", "45天", "2025-12-20",
         "written-city-water-group: 约可满足…需求45天", qualifier="approx"),
    case("新建体育馆约可容纳观众3000人。", "3000人", "2025-12-20",
         "written-sports-bureau: 约可容纳观众3000人", qualifier="approx"),
    case("该水库可供全市使用30天。", "30天", "2025-12-20",
         "written-county-portal: no bound (kept)", qualifier="exact"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), CAPACITY_BOUND)
def test_capacity_bound(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- compound units and ratios
# 4元/生·天: a student is the denominator of a school's rate, no unit nor measure word (the rate was cut
# to 元); 收入比缩小至2.7:1: a verb of change between the word of ratio and the ratio (the ratio was
# left out as a time of day); 1000:1,176: a part of a ratio with a thousands separator.

UNITS_AND_RATIOS = [
    case("寄宿生生活补助标准为4元/生·天。", "4元", "2025-12-20",
         "written-education-bureau: 元/生·天", unit="元/生·天", kind="money"),
    case("公用经费补助标准为小学720元/生·年、初中940元/生·年。", "940元", "2025-12-20",
         "written-finance-bureau: 元/生·年 in a list", unit="元/生·年", value=940),
    case("伙食补助为30元/人·天。", "30元", "2025-12-20",
         "written-county-portal: 元/人·天 (kept)", unit="元/人·天"),
    case("全市人均日生活用水量为165升/人·日。", "165升", "2025-12-20",
         "written-water-bulletin: 升/人·日 (kept)", unit="升/人·日", kind="other"),
    case("全市每千人拥有汽车数量达到286辆/千人。", "286辆", "2025-12-20",
         "written-statistics-bulletin: 辆/千人 (kept)", unit="辆/千人"),
    case("委托加工费为10元/生产批次。", "10元", "2025-12-20",
         "written-procurement-notice: 生 opening a word is no denominator", unit="元"),
    case("全市三次产业结构调整为6.2:38.5:55.3，城乡居民收入比缩小至2.7:1。", "2.7:1", "2025-12-20",
         "written-statistics-bulletin: 收入比缩小至2.7:1", kind="other", value=None),
    case("全市户籍人口男女比例调整为1:1.05。", "1:1.05", "2025-12-20",
         "written-public-security-bureau: 比例调整为", kind="other"),
    case("本港男女比例為1000:1,176。", "1000:1,176", "2025-12-20",
         "written-hk-census: a thousands separator in a ratio", text="1000:1,176"),
    case("城乡居民人均收入比值由2.56:1缩小到2.45:1。", "2.45:1", "2025-12-20",
         "written-provincial-portal: the new level of a ratio (kept)", kind="other", change="to"),
    case("參加計劃的幼稚園須維持1:11的教師與學生比例。", "1:11", "2025-12-20",
         "in-sample-hk-edb-school-places-kindergarten: the ratio's name after 的", kind="other",
         subject=["教師與學生比例"]),
    case("各校须保持1:15的师生比。", "1:15", "2025-12-20",
         "written-education-bureau: 1:15的师生比", kind="other", subject=["师生比"]),
    case("以1:3的比例确定面试人选。", "1:3", "2025-12-20",
         "written-personnel-notice: 以…的比例 (kept)", kind="other", subject=["面试人选"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), UNITS_AND_RATIOS)
def test_units_and_ratios(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


NOT_RATIOS = [
    pytest.param("会议于10:30召开。", "10:30", id="written-county-portal: a time of day"),
    pytest.param("主队以3比1获胜。", "3比1", id="written-sports-news: a score"),
    pytest.param("主队以3:1的比分获胜。", "3:1", id="written-sports-news: 的比分 (a score, no ratio)"),
    pytest.param("相關資訊可撥打1999臺中市民服務專線洽詢。", "1999",
                 id="in-sample-tw-taichung-water-rationing: 1999臺中 (a hotline before a place, no 台)"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle"), NOT_RATIOS)
def test_not_ratios(text: str, needle: str) -> None:
    assert [f.text for f in overlapping(facts_of(text, "2025-12-20"), text, needle)] == []
