"""The public output contract, schema ``gov-facts/1`` (see README, "Output schema").

Field names and meanings here are a promise to users' jq/pandas/DuckDB code:
add fields only, and change or remove one only with a schema version bump.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .defaults import empty_list
from .schema import SCHEMA

Kind = Literal[
    "count",
    "money",
    "percent",
    "percentage_point",
    "area",
    "length",
    "mass",
    "volume",
    "energy",
    "power",
    "duration",
    "multiple",
    "rank",
    "other",
]
KINDS: tuple[str, ...] = Kind.__args__  # type: ignore[attr-defined]
Qualifier = Literal["exact", "approx", "at_least", "more_than", "at_most", "less_than"]
QUALIFIERS: tuple[str, ...] = Qualifier.__args__  # type: ignore[attr-defined]
Change = Literal["increase", "decrease", "to"]
Basis = Literal["year_on_year", "month_on_month"]
TimeType = Literal["point", "period", "as_of", "deadline"]
Status = Literal["reported", "planned"]
PlaceLevel = Literal["country", "province", "city", "county", "township", "zone"]
#: where the document's place was read: the title, 来源, 发布机构, the site's name, its URL, the text
PlaceClue = Literal["title", "source", "publisher", "site", "url", "text"]
Number = int | float


class TimeRef(BaseModel):
    """The time a fact refers to; dates are ISO and null when unresolved. Frozen: the facts of a
    sentence share one (the fact stage makes one per time expression of a page)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    type: TimeType
    start: str | None = None
    end: str | None = None


class Place(BaseModel):
    """The place a figure refers to: a division of China (GB/T 2260 code), a zone, or a country.

    ``text`` is how the article names it (宣城, 全市, 我县), null when the place is the document's,
    taken for want of any in the text; ``code`` is null for a name the divisions table does not hold,
    or that two divisions share and nothing tells apart (朝阳区).
    """

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    name: str | None
    code: str | None = None
    level: PlaceLevel


class DocumentPlace(Place):
    """The place the page speaks for, and where it was read (``found_in``)."""

    found_in: PlaceClue


class Fact(BaseModel):
    """One figure stated in the article text, normalized and located."""

    model_config = ConfigDict(extra="forbid")

    id: int
    kind: Kind
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    unit: str | None
    currency: str | None = None
    qualifier: Qualifier = "exact"
    change: Change | None = None
    basis: Basis | None = None
    subject: str | None = None
    time: TimeRef | None = None
    place: Place | None = None
    status: Status = "reported"
    text: str
    start: int
    end: int
    sentence: str
    si_value: Number | None = None
    si_unit: str | None = None
    #: for a figure whose own sentence states no time: the time that opens its paragraph or the
    #: release's lead. ``time`` follows GUIDE.md and dates a figure by its own sentence (or a
    #: report's title) only; the wider reading is ``scope_time`` where set, else ``time``.
    scope_time: TimeRef | None = None


class Check(BaseModel):
    """A percentage in the text compared with the ratio of two counts it states."""

    model_config = ConfigDict(extra="forbid")

    facts: list[int]
    stated: Number
    computed: Number
    consistent: bool


class Document(BaseModel):
    """One input's record: article metadata, cleaned body text, facts, warnings."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: str = Field(default=SCHEMA, alias="schema")
    input: str
    url: str | None = None
    encoding: str | None = None
    title: str | None = None
    published_at: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    publisher: str | None = None
    doc_number: str | None = None
    index_number: str | None = None
    site: str | None = None
    place: DocumentPlace | None = None
    text: str = ""
    facts: list[Fact] = Field(default_factory=empty_list)
    checks: list[Check] = Field(default_factory=empty_list)
    warnings: list[str] = Field(default_factory=empty_list)
    #: the link to the article's next part when this page is one part of an article split over pages
    next_part: str | None = None
    #: the inputs read as this one record, in order, when an article's parts were joined in a run
    parts: list[str] | None = None

    def to_dict(self) -> dict[str, object]:
        """The record as plain JSON-ready data, with ``schema`` spelled as in the contract."""
        return self.model_dump(by_alias=True, mode="json")
