"""Rules as data: load, validate and merge the TOML files under ``patterns/``.

The package's own files ship inside the wheel (``gov_facts/patterns``); in a
source checkout they are read from the repository's top-level ``patterns/``.
Users add files with ``--patterns FILE``; every file has the same shape (any
subset of the sections below), is validated on load, and a bad one raises
:class:`PatternError` naming the file, the entry and the reason.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, ValidationError
from pydantic.version import VERSION as PYDANTIC_VERSION

from ..core.defaults import empty_list
from ..core.errors import PatternError
from ..core.models import Kind
from . import checked_models, table_cache
from .page_rules import ChromeRules, MetadataRules
from .place_rules import PlaceRules
from .regex_safety import check_regex
from .script_rules import ScriptRules
from .word_lists import WordLists


def _toml() -> Any:
    """The TOML parser, imported only when a file is parsed: a start whose built-in patterns come
    from the cache (:func:`_cached`) parses none, and importing ``tomllib`` compiles its regexes."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    return tomllib


def _not_empty(values: list[str]) -> list[str]:
    if any(not v.strip() for v in values):
        raise ValueError("a variant is empty")
    return values


def _regexes(values: list[str]) -> list[str]:
    return [check_regex(v) for v in values]


def _region_codes(values: dict[str, str]) -> dict[str, str]:
    for region, code in values.items():
        if not re.fullmatch(r"[0-9]{2}", region) or not re.fullmatch(r"[A-Z]{3}", code):
            raise ValueError(f"{region} = {code}: a region is two digits, a currency three capitals")
    return values


@dataclass(frozen=True)
class UnitEntry:
    """A unit written after a number: its kind, SI conversion or currency."""

    __pydantic_config__ = checked_models.STRICT

    unit: Annotated[str, Field(min_length=1)]
    kind: Kind
    si_unit: str | None = None
    si_factor: float | None = None
    currency: Annotated[str | None, Field(pattern=r"^[A-Z]{3}$")] = None
    #: written only after a numeral that is not a bare 一 (晚 in 4晚, not 一晚上)
    needs_number: bool = False


@dataclass(frozen=True)
class MeasureWord:
    """A classifier (套, 户, 个...) that makes a number a count."""

    __pydantic_config__ = checked_models.STRICT

    word: Annotated[str, Field(min_length=1)]
    #: the measure word itself names what is counted (13281户 -> 户)
    names_thing: bool = False
    #: a count only after Arabic digits: after a Chinese numeral the word makes an ordinal or a
    #: name (5期 培训 but 二期工程, 8门课 but 一门心思)
    needs_number: bool = False
    #: a count only after a Chinese numeral: after Arabic digits the word makes a type, model or
    #: area name (三型火箭 but 2型糖尿病, 两区 but 3区)
    chinese_only: bool = False
    #: the word is also the head of the nouns it counts (租賃站1,025站, 國中小245校): where it
    #: opens a dictionary noun with the character after it (3校区, 5站点) it measures nothing
    head_noun: bool = False


@dataclass(frozen=True)
class CurrencySymbol:
    """A currency written before the amount: a symbol or code (US$, ¥, €, HK$, MOP) or a name (人民币)."""

    __pydantic_config__ = checked_models.STRICT

    symbol: Annotated[str, Field(min_length=1)]
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")]
    #: the unit the symbol stands for, when it is a sign for one (￥ and ¥ are 元); else the symbol
    #: is the unit as written (US$, HK$)
    unit: str | None = None


@dataclass(frozen=True)
class IndicatorEntry:
    """An indicator followed across articles (``gov-facts series``): its name and the other ways
    articles write its subject (安置房: 安置住房, 回迁房…)."""

    __pydantic_config__ = checked_models.STRICT

    name: Annotated[str, Field(min_length=1)]
    variants: Annotated[list[str], AfterValidator(_not_empty)] = field(default_factory=empty_list)


@dataclass(frozen=True)
class Placement:
    """Cue words by where they stand relative to the number."""

    __pydantic_config__ = checked_models.STRICT

    before: list[str] = field(default_factory=empty_list)
    after: list[str] = field(default_factory=empty_list)


@dataclass(frozen=True)
class PatternFile(WordLists):
    """One patterns file; every section is optional and files are merged in order."""

    units: list[UnitEntry] = field(default_factory=empty_list)
    measure_words: list[MeasureWord] = field(default_factory=empty_list)
    qualifiers: dict[Literal["approx", "at_least", "more_than", "at_most", "less_than"], Placement] = field(
        default_factory=dict
    )
    #: words that end with a bound word but bound nothing (已签约203户, 节约120万元)
    bound_lookalikes: list[str] = field(default_factory=empty_list)
    changes: dict[Literal["increase", "decrease", "to"], list[str]] = field(default_factory=dict)
    #: change words that count only right before their figure (加快1.2个百分点; 加快建设…1200个 is
    #: no change): read as ``changes`` at the reach of a one-character word
    close_changes: dict[Literal["increase", "decrease"], list[str]] = field(default_factory=dict)
    #: a price or a fee cut or raised (降价69%): close change words that end no subject (降价潮)
    price_changes: dict[Literal["increase", "decrease"], list[str]] = field(default_factory=dict)
    basis: dict[Literal["year_on_year", "month_on_month"], list[str]] = field(default_factory=dict)
    planned_cues: list[str] = field(default_factory=empty_list)
    not_planned: list[str] = field(default_factory=empty_list)
    not_planned_patterns: Annotated[list[str], AfterValidator(_regexes)] = field(default_factory=empty_list)
    target_verbs: list[str] = field(default_factory=empty_list)
    #: words that make the whole of a share a plan (完成年度计划的107.2%: the plan is the subject)
    plan_wholes: list[str] = field(default_factory=empty_list)
    work_verbs: list[str] = field(default_factory=empty_list)
    forecast_cues: list[str] = field(default_factory=empty_list)
    directive_cues: list[str] = field(default_factory=empty_list)
    #: 加快部署，…: a word before a directive cue that makes it the work under way
    directive_not_after: list[str] = field(default_factory=empty_list)
    #: 项目建成后，…: a first clause naming a completion still ahead; with a modal (可, 将) in the
    #: figure's clause, the figure is what the finished thing will do
    completion_openers: list[str] = field(default_factory=empty_list)
    #: words that sum up what a plan makes: a later clause with one continues the plan
    plan_totals: list[str] = field(default_factory=empty_list)
    #: words of a rule's rate (标准, 补助, 收购价, 不超过): a money rate per unit with one is a rule
    rule_rate_words: list[str] = field(default_factory=empty_list)
    #: verbs after a figure that 按 opens a rule with (按低保标准的1.3倍确定, 按…的90%发放)
    rule_verbs: list[str] = field(default_factory=empty_list)
    #: adverbs that go on with a plan before a later clause's verb (下半年再新建)
    plan_adverbs: list[str] = field(default_factory=empty_list)
    #: plan words that mark a future only right before a verb (会 in 并会在…开放, not 会议, 社会)
    modal_cues: list[str] = field(default_factory=empty_list)
    #: adverbs before such a modal that make it a habit, not a future (每年都会, 一般会)
    habitual_adverbs: list[str] = field(default_factory=empty_list)
    comparison_determiners: list[str] = field(default_factory=empty_list)
    people_measure_words: list[str] = field(default_factory=empty_list)
    subject_stop_words: list[str] = field(default_factory=empty_list)
    subject_nouns: list[str] = field(default_factory=empty_list)
    #: heads that name a quantity: a count after 为 measures the quantity named (总建屋量约为N个单位)
    quantity_names: list[str] = field(default_factory=empty_list)
    domain_nouns: list[str] = field(default_factory=empty_list)
    domain_verbs: list[str] = field(default_factory=empty_list)
    event_measure_words: list[str] = field(default_factory=empty_list)
    case_measure_words: list[str] = field(default_factory=empty_list)
    rank_verbs: list[str] = field(default_factory=empty_list)
    rank_cues: list[str] = field(default_factory=empty_list)
    rank_scopes: list[str] = field(default_factory=empty_list)
    rank_titles: list[str] = field(default_factory=empty_list)
    ranking_lists: list[str] = field(default_factory=empty_list)
    rank_degrees: list[str] = field(default_factory=empty_list)
    rank_measures: list[str] = field(default_factory=empty_list)
    table_header_units: dict[str, str] = field(default_factory=dict)
    #: table headers that name a count with no unit (数量): their whole-number cells are counts
    table_count_headers: list[str] = field(default_factory=empty_list)
    #: table headers of a total column (总计, 合计): a table that adds its cells up counts things
    table_total_heads: list[str] = field(default_factory=empty_list)
    currency_symbols: list[CurrencySymbol] = field(default_factory=empty_list)
    #: the dollar a bare 元 or $ means on a traditional-script page of a region (its code's first
    #: two digits: "81" Hong Kong -> HKD)
    local_dollars: Annotated[dict[str, str], AfterValidator(_region_codes)] = field(default_factory=dict)
    index_point_cues: list[str] = field(default_factory=empty_list)
    score_cues: list[str] = field(default_factory=empty_list)
    #: N点 as the points of a speech (讲了三点意见, 想说八点：), never a time of day: the nouns
    #: after it and the verbs of saying right before it
    point_nouns: list[str] = field(default_factory=empty_list)
    point_verbs: list[str] = field(default_factory=empty_list)
    #: nouns that statistics count with a bare number, no measure word (全县有11乡镇, 85社区居委会)
    counted_nouns: list[str] = field(default_factory=empty_list)
    #: tiers of government written together before N级 (省市县三级, 县乡两级): a count of tiers
    tier_names: list[str] = field(default_factory=empty_list)
    money_cues: list[str] = field(default_factory=empty_list)
    duration_leads: list[str] = field(default_factory=empty_list)
    #: words right after a Chinese numeral and 年 that make it a duration (五年时间里, 两千多年历史)
    duration_tails: list[str] = field(default_factory=empty_list)
    degree_cues: list[str] = field(default_factory=empty_list)
    #: words of electricity (用电, 千瓦时): 度 in their sentence or page is kilowatt hours
    energy_cues: list[str] = field(default_factory=empty_list)
    duration_windows: list[str] = field(default_factory=empty_list)
    #: words that refer back to a span of days or a period named before (假期期间, 同期), and the
    #: words before a time and 的 that make it a share's baseline (恢复至2019年同期的88.4%)
    period_anaphors: list[str] = field(default_factory=empty_list)
    same_period_anaphors: list[str] = field(default_factory=empty_list)
    share_leads: list[str] = field(default_factory=empty_list)
    #: nouns of a comparison's base right after a time (上年同期基数较高): the time is a baseline
    base_nouns: list[str] = field(default_factory=empty_list)
    #: a person's life events a time may date in a clause of who counts (1986年6月8日以后出生)
    life_events: list[str] = field(default_factory=empty_list)
    #: a thing's making a bound time picks out (2000年底前建成的老旧小区): the time dates no figure
    built_events: list[str] = field(default_factory=empty_list)
    #: words ending a clause that names the topic before a sentence's time (价格方面，; 从价格看，)
    topic_frames: list[str] = field(default_factory=empty_list)
    #: verbs of a release whose object is a period's data (公布113年觀光統計，)
    release_verbs: list[str] = field(default_factory=empty_list)

    set_phrases: list[str] = field(default_factory=empty_list)
    set_phrase_patterns: Annotated[list[str], AfterValidator(_regexes)] = field(default_factory=empty_list)
    indicators: list[IndicatorEntry] = field(default_factory=empty_list)
    chrome: ChromeRules | None = None
    metadata: MetadataRules | None = None
    script: ScriptRules | None = None
    places: PlaceRules | None = None


@dataclass(frozen=True)
class PatternSource:
    """Where a loaded file came from and what it contributed (for ``gov-facts patterns``)."""

    path: str
    counts: dict[str, int]


@dataclass(frozen=True, eq=False)
class Patterns:
    """All rules in force for a run: the merged files plus where each came from."""

    rules: PatternFile
    sources: tuple[PatternSource, ...] = field(default_factory=tuple)

    @property
    def chrome(self) -> ChromeRules:
        return self.rules.chrome or ChromeRules()

    @property
    def metadata(self) -> MetadataRules:
        return self.rules.metadata or MetadataRules()

    @property
    def script(self) -> ScriptRules:
        return self.rules.script or ScriptRules()

    @property
    def places(self) -> PlaceRules:
        return self.rules.places or PlaceRules()


def builtin_dir() -> Path:
    """The package's own patterns folder, installed or in a source checkout."""
    package = Path(__file__).resolve().parent.parent  # gov_facts/
    for candidate in (package / "patterns", package.parent.parent / "patterns"):
        if candidate.is_dir() and any(candidate.glob("*.toml")):
            return candidate
    raise PatternError(f"the built-in patterns folder is missing (looked in {package / 'patterns'})")


def _describe(exc: ValidationError) -> str:
    return "; ".join(f"entry {where}: {message}" for where, message in checked_models.messages(exc))


def load_file(path: Path, data: bytes | None = None) -> PatternFile:
    """Parse and validate one patterns file (``data``: its bytes, already read), or raise
    PatternError saying what is wrong."""
    tomllib = _toml()
    try:
        text = (path.read_bytes() if data is None else data).decode("utf-8")
        raw = tomllib.loads(text.replace("\r\n", "\n").replace("\r", "\n"))  # as read_text() reads
    except OSError as exc:
        raise PatternError(f"{path}: cannot read patterns file ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise PatternError(f"{path}: patterns file is not UTF-8 ({exc.reason})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise PatternError(f"{path}: invalid TOML syntax: {exc}") from exc
    try:
        return checked_models.validate(PatternFile, raw)
    except ValidationError as exc:
        raise PatternError(f"{path}: {_describe(exc)}") from exc


def _merge(base: Any, extra: Any) -> Any:
    if isinstance(base, dict) and isinstance(extra, dict):
        out = dict(base)
        for key, value in extra.items():
            out[key] = _merge(out[key], value) if key in out and out[key] is not None else value
        return out
    if isinstance(base, list) and isinstance(extra, list):
        return base + [v for v in extra if v not in base]
    return extra if extra is not None else base


def _counts(pf: PatternFile) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name, value in checked_models.dump(pf).items():
        size = len(value) if isinstance(value, (list, dict)) else 1
        if size:
            counts[name] = size
    return counts


def load_patterns(extra_files: Sequence[str | Path] = ()) -> Patterns:
    """The built-in patterns merged with the user's files, in the order given."""
    return _load(tuple(str(p) for p in extra_files))


@lru_cache(maxsize=8)
def _load(extra_files: tuple[str, ...]) -> Patterns:
    paths: list[Path] = sorted(builtin_dir().glob("*.toml")) + [Path(p) for p in extra_files]
    if extra_files:
        return _read_all(paths)[0]
    return _cached(paths)


#: the modules whose models say what a valid patterns file is: a cache they did not check is not used
_SCHEMA = (
    __name__,
    "gov_facts.rules.page_rules",
    "gov_facts.rules.place_rules",
    "gov_facts.rules.script_rules",
    "gov_facts.rules.word_lists",
)
#: what a cache was made by: the schema, a kind's names, the regex check (a cache other code checked
#: is not used), and the shape it holds (the validated models' plain form, sealed) with pydantic's version
_KEY_MODULES = (*_SCHEMA, "gov_facts.core.models", "gov_facts.rules.regex_safety", checked_models.__name__)
_CACHE_FORM = ("checked-dataclasses-2", PYDANTIC_VERSION)


def _cached(paths: list[Path]) -> Patterns:
    """The built-in patterns, their validated merge kept in a cache file (:mod:`.table_cache`: only
    for those bytes, version and code) and made again without validating (:mod:`.checked_models`)."""
    try:
        files_key, data = table_cache.files_key(paths)  # (the files read only if the cache misses)
    except OSError:
        return _read_all(paths)[0]  # names the file that cannot be read
    key = (*table_cache.cache_key(files_key, _KEY_MODULES), _CACHE_FORM)

    def from_cache(saved: Any) -> Patterns:
        sealed, counts = saved  # a cache of another shape, or damaged, raises: the files are read again
        rules = checked_models.from_plain(checked_models.unseal(sealed), _SCHEMA)
        if type(rules) is not PatternFile:
            raise ValueError("not the patterns")
        return Patterns(rules=rules, sources=tuple(PatternSource(p, c) for p, c in counts))

    def from_files() -> tuple[Patterns, Any]:
        patterns, _ = _read_all(paths, data)  # the bytes keyed (or read now: see files_key)
        try:
            sealed = checked_models.seal(checked_models.to_plain(patterns.rules))
        except TypeError:  # a value of a type with no plain form: nothing is kept (a test says so)
            return patterns, None
        return patterns, (sealed, [(s.path, s.counts) for s in patterns.sources])

    where = table_cache.cache_path("patterns", paths[0].parent if paths else builtin_dir())
    return table_cache.load_or_derive(where, key, from_cache, from_files)


def _read_all(paths: list[Path], data: list[bytes] | None = None) -> tuple[Patterns, dict[str, Any]]:
    """The files read, validated one by one, merged and validated as a whole; and the merged dict."""
    merged: dict[str, Any] = {}
    sources: list[PatternSource] = []
    for i, path in enumerate(paths):
        pf = load_file(path, data[i] if data is not None else None)
        sources.append(PatternSource(str(path), _counts(pf)))
        merged = _merge(merged, checked_models.dump(pf))
    try:
        rules = checked_models.validate(PatternFile, merged)
    except ValidationError as exc:  # pragma: no cover - each file was valid on its own
        raise PatternError(f"merged patterns: {_describe(exc)}") from exc
    return Patterns(rules=rules, sources=tuple(sources)), merged


def iter_words(groups: Iterable[Iterable[str]]) -> list[str]:
    """All words of several lists, longest first, for greedy matching."""
    return sorted({w for g in groups for w in g}, key=lambda w: (-len(w), w))
