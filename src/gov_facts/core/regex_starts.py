"""The characters a regex's match may begin with, for a look ahead that lets the engine skip text.

CPython's regex engine passes over text that cannot start a match at once only when the pattern
opens with a character, a character class or an alternation of characters; an alternation of
longer branches (a list of rules) is tried branch by branch at every character of the text. A
look ahead at the characters the branches may begin with, put before the alternation, makes each
of those tries one check. :func:`first_chars` reads them off the ``re`` module's own parse.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sc  # type: ignore[attr-defined]
    from re import _parser as sp
else:  # Python 3.10
    import sre_constants as sc
    import sre_parse as sp


class _Unknown(Exception):
    """The pattern may begin with any character (``.``, ``[^…]``, a back reference, a flag
    that folds case), or may match the empty string."""


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """Every character a match of ``pattern`` may begin with, or None when that is not a small
    known set (then no look ahead can be built for it)."""
    if flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        parsed = sp.parse(pattern, flags)
        if parsed.state.flags & (re.IGNORECASE | re.LOCALE):  # an inline (?i) for the whole
            return None
        chars, empty = _seq(list(parsed))
    except (_Unknown, re.error):
        return None
    return None if empty else chars


def _seq(items: Any) -> tuple[set[str], bool]:
    """What a sequence may begin with, and whether it may match nothing."""
    out: set[str] = set()
    for op, av in items:
        got, empty = _one(op, av)
        out |= got
        if not empty:
            return out, False
    return out, True


def _one(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sc.LITERAL:
        return {chr(av)}, False
    if op is sc.IN:
        return _class(av), False
    if op is sc.SUBPATTERN:
        if av[1] & (re.IGNORECASE | re.LOCALE):  # a group's own (?i)
            raise _Unknown
        return _seq(av[-1])
    if op is sc.BRANCH:
        out: set[str] = set()
        empty = False
        for alt in av[1]:
            got, e = _seq(alt)
            out |= got
            empty = empty or e
        return out, empty
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", None)):
        got, e = _seq(av[2])
        return got, e or av[0] == 0
    if op in (sc.ASSERT, sc.ASSERT_NOT, sc.AT):
        return set(), True  # takes no character (what it asks of the next one only narrows)
    raise _Unknown


def _class(items: Any) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        if op is sc.LITERAL:
            out.add(chr(av))
        elif op is sc.RANGE and av[1] - av[0] < 4096:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # a negated class, \s, \w, a very wide range
            raise _Unknown
    return out
