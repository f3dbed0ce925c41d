"""Read written numbers: Arabic, full-width, Chinese numerals, financial capitals, traditional script.

One grammar covers every way a public Chinese page writes a bare number: 3,250 / ３，２５０ /
1.39万 / 2.36万亿 / 6千万 / 一千二百三十四 / 一千二 (= 1200) / 两万六 / 一万万 (= 亿) /
壹佰贰拾叁万肆仟伍佰 / 六十三万四佰零二 / 兩萬 / 七點二 / 负四十七万 / 四分之一.

Values are computed with :class:`~decimal.Decimal` so that 1.39万 is exactly
13900 (binary floats give 13899.999999999998), then turned into an ``int``
when whole, so JSON shows ``13900`` rather than ``13900.0``.

cn2an was measured against this reader on the test tables (benchmarks/numerals_vs_cn2an.py): it
fails 2.36万亿, 一万万 and a bare 萬, reads mixed forms only in its "smart" mode, and costs about
ten times as much per call, so the project keeps its own reader.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

#: every character that writes a digit: ordinary, financial capitals, traditional and colloquial
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0, "Ｏ": 0, "洞": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "俩": 2, "兩": 2, "倆": 2, "贰": 2, "貳": 2, "弍": 2,
    "三": 3, "叁": 3, "參": 3, "叄": 3,
    "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
CN_TENS: dict[str, int] = {"廿": 20, "卅": 30, "卌": 40}
SMALL_UNITS: dict[str, int] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS: dict[str, int] = {
    "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12,
}  # fmt: skip
POINTS = "点點"
#: a leading sign: 负/負 (negative), ASCII and typographic minus, plus
SIGNS: dict[str, int] = {"负": -1, "負": -1, "-": -1, "−": -1, "－": -1, "+": 1, "＋": 1}

#: full-width digits and marks -> ASCII, same length, so offsets stay valid
FULLWIDTH = str.maketrans("０１２３４５６７８９．％－＋", "0123456789.%-+")

#: longer runs of digits are codes, not quantities (and would overflow Decimal's exponent)
_MAX_DIGITS = 40
_PLAIN = re.compile(r"[0-9]{1,40}(?:\.[0-9]+)?")
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?")


#: a space between groups of three digits (136 000) is a thousands separator
_SPACED_GROUP = re.compile(r"(?<=[0-9])[ \u00a0\u2009\u202f](?=[0-9]{3}(?![0-9]))")


class NumberFormatError(ValueError):
    """The string is not a number this module can read."""


def _arabic(token: str) -> Decimal:
    try:
        return Decimal(token.replace(",", ""))
    except InvalidOperation as exc:
        raise NumberFormatError(token) from exc


def _arabic_run(s: str, i: int, text: str) -> int:
    """The end of the run of ASCII digits (with thousands commas and one point) starting at ``i``."""
    j = i
    while j < len(s) and (
        ("0" <= s[j] <= "9") or (s[j] in ".," and j + 1 < len(s) and "0" <= s[j + 1] <= "9")
    ):
        j += 1
    run = s[i:j]
    if len(run) > _MAX_DIGITS:
        raise NumberFormatError(text)  # an ID, a hash or a run of digits, not a quantity
    if "," in run and not _GROUPED.fullmatch(run):
        raise NumberFormatError(text)  # 12,34: not thousands groups
    return j


def _split(text: str) -> list[tuple[str, str]]:
    """Tokens as (kind, text): 'ar' Arabic run, 'd' Chinese digit, 'tens', 'small', 'big', 'point'."""
    out: list[tuple[str, str]] = []
    i = 0
    s = _SPACED_GROUP.sub(",", text.translate(FULLWIDTH).replace("，", ","))
    while i < len(s):
        ch = s[i]
        if "0" <= ch <= "9":
            j = _arabic_run(s, i, text)
            out.append(("ar", s[i:j]))
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
        elif ch in POINTS:
            out.append(("point", ch))
        else:
            raise NumberFormatError(text)
        i += 1
    return out


def parse_number(text: str) -> Decimal:
    """The value of a written number in any of its forms (see the module docstring).

    Also read: an ordinal's 第 (第三 -> 3), a leading sign (负, 負, -, −, +) and a fraction
    X分之Y (its value Y/X: 百分之五 is 0.05, 四分之一 0.25). A run of three or more Chinese
    digits (or with 〇) without place words reads digit by digit (二〇二一 -> 2021). Vague forms
    (七八, 二三十, 十几, 数百) are not numbers: they raise NumberFormatError, as does anything else.
    """
    if len(text) > _MAX_DIGITS + 24:
        raise NumberFormatError(text[:40] + "…")  # no written quantity is this long
    if _PLAIN.fullmatch(text):
        return Decimal(text)  # most numbers on a page: 15167, 88.02
    if text[:1] == "第":
        text = text[1:]  # 第三: an ordinal's number
    sign = SIGNS.get(text[:1])
    body = text[1:] if sign is not None else text
    if "分之" in body:
        whole, _, part = body.partition("分之")
        denominator, numerator = _unsigned(whole), _unsigned(part)
        if denominator == 0:
            raise NumberFormatError(text)
        value = numerator / denominator
    else:
        value = _unsigned(body)
    return -value if sign == -1 else value


@lru_cache(maxsize=4096)
def _unsigned(text: str) -> Decimal:
    """A number without sign: place words (十百千, 万亿兆) over digits, Arabic or Chinese.

    One left-to-right pass over the tokens; it reads as one grammar, so it is kept in one function.
    Each written form is read once per process (a page writes 一, 三, 1.5万 many times; a Decimal
    is immutable, so the one answer serves every caller; a form that is no number is read again).
    """
    tokens = _split(text)
    if not tokens or tokens[0][0] == "point":
        raise NumberFormatError(text)
    total = Decimal(0)  # completed groups of 万 and above
    section = Decimal(0)  # the current group below 万
    current: Decimal | None = None  # the digit(s) not yet multiplied by a place
    digit_run = 0  # consecutive Chinese digits (二〇二一)
    last_place = 0  # the place word just read, for 一万五 (= 15000)
    top = 0  # the largest scale applied so far: a smaller one adds a group, a larger one scales all
    prev_kind = ""
    i = 0
    while i < len(tokens):
        kind, tok = tokens[i]
        if kind == prev_kind and kind in ("small", "tens", "ar"):
            raise NumberFormatError(text)  # 十十, 1 2
        if kind != "d" or CN_DIGITS.get(tok) != 0:
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
            if not frac or (current is not None and current != current.to_integral_value()):
                raise NumberFormatError(text)
            current = (current or Decimal(0)) + Decimal("0." + frac)
            digit_run = 0
            prev_kind = "point"
            continue
        elif kind == "small":
            if digit_run > 1:
                raise NumberFormatError(text)  # 二三十 is a vague range, not a number
            place = SMALL_UNITS[tok]
            if section and place >= last_place and last_place < 10**4 and current is not None:
                raise NumberFormatError(text)  # 三百五千: places must fall
            section += (current if current is not None else Decimal(1)) * place
            current = None
            digit_run = 0
            last_place = place
        else:  # big
            if digit_run > 1:
                raise NumberFormatError(text)  # 七八亿, 十七八万: adjacent numerals, a vague range
            unit = BIG_UNITS[tok]
            group = section + (current or Decimal(0))
            if i > 0 and tokens[i - 1][0] == "big" and group == 0:
                if unit < BIG_UNITS[tokens[i - 1][1]] or (unit == top and unit != 10**4):
                    raise NumberFormatError(text)  # 亿万, 亿亿
                total *= unit  # 万亿, 一万万 (= 亿): a scale of a scale
                top *= unit
            else:
                if group == 0 and total == 0:
                    group = Decimal(1)  # 万 alone (近万人) is ten thousand
                if unit > top:
                    total = (total + group) * unit
                    top = unit
                else:
                    total += group * unit
            section = Decimal(0)
            current = None
            digit_run = 0
            last_place = unit
        i += 1
    if digit_run > 1 and (section or total):
        raise NumberFormatError(text)
    if digit_run == 2 and len(tokens) == 2 and not any(CN_DIGITS[t] == 0 for _, t in tokens):
        raise NumberFormatError(text)  # 一两, 七八: adjacent numerals; a digit sequence has 3+ or a 〇
    if current is not None and digit_run == 1 and last_place >= 100 and tokens[-2][0] in ("small", "big"):
        current *= Decimal(last_place) / 10  # 一万五, 三千五, 一百一: the digit fills the next place down
    return total + section + (current or Decimal(0))


def scale_value(scale: str) -> Decimal | None:
    """What a run of place words multiplies by (万 -> 10000, 万亿 -> 10^12), or None when the run
    is no scale (亿万)."""
    try:
        return parse_number("1" + scale)
    except NumberFormatError:
        return None


def to_json_number(value: Decimal) -> int | float:
    """An int when whole (13900), else a float rounded to 10 significant decimals."""
    if value == value.to_integral_value():
        return int(value)
    return float(round(value, 10))
