"""How a fact and a record are shown to a person: values, times, colours, metadata rows.

Shared by the HTML report and the terminal view (``gov-facts show``), so both show
a fact the same way.
"""

from __future__ import annotations

from ..core.models import Document, Fact, Place

#: background colour of a fact's surface, by kind (light enough for black text)
KIND_COLOURS: dict[str, str] = {
    "count": "#ffe08a",
    "money": "#b9f2b4",
    "percent": "#aee3ff",
    "percentage_point": "#c9d7ff",
    "area": "#ffc9a8",
    "length": "#f6c7ef",
    "mass": "#e0ccff",
    "volume": "#bfeee6",
    "energy": "#ffd1d1",
    "power": "#f3e6a0",
    "duration": "#d7e8b0",
    "multiple": "#ffd8f0",
    "rank": "#d9d9d9",
    "other": "#e8e3d5",
}


def format_number(x: float | None) -> str:
    """13900 -> ``13900``; 88.02 -> ``88.02``; None -> ``""``."""
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    return str(x)


def format_value(f: Fact) -> str:
    """The value, or ``low–high`` for a range."""
    if f.value is not None:
        return format_number(f.value)
    if f.low is not None or f.high is not None:
        return f"{format_number(f.low)}–{format_number(f.high)}"
    return ""


def format_time(f: Fact) -> str:
    """``截至9月30日 (as_of …2021-09-30)``; for a fact whose sentence states no time, the time of its
    paragraph or lead marked as such (``scope: 今年以来 (…)``); ``""`` when it has neither."""
    t = f.time
    if t is None:
        if f.scope_time is None:
            return ""
        return "scope: " + format_time(f.model_copy(update={"time": f.scope_time, "scope_time": None}))
    if t.start and t.end and t.start == t.end:
        dates = t.start
    elif t.start or t.end:
        dates = f"{t.start or '…'}–{t.end or '…'}"
    else:
        dates = "unresolved"
    return f"{t.text} ({t.type} {dates})"


def format_place(place: Place | None) -> str:
    """``全市 → 宣城市 341800``; ``宣城市 341800 (page)`` when it is the document's place, by default."""
    if place is None:
        return ""
    name = place.name or place.text or ""
    shown = f"{place.text} → {name}" if place.text and place.text != name else name
    code = place.code or "no code"
    return f"{shown} {code}" + (" (page)" if place.text is None else "")


def document_place(doc: Document) -> str:
    """``宣城市 341800 city, from the site (宣城市)``, or ``""``."""
    p = doc.place
    if p is None:
        return ""
    words = f" ({p.text})" if p.text else ""
    return f"{p.name or ''} {p.code or 'no code'} {p.level}, from the {p.found_in}{words}"


def fact_lines(f: Fact) -> list[tuple[str, str]]:
    """The fact's record as (field, value) pairs, empty fields left out."""
    rows = [
        ("fact", f"#{f.id} {f.kind}, {f.status}"),
        ("value", format_value(f)),
        ("unit", f.unit or ""),
        ("currency", f.currency or ""),
        ("subject", f.subject or ""),
        ("qualifier", f.qualifier),
        ("change", f.change or ""),
        ("basis", f.basis or ""),
        ("time", format_time(f)),
        ("place", format_place(f.place) + (f" {f.place.level}" if f.place else "")),
        ("SI", f"{format_number(f.si_value)} {f.si_unit}" if f.si_unit else ""),
        ("text", f"text[{f.start}:{f.end}] = {f.text}"),
    ]
    return [(k, v) for k, v in rows if v]


_META_FIELDS = (
    ("input", "input"),
    ("url", "url"),
    ("published_at", "published"),
    ("source", "source 来源"),
    ("author", "author 作者"),
    ("editor", "editor 责任编辑"),
    ("publisher", "publisher 发布机构"),
    ("doc_number", "doc number 文号"),
    ("index_number", "index number 索引号"),
    ("site", "site"),
    ("encoding", "encoding"),
)


def metadata_rows(doc: Document) -> list[tuple[str, str]]:
    """The document's metadata as (label, value) pairs, empty fields left out."""
    rows = []
    for name, label in _META_FIELDS:
        value = getattr(doc, name)
        if value:
            rows.append((label, str(value)))
    if doc.place is not None:
        rows.append(("place", document_place(doc)))
    planned = sum(1 for f in doc.facts if f.status == "planned")
    rows.append(("facts", f"{len(doc.facts)} ({planned} planned)"))
    return rows
