"""Every quantity in a piece of text, for callers outside the fact engine (the library entry).

``read_quantities("投资约七八亿元，其中人民币壹佰贰拾叁万肆仟伍佰元整")`` gives each quantity's
span, value (or low/high for a range), unit, currency, qualifier and kind, read by the same
scanner as the fact engine's but without subject, time or status. Numbers that have no unit
are kept too, as kind ``number`` (the engine leaves them out); dates, times, codes, phone
numbers, ids, model names, ordinals inside names and set phrases are not quantities.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from ..rules.patterns import Patterns, UnitEntry, load_patterns
from .context import ArticleText
from .numerals import to_json_number
from .qualifier import qualifier_of
from .rulebook import rulebook_for
from .scan import Scanner
from .shadow import in_script


@dataclass(frozen=True)
class Quantity:
    """One quantity as written: ``text == source[start:end]``; ``value`` is null for a range
    (then ``low``/``high``) and for a ratio (1.1:50.3:48.6)."""

    text: str
    start: int
    end: int
    value: int | float | None
    low: int | float | None
    high: int | float | None
    #: as written without the scale (元, %, 百分点, 套, km, 元/吨), null for a bare number
    unit: str | None
    #: ISO 4217 code for money
    currency: str | None
    #: exact, approx, at_least, more_than, at_most, less_than
    qualifier: str
    #: a fact kind (count, money, percent, …, other), or ``number`` for a number with no unit
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_quantities(text: str, patterns: Patterns | None = None, bare: bool = True) -> list[Quantity]:
    """Every quantity in ``text``, in text order; ``bare=False`` leaves out numbers with no unit.

    ``patterns`` default to the built-in ones (``gov_facts.rules.patterns.load_patterns()``).
    """
    rules = rulebook_for(patterns if patterns is not None else load_patterns())
    doc = ArticleText(text, None, None, rules)
    out: list[Quantity] = []
    for c in Scanner(doc, bare=bare).scan():
        entry = c.entry
        out.append(
            Quantity(
                text=text[c.start : c.end],
                start=c.start,
                end=c.end,
                value=to_json_number(c.value) if c.value is not None else None,
                low=to_json_number(c.low) if c.low is not None else None,
                high=to_json_number(c.high) if c.high is not None else None,
                # the unit as the text writes it (戶 on a traditional page), as the fact engine does
                unit=in_script(c.unit, "original", text, doc.shadow, doc.norm, c.unit_start)
                if doc.shadow is not text
                else c.unit,
                currency=entry.currency if isinstance(entry, UnitEntry) else None,
                qualifier=qualifier_of(doc, c),
                kind=c.kind,
            )
        )
    return out
