"""The fact engine: every figure an article states, normalized and located.

A fact is a number with a unit or measure word (or a rank, or a ratio) in the
body text. :mod:`.scan` finds the figures; then each is given its subject
(:mod:`.subject`), time (:mod:`.timing`), status (:mod:`.status`) and qualifier,
change and basis (:mod:`.qualifier`); :mod:`.checks` compares stated rates with
the counts they restate. jieba's POS tags are used only on the few characters
around each fact that the subject search needs, because tagging whole articles
is slow. All of this reads the text's simplified shadow (:mod:`.shadow`); the record keeps
the text as written, and subject, unit and time text are written in the script asked for.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from decimal import Decimal

from ..core.models import Check, Fact, TimeRef
from ..rules.patterns import Patterns, UnitEntry
from . import money
from .candidate import Candidate
from .checks import find_checks
from .comparison_notes import follow_the_noted
from .context import ArticleText
from .fiscal_years import hong_kong_region
from .level_moves import moved_change
from .nearest_words import nearest_word
from .numerals import to_json_number
from .place import locate
from .place_document import Where
from .qualifier import figure_change, qualifier_of
from .regional_times import roc_region
from .rulebook import rulebook_for
from .scan import Scanner
from .shadow import Script, holds_traditional, in_script
from .status import is_planned
from .subject_place import PlacesOnDemand
from .subjects import Subjects
from .tagging import add_words
from .time_expressions import TimeExpr
from .time_reports import report_year_of, title_shadow
from .time_scopes import TimeScopes
from .timing import time_ref, times_for

#: no time expression that holds a number is longer than this (截止到2023年12月31日以前)
_LONGEST_TIME = 24


def find_facts(
    text: str,
    patterns: Patterns,
    published: date | None = None,
    title: str | None = None,
    script: Script = "original",
    where: Where | None = None,
) -> tuple[list[Fact], list[Check], list[str]]:
    """All facts in ``text`` (the document text), with cross-checks and warnings.

    ``published`` (the publish date) anchors relative times; ``title`` may name the
    year a report is about (2022年…统计公报), which then anchors 全年/年末. ``script``
    writes subject, unit and time text as the page does (``original``) or in simplified
    characters (``simplified``); offsets, ``text`` and ``sentence`` are the text's either way.
    ``where`` (the page's place, :func:`.place.page_place`) is each fact's place when its
    text names none.
    """
    rules = rulebook_for(patterns)
    add_words(rules.domain_words)
    code = where.pick.code if where is not None else None
    roc = roc_region(code)
    era = bool(roc) or (roc is None and title is not None and holds_traditional(title, rules.traditional))
    doc = ArticleText(
        text,
        published,
        report_year_of(title_shadow(rules, title), rules.words, era, published),
        rules,
        roc,
        hong_kong_region(code),
    )
    places = PlacesOnDemand(doc, patterns, where)
    subjects = Subjects(doc, places)
    scopes = TimeScopes(doc, title)
    facts: list[Fact] = []
    scanner = Scanner(doc)
    bare: list[bool] = []  # money in a bare 元 or $ of a traditional-script text
    refs: dict[TimeExpr, TimeRef] = {}
    for c in scanner.scan():
        if _inside_a_time(doc, c) and not c.extra.get("not_a_time"):
            continue
        facts.append(_fact(doc, c, len(facts) + 1, subjects, scopes, script, refs))
        bare.append(money.bare_dollar(doc, c))
    follow_the_noted(doc, facts)  # 8,937宗（二○二四年：9,215宗）: the note's figure is of 火警
    locate(facts, places.get() if facts else None)
    if any(bare):
        money.local_dollars(facts, bare, patterns.rules.local_dollars, code)
    checks, warnings = find_checks(facts, doc)
    return facts, checks, scanner.warnings + warnings


def _time_ref(
    refs: dict[TimeExpr, TimeRef], t: TimeExpr | None, doc: ArticleText, script: Script
) -> TimeRef | None:
    """The record's time of ``t``, one per time expression of the page: the figures of a sentence
    share its times, and each TimeRef validated anew cost some 14k instructions (a page's 2,632
    times asked were 304 expressions in the corpus). Keyed by the expression, its place included, as
    the text written back in the page's script is read at its place: written once, before the
    TimeRef (frozen, shared) is made."""
    if t is None:
        return None
    ref = refs.get(t)
    if ref is None:
        written = None
        if doc.shadow is not doc.text:  # read off the shadow: written back in the script asked for
            written = in_script(t.text, script, doc.text, doc.shadow, doc.norm, t.start)
        ref = time_ref(t, written)
        if ref is not None:
            refs[t] = ref
    return ref


def _inside_a_time(doc: ArticleText, c: Candidate) -> bool:
    """A number that is part of a time expression (前8个月, 近三年, 五年来) is a time, not a fact."""
    i = bisect_right(doc.time_starts, c.num_start) - 1
    while i >= 0 and doc.times[i].start >= c.num_start - _LONGEST_TIME:
        if doc.times[i].end >= c.num_end:
            return True
        i -= 1
    return False


def _fact(
    doc: ArticleText,
    c: Candidate,
    fact_id: int,
    subjects: Subjects,
    scopes: TimeScopes,
    script: Script,
    refs: dict[TimeExpr, TimeRef],
) -> Fact:
    """One candidate as a fact: its subject, time, status, qualifier, change and basis decided."""
    rules = doc.rules
    subject = subjects.of(c)
    t, wider = times_for(doc, c, scopes)
    time, scope_time = _time_ref(refs, t, doc, script), _time_ref(refs, wider, doc, script)
    unit = c.unit
    if doc.shadow is not doc.text:  # read off the shadow: written back in the script asked for
        subject = in_script(subject, script, doc.text, doc.shadow, doc.norm, c.start)
        unit = in_script(unit, script, doc.text, doc.shadow, doc.norm, c.unit_start)
    cs, _ = doc.clause(c.start)
    clause_before = c.extra.get("table_head") or doc.norm[cs : c.start]
    change = moved_change(doc, c, clause_before, figure_change(doc, c, clause_before))
    if change == "increase" and c.value is not None and c.value < 0:
        change = "decrease"  # 同比增长（%） | -2.7, 增长-3.2%: a rise by a negative figure is a fall
    basis = nearest_word(clause_before, rules.basis)
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
    return Fact(
        id=fact_id,
        kind=c.kind,  # type: ignore[arg-type]
        value=value,
        low=to_json_number(c.low) if c.low is not None else None,
        high=to_json_number(c.high) if c.high is not None else None,
        unit=unit,
        currency=currency,
        qualifier=qualifier_of(doc, c),  # type: ignore[arg-type]
        change=change,  # type: ignore[arg-type]
        basis=basis,  # type: ignore[arg-type]
        subject=subject,
        time=time,
        status="planned" if is_planned(doc, c, t) else "reported",
        text=doc.text[c.start : c.end],
        start=c.start,
        end=c.end,
        sentence=doc.text[ss:se].strip(),
        si_value=si_value,
        si_unit=si_unit,
        scope_time=scope_time,
    )
