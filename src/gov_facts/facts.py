"""The fact engine: every figure an article states, normalized and located.

A fact is a number with a unit or measure word (or a rank, or a ratio) in the
body text. The scan is regex-driven over the text (numbers, scales, units from
``patterns/``); jieba's POS tags are used only on the few characters around each
fact that the subject search needs, because tagging whole articles is slow.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from .models import Check, Fact, TimeRef
from .numbers import FULLWIDTH, NumberFormatError, parse_number, to_json_number
from .patterns import MeasureWord, Patterns, UnitEntry
from .segment import pos_tag
from .timeexpr import TimeExpr, find_times

_SCALES = "十百千万亿"
_CN_NUM = "零〇一二两三四五六七八九十廿卅"
_NUM_RE = re.compile(
    rf"""
    (?P<ar>[0-9]+(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)
    (?P<arscale>(?:[{_SCALES}]+(?:[0-9]+(?:\.[0-9]+)?[{_SCALES}]+)*)?)
    |
    (?P<cn>[{_CN_NUM}][{_CN_NUM}百千万亿]*(?:点[零〇一二三四五六七八九]+[万亿]*)?
      |(?<=[近约逾超])[百千万亿]+|[百千万]+(?=[余多]))
    """,
    re.VERBOSE,
)
_BARE_NUMBER = re.compile(r"-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_HEADER_UNIT = re.compile(r"[（(]\s*(?:单位[:：]\s*)?([^（）()]{1,8}?)\s*[）)]\s*$|(%)$")
_CAPTION_UNIT = re.compile(r"单位[:：]\s*([^\s，,。；;）)]{1,6})\s*[）)]?\s*$")
_RANGE_SEP = re.compile(r"\s*(?:至|到|~|～|-|－|—{1,2}|–)\s*")
# starts only where a number starts: inside a long run of digits a start at every position
# would make the scan quadratic
_RATIO_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:[:：][0-9]+(?:\.[0-9]+)?){2,}")
_COMPOUND_RE = re.compile(r"/(平方米|平方公里|千瓦时|立方米|公里|小时|[秒年月天日人吨亩件户次])")
_SENTENCE_END = re.compile(r"[。！？!?\n]")
_CLAUSE_BREAK = "，,；;。！？!?\n"
_TIME_SCOPE_BREAK = "。！？!?\n；;"
_SEGMENT_BREAK = _CLAUSE_BREAK + '、：:（）()“”"《》【】[]'
_QUOTE_RE = re.compile(r"“([^”\n]{1,10})”|\"([^\"\n]{1,10})\"|‘([^’\n]{1,10})’")
_CN_DIGIT_RE = re.compile(f"[{_CN_NUM}]")
_VAGUE_BEFORE = ("数", "几", "若干", "好几", "上")
_DEMONSTRATIVE = "这那哪每该此其前后第"
# verbs that place a thing in a ranking (获批数居全市第一); the context words add those that
# only announce one (排, 升至, 位于)
_RANK_VERBS = ("位列", "位居", "排名", "排在", "名列", "跃居", "稳居", "居", "列")
_RANK_VERB = re.compile("|".join(sorted(_RANK_VERBS, key=len, reverse=True)))
_RANK_CONTEXT = (*_RANK_VERBS, "排", "升至", "位于")
_NOUNISH = ("n", "vn", "an", "j", "l", "nz", "b", "k", "h", "ng", "eng", "nr", "ns", "nt", "g", "s")
_YEAR_AFTER = "前后来代度初底末中间里内"
_RUNNING_FOR = re.compile(r"连续[0-9一二两三四五六七八九十]+(?:个)?(?:年|个月|月|季度|周|天|日)")
_ADDRESS_UNITS = frozenset({"栋", "幢", "组", "单元", "室", "楼", "号", "座", "层", "区", "排"})
_PLACE_SUFFIX = "村路街巷弄区镇乡里苑园庄道号楼栋"


@dataclass(frozen=True)
class _Rules:
    """Patterns compiled into lookup structures once per Patterns object."""

    units: dict[str, UnitEntry | MeasureWord]
    unit_lengths: tuple[int, ...]
    qual_before: tuple[tuple[str, str], ...]
    qual_after: tuple[tuple[str, str], ...]
    changes: tuple[tuple[str, str], ...]
    #: the change words that state a new level (增至, 调整为, 达到)
    change_to: re.Pattern[str]
    basis: tuple[tuple[str, str], ...]
    planned: tuple[str, ...]
    not_planned: tuple[str, ...]
    stop: frozenset[str]
    suffixes: frozenset[str]
    header_units: tuple[tuple[str, str], ...]
    cue_tail: re.Pattern[str]
    set_phrases: re.Pattern[str] | None


def _longest_first(pairs: Iterable[tuple[str, str]]) -> list[str]:
    return sorted({w for w, _ in pairs}, key=len, reverse=True)


def _by_len(pairs: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """Word/tag pairs, longest word first, for greedy matching."""
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=8)
def _compile(patterns: Patterns) -> _Rules:
    r = patterns.rules
    units: dict[str, UnitEntry | MeasureWord] = {}
    for mw in r.measure_words:
        units[mw.word] = mw
    for u in r.units:
        units[u.unit] = u
    qb = _by_len((w, q) for q, pl in r.qualifiers.items() for w in pl.before)
    qa = _by_len((w, q) for q, pl in r.qualifiers.items() for w in pl.after)
    ch = _by_len((w, c) for c, ws in r.changes.items() for w in ws)
    ba = _by_len((w, b) for b, ws in r.basis.items() for w in ws)
    phrases = sorted(set(r.set_phrases), key=len, reverse=True)
    alts = []
    if phrases:
        # a look at the first character first: most positions start no phrase at all
        firsts = "".join(sorted({p[0] for p in phrases}))
        alts.append(f"(?=[{re.escape(firsts)}])(?:" + "|".join(re.escape(p) for p in phrases) + ")")
    alts += [f"(?:{p})" for p in r.set_phrase_patterns]
    return _Rules(
        units=units,
        unit_lengths=tuple(sorted({len(k) for k in units}, reverse=True)),
        qual_before=qb,
        qual_after=qa,
        changes=ch,
        change_to=re.compile("|".join(re.escape(w) for w, c in ch if c == "to") or r"(?!x)x"),
        basis=ba,
        planned=tuple(sorted(set(r.planned_cues), key=len, reverse=True)),
        not_planned=tuple(r.not_planned),
        stop=frozenset(r.subject_stop_words),
        suffixes=frozenset(r.subject_nouns),
        cue_tail=re.compile("(?:" + "|".join(re.escape(w) for w in _longest_first(ch + ba + qb)) + ")$"),
        header_units=tuple(sorted(r.table_header_units.items(), key=lambda kv: -len(kv[0]))),
        set_phrases=re.compile("|".join(alts)) if alts else None,
    )


@dataclass
class _Cand:
    """A fact in the making: where it stands and what has been read so far."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None
    kind: str = "count"
    entry: UnitEntry | MeasureWord | None = None
    qualifier: str = "exact"
    unit_start: int = 0
    subject: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


class _Doc:
    """Text-level context shared by all facts of one document."""

    def __init__(self, text: str, published: date | None, report_year: int | None, rules: _Rules) -> None:
        self.text = text
        # a full-width point is a decimal point only between full-width digits (１２．５);
        # after a list number it ends the number (1．2023年…)
        norm = re.sub(r"．(?![０-９])|(?<![０-９])．", "。", text).translate(FULLWIDTH)
        # a full-width comma between digit groups is a thousands separator (１２３，４５６)
        self.norm = re.sub(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", ",", norm)
        self.rules = rules
        self.published = published
        self.sent_starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
        self.times = find_times(self.norm, published, report_year)
        blocked: list[tuple[int, int]] = []
        if rules.set_phrases is not None:
            blocked += _spans(rules.set_phrases, self.norm)
        for m in _QUOTE_RE.finditer(self.norm):
            inner = next(g for g in m.groups() if g is not None)
            if _CN_DIGIT_RE.search(inner) and not re.search(r"[0-9]", inner):
                blocked.append((m.start(), m.end()))  # “十四五”, “四个清零”: slogans
        self.blocked = sorted(blocked)
        self._blocked_starts = [st for st, _ in self.blocked]
        reach: list[int] = []
        for _, en in self.blocked:  # the furthest end of any span starting at or before each one
            reach.append(max(en, reach[-1]) if reach else en)
        self._blocked_reach = reach
        self._breaks: dict[str, list[int]] = {}
        self.plans: dict[tuple[int, int], bool] = {}
        self.time_starts = [t.start for t in self.times]

    def is_blocked(self, a: int, b: int) -> bool:
        """Whether [a, b) overlaps a set phrase or a quoted slogan."""
        i = bisect_right(self._blocked_starts, b - 1)
        return i > 0 and self._blocked_reach[i - 1] > a

    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        start = self.sent_starts[i]
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return start, end

    def clause(self, pos: int, breaks: str = _CLAUSE_BREAK) -> tuple[int, int]:
        """The stretch around ``pos`` between two of ``breaks``, within its sentence."""
        marks = self._breaks.get(breaks)
        if marks is None:
            pattern = "[" + re.escape(breaks) + "]"
            marks = self._breaks[breaks] = [m.start() for m in re.finditer(pattern, self.text)]
        s, e = self.sentence(pos)
        i = bisect_left(marks, pos)
        a = marks[i - 1] + 1 if i > 0 else 0
        b = marks[i] if i < len(marks) else len(self.text)
        return max(a, s), min(b, e)


def _match_unit(doc: _Doc, pos: int) -> tuple[str, UnitEntry | MeasureWord] | None:
    for n in doc.rules.unit_lengths:
        word = doc.norm[pos : pos + n]
        entry = doc.rules.units.get(word)
        if entry is not None and len(word) == n:
            return word, entry
    return None


def _read_number(doc: _Doc, m: re.Match[str]) -> tuple[Decimal, int, int, bool] | None:
    """Value, start, end of the number core and whether it is a bare Chinese numeral."""
    try:
        value = parse_number(m.group(0))
    except NumberFormatError:
        return None
    return value, m.start(), m.end(), m.group("cn") is not None


def _unit_after(
    doc: _Doc, core_end: int, scale_chars: int
) -> tuple[int, str, UnitEntry | MeasureWord] | None:
    """The unit after a number, giving back trailing scale characters when that finds a
    longer unit (5千米 is 5 km, not 5000 m; 30万千瓦 is 30万 kW)."""
    best: tuple[int, str, UnitEntry | MeasureWord] | None = None
    for give in range(0, scale_chars + 1):
        hit = _match_unit(doc, core_end - give)
        if hit and (best is None or len(hit[0]) > len(best[1])):
            best = (give, hit[0], hit[1])
    return best


def _inside_word(norm: str, a: int, unit_end: int) -> bool:
    """Whether jieba reads the numeral at ``a`` as the start of a longer word that runs past
    its unit (a place name or an idiom), rather than as a number with a measure word."""
    toks = pos_tag(norm[a : unit_end + 4])
    return bool(toks) and toks[0][1] != "m" and len(toks[0][0]) > unit_end - a


def _kind_of(entry: UnitEntry | MeasureWord) -> str:
    """A unit's kind; a measure word makes a count."""
    return entry.kind if isinstance(entry, UnitEntry) else "count"


def _header_unit(head: str) -> str | None:
    """The unit a column header names: 金额（万元） -> 万元, 比上年增长(%) -> %."""
    m = _HEADER_UNIT.search(head.strip())
    if m is None:
        return None
    return (m.group(1) or m.group(2) or "").strip() or None


def _implied_unit(head: str, rules: _Rules) -> str | None:
    """A header with no unit that still says what its numbers are (中标金额, 单价 -> 元)."""
    for word, unit in rules.header_units:
        if word in head:
            return unit
    return None


def _ends_with(text: str, words: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    for w, tag in words:
        if text.endswith(w):
            return w, tag
    return None


class _Scanner:
    def __init__(self, doc: _Doc) -> None:
        self.doc = doc
        self.cands: list[_Cand] = []
        self._names_column = False

    def scan(self) -> list[_Cand]:
        doc = self.doc
        pos = 0
        for m in _RATIO_RE.finditer(doc.norm):
            if not doc.is_blocked(m.start(), m.end()):
                self.cands.append(
                    _Cand(
                        m.start(),
                        m.end(),
                        m.start(),
                        m.end(),
                        None,
                        unit=None,
                        kind="other",
                        extra={"ratio": True},
                    )
                )
        ratio_spans = [(c.start, c.end) for c in self.cands]
        while True:
            found = _NUM_RE.search(doc.norm, pos)
            if found is None:
                break
            pos = found.end()
            if any(s <= found.start() < e for s, e in ratio_spans):
                continue
            cand = self._candidate(found)
            if cand is not None:
                self.cands.append(cand)
                pos = max(pos, cand.end)
        self._table_cells()
        self.cands.sort(key=lambda c: c.start)
        return self.cands

    def _table_cells(self) -> None:
        """Bare numbers in table cells, with unit and scale from their column or row header.

        Tables reach the text as rows of tab-joined cells; the first row of a run
        of such lines is the header. 294.800000 under 金额（万元） is 2948000 元; a
        单位 column gives each row its unit; 比上年增长(%) gives % and the change.
        """
        doc = self.doc
        taken = [(c.start, c.end) for c in self.cands]
        lines: list[tuple[int, str]] = []
        pos = 0
        for line in doc.norm.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        i = 0
        while i < len(lines):
            if "\t" not in lines[i][1]:
                i += 1
                continue
            j = i
            while j < len(lines) and "\t" in lines[j][1]:
                j += 1
            caption_unit = None
            if i > 0 and (mc := _CAPTION_UNIT.search(lines[i - 1][1])):
                caption_unit = mc.group(1)
            self._table(lines[i:j], caption_unit, taken)
            i = j

    def _table(
        self, rows: list[tuple[int, str]], caption_unit: str | None, taken: list[tuple[int, int]]
    ) -> None:
        doc = self.doc
        header = rows[0][1].split("\t")
        if sum(bool(_BARE_NUMBER.fullmatch(h.strip())) for h in header) > len(header) // 2:
            return  # no header row: nothing says what the numbers measure
        unit_col = next((k for k, h in enumerate(header) if h.strip() in ("单位", "计量单位")), None)
        # a first column of names or serial numbers (供应商名称, 序号) does not say what is measured
        self._names_column = bool(re.search(r"名称|序号|供应商|单位名称|姓名|编号", header[0]))
        for row_start, row in rows[1:]:
            cells = row.split("\t")
            offset = row_start
            label = cells[0].strip() if cells else ""
            label = re.sub(r"^(?:其中|#)[：:]?", "", label)
            for k, cell in enumerate(cells):
                cell_start = offset
                offset += len(cell) + 1
                stripped = cell.strip()
                if k == 0 or not _BARE_NUMBER.fullmatch(stripped):
                    continue
                a = cell_start + cell.index(stripped)
                b = a + len(stripped)
                if any(s < b and a < e for s, e in taken):
                    continue
                head = header[k] if k < len(header) else ""
                unit_text = (
                    _header_unit(head)
                    or (cells[unit_col].strip() if unit_col is not None and unit_col < len(cells) else None)
                    or caption_unit
                    or _implied_unit(head, doc.rules)
                )
                if unit_text is None:
                    continue
                cand = self._cell(a, b, stripped, unit_text, head, label)
                if cand is not None:
                    self.cands.append(cand)

    def _cell(self, a: int, b: int, number: str, unit_text: str, head: str, label: str) -> _Cand | None:
        doc = self.doc
        m = re.fullmatch(r"([十百千万亿]*)(.+)", unit_text)
        if m is None:
            return None
        scale, unit = m.group(1), m.group(2)
        entry = doc.rules.units.get(unit)
        if unit in ("%", "％"):
            entry = doc.rules.units.get("%")
        if entry is None:
            return None
        try:
            value = parse_number(number.replace(",", "").lstrip("-")) * (
                parse_number("1" + scale) if scale else 1
            )
        except NumberFormatError:
            return None
        if number.startswith("-"):
            value = -value
        kind = _kind_of(entry)
        head_name = _HEADER_UNIT.sub("", head).strip()
        subject = head_name or None
        if label and not _BARE_NUMBER.fullmatch(label) and not self._names_column:
            subject = label
        return _Cand(
            a,
            b,
            a,
            b,
            value,
            unit=unit,
            kind=kind,
            entry=entry,
            unit_start=b,
            subject=subject,
            extra={"table_head": head},
        )

    def _candidate(self, m: re.Match[str]) -> _Cand | None:
        doc, norm = self.doc, self.doc.norm
        read = _read_number(doc, m)
        if read is None:
            return self._vague_range(m)
        value, a, b, is_cn = read
        core = m.group(0)
        before = norm[max(0, a - 4) : a]
        prev = norm[a - 1] if a else ""
        # model names, codes and ids: 5G, C919, H7N9
        if prev.isascii() and prev.isalpha():
            return None
        # a section number or a code with a leading zero (07对外经济, 0314): never a quantity
        if not is_cn and re.fullmatch(r"0[0-9]+", norm[a:b]):
            return None
        if b < len(norm) and norm[b].isascii() and norm[b].isalpha():
            return None
        if is_cn and before.endswith(_VAGUE_BEFORE):
            return None
        if is_cn and prev and prev in _DEMONSTRATIVE and not before.endswith(("第",)):
            return None
        start = a
        kind_hint: str | None = None
        if before.endswith("百分之"):
            start, kind_hint = a - 3, "percent"
        elif prev == "第":
            start, kind_hint = a - 1, "ordinal"
        elif prev and prev in "-－" and (a < 2 or not (norm[a - 2].isascii() and norm[a - 2].isalnum())):
            start, value = a - 1, -value
        # X分之Y
        if norm.startswith("分之", b):
            m2 = _NUM_RE.match(norm, b + 2)
            if m2 is None:
                return None
            read2 = _read_number(doc, m2)
            if read2 is None or value == 0:
                return None
            pct = read2[0] / value * 100
            return self._finish(
                _Cand(start, m2.end(), start, m2.end(), pct, unit="%", kind="percent", unit_start=m2.end())
            )
        if is_cn and core in ("零", "〇"):
            return None  # 零部件, 零容忍
        if is_cn and core == "一" and kind_hint != "percent":
            return self._rank(start, a, b, value) if kind_hint == "ordinal" or self._rank_context(a) else None
        if doc.is_blocked(a, b):
            return None
        p = b
        qualifier = "exact"
        if norm[p : p + 1] in ("余", "多"):
            qualifier, p = "at_least", p + 1
            m_scale = re.match(r"[万亿]+", norm[p:])
            if m_scale:
                value *= parse_number("1" + m_scale.group(0))
                p += m_scale.end()
        if norm[p : p + 1] == "几":
            return None  # 十几个: vague
        if norm[p : p + 1] in (" ", "\u00a0", "\u3000") and not is_cn:
            # 294.8 万元, 60 天: one space between a number and its scale or unit
            m_scale = re.match(r"[万亿千百]*", norm[p + 1 :])
            q = p + 1 + (m_scale.end() if m_scale else 0)
            if _match_unit(doc, q) is not None:
                if m_scale and m_scale.group(0):
                    value *= parse_number("1" + m_scale.group(0))
                p = q
        trailing_scale = len(core) - len(core.rstrip(_SCALES)) if p == b else 0
        if kind_hint == "percent":
            cand = _Cand(
                start, p, start, p, value, unit="%", kind="percent", qualifier=qualifier, unit_start=p
            )
            return self._finish(cand)
        hit = _unit_after(doc, p, trailing_scale)
        if hit is not None:
            give, unit, entry = hit
            if give:
                value = parse_number(core[: len(core) - give])
                b -= give
                p -= give
            if isinstance(entry, (UnitEntry, MeasureWord)) and entry.needs_number and is_cn:
                hit = None
        if kind_hint == "ordinal":
            if hit is not None and hit[1] in ("位", "名"):
                return self._rank(start, a, p + len(hit[1]), value, unit=hit[1])
            return self._rank(start, a, b, value) if self._rank_context(a) else None
        if hit is None:
            if (
                norm.startswith("成", p)
                and is_cn
                and value <= 10
                and not _CN_DIGIT_RE.match(norm[p + 1 : p + 2])
            ):
                nxt = norm[p + 1 : p + 2]
                if nxt and nxt not in "以左上的，。、；！？多":
                    return None
                return self._finish(
                    _Cand(start, p + 1, a, b, value * 10, unit="%", kind="percent", qualifier=qualifier)
                )
            rng = self._range(start, a, b, value, core, p)
            if rng is not None:
                return rng
            if self._rank_context(a) and is_cn:
                return self._rank(start, a, b, value)
            return None
        give, unit, entry = hit
        unit_end = p + len(unit)
        if unit == "年" and (value >= 1000 or (is_cn and not re.search("[十百千]", core))):
            return None
        if unit == "年" and norm[unit_end : unit_end + 1] in _YEAR_AFTER and norm[unit_end : unit_end + 1]:
            return None
        if isinstance(entry, UnitEntry) and entry.kind == "duration" and norm.startswith("来", unit_end):
            return None
        if is_cn and _inside_word(norm, a, unit_end):
            return None  # 五家渠市, 三十六计: the numeral begins a name or an idiom
        if re.match(r"“[^”]{1,8}”", norm[unit_end : unit_end + 10]):
            return None  # 8个“还有之”: a count of slogans, not of things
        if unit in _ADDRESS_UNITS and (
            norm[unit_end : unit_end + 1].isdigit() or (a > 0 and norm[a - 1] in _PLACE_SUFFIX)
        ):
            return None  # 1区9栋57号, 河东村6组: an address
        kind = _kind_of(entry)
        end = unit_end
        mc = _COMPOUND_RE.match(norm, unit_end)
        per = re.search(r"每(小时|秒钟?|分钟|天|日|年)$", norm[max(0, start - 4) : start])
        if per and kind in ("length", "volume", "mass"):
            # 每小时27680公里: a speed; the surface takes in 每小时
            unit, kind, start = f"{unit}/{per.group(1)}", "other", start - len(per.group(0))
        if mc and kind != "money":
            unit, kind, end = unit + mc.group(0), "other", mc.end()
        elif mc:
            end = mc.end()
        cand = _Cand(
            start, end, a, b, value, unit=unit, kind=kind, entry=entry, qualifier=qualifier, unit_start=p
        )
        # a range whose first number carries its unit: 15%至20%
        m_sep = _RANGE_SEP.match(norm, end)
        if m_sep and not mc:
            m2 = _NUM_RE.match(norm, m_sep.end())
            if m2 is not None:
                read2 = _read_number(doc, m2)
                if read2 is not None:
                    hit2 = _unit_after(doc, m2.end(), 0)
                    if hit2 and hit2[1] == unit:
                        cand.low, cand.high, cand.value = value, read2[0], None
                        cand.end = m2.end() + len(unit)
                        cand.unit_start = m2.end()
        return self._finish(cand)

    def _range(self, start: int, a: int, b: int, value: Decimal, core: str, p: int) -> _Cand | None:
        """3至5年, 10-15万元: a number without a unit, a range mark, a number with one."""
        doc, norm = self.doc, self.doc.norm
        m_sep = _RANGE_SEP.match(norm, p)
        if not m_sep:
            return None
        m2 = _NUM_RE.match(norm, m_sep.end())
        if m2 is None:
            return None
        read2 = _read_number(doc, m2)
        if read2 is None:
            return None
        high = read2[0]
        core2 = m2.group(0)
        trailing = len(core2) - len(core2.rstrip(_SCALES))
        hit = _unit_after(doc, m2.end(), trailing)
        if hit is None:
            return None
        give, unit, entry = hit
        if give:
            high = parse_number(core2[: len(core2) - give])
        unit_start = m2.end() - give
        low = value
        scale2 = core2[len(core2.rstrip(_SCALES)) : len(core2) - give] if trailing else ""
        if scale2 and core == core.rstrip(_SCALES):
            low = value * parse_number("1" + scale2)
        kind = _kind_of(entry)
        if unit == "年" and (low >= 1000 or high >= 1000):
            return None
        return self._finish(
            _Cand(
                start,
                unit_start + len(unit),
                a,
                m2.end() - give,
                None,
                low=low,
                high=high,
                unit=unit,
                kind=kind,
                entry=entry,
                unit_start=unit_start,
            )
        )

    def _vague_range(self, m: re.Match[str]) -> _Cand | None:
        """二三十个: two neighbouring digits before a place word, an approximate range."""
        # a place word parse_number reads (十, 百万; not 百十, which made it raise)
        vm = re.fullmatch(
            r"([一二三四五六七八九])([二三四五六七八九])([十百千]?万|[十百千])", m.group("cn") or ""
        )
        if vm is None:
            return None
        place = parse_number("1" + vm.group(3)) if vm.group(3) != "十" else Decimal(10)
        low = parse_number(vm.group(1)) * place
        high = parse_number(vm.group(2)) * place
        if high <= low:
            return None
        hit = _unit_after(self.doc, m.end(), 0)
        if hit is None:
            return None
        _, unit, entry = hit
        kind = _kind_of(entry)
        return self._finish(
            _Cand(
                m.start(),
                m.end() + len(unit),
                m.start(),
                m.end(),
                None,
                low=low,
                high=high,
                unit=unit,
                kind=kind,
                entry=entry,
                qualifier="approx",
                unit_start=m.end(),
            )
        )

    def _rank_context(self, a: int) -> bool:
        s, _ = self.doc.clause(a)
        before = self.doc.norm[s:a]
        return any(w in before[-10:] for w in _RANK_CONTEXT)

    def _rank(self, start: int, a: int, end: int, value: Decimal, unit: str | None = None) -> _Cand | None:
        if self.doc.is_blocked(start, end):
            return None
        nxt = self.doc.norm[end : end + 1]
        if unit is None and nxt and nxt not in _CLAUSE_BREAK + "、）)":
            return None  # 第一方阵, 第二个在月球上行走的人: an ordinal inside a name
        return _Cand(start, end, a, end, value, unit=unit, kind="rank", unit_start=end)

    def _finish(self, cand: _Cand) -> _Cand | None:
        if self.doc.is_blocked(cand.num_start, cand.end):
            return None
        return cand


# ---------------------------------------------------------------- attributes


def _qualifier(doc: _Doc, c: _Cand) -> str:
    if c.qualifier != "exact":
        return c.qualifier
    s, _ = doc.clause(c.start)
    before = doc.norm[s : c.start]
    hit = _ends_with(before, doc.rules.qual_before)
    if hit is None and before[-1:] in ("有", "为", "达", "是", "了"):
        hit = _ends_with(before[:-1], doc.rules.qual_before)
    if hit is not None:
        return hit[1]
    after = doc.norm[c.end : c.end + 4]
    for w, q in doc.rules.qual_after:
        if after.startswith(w):
            return q
    return "exact"


def _nearest_word(text: str, words: tuple[tuple[str, str], ...], exclude_next: str = "") -> str | None:
    best: tuple[int, int, str] | None = None
    for w, tag in words:
        i = text.rfind(w)
        while i >= 0:
            nxt = text[i + len(w) : i + len(w) + 1]
            if not (exclude_next and nxt and nxt in exclude_next):
                key = (i + len(w), len(w), tag)
                if best is None or key[:2] > best[:2]:
                    best = key
                break
            i = text.rfind(w, 0, i)
    return best[2] if best else None


def _is_baseline(doc: _Doc, t: TimeExpr) -> bool:
    """A time a figure is compared against, not the time it refers to: 较目前, 比上年, and
    与上年 / 同去年 when a comparison or a change follows (与上年相比, 与上年增长10.3%)."""
    lead = doc.norm[max(0, t.start - 1) : t.start]
    if lead in ("较", "比"):
        return True
    if lead not in ("与", "同"):
        return False
    tail = doc.norm[t.end : t.end + 6]
    return tail.startswith(("相比", "比较", "同期")) or any(tail.startswith(w) for w, _ in doc.rules.changes)


def _is_from_time(doc: _Doc, t: TimeExpr, c: _Cand) -> bool:
    """由去年同期的1.1:50.3:48.6调整为0.7:50.7:48.6, 从2012年的4.9万家增加至40万家: the time
    after 由/从 dates the old level, not the new one that follows a change word."""
    if t.end > c.start or doc.norm[max(0, t.start - 1) : t.start] not in ("由", "从"):
        return False
    return doc.rules.change_to.search(doc.norm, t.end, c.start) is not None


def _time_for(doc: _Doc, c: _Cand) -> TimeExpr | None:
    ss, se = doc.clause(c.start, _TIME_SCOPE_BREAK)
    cs, ce = doc.clause(c.start)
    lo, hi = bisect_left(doc.time_starts, ss), bisect_left(doc.time_starts, se)
    in_sentence = [
        t
        for t in doc.times[lo:hi]
        if ss <= t.start < se
        and not (t.start < c.end and c.start < t.end)
        and not _is_baseline(doc, t)
        and not _is_from_time(doc, t, c)
    ]
    in_clause = [t for t in in_sentence if cs <= t.start < ce]
    before = [t for t in in_clause if t.end <= c.start]
    if before:
        return before[-1]
    after = [t for t in in_clause if t.start >= c.end]
    if after:
        return after[0]
    earlier = [t for t in in_sentence if t.end <= c.start]
    if earlier:
        return earlier[-1]
    return _time_over_broken_lines(doc, c)


_NOT_A_FRAGMENT = re.compile(r"[。！？!?；;：:\t]")


def _time_over_broken_lines(doc: _Doc, c: _Cand) -> TimeExpr | None:
    """A sentence broken over lines with no punctuation (目前南沙邮轮母港开通了 / 前往…航线9条 /
    邮轮目的地12个, as pages set them with <br>) keeps the time stated on its earlier lines.
    Only fragments qualify: the fact's line and each line passed over hold no sentence end and
    are neither table rows nor ``label：value`` lines (成交日期：… is not the time of 成交金额)."""
    text = doc.text
    ls = text.rfind("\n", 0, c.start) + 1
    le = text.find("\n", c.start)
    line = text[ls : le if le >= 0 else len(text)]
    if ls == 0 or _NOT_A_FRAGMENT.search(line):
        return None
    k = ls - 1  # the newline that ends the previous line
    while k > 0:
        ps = text.rfind("\n", 0, k) + 1
        prev = text[ps:k]
        if not prev.strip() or _NOT_A_FRAGMENT.search(prev):
            return None
        lo, hi = bisect_left(doc.time_starts, ps), bisect_left(doc.time_starts, k)
        found = [t for t in doc.times[lo:hi] if t.end <= k and not _is_baseline(doc, t)]
        if found:
            return found[-1]
        k = ps - 1
    return None


def _clause_plans(doc: _Doc, cs: int, ce: int) -> bool:
    """Whether a plan word stands in the clause; once per clause, however many facts it holds."""
    key = (cs, ce)
    hit = doc.plans.get(key)
    if hit is None:
        clause = doc.norm[cs:ce]
        for np in doc.rules.not_planned:
            clause = clause.replace(np, "□" * len(np))
        hit = any(w in clause for w in doc.rules.planned if len(w) > 1)
        if not hit:
            single = [w for w in doc.rules.planned if len(w) == 1 and w in clause]
            if single:
                toks = pos_tag(clause)
                # 将 as a word (not inside 即将, 模拟's 拟); before a quotation it is 把 and plans
                # nothing (将“民生工程”打造成)
                hit = any(
                    word in single and not (k + 1 < len(toks) and toks[k + 1][0] in ("“", '"'))
                    for k, (word, _) in enumerate(toks)
                )
        doc.plans[key] = hit
    return hit


def _planned(doc: _Doc, c: _Cand, t: TimeExpr | None) -> bool:
    cs, ce = doc.clause(c.start)
    if _clause_plans(doc, cs, ce):
        return True
    if t is not None and doc.published is not None:
        if t.type == "deadline" and t.last is not None and t.last >= doc.published:
            return True
        if t.first is not None and t.first > doc.published:
            return True
    return False


# ---------------------------------------------------------------- subject


def _is_nounish(flag: str) -> bool:
    return flag.startswith(_NOUNISH) or flag in ("a", "ad")


def _noun_run_after(doc: _Doc, pos: int, limit: int = 14) -> tuple[str | None, bool]:
    """The noun phrase right after a unit (15167套房屋) and whether it followed 的."""
    _, se = doc.clause(pos, _SEGMENT_BREAK)
    window = doc.text[pos : min(se, pos + limit)]
    via_de = False
    for w, _ in doc.rules.qual_after:
        if window.startswith(w) and w not in ("余", "多"):
            window = window[len(w) :]
            break
    if window.startswith("的"):
        window, via_de = window[1:], True
    if not window or _NUM_RE.match(window.translate(FULLWIDTH)):
        return None, via_de
    run: list[str] = []
    toks = pos_tag(window)
    if len(toks) > 1 and toks[0][0] == "之" and _is_nounish(toks[1][1]):
        toks = [("之" + toks[1][0], "n"), *toks[2:]]  # 5天之旅
    for k, (word, flag) in enumerate(toks):
        if word in doc.rules.stop:
            break
        if flag == "l" and run:
            break  # 航天员按计划: a set expression after the noun starts the predicate
        if (
            flag in ("a", "ad")
            and len(word) > 1
            and run
            and not (k + 1 < len(toks) and toks[k + 1][1].startswith("n"))
        ):
            break  # 斑马鱼状态良好: an adjective after the noun is its predicate
        if _is_nounish(flag) or (word in doc.rules.suffixes and run):
            run.append(word)
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if (
            flag.startswith("v")
            and len(run) >= 2
            and nxt is not None
            and _is_nounish(nxt[1])
            and nxt[0] not in doc.rules.stop
        ):
            run.append(word)  # 托育机构照护补贴: a verb inside a compound noun
            continue
        break
    while run and run[-1] not in doc.rules.suffixes and pos_tag(run[-1])[0][1].startswith("v"):
        run.pop()
    phrase = "".join(run)
    return (phrase or None), via_de


def _noun_run_before(doc: _Doc, c: _Cand, limit: int = 20) -> tuple[str | None, str | None, bool]:
    """The noun phrase before a number (安置房1.39万套), a verb skipped on the way (发证),
    and whether the phrase is the clause's topic (it stands before the verb or opens the clause)."""
    stop_at = c.start
    # 生产总值(GDP)262.6亿元: an aside in brackets right before the number is passed over
    if doc.text[stop_at - 1 : stop_at] in (")", "）"):
        opener = max(doc.text.rfind("(", 0, stop_at), doc.text.rfind("（", 0, stop_at))
        if opener >= 0 and stop_at - opener <= 16:
            stop_at = opener
    # 占比比上年下降0.4个百分点: cut cue words off the end before tagging, or jieba glues
    # 比上年 to the noun (比比, 价格比)
    while (cue := doc.rules.cue_tail.search(doc.norm, max(0, stop_at - 8), stop_at)) and cue.start() > 0:
        stop_at = cue.start()
    ss, _ = doc.clause(stop_at, _SEGMENT_BREAK)
    w0 = max(ss, stop_at - limit)
    window = doc.text[w0:stop_at]
    toks = pos_tag(window)
    if w0 > ss and len(toks) > 1:
        w0 += len(toks[0][0])
        toks = toks[1:]  # the window cut a word in two: drop the fragment
    # offsets of tokens, to recognise a time expression (由去年同期的) and pass over it
    ends: list[int] = []
    acc = w0
    for word, _ in toks:
        acc += len(word)
        ends.append(acc)
    near = [t for t in doc.times if t.start < stop_at and t.end > w0]
    # 连续7年 (for seven years running) frames the time like a date does: passed over too
    spans = [(t.start, t.end) for t in near]
    spans += [m.span() for m in _RUNNING_FOR.finditer(doc.norm, w0, stop_at)]
    in_time = {k for k, e in enumerate(ends) for ts, te in spans if ts < e and e - len(toks[k][0]) < te}
    rules = doc.rules
    cue_words = {w for w, _ in rules.qual_before + rules.changes + rules.basis} | set(rules.planned)
    halt_words = {w for w, _ in rules.changes + rules.basis}
    i = len(toks) - 1
    skipped_verb: str | None = None

    def skippable(word: str, flag: str, k: int = -1) -> bool:
        return (
            k in in_time
            or (flag == "a" and len(word) == 1)
            or word in rules.stop
            or word in cue_words
            or not word.strip()
            or word in ("由", "从", "比", "较")
            or flag in ("d", "uj", "ul", "u", "y", "e", "o")
        )

    while i >= 0 and skippable(*toks[i], i) and toks[i][0] not in rules.suffixes:
        if toks[i][1].startswith("v") and len(toks[i][0]) >= 2:
            skipped_verb = toks[i][0]
        i -= 1
    if (
        i >= 0
        and (toks[i][1].startswith("v") or toks[i][1] == "a")  # 完工, 稳定(在): the predicate
        and toks[i][1] != "vn"
        and len(toks[i][0]) >= 2
        and toks[i][0] not in rules.suffixes
    ):
        skipped_verb = toks[i][0]
        i -= 1
        while i >= 0 and skippable(*toks[i], i):
            i -= 1
    run: list[tuple[str, str]] = []
    while i >= 0:
        word, flag = toks[i]
        if word in rules.stop or word in halt_words or i in in_time:
            break
        if word in rules.units and i > 0 and toks[i - 1][1] == "m":
            break  # 10万总吨邮轮泊位: 总吨 belongs to the number before it
        if flag in ("a", "ad") and not run and word not in rules.suffixes:
            break
        if _is_nounish(flag) or word in rules.suffixes:
            run.insert(0, (word, "n" if word in rules.suffixes else flag))
        elif (
            flag.startswith("v")
            and run
            and ((len(run[0][0]) == 1 and run[0][1] != "a") or (len(word) == 1 and run[0][1] != "a"))
        ):
            run.insert(0, (word, flag))  # 安置房, 发证率, 奖补资金: a verb inside a compound
        else:
            break
        i -= 1
    while len(run) > 1 and run[0][1].startswith("v") and len("".join(w for w, _ in run[1:])) >= 2:
        run.pop(0)
    # 5G基站: digits glued to the letters that open the phrase belong to a model name
    if run and run[0][1] == "eng" and i >= 0 and toks[i][0].isascii() and toks[i][0].isdigit():
        run.insert(0, (toks[i][0], "eng"))
    phrase = "".join(w for w, _ in run)
    # 生产性服务业完成投资39.66亿元: a bare object after 完成 takes the noun before the verb
    if 0 < len(phrase) <= 2 and i >= 1 and toks[i][0] in rules.stop and toks[i][1].startswith("v"):
        k = i - 1
        head: list[str] = []
        while k >= 0 and _is_nounish(toks[k][1]) and toks[k][0] not in rules.stop:
            head.insert(0, toks[k][0])
            k -= 1
        if head:
            phrase = "".join(head) + phrase
            skipped_verb = skipped_verb or toks[i][0]
    if len(phrase) > 12:
        phrase = phrase[-12:]
    topic = bool(phrase) and (skipped_verb is not None or i < 0)
    if skipped_verb and skipped_verb in rules.stop:
        skipped_verb = None
    return (phrase or None), skipped_verb, topic


_BASE_FRAME = re.compile(r"在([^，。；;在]{2,24})的基础上[^，。；;]{0,6}$")
_PHYSICAL = ("area", "length", "mass", "volume", "energy", "power")
_NEXT_FIGURE = re.compile(rf"(?:和|与|及|、)?(?:[0-9]+(?:\.[0-9]+)?|[{_CN_NUM}]+)[{_SCALES}]*")


def _subject(doc: _Doc, c: _Cand, prev: list[tuple[_Cand, str | None, bool]]) -> tuple[str | None, bool]:
    """The thing counted or measured, and whether it is a clause topic later facts may inherit."""
    if "table_head" in c.extra:
        return c.subject, False
    if c.kind == "rank" or c.extra.get("ratio"):
        before, _, topic = _noun_run_before(doc, c)
        if c.extra.get("ratio") and before:
            return before, topic
        # 获批数居全市第一: the noun right before the ranking verb in the same clause is what
        # is ranked; with none there (同比增长15.3%，位列三县两区第一) the clause topic is carried
        cs, _ = doc.clause(c.start)
        rank_verb = _RANK_VERB.search(doc.norm, cs, c.start)
        if rank_verb is not None and rank_verb.start() > cs:
            ranked, _, _ = _noun_run_before(doc, replace(c, start=rank_verb.start()))
            if ranked:
                return ranked, False
        return _changed_from(doc, c, prev) or _carried(doc, c, prev), False
    after, via_de = (None, False)
    unit_end = c.unit_start + len(c.unit or "")
    # a unit written last (15167套房屋), or a share written in words with no unit after it
    # (四分之一的国内航班, 五成企业, 百分之三十的资金): the noun that follows is the subject
    in_words = c.kind == "percent" and doc.norm[c.end - 1 : c.end] not in ("%", "")
    if c.unit and (unit_end == c.end or in_words):
        after, via_de = _noun_run_after(doc, c.end)
    if after and not via_de:
        return after, False
    if after and via_de and c.kind not in _PHYSICAL:
        return after, False
    quoted = _quoted_for(doc, c)
    if quoted:
        return quoted, False
    # 6大类67条政策库, 4晚5天之旅, 22.5万总吨和10万总吨邮轮泊位: the next figure's noun
    # names this one too
    nxt = _NEXT_FIGURE.match(doc.norm, c.end)
    if nxt is not None and c.kind not in _PHYSICAL:
        m = _unit_after(doc, nxt.end(), len(nxt.group(0)) - len(nxt.group(0).rstrip(_SCALES)))
        if m is not None:
            after2, _ = _noun_run_after(doc, nxt.end() - m[0] + len(m[1]))
            if after2:
                return after2, False
    # 供应土地169宗、314公顷: an enumeration shares its subject
    ss, _ = doc.clause(c.start, _SEGMENT_BREAK)
    if ss > 0 and doc.text[ss - 1] == "、" and prev and prev[-1][1] and not doc.text[ss : c.start].strip():
        return prev[-1][1], False
    # 占全部投资的89.4%: a share is a share of the topic, not of the whole it names
    cs, _ = doc.clause(c.start)
    if c.kind == "percent" and re.search(r"占[^，。；]*的$", doc.norm[cs : c.start]):
        carried = _carried(doc, c, prev, topic_only=True)
        if carried:
            return carried, False
    # 总成交金额：294.8 万元 — a label and its value
    w = max(0, c.start - 16)
    lab = re.search(
        r"[\n。；;，,]\s*([^\n。；;，,:：]{2,12})[:：]\s*$", ("\n" if w == 0 else "") + doc.text[w : c.start]
    )
    if lab:
        return lab.group(1).strip(), True
    # 减按90%计入收入总额, 按70%报销医疗费用: a rate "by which" a verb acts on the noun after it
    if doc.norm[max(0, c.start - 2) : c.start].endswith(("按", "按照")):
        acted = _object_of_next_verb(doc, c.end)
        if acted:
            return acted, False
    # 在现行最高贷款额度的基础上上浮10%: the figure changes the thing the frame names
    frame = _BASE_FRAME.search(doc.norm, cs, c.start)
    if frame is not None:
        framed, _, _ = _noun_run_before(doc, replace(c, start=frame.end(1)))
        if framed:
            return framed, False
    before, verb, topic = _noun_run_before(doc, c)
    if before:
        return before, topic
    if after:
        return after, False
    if isinstance(c.entry, MeasureWord) and c.entry.names_thing:
        same_unit = _carried(doc, c, prev, same_unit_only=True)
        if same_unit:
            return same_unit, False
        # 14亿人口: the measure word begins a longer noun, and that noun is what is counted
        unit = c.unit or ""
        toks = pos_tag(doc.norm[c.unit_start : c.end + 3]) if unit else []
        if toks and toks[0][0].startswith(unit) and len(toks[0][0]) > len(unit) and _is_nounish(toks[0][1]):
            return toks[0][0], False
        return c.unit, False
    carried = _changed_from(doc, c, prev) or _carried(doc, c, prev)
    if carried:
        return carried, False
    return verb, False


def _object_of_next_verb(doc: _Doc, pos: int) -> str | None:
    """The noun phrase after the verb that follows ``pos`` (…计入收入总额 -> 收入总额)."""
    _, se = doc.clause(pos, _SEGMENT_BREAK)
    toks = pos_tag(doc.text[pos : min(se, pos + 14)])
    if len(toks) < 2 or not toks[0][1].startswith("v") or len(toks[0][0]) < 2:
        return None
    run: list[str] = []
    for word, flag in toks[1:]:
        if word in doc.rules.stop or not (_is_nounish(flag) or word in doc.rules.suffixes):
            break
        run.append(word)
    return "".join(run) or None


def _quoted_for(doc: _Doc, c: _Cand) -> str | None:
    """“98天+2个月”的产假: a figure inside a quotation that qualifies the noun after it."""
    cs, ce = doc.clause(c.start)
    opening = doc.norm.rfind("“", cs, c.start)
    if opening < 0 or "”" in doc.norm[opening : c.start]:
        return None
    closing = doc.norm.find("”", c.end, ce)
    if closing < 0 or closing - opening > 24 or not doc.norm.startswith("的", closing + 1):
        return None
    noun, _ = _noun_run_after(doc, closing + 1)
    return noun


def _changed_from(doc: _Doc, c: _Cand, prev: list[tuple[_Cand, str | None, bool]]) -> str | None:
    """由1.1:50.3:48.6调整为0.7:50.7:48.6, 从12万人增至39.5万人: the new level is a level of the
    same thing as the figure it changed from, just before it in the clause."""
    if not prev or not prev[-1][1]:
        return None
    p, subj, _ = prev[-1]
    cs, _ = doc.clause(c.start)
    if p.start < cs:
        return None
    if c.start - p.end > 12:
        return None
    return subj if doc.rules.change_to.search(doc.norm, p.end, c.start) else None


def _carried(
    doc: _Doc,
    c: _Cand,
    prev: list[tuple[_Cand, str | None, bool]],
    topic_only: bool = False,
    same_unit_only: bool = False,
) -> str | None:
    """An elided subject: the clause topic named earlier in the sentence, else the last subject."""
    ss, _ = doc.sentence(c.start)
    same = [(subj, topic) for p, subj, topic in prev if p.start >= ss and subj]
    if c.unit and c.kind == "count":
        # 已交付780套…剩余420套: a count inherits from the last count of the same thing
        for p, subj, _ in reversed(prev):
            if p.start >= ss and subj and p.unit == c.unit and subj != c.unit:
                return subj
    if same_unit_only:
        return None
    for subj, topic in reversed(same):
        if topic:
            return subj
    if topic_only or not same:
        return None
    return same[-1][0]


# ---------------------------------------------------------------- checks


def _names_part(count_subject: str | None, rate_subject: str | None) -> bool:
    """发证 and 发证率, 交付 and 交付率: the rate is named after the count it divides."""
    if not count_subject or not rate_subject or len(count_subject) < 2:
        return False
    stem = rate_subject.rstrip("率")
    return stem != rate_subject and stem.endswith(count_subject)


def _checks(facts: list[Fact], doc: _Doc) -> tuple[list[Check], list[str]]:
    """Percentages that restate a ratio of two counts stated earlier (发证率88.02% = 13350/15167).

    A match within rounding anywhere before the percentage is recorded as consistent.
    A near miss is reported as inconsistent only when the rate and both counts stand
    in one sentence, where the relation is plain; elsewhere a near miss is chance.
    """
    checks: list[Check] = []
    warnings: list[str] = []
    counts: list[Fact] = []
    for pf in facts:
        if pf.kind == "count" and pf.value and pf.value > 0 and pf.unit:
            counts.append(pf)
            continue
        if pf.kind != "percent" or pf.value is None or not 0 < pf.value < 100 or pf.change:
            continue
        decimals = len(pf.text.split(".")[1].rstrip("%％")) if "." in pf.text else 0
        tol = 0.5 * 10**-decimals + 1e-9
        sentence = doc.sentence(pf.start)
        together = [f for f in counts if doc.sentence(f.start) == sentence]
        named = [f for f in counts if _names_part(f.subject, pf.subject)]
        best: tuple[float, Fact, Fact] | None = None
        # within the sentence any two counts may be part and whole; across the text only a
        # rate named after its count (发证 -> 发证率), divided by any count of the same unit
        for xs, ys in ((together, together), (named, counts)):
            for x in xs:
                for y in ys:
                    if x.unit != y.unit or not x.value or not y.value or x.value >= y.value:
                        continue
                    diff = abs(x.value / y.value * 100 - pf.value)
                    if best is None or diff < best[0]:
                        best = (diff, x, y)
        if best is None:
            continue
        diff, x, y = best
        computed = round(float(x.value or 0) / float(y.value or 1) * 100, max(decimals, 2))
        if diff <= tol:
            checks.append(
                Check(facts=[pf.id, x.id, y.id], stated=pf.value, computed=computed, consistent=True)
            )
        elif (
            diff <= max(0.5, pf.value * 0.01)
            and (pf.subject or "").endswith("率")
            and doc.sentence(x.start) == sentence == doc.sentence(y.start)
        ):
            checks.append(
                Check(facts=[pf.id, x.id, y.id], stated=pf.value, computed=computed, consistent=False)
            )
            warnings.append(f"fact {pf.id} ({pf.text}) does not match {x.text}/{y.text} = {computed}%")
    return checks, warnings


# ---------------------------------------------------------------- entry point

_REPORT_YEAR = re.compile(r"((?:19|20)[0-9]{2})年.{0,20}(?:公报|报告|总结|统计|年报|决算|预算)")


def find_facts(
    text: str,
    patterns: Patterns,
    published_at: str | None = None,
    title: str | None = None,
) -> tuple[list[Fact], list[Check], list[str]]:
    """All facts in ``text`` (the document text), with cross-checks and warnings.

    ``published_at`` (ISO) anchors relative times; ``title`` may name the year
    a report is about (2022年…统计公报), which then anchors 全年/年末.
    """
    rules = _compile(patterns)
    published = _iso_date(published_at)
    report_year = None
    if title and (m := _REPORT_YEAR.search(title)):
        report_year = int(m.group(1))
    doc = _Doc(text, published, report_year, rules)
    cands = _Scanner(doc).scan()
    facts: list[Fact] = []
    prev: list[tuple[_Cand, str | None, bool]] = []
    for c in cands:
        subject, topic = _subject(doc, c, prev)
        prev.append((c, subject, topic))
        t = _time_for(doc, c)
        cs, _ = doc.clause(c.start)
        clause_before = c.extra.get("table_head") or doc.norm[cs : c.start]
        change = _nearest_word(clause_before, rules.changes, exclude_next="值率点")
        basis = _nearest_word(clause_before, rules.basis)
        ss, se = doc.sentence(c.start)
        value = to_json_number(c.value) if c.value is not None else None
        si_value = si_unit = None
        entry = c.entry
        currency = entry.currency if isinstance(entry, UnitEntry) else None
        if (
            isinstance(entry, UnitEntry)
            and entry.si_factor is not None
            and value is not None
            and c.kind != "other"
        ):
            si_value = to_json_number(Decimal(str(value)) * Decimal(str(entry.si_factor)))
            si_unit = entry.si_unit
        facts.append(
            Fact(
                id=len(facts) + 1,
                kind=c.kind,  # type: ignore[arg-type]
                value=value,
                low=to_json_number(c.low) if c.low is not None else None,
                high=to_json_number(c.high) if c.high is not None else None,
                unit=c.unit,
                currency=currency,
                qualifier=_qualifier(doc, c),  # type: ignore[arg-type]
                change=change,  # type: ignore[arg-type]
                basis=basis,  # type: ignore[arg-type]
                subject=subject,
                time=_time_ref(t),
                status="planned" if _planned(doc, c, t) else "reported",
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                sentence=text[ss:se].strip(),
                si_value=si_value,
                si_unit=si_unit,
            )
        )
    checks, warnings = _checks(facts, doc)
    return facts, checks, warnings


def _time_ref(t: TimeExpr | None) -> TimeRef | None:
    if t is None:
        return None
    return TimeRef(
        text=t.text,
        type=t.type,  # type: ignore[arg-type]
        start=t.first.isoformat() if t.first else None,
        end=t.last.isoformat() if t.last else None,
    )


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
