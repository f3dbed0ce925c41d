"""Session 15: batch 27's errors (issues 15 and 16), by construction: a press release's closing dateline
in a footer beside its share bar (the publish time), a measure with a word before it (735萬入場人次), a
count whose noun names its measure past a word of expectation (入場人次可達800萬), the object of a verb
of holding or receiving (舉辦展覽58個, 受理身份證申請186,420宗), a quoted name before a bound (「博物館
通行證」逾3.1萬張), an amount before its own verbal noun (给予5万元奖励), the predicate after a count's
noun (229所學校辦理營養午餐), those a verb of having describes (設有自設廚房者計138所) and the rest of
their group, a purpose clause that plans nothing after it (為確保用餐安全，…共抽驗420件), an increment
named by its size (主食增量約兩成).

Each row's id names its source: ``work-list-<page>`` (a sentence of batch 27's invented pages, written
blind in session 14) or ``written-<kind of site>`` (written here). Rows that still fail are strict
xfails whose reason names the construction.
"""

from __future__ import annotations

from typing import Any

import pytest

from factcase import check_fact as check
from factcase import dated_case as case
from factcase import known_miss, the_fact
from gov_facts import extract

# ---------------------------------------------------------------- a press release's closing dateline
# 政府新聞公報 items end with 完 and a footer of the date and the local time (2026年1月14日（星期三）<br>
# 香港時間17時20分). A footer (class prFooter) beside the release's share bar was dropped with the site's
# footer, and the page had no publish date; a footer of nothing but a closing dateline is the release's.

_HEAD = '<html><head><meta charset="utf-8"><title>{t}</title></head><body>'
_BODY = (
    '<div id="topBanner"><ul class="mainMenu"><li><a href="/a">新聞公報</a></li><li><a href="/b">當日新聞'
    "</a></li></ul></div>"
    '<div id="contentBody"><h1 id="PRHeadline">{t}</h1><div id="pressrelease">{p}</div>'
    '<div class="mB15">完</div>{foot}'
    '<div class="shareBar">分享：<a href="#">Facebook</a> | <a href="#">WhatsApp</a></div></div>'
    '<div id="footer"><p>2026年 | 政府新聞處 版權所有 | 本網頁修訂日期：{rev}</p></div></body></html>'
)
_P_HK = (
    "<p>康樂及文化事務署今日公布，去年轄下博物館共錄得約735萬入場人次，較二○二四年上升約15%，創歷年"
    "新高。發言人表示，康文署會繼續推出多元化的展覽及活動，讓不同年齡的市民都能親近博物館。</p>"
)
_P_MO = (
    "<p>身份證明局表示，二○二五年全年共受理居民身份證申請186,420宗，較上年增加4.6%。該局將繼續優化"
    "自助服務，方便市民辦理各項證件手續，並提升整體服務質素。</p>"
)


def _page(title: str, paragraphs: str, foot: str, revised: str = "2026年1月14日") -> bytes:
    return (_HEAD.format(t=title) + _BODY.format(t=title, p=paragraphs, foot=foot, rev=revised)).encode()


DATELINES = [
    pytest.param(
        _page("康文署轄下博物館去年入場人次創新高", _P_HK,
              '<div class="prFooter">2026年1月14日（星期三）<br>香港時間17時20分</div>'),
        "2026-01-14T17:20", id="work-list-hk-lcsd-museums: prFooter beside the share bar",
    ),
    pytest.param(
        _page("政府公布本港博物館入場人次", _P_HK,
              '<div class="pr-footer">2025年11月3日（星期一）<br>香港時間下午4時30分</div>'),
        "2025-11-03T16:30", id="written-hk-gia: pr-footer, a 12-hour clock",
    ),
    pytest.param(
        _page("身份證明局公布去年服務數據", _P_MO,
              '<div class="news-footer">2026年1月9日（星期五）<br>澳門時間10時15分</div>'),
        "2026-01-09T10:15", id="written-mo-gcs: news-footer with 澳門時間",
    ),
    pytest.param(
        _page("康文署公布博物館入場人次", _P_HK, '<p class="prFooter">2026年1月14日（星期三）</p>'),
        "2026-01-14", id="written-hk-gia: the date alone, no time line",
    ),
    pytest.param(
        _page("康文署公布博物館入場人次", _P_HK,
              '<div class="prFooter">2026年1月15日（星期三）<br>香港時間17時20分</div>'),
        None, id="written-hk-gia: a weekday false to the date is no dateline",
    ),
    pytest.param(
        _page("康文署公布博物館入場人次", _P_HK,
              '<div class="prFooter">今天是2026年1月14日（星期三）　訪問量：12345</div>'),
        None, id="written-hk-portal: a footer saying more than a dateline stays chrome",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("html", "published"), DATELINES)
def test_closing_dateline_footer(html: bytes, published: str | None) -> None:
    rec = extract(html, "page.html").to_dict()
    if published is None:
        assert rec["published_at"] is None
    else:
        assert (rec["published_at"] or "").startswith(published), rec["published_at"]
        assert "香港時間" not in rec["text"] and "澳門時間" not in rec["text"]
    assert "分享" not in rec["text"] and "版權所有" not in rec["text"]


# ---------------------------------------------------------------- a measure with a word before it
# 約735萬入場人次: a word of its own (入場, 就診, 參觀) before a measure that names those counted (人次)
# makes a noun of the measure: the unit is 人次 (a count), the whole noun the subject; a bound
# character before it (3.5萬延人次) is still a unit in no list. A count at its clause's end whose noun
# names its measure takes it past a word of expectation too (入場人次可達800萬).

_MUSEUMS = "去年轄下14間博物館及文物館共錄得約735萬入場人次，較二○二四年的約638萬人次上升約15%，創歷年新高。"
_FORECAST = "康文署今年將舉辦超過60個展覽，預計全年入場人次可達800萬。"

MEASURES = [
    case(_MUSEUMS, "735萬", "2026-01-14", "work-list-hk-lcsd-museums: 約735萬入場人次",
         unit="人次", kind="count", value=7350000, subject=["入場人次"]),
    case(_MUSEUMS, "638萬", "2026-01-14", "work-list-hk-lcsd-museums: the level compared with",
         unit="人次", subject=["入場人次"]),
    case("全年各公立医院共录得约735万就诊人次。", "735万", "2025-01-20",
         "written-provincial-portal: 就诊人次", unit="人次", kind="count", subject=["就诊人次"]),
    case("全年共接待120万参观人次，同比增长8%。", "120万", "2025-01-20",
         "written-city-news: 参观人次 (the shadow reads 参 as a numeral)", unit="人次", subject=["参观人次"]),
    case("長者及殘疾人士公共交通票價優惠計劃全年服務達3.5萬延人次，較去年增加。", "3.5萬", "2025-01-20",
         "written-tw-social-welfare: 延人次 stays a unit in no list", unit="延人次", kind="other"),
    case(_FORECAST, "800萬", "2026-01-14", "work-list-hk-lcsd-museums: 入場人次可達800萬",
         unit="人次", kind="count", subject=["入場人次"], status="planned"),
    case("预计明年旅客人次将突破5000万。", "5000万", "2025-01-20", "written-airport-news: 将突破",
         unit="人次", subject=["旅客人次"]),
    case("預計全年就診人次可望達120萬。", "120萬", "2025-01-20", "written-hk-ha: 可望達",
         unit="人次", subject=["就診人次"]),
    case("预计全年产值可达800亿。", "800亿", "2025-01-20",
         "written-statistics-bulletin: a noun naming no measure keeps none", unit=None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), MEASURES)
def test_measure_with_a_word_before_it(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- the object of holding or receiving
# 合共舉辦展覽58個: jieba tags 展覽 a verb, and the light verb 舉辦 was passed over as a stop word, so the
# count took the topic (博物館); a word tagged a verb between a verb of holding (campaign_verbs) and a
# count is the thing held. 將舉辦超過60個展覽: the same verb before the count keeps its object after it.
# 受理居民身份證申請186,420宗: after a verb of receiving (record_verbs) the word jieba tags a verb right
# before the count is the object's head.

_HELD = "康文署發言人表示，去年各博物館合共舉辦展覽58個，其中專題展覽23個。"
_IDS = (
    "2025年全年，本局共受理澳門特別行政區居民身份證申請186,420宗，發出居民身份證183,957張，"
    "較上年分別增加4.6%及3.9%。"
)

OBJECTS = [
    case(_HELD, "58個", "2026-01-14", "work-list-hk-lcsd-museums: 舉辦展覽58個", subject=["展覽"]),
    case(_HELD, "23個", "2026-01-14", "work-list-hk-lcsd-museums: 其中專題展覽23個",
         subject=["專題展覽", "展覽"]),
    case("全市共举办展览58个。", "58个", "2025-01-20", "written-city-portal: 举办展览", subject=["展览"]),
    case("全年共组织演练36次。", "36次", "2025-01-20", "written-safety-office: 组织演练", subject=["演练"]),
    case("全縣共舉行演習12場。", "12場", "2025-01-20", "written-tw-county: 舉行演習", subject=["演習"]),
    case(_FORECAST, "60個", "2026-01-14", "work-list-hk-lcsd-museums: 將舉辦超過60個展覽",
         subject=["展覽"], status="planned"),
    case("今年将举办60个展览。", "60个", "2025-01-20", "written-provincial-portal: 举办60个展览",
         subject=["展览"]),
    case("市里今年将举办超过30场招聘。", "30场", "2025-01-20", "written-hr-bureau: 举办超过30场招聘",
         subject=["招聘"]),
    case(_IDS, "186,420", "2026-01-09", "work-list-mo-dsi: 受理…身份證申請",
         subject=["居民身份證申請", "身份證申請"]),
    case(_IDS, "4.6%", "2026-01-09", "work-list-mo-dsi: the change of that level",
         subject=["居民身份證申請", "身份證申請"], change="increase"),
    case(_IDS, "183,957", "2026-01-09", "work-list-mo-dsi: 發出居民身份證 (kept)",
         subject=["居民身份證", "身份證"]),
    case("全年共受理护照申请12.5万宗。", "12.5万", "2025-01-20", "written-exit-entry-bureau: 受理护照申请",
         subject=["护照申请"]),
    case("今年以来，市12345热线共接获市民投诉1.2万件。", "1.2万", "2025-01-20",
         "written-city-hotline: 接获市民投诉", subject=["市民投诉", "投诉"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), OBJECTS)
def test_object_of_holding_or_receiving(
    text: str, needle: str, published: str, expected: dict[str, Any]
) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- names before and after a figure
# 售出「博物館通行證」逾3.1萬張: a short quoted name right before a count was its subject only with no bound
# between. 最高给予5万元奖励: the verbal noun after an amount a verb gives names it (奖励 is a vn). 229所公立
# 國民中小學辦理營養午餐: a verb of holding or doing after a count's noun (辦理) is the predicate.

NAMES = [
    case("去年共售出「博物館通行證」逾3.1萬張，個人全年通行證售價維持100元。", "3.1萬", "2026-01-14",
         "work-list-hk-lcsd-museums: 「…」逾3.1萬張", subject=["博物館通行證"], qualifier="more_than"),
    case("全年共發出「長者咭」約12萬張。", "12萬", "2025-01-20", "written-hk-swd: 「長者咭」約12萬張",
         subject=["長者咭"]),
    case("全年共发放“惠民消费券”逾50万张。", "50万", "2025-01-20", "written-commerce-bureau: “…”逾",
         subject=["惠民消费券"]),
    case("评选“最美家庭”近200户。", "200户", "2025-01-20", "written-womens-federation: “…”近",
         subject=["最美家庭"]),
    case("市禁毒办提醒广大市民，发现涉毒违法犯罪线索可拨打举报电话0597-8812110或110，对查证属实的举报，"
         "最高给予5万元奖励，并严格为举报人保密。", "5万元", "2025-01-20",
         "work-list-city-drug-control: 最高给予5万元奖励", subject=["举报奖励", "奖励"]),
    case("經審核合格者，每人發給3,000元獎勵。", "3,000元", "2025-01-20", "written-tw-county: 發給3,000元獎勵",
         subject=["獎勵"]),
    case("对获评的企业，给予20万元资助。", "20万元", "2025-01-20", "written-province-portal: 给予资助",
         subject=["资助"]),
    case("对新引进的博士，一次性给予10万元安家补助。", "10万元", "2025-01-20",
         "written-talent-office: 安家补助 (kept)", subject=["安家补助", "补助"]),
    case("彰化縣政府教育處今(22)日表示，縣府持續推動國中小學生免費營養午餐政策，113學年度第1學期全縣共有"
         "229所公立國民中小學辦理營養午餐，受惠學生約11萬8千人。", "229所", "2025-01-22",
         "work-list-tw-changhua-school-lunch: 辦理 ends the noun", subject=["公立國民中小學", "國民中小學"]),
    case("全市共有126家医疗机构开展家庭医生签约服务。", "126家", "2025-01-20",
         "written-health-commission: 开展 (kept)", subject=["医疗机构"]),
    case("全市1200个托育机构照护补贴已发放。", "1200个", "2025-01-20",
         "written-city-portal: a verb inside a compound (kept)", subject=["托育机构照护补贴", "托育机构"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NAMES)
def test_names_around_a_figure(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- those a verb of having describes
# 學校中設有自設廚房者計138所: 者 and a verb of having (設有, 擁有) count those that have the thing named
# between, without the verb; the rest (其餘91所) counts the group framed by 中 even when a verb of
# having follows 中 with no comma (學校), past a time or scope word opening the frame (目前全縣).

_KITCHENS = "目前全縣學校中設有自設廚房者計138所，其餘91所採中心廚房供餐或委外辦理。"

HAVING = [
    case(_KITCHENS, "138所", "2025-01-22", "work-list-tw-changhua-school-lunch: 設有自設廚房者計138所",
         subject=["自設廚房學校", "自設廚房", "學校"]),
    case(_KITCHENS, "91所", "2025-01-22", "work-list-tw-changhua-school-lunch: 其餘91所",
         subject=["學校"]),
    case("全市规模以上企业中拥有自主品牌者共1200家，其余800家尚未创建品牌。", "1200家", "2025-01-20",
         "written-market-regulation: 拥有自主品牌者", subject=["自主品牌"]),
    case("全市规模以上企业中拥有自主品牌者共1200家，其余800家尚未创建品牌。", "800家", "2025-01-20",
         "written-market-regulation: the rest", subject=["规模以上企业", "企业"]),
    case("在上述样本中，约4 900个为化学测试样本，其余约2 300个则作辐射及其他测试。", "2 300个", "2025-01-20",
         "written-hk-govt-lab: 中， (kept)", subject=["样本"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), HAVING)
def test_those_having(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- status and change
# 為確保用餐安全，…共抽驗…420件: a clause of purpose (為確保, 为了实现) opening the sentence plans none of
# the clauses after it; its plan word plans only itself. 主食增量約兩成 (an increment named by its size
# before a share) is not done: 增量 before a count is the noun measured.

_SAMPLING = (
    "為確保用餐安全，教育處會同衛生局本學期共抽驗學校午餐食材及成品420件，合格率99.5%，不合格2件均已要求"
    "業者限期改善並複驗合格。"
)

#: 增量 names the change only before a share (增量約兩成); before a count it is the noun measured
#: (常住人口增量超过20万人), and the change words are read from the text before the figure alone
_INCREMENT = known_miss("an increment named by its size before a share (增量約兩成) is no change word yet")

STATUS_AND_CHANGE = [
    case(_SAMPLING, "420件", "2025-01-22", "work-list-tw-changhua-school-lunch: 為確保…，共抽驗420件",
         status="reported"),
    case("为确保群众饮水安全，全市今年共检测水样1200份。", "1200份", "2025-06-20",
         "written-water-bureau: 为确保…，共检测", status="reported"),
    case("为确保完成全年目标，力争新增就业5万人。", "5万人", "2025-01-20",
         "written-hr-bureau: a plan word of its own (kept)", status="planned"),
    case("力争全年新增就业5万人，城镇调查失业率控制在5.5%以内。", "5.5%", "2025-01-20",
         "written-government-work-report: a plan's chain (kept)", status="planned"),
    case(_SAMPLING, "2件", "2025-01-22", "work-list-tw-changhua-school-lunch: 不合格2件",
         subject=["不合格", "食材及成品"],
         marks=known_miss("a count right after a rate's clause (合格率99.5%，不合格2件) is not read")),
    case("並規劃自114年3月起於國中試辦「午餐加量不加價」，每生每餐主食增量約兩成，讓成長中的學生吃得飽。",
         "兩成", "2025-01-22", "work-list-tw-changhua-school-lunch: 增量約兩成", change="increase",
         subject=["主食", "主食增量"], marks=_INCREMENT),
    case("今年全市居民生活用水减量约一成。", "一成", "2025-01-20", "written-water-bureau: 减量约一成",
         change="decrease", marks=_INCREMENT),
    case("试点学校每餐蔬菜增量20%。", "20%", "2025-01-20", "written-education-bureau: 增量20%",
         change="increase", marks=_INCREMENT),
    case("2023年常住人口增量超过20万人的城市共有4个。", "20万人", "2025-01-20",
         "written-finance-news: 增量 is the noun measured (kept)", subject=["常住人口增量", "增量"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), STATUS_AND_CHANGE)
def test_status_and_change(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)


# ---------------------------------------------------------------- not done this round
# The work list's remaining constructions, as strict xfails: a remainder of money (剩余2700万元: 剩余款项),
# a count of people put somewhere after 将 (将…1.92万名被征地农民纳入: the noun after the measure word), a
# time limit of payment (3个月内足额支付到位: 补偿款支付), and a year naming the reported subject (通报2025年
# …情况，并发布…10件) dating what the press conference releases.

NOT_YET = [
    case("全年应兑付征地补偿款38.92亿元，已兑付38.65亿元，兑付率为99.31%，剩余2700万元因权属争议已依法办理提存。",
         "2700万元", "2025-01-20", "work-list-city-land-acquisition: 剩余2700万元",
         subject=["剩余款项", "征地补偿款"], marks=known_miss("a remainder of money takes the rate's noun")),
    case("将符合条件的1.92万名被征地农民纳入基本养老保险，落实社保资金6.8亿元。", "1.92万名", "2025-01-20",
         "work-list-city-land-acquisition: 将…1.92万名被征地农民", subject=["被征地农民"],
         marks=known_miss("将 + N名 + noun: the noun after the measure word")),
    case("2025年，各地要进一步规范征地程序，力争征地补偿款兑付率达到100%，确保补偿款在征地批准后3个月内足额"
         "支付到位。", "3个月", "2025-01-20", "work-list-city-land-acquisition: 3个月内足额支付到位",
         subject=["补偿款支付", "补偿款"], marks=known_miss("a time limit takes the adverb after it (足额)")),
    case("1月19日上午，临澜市中级人民法院召开新闻发布会，通报2025年全市法院执行工作情况，并发布执行典型案例10件。",
         "10件", "2026-01-19", "work-list-city-court: 通报2025年…，并发布…10件", time=("2026-01-19", None),
         marks=known_miss("a year naming the reported subject dates the later clause's release")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "needle", "published", "expected"), NOT_YET)
def test_not_yet(text: str, needle: str, published: str, expected: dict[str, Any]) -> None:
    check(the_fact(text, needle, published), expected)
