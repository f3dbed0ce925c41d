"""One number being read in running text: where it stands and what has been read around it.

The scanner (:mod:`.scan`) reads a number core, then the constructions around it, each in its
own module: a sign, a share prefix or an ordinal before it (:mod:`.shares`, :mod:`.ranks`), a
currency written before it (:mod:`.money`), a bound (余, 多, 几) and a scale after it, then its unit,
a range (:mod:`.ranges`) or a per-unit denominator (:mod:`.units`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass
class Reading:
    """A number core and what has been read around it so far."""

    #: where the surface starts: the number, or a prefix read with it (负, 百分之, 第, US$)
    start: int
    #: the number core, [a, b) in the text
    a: int
    b: int
    value: Decimal
    core: str
    #: written in Chinese numerals or financial capitals (not Arabic digits)
    is_cn: bool
    #: where the unit may start: after the core and any bound and scale (2000余万, 二十几万)
    p: int = 0
    qualifier: str = "exact"
    #: "percent" after 百分之/千分之…, "ordinal" after 第
    hint: str | None = None
    #: after a share prefix, how many percent one part is (千分之 -> 0.1)
    share_part: Decimal = Decimal(1)
    #: a currency written before the amount: (symbol, ISO code)
    currency: tuple[str, str] | None = None
    #: 零下, 摄氏 or 北纬 before the number: a temperature or an angle (度 is then degrees, not kWh)
    degrees: bool = False
