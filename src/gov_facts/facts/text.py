"""How the fact engine reads text: normalization, sentence and clause breaks, the shape of a number.

The engine scans a normalized copy of the document text (full-width digits made
ASCII, the traditional characters of numbers and units made simplified, all one
character for one, so every offset is valid in both); sentences end at 。！？ and
line breaks, clauses at commas and semicolons, segments also at 、：and brackets.
"""

from __future__ import annotations

import re

from .numerals import FULLWIDTH

SCALES = "十百千万亿兆"
CN_NUM = "零〇一二两俩三四五六七八九十廿卅"
#: financial capitals (and the ordinary digits and places they mix with)
CAPITALS = "壹贰叁肆伍陆柒捌玖拾佰仟"
_CAP_RUN = f"零〇一二两三四五六七八九十百千万亿{CAPITALS}"
#: the places an Arabic figure may carry: also the capitals 佰 and 仟 (3,500仟元, 新臺幣12佰萬元: the
#: thousands and millions Taiwan's financial statements are written in)
_AR_SCALES = SCALES + "佰仟"
NUM_RE = re.compile(
    # the look at the first character lets the engine skip the text between numbers fast
    rf"""(?=[0-9{_CAP_RUN}{CN_NUM}])(?:
    (?P<ar>[0-9]+(?:,[0-9]{{3}})+(?:\.[0-9]+)?
      # 136 000, 1 234.5: a space between groups of three, as Hong Kong and scientific texts write
      |(?<![0-9][ \u00a0\u2009\u202f])[0-9]{{1,3}}(?:[ \u00a0\u2009\u202f][0-9]{{3}})+(?![0-9])(?:\.[0-9]+)?
      |[0-9]+(?:\.[0-9]+)?)
    (?P<arscale>(?:[{_AR_SCALES}]+(?:[0-9]+(?:,[0-9]{{3}})*(?:\.[0-9]+)?[{_AR_SCALES}]+)*
      (?:(?<=[万亿兆])(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]{{1,4}})(?![0-9.,年月日号时]))?)?)
    |
    (?P<cap>(?=[{_CAP_RUN}]*[{CAPITALS}])[{_CAP_RUN}]{{2,}}|[{CAPITALS}](?=[元圆角整]))
    |
    (?P<cn>[{CN_NUM}][{CN_NUM}百千万亿]*(?:点[零〇一二三四五六七八九]+[万亿]*)?
      |(?<=[近约逾超上过破])[百千万亿]+|[百千万]+(?=[余多])|[百千](?=强)|(?<=分之)[百千]
      # a round magnitude of two places (千亿元大关, 百万元以上, 万亿元): scan.py keeps it before money
      |(?<![百千万亿])(?:(?:[百千]万?|万)亿|[百千]万)))
    """,
    re.VERBOSE,
)
# the colon of a ratio is written :, ： or ∶ (U+2236, the ratio sign of typeset bulletins: 8.2∶35.1∶56.7);
# starts only where a number starts (a start at every digit of a long run would make the scan
# quadratic; the look behind stands after the first digit, so the engine skips from digit to digit)
RATIO_RE = re.compile(
    r"[0-9](?<![0-9.][0-9])[0-9]*(?:\.[0-9]+)?(?:[:：∶比][0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?)+"
)
#: a ratio's name after 的 ending in a word of ratio (1:11的教師與學生比例), not a score (3:1的比分)
RATIO_NAMED_AFTER = re.compile(r"的([^，,。；;：:0-9的]{0,8}?(?:比例|比率|之比|比(?![分赛])))")
#: a ratio's name written right after it with no 的, a short noun ending in a word of ratio (未达到1:3开考
#: 比例, 按1:1配套比例, 3:7分成比例)
RATIO_NOUN_AFTER = re.compile(r"[^，,。；;：:0-9的、]{1,6}?(?:比例|比率|配比)")
BARE_NUMBER = re.compile(r"-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
#: between the two ends of a range; an inclusion mark may stand before it: 2万(含)-8万元
RANGE_SEP = re.compile(r"\s*(?:[(（]含[)）])?\s*(?:至|到|~|～|〜|∼|-|－|—{1,2}|–)\s*")
SENTENCE_END = re.compile(r"[。！？!?\n]")
CLAUSE_BREAK = "，,；;。！？!?\n"
TIME_SCOPE_BREAK = "。！？!?\n；;"
#: what joins the two ends of a span of times (2022年至2024年, 1—9月, 5月1日~3日)
SPAN_JOINS = frozenset("至到-—－~～")
#: an aside in brackets (（即113年10月22日前）, （镇、市、区）, AQI>100（對敏感族群不健康）站日數)
ASIDE = re.compile(r"[（(][^（）()]{0,24}[）)]")
SEGMENT_BREAK = CLAUSE_BREAK + '、：:（）()“”"《》【】[]'
QUOTE_RE = re.compile(r"“([^”\n]{1,10})”|\"([^\"\n]{1,10})\"|‘([^’\n]{1,10})’")
CN_DIGIT_RE = re.compile(f"[{CN_NUM}]")
#: the light verbs that state a level right before its figure (总建屋量约为, 人数为, 规模达到), and the
#: bounds that may stand after them (约, 近, 超过, 不足): the words the subject rules step over
LEVEL_WORDS = "约为|为|达到|达|是"
BOUND_WORDS = "约|近|超过|超|逾|共|不足|不到"
RUNNING_FOR = re.compile(r"连续[0-9一二两三四五六七八九十]+(?:个)?(?:年|个月|月|季度|周|天|日)")

#: The traditional characters of numbers, units, currencies and their cue words, each made its
#: simplified character (one for one). A traditional page's figures read without a converter;
#: the whole-text simplified shadow is issue 16's. Characters that are also simplified words
#: with another sense are not here (參 is handled by :func:`normalize`).
TRADITIONAL = str.maketrans(
    "萬億兩倆點個負貳叄陸圓幣門歐韓鎊盧銖臺灣戶輛噸頃項條張間種隻頭組隊對場處塊屆節歲鐘時週筆棟層級"
    "約餘過達為與減長較單釐畝−",
    "万亿两俩点个负贰叁陆圆币门欧韩镑卢铢台湾户辆吨顷项条张间种只头组队对场处块届节岁钟时周笔栋层级"
    "约余过达为与减长较单厘亩-",
)
#: 參 is the capital 叁 inside an amount written in capitals, else the verb 参 (and so is 参, what a
#: traditional page's simplified shadow writes for 參); the pattern opens with the character, so the
#: engine skips from one 参 to the next (two branches, each opening with a look, were tried at every
#: character of the page)
_CAPITAL_SAN = re.compile(rf"[參参](?:(?=[{CAPITALS}萬億万亿元圓圆角分整])|(?<=[{CAPITALS}萬億万亿][參参]))")


#: the dots a compound unit is written with (千瓦•时, 千瓦・时, 千瓦‧時 as Taiwan types it, kW⋅h):
#: each the middle dot of 千瓦·时 and kW·h
_UNIT_DOTS = str.maketrans("•・‧⋅･", "·····")
_NORMALIZE: dict[int, int | str] = {**FULLWIDTH, **TRADITIONAL, **_UNIT_DOTS, ord("參"): "参"}
#: a full-width point that is no decimal point: not between two digits; or after the first
#: digits of a line or sentence (1．2023年…: a list number) unless the digits on both sides are full-width
#: (１．２０２３ is a number); 2．5万亿元 and 12．35亿元, ASCII digits typed with a full-width point
#: as a Chinese input method gives it, are decimals
_FULLWIDTH_POINT = re.compile(
    r"．(?![0-9０-９])|(?<![0-9０-９])．|(?:^|(?<=[\s。；;：:]))(?=[0-9０-９]{1,3}．)(?![０-９]+．[０-９])[0-9０-９]+．"
)
#: the characters normalize changes: found with one search, since a page holds few of them (a
#: translate over the whole text looks up every character)
_TO_NORMALIZE = re.compile("[" + re.escape("".join(sorted(chr(k) for k in _NORMALIZE))) + "]")
#: a full-width comma between digit groups; the comma leads the pattern so the search skips to it
_GROUP_COMMA = re.compile(r"，(?<=[0-9]，)(?=[0-9]{3}(?![0-9]))")


def _not_a_point(m: re.Match[str]) -> str:
    """The full-width point made a full stop, one for one (the list number before it kept)."""
    return m.group()[:-1] + "。"


def normalize(text: str) -> str:
    """The text as the engine scans it: full-width digits and marks made ASCII, the traditional
    characters of numbers and units made simplified, all one character for one (same length).

    A full-width point is a decimal point between digits (１２．５, 2．5万亿); after a list
    number it ends the number (1．2023年…). A full-width comma between
    digit groups is a thousands separator (１２３，４５６).
    """
    norm = _FULLWIDTH_POINT.sub(_not_a_point, text) if "．" in text else text
    if "參" in norm or "参" in norm:
        norm = _CAPITAL_SAN.sub("叁", norm)
    norm = _TO_NORMALIZE.sub(lambda m: m.group().translate(_NORMALIZE), norm)
    return _GROUP_COMMA.sub(",", norm) if "，" in norm else norm


#: a name in quotes or title marks after 为期…的, up to 20 characters (“可续期罢工”,
#: 「2025澎湖國際海上花火節」): :mod:`.framing`
LASTING_NAME = re.compile(r"[“「『《\"‘]([^“”「」『』《》\"‘’\n，。；;]{1,20})[”」』》\"’]")


def starts_of(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where ``pattern`` matches in ``text``: its matches' starts, read by the regex engine and
    ``map`` (a page's marks number in the hundreds; a comprehension steps through each in Python)."""
    return list(map(re.Match.start, pattern.finditer(text)))


def ends_of(pattern: re.Pattern[str], text: str) -> list[int]:
    """Where ``pattern``'s matches in ``text`` end (as :func:`starts_of`)."""
    return list(map(re.Match.end, pattern.finditer(text)))


def search_ending(
    pattern: re.Pattern[str], text: str, start: int, end: int, chars: str
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that ends in one of ``chars`` and ``$``
    (which matches before a final newline too): None at once when ``text[:end]`` ends in none of them,
    nor in one and a newline (the cheap test first: most figures fail it)."""
    last = text[end - 1 : end]
    if last == "\n":
        last = text[end - 2 : end - 1]
    return pattern.search(text, start, end) if last != "" and last in chars else None


def search_near(
    pattern: re.Pattern[str], text: str, start: int, end: int, marks: str, reach: int
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that needs one of ``marks`` within ``reach``
    characters of ``end``: None at once when none stands there (the cheap test first)."""
    near = max(start, end - reach)
    if all(text.find(mark, near, end) < 0 for mark in marks):
        return None
    return pattern.search(text, start, end)
