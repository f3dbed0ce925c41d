"""How much article text a string holds: Chinese characters and Chinese punctuation.

Article text is made of these; chrome is made of links, digits, Latin words and
symbols. Every page decision (what to prune, which block is the body, what is a
paragraph) weighs text this way.
"""

from __future__ import annotations

import re


def runs_of(chars: str) -> re.Pattern[str]:
    """Runs of the characters of a class (``chars``, as written between brackets), as ``[c][c]*``.

    The same matches as ``[c]+``, found several times faster: CPython's regex engine passes over
    the text between matches by the class only when the pattern opens with one, and a repeat does
    not (``[c]+`` is tried as a whole at every character: 54 against 13 ns a character for the
    punctuation runs over a page's text)."""
    return re.compile(f"[{chars}][{chars}]*")


CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
#: whitespace of every width, collapsed to one space in page lines
WS = runs_of(r" \t\r\n\f\v\u00a0\u3000\u2002-\u200b\ufeff")
_WEIGHT_RUN = runs_of(r"\u3400-\u9fff\uf900-\ufaff，。；：、！？“”‘’（）《》…—")
_PUNCT_RUN = runs_of(r"，。；：、！？“”‘’（）《》…—")


def weight(s: str) -> int:
    """Chinese characters plus Chinese punctuation: what article text is made of."""
    # an ASCII string (indentation, digits, Latin words) weighs nothing, and str.isascii() is
    # answered without reading the string; counted by runs, not characters: far fewer match
    # objects on long text
    return sum(map(len, _WEIGHT_RUN.findall(s))) if s and not s.isascii() else 0


def punct(s: str) -> int:
    return sum(map(len, _PUNCT_RUN.findall(s))) if s and not s.isascii() else 0
