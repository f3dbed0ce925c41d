"""Finding figures in running text: a number, its scale, its unit, ranges, shares, ranks and ratios.

The scan is regex-driven over the normalized text (numbers, scales, units from
``patterns/``); each match becomes a :class:`Candidate` or is passed over (dates,
codes, model names, addresses, set phrases, vague counts).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..rules.patterns import MeasureWord, UnitEntry
from .candidate import Candidate
from .context import ArticleText
from .numerals import parse_number
from .tables import table_cells
from .text import CLAUSE_BREAK, CN_DIGIT_RE, NUM_RE, RANGE_SEP, SCALES
from .units import inside_word, kind_of, match_unit, read_number, unit_after

# starts only where a number starts: inside a long run of digits a start at every position
# would make the scan quadratic
_RATIO_RE = re.compile(r"(?<![0-9.])[0-9]+(?:\.[0-9]+)?(?:[:：][0-9]+(?:\.[0-9]+)?){2,}")
_COMPOUND_RE = re.compile(r"/(平方米|平方公里|千瓦时|立方米|公里|小时|[秒年月天日人吨亩件户次])")
_VAGUE_BEFORE = ("数", "几", "若干", "好几", "上")
_DEMONSTRATIVE = "这那哪每该此其前后第"
_YEAR_AFTER = "前后来代度初底末中间里内"
_ADDRESS_UNITS = frozenset({"栋", "幢", "组", "单元", "室", "楼", "号", "座", "层", "区", "排"})
_PLACE_SUFFIX = "村路街巷弄区镇乡里苑园庄道号楼栋"


class Scanner:
    """The figures of one document, prose and tables, in text order."""

    def __init__(self, doc: ArticleText) -> None:
        self.doc = doc
        self.cands: list[Candidate] = []

    def scan(self) -> list[Candidate]:
        doc = self.doc
        pos = 0
        for m in _RATIO_RE.finditer(doc.norm):
            if not doc.is_blocked(m.start(), m.end()):
                self.cands.append(
                    Candidate(
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
            found = NUM_RE.search(doc.norm, pos)
            if found is None:
                break
            pos = found.end()
            if any(s <= found.start() < e for s, e in ratio_spans):
                continue
            cand = self._candidate(found)
            if cand is not None:
                self.cands.append(cand)
                pos = max(pos, cand.end)
        self.cands += table_cells(doc, [(c.start, c.end) for c in self.cands])
        self.cands.sort(key=lambda c: c.start)
        return self.cands

    def _candidate(self, m: re.Match[str]) -> Candidate | None:
        doc, norm = self.doc, self.doc.norm
        read = read_number(doc, m)
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
            m2 = NUM_RE.match(norm, b + 2)
            if m2 is None:
                return None
            read2 = read_number(doc, m2)
            if read2 is None or value == 0:
                return None
            pct = read2[0] / value * 100
            return self._finish(
                Candidate(
                    start, m2.end(), start, m2.end(), pct, unit="%", kind="percent", unit_start=m2.end()
                )
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
            if match_unit(doc, q) is not None:
                if m_scale and m_scale.group(0):
                    value *= parse_number("1" + m_scale.group(0))
                p = q
        trailing_scale = len(core) - len(core.rstrip(SCALES)) if p == b else 0
        if kind_hint == "percent":
            cand = Candidate(
                start, p, start, p, value, unit="%", kind="percent", qualifier=qualifier, unit_start=p
            )
            return self._finish(cand)
        hit = unit_after(doc, p, trailing_scale)
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
                and not CN_DIGIT_RE.match(norm[p + 1 : p + 2])
            ):
                nxt = norm[p + 1 : p + 2]
                if nxt and nxt not in "以左上的，。、；！？多":
                    return None
                return self._finish(
                    Candidate(start, p + 1, a, b, value * 10, unit="%", kind="percent", qualifier=qualifier)
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
        if is_cn and inside_word(norm, a, unit_end):
            return None  # 五家渠市, 三十六计: the numeral begins a name or an idiom
        if re.match(r"“[^”]{1,8}”", norm[unit_end : unit_end + 10]):
            return None  # 8个“还有之”: a count of slogans, not of things
        if unit in _ADDRESS_UNITS and (
            norm[unit_end : unit_end + 1].isdigit() or (a > 0 and norm[a - 1] in _PLACE_SUFFIX)
        ):
            return None  # 1区9栋57号, 河东村6组: an address
        kind = kind_of(entry)
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
        cand = Candidate(
            start, end, a, b, value, unit=unit, kind=kind, entry=entry, qualifier=qualifier, unit_start=p
        )
        # a range whose first number carries its unit: 15%至20%
        m_sep = RANGE_SEP.match(norm, end)
        if m_sep and not mc:
            m2 = NUM_RE.match(norm, m_sep.end())
            if m2 is not None:
                read2 = read_number(doc, m2)
                if read2 is not None:
                    hit2 = unit_after(doc, m2.end(), 0)
                    if hit2 and hit2[1] == unit:
                        cand.low, cand.high, cand.value = value, read2[0], None
                        cand.end = m2.end() + len(unit)
                        cand.unit_start = m2.end()
        return self._finish(cand)

    def _range(self, start: int, a: int, b: int, value: Decimal, core: str, p: int) -> Candidate | None:
        """3至5年, 10-15万元: a number without a unit, a range mark, a number with one."""
        doc, norm = self.doc, self.doc.norm
        m_sep = RANGE_SEP.match(norm, p)
        if not m_sep:
            return None
        m2 = NUM_RE.match(norm, m_sep.end())
        if m2 is None:
            return None
        read2 = read_number(doc, m2)
        if read2 is None:
            return None
        high = read2[0]
        core2 = m2.group(0)
        trailing = len(core2) - len(core2.rstrip(SCALES))
        hit = unit_after(doc, m2.end(), trailing)
        if hit is None:
            return None
        give, unit, entry = hit
        if give:
            high = parse_number(core2[: len(core2) - give])
        unit_start = m2.end() - give
        low = value
        scale2 = core2[len(core2.rstrip(SCALES)) : len(core2) - give] if trailing else ""
        if scale2 and core == core.rstrip(SCALES):
            low = value * parse_number("1" + scale2)
        kind = kind_of(entry)
        if unit == "年" and (low >= 1000 or high >= 1000):
            return None
        return self._finish(
            Candidate(
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

    def _vague_range(self, m: re.Match[str]) -> Candidate | None:
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
        hit = unit_after(self.doc, m.end(), 0)
        if hit is None:
            return None
        _, unit, entry = hit
        kind = kind_of(entry)
        return self._finish(
            Candidate(
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
        return any(w in before[-10:] for w in self.doc.rules.rank_context)

    def _rank(
        self, start: int, a: int, end: int, value: Decimal, unit: str | None = None
    ) -> Candidate | None:
        if self.doc.is_blocked(start, end):
            return None
        nxt = self.doc.norm[end : end + 1]
        if unit is None and nxt and nxt not in CLAUSE_BREAK + "、）)":
            return None  # 第一方阵, 第二个在月球上行走的人: an ordinal inside a name
        return Candidate(start, end, a, end, value, unit=unit, kind="rank", unit_start=end)

    def _finish(self, cand: Candidate) -> Candidate | None:
        if self.doc.is_blocked(cand.num_start, cand.end):
            return None
        return cand
