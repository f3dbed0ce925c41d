"""parse_number: written numbers -> exact values (tables by source, plus a round-trip property).

Row ids say where a case came from: "guide:" (shared/eval/GUIDE.md), "seed:" (the seed page),
"brief:" (the test brief for the fact engine), "issue:" (issue 14), "invented:" (written here to pin
a rule), or the kind of page whose style the row is written in (procurement, bulletin, hk, tw,
finance, city-news). Numbers inside sentences (units, ranges, shares…) are in test_quantities.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gov_facts.facts.numerals import NumberFormatError, parse_number, to_json_number


def _bug(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ARABIC = [
    pytest.param("0", 0, id="invented: 0"),
    pytest.param("15167", 15167, id="seed: 15167"),
    pytest.param("88.02", Decimal("88.02"), id="seed: 88.02"),
    pytest.param("0.5", Decimal("0.5"), id="invented: 0.5"),
    pytest.param("3.14159", Decimal("3.14159"), id="invented: 3.14159"),
    pytest.param("1,234.5", Decimal("1234.5"), id="brief: 1,234.5"),
    pytest.param("1,234,567.89", Decimal("1234567.89"), id="invented: 1,234,567.89"),
    pytest.param("136 000", Decimal("136000"), id="invented-hk: a space between groups of three"),
    pytest.param("１２３，４５６", 123456, id="brief: full-width 123,456 with full-width comma"),
    pytest.param("１２３,４５６", 123456, id="invented: full-width digits, ASCII comma"),
    pytest.param("１．５", Decimal("1.5"), id="invented: full-width point"),
    pytest.param("2０21", 2021, id="invented: mixed half- and full-width digits"),
]

CHINESE = [
    pytest.param("二十六", 26, id="guide: 二十六"),
    pytest.param("一千二百三十四", 1234, id="brief: 一千二百三十四"),
    pytest.param("两万", 20000, id="brief: 两万"),
    pytest.param("两千", 2000, id="invented: 两千"),
    pytest.param("两百", 200, id="invented: 两百"),
    pytest.param("三点五", Decimal("3.5"), id="brief: 三点五"),
    pytest.param("零点五", Decimal("0.5"), id="invented: 零点五"),
    pytest.param("〇点五", Decimal("0.5"), id="invented: 〇点五"),
    pytest.param("〇", 0, id="brief: 〇"),
    pytest.param("零", 0, id="brief: 零"),
    pytest.param("一百零五", 105, id="brief: 一百零五"),
    pytest.param("三千零五十", 3050, id="invented: 三千零五十"),
    pytest.param("一千零一十", 1010, id="invented: 一千零一十"),
    pytest.param("一万零五", 10005, id="invented: 一万零五"),
    pytest.param("十万零三", 100003, id="invented: 十万零三"),
    pytest.param("一亿零五百万", 105000000, id="invented: 一亿零五百万"),
    pytest.param("十", 10, id="invented: 十"),
    pytest.param("十五", 15, id="invented: 十五"),
    pytest.param("一十五", 15, id="invented: 一十五"),
    pytest.param("廿", 20, id="brief: 廿"),
    pytest.param("卅", 30, id="brief: 卅"),
    pytest.param("廿三", 23, id="invented: 廿三"),
    pytest.param("卅一", 31, id="invented: 卅一"),
    pytest.param("卌", 40, id="invented: 卌"),
    pytest.param("壹佰贰拾叁", 123, id="invented: financial 壹佰贰拾叁"),
    pytest.param("壹万", 10000, id="invented: financial 壹万"),
    pytest.param("三十三万三千三百三十三", 333333, id="invented: 三十三万三千三百三十三"),
    pytest.param("一亿二千三百四十五万六千七百八十九", 123456789, id="invented: 123456789 in words"),
    pytest.param(
        "九千九百九十九亿九千九百九十九万九千九百九十九", 999999999999, id="invented: 10^12-1 in words"
    ),
    pytest.param("一万亿", 10**12, id="invented: 一万亿"),
    pytest.param("千", 1000, id="invented: bare 千"),
    pytest.param("百", 100, id="invented: bare 百"),
    pytest.param("万", 10000, id="invented: bare 万"),
    pytest.param("亿", 100000000, id="invented: bare 亿"),
    # colloquial abbreviation: a digit right after a place word (no 零) is the next place down
    pytest.param("一万五", 15000, id="invented: 一万五 (=15000)"),
    pytest.param("三千五", 3500, id="invented: 三千五 (=3500)"),
    pytest.param("一百一", 110, id="invented: 一百一 (=110)"),
]

MIXED_SCALE = [
    pytest.param("1.39万", 13900, id="seed: 安置房1.39万套"),
    pytest.param("21.5万", 215000, id="seed: 就业岗位21.5万个"),
    pytest.param("1.57亿", 157000000, id="guide: 1.57亿"),
    pytest.param("2135.89万", 21358900, id="seed: 2135.89万元"),
    pytest.param("3千万", 30000000, id="brief: 3千万"),
    pytest.param("12亿5千万", 1250000000, id="brief: 12亿5千万"),
    pytest.param("1.2万亿", 1200000000000, id="brief: 1.2万亿"),
    pytest.param("2万亿", 2000000000000, id="invented: 2万亿"),
    pytest.param("3.5亿", 350000000, id="invented: 3.5亿"),
    pytest.param("1.5千", 1500, id="invented: 1.5千"),
    pytest.param("1万2千", 12000, id="invented: 1万2千"),
    pytest.param("30万", 300000, id="guide: 30万千瓦 (number part)"),
    pytest.param("１．５万", 15000, id="invented: full-width １．５万"),
    pytest.param("1.39萬", 13900, id="invented: traditional 萬"),
]

DIGIT_SEQUENCES = [
    pytest.param("二〇二一", 2021, id="brief: 二〇二一"),
    pytest.param("一九九八", 1998, id="invented: 一九九八"),
    pytest.param("二〇〇八", 2008, id="invented: 二〇〇八"),
    pytest.param("一二三四五六七八九〇", 1234567890, id="invented: ten digits"),
]

INVALID = [
    pytest.param("", id="invented: empty"),
    pytest.param("abc", id="invented: letters"),
    pytest.param("点五", id="invented: starts with 点"),
    pytest.param("一点", id="invented: 点 without decimals"),
    pytest.param("3万点", id="invented: trailing 点"),
    pytest.param("1..2", id="invented: double point"),
    pytest.param("1.2.3", id="invented: two points"),
    pytest.param("12.", id="invented: trailing point"),
    pytest.param(".5", id="invented: leading point"),
    pytest.param("1e5", id="invented: exponent"),
    pytest.param("NaN", id="invented: NaN"),
    pytest.param("Infinity", id="invented: Infinity"),
    pytest.param("1 00", id="invented: a space not before a group of three"),
    pytest.param("二三十", id="guide: 二三十 is a vague range"),
    pytest.param("二十六个", id="invented: measure word included"),
    pytest.param("12亿5千万元", id="invented: unit included"),
    pytest.param("十十", id="invented: 十十"),
    pytest.param("亿亿", id="invented: 亿亿"),
    pytest.param("亿万", id="invented: 亿万 (a scale may not rise after a larger one)"),
    pytest.param("12,34", id="invented: comma not before 3 digits"),
    pytest.param("1,2345", id="invented: comma before 4 digits"),
]


COLLOQUIAL = [
    pytest.param("一千二", 1200, id="issue: 一千二 = 1200"),
    pytest.param("两万六", 26000, id="issue: 两万六 = 26000"),
    pytest.param("四百八", 480, id="issue: 四百八 = 480"),
    pytest.param("一亿五", 150000000, id="city-news: 一亿五"),
    pytest.param("三万五千六", 35600, id="city-news: 三万五千六"),
    pytest.param("俩", 2, id="city-news: 俩"),
    pytest.param("两千零二十一", 2021, id="city-news: 两千零二十一"),
]

SCALE_OF_SCALE = [
    pytest.param("一万万", 100000000, id="issue: 一万万 is 亿"),
    pytest.param("三万万五千万", 350000000, id="finance: 三万万五千万"),
    pytest.param("2.36万亿", 2360000000000, id="issue: 2.36万亿"),
    pytest.param("2万亿3000亿", 2300000000000, id="finance: 2万亿3000亿"),
    pytest.param("五千万亿", 5 * 10**15, id="invented: 五千万亿"),
    pytest.param("一万二千亿", 1200000000000, id="finance: 一万二千亿"),
    pytest.param("1.5兆", 1500000000000, id="tw: 1.5兆 (a trillion)"),
    pytest.param("3兆5000億", 3500000000000, id="tw: 3兆5000億"),
    pytest.param("萬億", 10**12, id="hk: 萬億"),
]

CAPITALS = [
    pytest.param("壹佰贰拾叁万肆仟伍佰", 1234500, id="issue/procurement: 壹佰贰拾叁万肆仟伍佰"),
    pytest.param("六十三万四佰零二", 630402, id="issue/procurement: capitals mixed with ordinary numerals"),
    pytest.param("玖仟玖佰玖拾玖", 9999, id="procurement: 玖仟玖佰玖拾玖"),
    pytest.param("壹拾万零伍佰", 100500, id="procurement: 壹拾万零伍佰"),
    pytest.param("贰亿零叁佰万", 203000000, id="procurement: 贰亿零叁佰万"),
    pytest.param("貳拾參萬", 230000, id="tw: traditional capitals 貳 參 萬"),
    pytest.param("陸佰", 600, id="hk: 陸佰"),
    pytest.param("叄仟", 3000, id="tw: 叄仟"),
]

TRADITIONAL = [
    pytest.param("兩萬", 20000, id="hk: 兩萬"),
    pytest.param("七點二", Decimal("7.2"), id="hk: 七點二"),
    pytest.param("三億五千萬", 350000000, id="tw: 三億五千萬"),
    pytest.param("1.39萬", 13900, id="hk: 1.39萬"),
    pytest.param("倆", 2, id="tw: 倆"),
    pytest.param("負四十七萬", -470000, id="hk: 負四十七萬"),
]

ORDINALS = [
    pytest.param("第三", 3, id="city-news: 第三 (an ordinal's number)"),
    pytest.param("第十四", 14, id="city-news: 第十四"),
]

SIGNED = [
    pytest.param("负四十七万", -470000, id="issue: 负四十七万"),
    pytest.param("-5", -5, id="bulletin: -5"),
    pytest.param("−3.2", Decimal("-3.2"), id="bulletin: typographic minus −3.2"),
    pytest.param("－３．２", Decimal("-3.2"), id="bulletin: full-width －３．２"),
    pytest.param("+8", 8, id="finance: +8"),
]

FRACTIONS = [
    pytest.param("四分之一", Decimal("0.25"), id="guide: 四分之一 is 1/4"),
    pytest.param("百分之五", Decimal("0.05"), id="bulletin: 百分之五 is 5/100"),
    pytest.param("千分之五", Decimal("0.005"), id="bulletin: 千分之五"),
    pytest.param("万分之六", Decimal("0.0006"), id="issue: 万分之六"),
    pytest.param("百分之四点八", Decimal("0.048"), id="issue: 百分之四点八"),
]

VAGUE = [
    pytest.param("七八亿", id="issue: 七八亿 is a range (read by read_quantities)"),
    pytest.param("一两", id="city-news: 一两"),
    pytest.param("十七八万", id="city-news: 十七八万"),
    pytest.param("五六十", id="city-news: 五六十"),
    pytest.param("二十几", id="issue: 二十几"),
    pytest.param("数百", id="guide: 数百"),
    pytest.param("四分之", id="invented: 四分之 without a part"),
    pytest.param("零分之一", id="invented: a zero denominator"),
]


@pytest.mark.parametrize(
    ("text", "expected"), COLLOQUIAL + SCALE_OF_SCALE + CAPITALS + TRADITIONAL + ORDINALS + SIGNED + FRACTIONS
)
def test_every_written_form(text: str, expected: int | Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", VAGUE)
def test_vague_forms_are_not_numbers(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text)


@pytest.mark.parametrize(("text", "expected"), ARABIC)
def test_arabic(text: str, expected: int | Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_numerals(text: str, expected: int | Decimal) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(("text", "expected"), MIXED_SCALE)
def test_mixed_scale_is_exact(text: str, expected: int) -> None:
    value = parse_number(text)
    assert value == expected
    # exact, not a binary float near it, and shown as an integer in JSON
    assert to_json_number(value) == expected
    assert isinstance(to_json_number(value), int)


@pytest.mark.parametrize(("text", "expected"), DIGIT_SEQUENCES)
def test_digit_sequences(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", INVALID)
def test_invalid_raises(text: str) -> None:
    with pytest.raises(NumberFormatError):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(Decimal("13900.00"), 13900, id="invented: whole Decimal -> int"),
        pytest.param(Decimal("88.02"), 88.02, id="invented: fraction -> float"),
        pytest.param(Decimal("0"), 0, id="invented: zero"),
        pytest.param(Decimal("-3.2"), -3.2, id="invented: negative"),
    ],
)
def test_to_json_number(value: Decimal, expected: int | float) -> None:
    out = to_json_number(value)
    assert out == expected
    assert type(out) is type(expected)


# ---------------------------------------------------------------- property: render, read back

_DIGITS = "零一二三四五六七八九"


def _group(g: int, leading: bool, yi_shi: bool, liang: bool) -> str:
    """1..9999 in words; ``leading`` when nothing stands before it in the number."""
    out: list[str] = []
    gap = False
    for place, word in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = g // place % 10
        if d == 0:
            gap = bool(out)
            continue
        if gap:
            out.append("零")
            gap = False
        if place == 10 and d == 1 and leading and not out and not yi_shi:
            out.append("十")  # 十五, not 一十五
        elif d == 2 and place in (100, 1000) and liang:
            out.append("两" + word)
        else:
            out.append(_DIGITS[d] + word)
    return "".join(out)


def render(n: int, yi_shi: bool = False, liang: bool = False) -> str:
    """A non-negative integer as a standard Chinese numeral (万/亿 groups, 零 for gaps)."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    wan, unit = divmod(rest, 10**4)
    s = render(yi, yi_shi, liang) + "亿" if yi else ""
    if wan:
        if s and wan < 1000:
            s += "零"
        s += _group(wan, not s, yi_shi, liang) + "万"
    if unit:
        if s and (unit < 1000 or not wan):
            s += "零"
        s += _group(unit, not s, yi_shi, liang)
    return s


@pytest.mark.parametrize(
    ("n", "yi_shi", "words"),
    [
        pytest.param(0, False, "零", id="renderer: 0"),
        pytest.param(15, False, "十五", id="renderer: 15"),
        pytest.param(15, True, "一十五", id="renderer: 15 with 一十"),
        pytest.param(105, False, "一百零五", id="renderer: 105"),
        pytest.param(110, False, "一百一十", id="renderer: 110"),
        pytest.param(100005, False, "十万零五", id="renderer: 100005"),
        pytest.param(100005000, False, "一亿零五千", id="renderer: 100005000"),
        pytest.param(1250000000, False, "十二亿五千万", id="renderer: 12亿5千万"),
        pytest.param(10**12, False, "一万亿", id="renderer: 10^12"),
    ],
)
def test_renderer_itself(n: int, yi_shi: bool, words: str) -> None:
    assert render(n, yi_shi) == words


@settings(max_examples=300, deadline=None)
@given(
    n=st.one_of(st.integers(0, 10**12), st.integers(0, 10**5)),
    yi_shi=st.booleans(),
    liang=st.booleans(),
)
def test_chinese_numerals_round_trip(n: int, yi_shi: bool, liang: bool) -> None:
    words = render(n, yi_shi, liang)
    assert parse_number(words) == n, words


@settings(max_examples=200, deadline=None)
@given(n=st.integers(0, 10**12), cents=st.integers(0, 99))
def test_arabic_thousands_round_trip(n: int, cents: int) -> None:
    written = f"{n:,}.{cents:02d}"
    assert parse_number(written) == Decimal(f"{n}.{cents:02d}")


# ---------------------------------------------------------------- property: other scripts

_CAPITAL = str.maketrans("一二两三四五六七八九十百千", "壹贰贰叁肆伍陆柒捌玖拾佰仟")
_TRADITIONAL_CAPITAL = str.maketrans("一二两三四五六七八九十百千万亿", "壹貳貳參肆伍陸柒捌玖拾佰仟萬億")
_TRADITIONAL = str.maketrans("万亿两点", "萬億兩點")


def _decimal_words(n: int, frac: str) -> str:
    """n.frac in words: 三点一四, 十二点零五."""
    return render(n) + "点" + "".join(_DIGITS[int(d)] for d in frac)


@settings(max_examples=300, deadline=None)
@given(n=st.one_of(st.integers(0, 10**12), st.integers(0, 10**5)), yi_shi=st.booleans())
def test_financial_capitals_round_trip(n: int, yi_shi: bool) -> None:
    words = render(n, yi_shi).translate(_CAPITAL)
    assert parse_number(words) == n, words


@settings(max_examples=300, deadline=None)
@given(n=st.one_of(st.integers(0, 10**12), st.integers(0, 10**5)), liang=st.booleans(), capital=st.booleans())
def test_traditional_numerals_round_trip(n: int, liang: bool, capital: bool) -> None:
    words = render(n, False, liang)
    words = words.translate(_TRADITIONAL_CAPITAL) if capital else words.translate(_TRADITIONAL)
    assert parse_number(words) == n, words


@settings(max_examples=300, deadline=None)
@given(n=st.integers(0, 10**12), frac=st.text(alphabet="0123456789", min_size=1, max_size=4))
def test_decimals_in_words_round_trip(n: int, frac: str) -> None:
    words = _decimal_words(n, frac)
    assert parse_number(words) == Decimal(f"{n}.{frac}"), words
    assert parse_number(words.translate(_TRADITIONAL)) == Decimal(f"{n}.{frac}"), words


@settings(max_examples=300, deadline=None)
@given(
    mantissa=st.integers(1, 99999),
    places=st.integers(0, 2),
    scale=st.sampled_from(["万", "亿", "万亿", "千万", "百万"]),
)
def test_arabic_with_a_scale_round_trip(mantissa: int, places: int, scale: str) -> None:
    written = str(Decimal(mantissa).scaleb(-places))
    expected = (
        Decimal(written) * {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}[scale]
    )
    assert parse_number(written + scale) == expected, written + scale


@settings(max_examples=200, deadline=None)
@given(
    n=st.integers(2, 10**12),
    form=st.sampled_from(["plain", "capital", "traditional"]),
    sign=st.booleans(),
)
def test_amounts_in_a_sentence_round_trip(n: int, form: str, sign: bool) -> None:
    """The same numerals found and read inside a sentence, as an amount of money."""
    from gov_facts import read_quantities

    words = render(n)
    if form == "capital":
        words = words.translate(_CAPITAL)
    elif form == "traditional":
        words = words.translate(_TRADITIONAL)
    text = f"本项目{'负' if sign else ''}{words}元整。"
    found = [q for q in read_quantities(text) if q.kind == "money"]
    assert [q.value for q in found] == [-n if sign else n], (text, found)
