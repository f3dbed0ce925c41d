"""Read written numbers: Arabic, full-width, Chinese numerals and mixed scales.

Values are computed with :class:`~decimal.Decimal` so that 1.39万 is exactly
13900 (binary floats give 13899.999999999998), then turned into an ``int``
when whole, so JSON shows ``13900`` rather than ``13900.0``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4,
    "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
CN_TENS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

#: full-width digits and marks -> ASCII, same length, so offsets stay valid
FULLWIDTH = str.maketrans("０１２３４５６７８９．％－＋", "0123456789.%-+")


#: longer runs of digits are codes, not quantities (and would overflow Decimal's exponent)
_MAX_DIGITS = 40


class NumberFormatError(ValueError):
    """The string is not a number this module can read."""


def _arabic(token: str) -> Decimal:
    try:
        return Decimal(token.translate(FULLWIDTH).replace(",", "").replace("，", ""))
    except InvalidOperation as exc:
        raise NumberFormatError(token) from exc


def _split(text: str) -> list[tuple[str, str]]:
    """Tokens as (kind, text): 'ar' Arabic run, 'd' Chinese digit, 'tens', 'small', 'big', 'point'."""
    out: list[tuple[str, str]] = []
    i = 0
    s = text.translate(FULLWIDTH).replace("，", ",")
    while i < len(s):
        ch = s[i]
        if ch.isdigit() and ch.isascii():
            j = i
            while j < len(s) and (
                (s[j].isdigit() and s[j].isascii())
                or (s[j] in ".," and j + 1 < len(s) and s[j + 1].isdigit() and s[j + 1].isascii())
            ):
                j += 1
            run = s[i:j]
            if len(run) > _MAX_DIGITS:
                raise NumberFormatError(text)  # an ID, a hash or a run of digits, not a quantity
            if "," in run and not re.fullmatch(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?", run):
                raise NumberFormatError(text)  # 12,34: not thousands groups
            out.append(("ar", run))
            i = j
            continue
        if ch in CN_DIGITS:
            out.append(("d", ch))
        elif ch in CN_TENS:
            out.append(("tens", ch))
        elif ch in SMALL_UNITS:
            out.append(("small", ch))
        elif ch in BIG_UNITS:
            out.append(("big", ch))
        elif ch == "点":
            out.append(("point", ch))
        else:
            raise NumberFormatError(text)
        i += 1
    return out


def parse_number(text: str) -> Decimal:
    """The value of a written number: 1,234.5 / １２３ / 二十六 / 两万 / 三点五 / 1.2万亿 / 12亿5千万.

    A run of Chinese digits without place words reads digit by digit (二〇二一 -> 2021).
    Raises NumberFormatError for anything else.
    """
    if len(text) > _MAX_DIGITS + 24:
        raise NumberFormatError(text[:40] + "…")  # no written quantity is this long
    tokens = _split(text)
    if not tokens or tokens[0][0] in ("point",):
        raise NumberFormatError(text)
    total = Decimal(0)  # completed 亿 groups and 万 groups
    section = Decimal(0)  # the current group below 万
    current: Decimal | None = None  # the digit(s) not yet multiplied by a place
    digit_run = 0  # consecutive Chinese digits (二〇二一)
    last_place = 0  # the place word just read, for 一万五 (= 15000)
    prev_kind = ""
    i = 0
    while i < len(tokens):
        kind, tok = tokens[i]
        if (kind == prev_kind and kind in ("small", "tens")) or (
            kind == "big" and prev_kind == "big" and tok == tokens[i - 1][1]
        ):
            raise NumberFormatError(text)  # 十十, 万万
        if kind not in ("d",) or CN_DIGITS.get(tok) != 0:
            prev_kind = kind
        if kind == "ar":
            if current is not None:
                raise NumberFormatError(text)
            current = _arabic(tok)
            digit_run = 0
        elif kind == "d":
            d = CN_DIGITS[tok]
            if d == 0 and current is None and (section or total):
                i += 1  # 一百零五: 零 only fills an empty place
                continue
            if current is not None and digit_run:
                current = current * 10 + d
            elif current is not None and current != 0:
                raise NumberFormatError(text)
            else:
                current = Decimal(d)
            digit_run += 1
        elif kind == "tens":
            section += CN_TENS[tok]
            current = None
            digit_run = 0
        elif kind == "point":
            # 三点五: the digits after 点 are decimals, read one by one
            frac = ""
            i += 1
            while i < len(tokens) and tokens[i][0] == "d":
                frac += str(CN_DIGITS[tokens[i][1]])
                i += 1
            if not frac:
                raise NumberFormatError(text)
            current = (current or Decimal(0)) + Decimal("0." + frac)
            digit_run = 0
            continue
        elif kind == "small":
            if digit_run > 1:
                raise NumberFormatError(text)  # 二三十 is a vague range, not a number
            section += (current if current is not None else Decimal(1)) * SMALL_UNITS[tok]
            current = None
            digit_run = 0
            last_place = SMALL_UNITS[tok]
        else:  # big
            unit = BIG_UNITS[tok]
            group = section + (current or Decimal(0))
            if group == 0 and total == 0:
                group = Decimal(1)  # 万 alone (近万人) is ten thousand
            if unit == 100_000_000:
                total = (total + group) * unit
            else:
                total += group * unit
            section = Decimal(0)
            current = None
            digit_run = 0
            last_place = unit
        i += 1
    if digit_run > 1 and (section or total):
        raise NumberFormatError(text)
    if current is not None and digit_run == 1 and last_place >= 100 and tokens[-2][0] in ("small", "big"):
        current *= Decimal(last_place) / 10  # 一万五, 三千五, 一百一: the digit fills the next place down
    return total + section + (current or Decimal(0))


def to_json_number(value: Decimal) -> int | float:
    """An int when whole (13900), else a float rounded to 10 significant decimals."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 10))
