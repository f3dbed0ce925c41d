"""How the fact engine reads text: normalization, sentence and clause breaks, the shape of a number.

The engine scans a normalized copy of the document text (full-width digits made
ASCII, same length, so every offset is valid in both); sentences end at 。！？ and
line breaks, clauses at commas and semicolons, segments also at 、：and brackets.
"""

from __future__ import annotations

import re

from .numerals import FULLWIDTH

SCALES = "十百千万亿"
CN_NUM = "零〇一二两三四五六七八九十廿卅"
NUM_RE = re.compile(
    rf"""
    (?P<ar>[0-9]+(?:,[0-9]{{3}})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)
    (?P<arscale>(?:[{SCALES}]+(?:[0-9]+(?:\.[0-9]+)?[{SCALES}]+)*)?)
    |
    (?P<cn>[{CN_NUM}][{CN_NUM}百千万亿]*(?:点[零〇一二三四五六七八九]+[万亿]*)?
      |(?<=[近约逾超])[百千万亿]+|[百千万]+(?=[余多]))
    """,
    re.VERBOSE,
)
BARE_NUMBER = re.compile(r"-?[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
RANGE_SEP = re.compile(r"\s*(?:至|到|~|～|-|－|—{1,2}|–)\s*")
SENTENCE_END = re.compile(r"[。！？!?\n]")
CLAUSE_BREAK = "，,；;。！？!?\n"
TIME_SCOPE_BREAK = "。！？!?\n；;"
SEGMENT_BREAK = CLAUSE_BREAK + '、：:（）()“”"《》【】[]'
QUOTE_RE = re.compile(r"“([^”\n]{1,10})”|\"([^\"\n]{1,10})\"|‘([^’\n]{1,10})’")
CN_DIGIT_RE = re.compile(f"[{CN_NUM}]")
RUNNING_FOR = re.compile(r"连续[0-9一二两三四五六七八九十]+(?:个)?(?:年|个月|月|季度|周|天|日)")


def normalize(text: str) -> str:
    """The text as the engine scans it: full-width digits and marks made ASCII, same length.

    A full-width point is a decimal point only between full-width digits (１２．５);
    after a list number it ends the number (1．2023年…). A full-width comma between
    digit groups is a thousands separator (１２３，４５６).
    """
    norm = re.sub(r"．(?![０-９])|(?<![０-９])．", "。", text).translate(FULLWIDTH)
    return re.sub(r"(?<=[0-9])，(?=[0-9]{3}(?![0-9]))", ",", norm)
