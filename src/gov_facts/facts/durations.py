"""Whether years and months after a number measure something (建设5年, a figure) or place it in
time (近三年, 未来5年: a window, no figure). Part of reading what follows a number
(:mod:`.suffixes`)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TYPE_CHECKING

from ..rules.checked_models import as_checked
from ..rules.patterns import UnitEntry
from . import ranges
from .candidate import Candidate
from .context import ArticleText
from .court_terms import term_month
from .reading import Reading
from .tagging import pos_tag
from .units import match_unit

if TYPE_CHECKING:
    from .scan import Scanner

#: the units a time window is counted in
WINDOW_UNITS = ("年", "个月", "个季度", "小时")
#: what may follow 近N年 to make it a window wherever it stands (近三年来, 近5年内, 近3年的)
_WINDOW_AFTER = "来以内中里间的（("
#: a record, an average or a sum taken over the window after 近N年 (创近6年新高, 近5年最低, 近3年同期最高,
#: 按近12个月平均月销售面积, 近5年年均增长, 近3年累计投入): a window anywhere
_RECORD_AFTER = re.compile(r"(?:同期)?(?:新高|新低|最|平均|年均|月均|累计)")


def measures(doc: ArticleText, r: Reading) -> bool:
    """Whether a verb stands right before the number (建设5年后, 求学6年前): the years are how
    long it lasted, a figure, not a time that locates what follows."""
    norm = doc.norm
    if r.start != r.a or not r.a or not ("\u4e00" <= norm[r.a - 1] <= "\u9fff"):
        return False
    toks = pos_tag(norm[max(0, r.a - 4) : r.a])
    return bool(toks) and toks[-1][1].startswith("v") and toks[-1][0] not in doc.rules.stop


def limit_ahead(doc: ArticleText, r: Reading) -> bool:
    """於3年內完成, 在两年内建成, 力争2年内, 登记后3年内: N年内 after a preposition of time, a plan word
    or an event's 后 is a time limit ahead, a figure like 30日内; 近5年内, 未来3年内 stay windows
    (:func:`is_window`)."""
    if r.start != r.a:
        return False
    norm = doc.norm
    return (
        norm.endswith(("于", "在"), 0, r.a)
        or norm.endswith(doc.rules.planned, max(0, r.a - 4), r.a)
        or after_an_event(norm, r.a)
    )


def after_an_event(norm: str, a: int) -> bool:
    """登记后3年内, 取得许可后两年内, 簽約後三年內: 后 right before the number follows an event (a
    verb or noun, not a time: 今后, 此后 and 年后 open windows or times), so N年内 after it is a time
    limit, as 收件后十五个工作日内 is."""
    ch = norm[a - 2 : a - 1]
    return (
        norm[a - 1 : a] == "后" and "\u4e00" <= ch <= "\u9fff" and ch not in "年月日天周季度期间前后今此其以"
    )


def is_window(doc: ArticleText, r: Reading, unit_end: int) -> bool:
    """近三年, 未来5年, 过去12个月: a time window, not a duration that is a figure. 近 makes a
    window only at the head of its clause, before 来/以来/内/的… or before a record, an average or a
    sum taken over it (创下近6年新高, 近12个月平均, 近3年累计); 将近/接近 are 'nearly'."""
    norm = doc.norm
    if r.start != r.a:
        return False
    for word in doc.rules.duration_windows:
        if norm.startswith(word, r.a - len(word)):
            if word != "近":
                return True
            if norm[r.a - 2 : r.a - 1] in ("将", "接"):
                return False
            cs, _ = doc.clause(r.a)
            head = norm[cs : r.a - 1].strip()
            return (
                not head
                or head in doc.rules.stop  # 全市近5年累计投入…: a place word, then the window
                or head.endswith(("在", "从", "于"))
                or norm[unit_end : unit_end + 1] in _WINDOW_AFTER
                or _RECORD_AFTER.match(norm, unit_end) is not None
            )
    return False


#: 日 as days (1.2日, 30日内, 为期四十四日), where no date can be meant
_DAYS = as_checked(UnitEntry, unit="日", kind="duration", si_unit="s", si_factor=86400.0)
#: a noun of a number of days and its copula right before the number (日数为, 天数达到)
_DAYS_NAMED = re.compile(r"[日天]数(?:为|是|达到?|有|[:：])?$")
#: what closes a name in quotes or title marks (“开港倒计时100日”发布会): no length of its own
_NAME_CLOSE = frozenset("”’」』》〉\"'")


#: a noun counting days (不良日數, 优良天数, 降水日数) before the figure in its sentence: its N日 are days
_DAY_COUNT = re.compile(r"[日天]数|共[有计]?(?:[0-9]+|[一二三四五六七八九十]{1,3})日")
#: what before a number makes N日 a date (于14日, 至20日, 5日、6日), not a count of days
_DATE_LEADS = frozenset("于在至到自从、和及与止")
#: what may join the two ends of a range of days (332至351日)


def days(sc: Scanner, r: Reading) -> Candidate | None:
    """日 as a count of days where it cannot be a day of the month: after a decimal (平均逗留1.2日),
    before 内/以内/之内 with no month before the number (合同签订后30日内, 收到投诉后三十日内: within
    30 days, at most), past 31 (每年居住不少于183日) or after a word that measures a length (为期四十四日,
    居住满183日, 历时十五日, 合共14日: ``duration_leads``; 逾期30日, 每逾3日: ``overdue_leads``) or a
    change by an amount (按年減少6日, 较常年偏少12日) with no month before it. Such a day count is no
    date, though a comma follows it (合共14日，); a range of them (介乎332至351日, 在310日至335日之间)
    is one figure: :func:`_day_range`."""
    norm, p = sc.doc.norm, r.p
    if p != r.b:
        return None
    if not norm.startswith("日", p):
        return _day_range(sc, r, None)
    no_month = norm[r.a - 1 : r.a] != "月"
    led = no_month and (_led(sc.doc, r.start) or _counts_days(sc.doc, r))
    long = no_month and (r.value > 31 or led) and norm[p + 1 : p + 2] not in _NAME_CLOSE
    within = norm.startswith(("内", "以内", "之内"), p + 1) and no_month
    if (r.is_cn and not long and not within) or ("." not in norm[r.a : r.b] and not within and not long):
        return None
    if long and (ranged := _day_range(sc, r, p + 1)) is not None:
        return ranged  # 310日至335日: the first end has its own 日
    cand = Candidate(
        r.start, p + 1, r.a, r.b, r.value, unit="日", kind="duration", entry=_DAYS,
        qualifier=r.qualifier, unit_start=p,
    )  # fmt: skip
    if within and cand.qualifier == "exact":
        cand.qualifier = "at_most"
    if led:
        cand.extra["not_a_time"] = True  # 合共14日，: the time reader takes 14日， for a day of the month
    return sc.finish(cand)


def _led(doc: ArticleText, start: int) -> bool:
    """Whether a word that measures a length (共, 为期, 连续), a change by an amount (减少, 偏少, 较…多;
    not 减至, which reaches a day) or a noun of a number of days and its copula (超标日数为, 停工天數達)
    stands right before a number of 日."""
    norm = doc.norm
    if norm.endswith(doc.rules.duration_leads + doc.rules.words.overdue_leads, 0, start):
        return True  # 为期四十四日, 逾期30日: a length, no day of the month
    if norm.endswith(doc.rules.words.suspension_leads, 0, start):
        return True  # 暫停營業7至14日, 行政拘留10日: a penalty's length
    if _DAYS_NAMED.search(norm, max(0, start - 5), start):
        return True
    if norm[start - 1 : start] in ("多", "少"):  # 较去年同期多2日: a bare degree after a comparison
        before = norm[doc.clause(start)[0] : start]
        if "较" in before or "比" in before:
            return True
    return any(c in ("increase", "decrease") and norm.endswith(w, 0, start) for w, c in doc.rules.changes)


def _day_range(sc: Scanner, r: Reading, sep: int | None) -> Candidate | None:
    """介乎332至351日, 为期10至15日, 在310日至335日之间: two numbers of days joined by a range mark, the
    last with 日, where no month stands before the first and either end is past 31 or a word that
    measures a length leads it (10月1至7日 and 1至7日 stay days of a month). ``sep`` is where the
    mark stands after a first end that has its own 日, else the mark follows the number."""
    norm = sc.doc.norm
    at = r.b if sep is None else sep
    if norm[r.a - 1 : r.a] == "月":
        return None
    far = ranges.second_end(sc.doc, at)
    if far is None or not norm.startswith("日", far[2]) or far[0] <= r.value:
        return None
    if sep is None and not (far[0] > 31 or _led(sc.doc, r.start)):
        return None
    cand = Candidate(
        r.start, far[2] + 1, r.a, far[2], None, low=r.value, high=far[0], unit="日", kind="duration",
        entry=_DAYS, qualifier=r.qualifier, unit_start=far[2],
    )  # fmt: skip
    cand.extra["not_a_time"] = True
    return sc.finish(cand)


def _counts_days(doc: ArticleText, r: Reading) -> bool:
    """Whether the sentence names a count of days before the number (不良日數合共14日), the number
    not led by a word of a date (于14日) nor after a month."""
    before = doc.norm[r.a - 1 : r.a]
    if not before or before in _DATE_LEADS or before == "月" or before.isdigit():
        return False
    ss, _ = doc.sentence(r.a)
    return _DAY_COUNT.search(doc.norm, max(ss, r.a - 40), r.p + 1) is not None  # 共有5日: its own sum


def product_term(doc: ArticleText, at: int) -> str | None:
    """10年期及以上地方债, 30年期品种, 一期20年期专项债券: a term of years written before a bond, a loan or
    a deposit (``term_products``) in its clause, ``at`` right after 期, is a duration fact, and that
    product is what it measures; in a benchmark's name (10年期国债收益率, 5年期以上LPR, 10年期国债期货:
    ``benchmark_quotes``) it is no figure."""
    words = doc.rules.words
    product = words.term_product.match(doc.norm, at)
    if product is None or words.benchmark_quote.match(doc.norm, at) is not None:
        return None
    return product.group(1)


#: 月 as a number of months where no 个 is written (有期徒刑1年6月, 拘役2月; 延长至12月 in no_unit.py)
MONTHS = as_checked(UnitEntry, unit="月", kind="duration", si_unit="s", si_factor=2629746.0)


def term_months(sc: Scanner, r: Reading) -> Candidate | None:
    """有期徒刑3月, 有期徒刑1年6月, 拘役2月: N月 right after a court's term, or after the term's
    years, is a number of months, not a month of the year (:func:`.court_terms.term_month`); a day
    or a part of the month after it (6月10日, 2月底前) makes it a date."""
    p = r.p
    if p != r.b or r.start != r.a or not term_month(sc.doc.norm, r.start, p, sc.doc.rules.words.figures):
        return None
    cand = Candidate(
        r.start, p + 1, r.a, r.b, r.value, unit="月", kind="duration", entry=MONTHS,
        qualifier=r.qualifier, unit_start=p,
    )  # fmt: skip
    cand.extra["not_a_time"] = True  # the time reader takes 6月 for June
    return sc.finish(cand)


#: half of a unit of time (半年, 半个月, 半天) right after a word that measures a length; not the
#: half after a number's unit (一个半小时, 三年半: read with the number)
_HALF = re.compile("半(?=[年个天小日月])")
#: what after 半年 makes a noun of it (半年报, 半年度, 半年刊, 持续半年线上方: a moving average)
_HALF_NOUNS = ("报", "度", "刊", "线", "份")


def halves(doc: ArticleText) -> list[Candidate]:
    """为期半年, 历时半个月, 持续半天: half a unit of time right after a word that measures a length
    (``duration_leads``) is a duration of 0.5. Elsewhere 半年 is a half of the year (上半年,
    后半年时间), most of one (大半年), a window (近半年来), a frequency (每半年) or a report (半年报)."""
    if "半" not in doc.norm:
        return []  # the cheap test first: most pages hold no half
    found = []
    for m in _HALF.finditer(doc.norm):
        if not doc.norm.endswith(doc.rules.duration_leads, 0, m.start()):
            continue
        hit = match_unit(doc, m.end())
        if hit is None or not isinstance(hit[1], UnitEntry) or hit[1].kind != "duration":
            continue
        end = m.end() + len(hit[0])
        if doc.norm.startswith(_HALF_NOUNS, end) or doc.is_blocked(m.start(), end):
            continue
        found.append(
            Candidate(
                m.start(), end, m.start(), m.end(), Decimal("0.5"), unit=hit[0], kind="duration",
                entry=hit[1], unit_start=m.end(),
            )
        )  # fmt: skip
    return found
