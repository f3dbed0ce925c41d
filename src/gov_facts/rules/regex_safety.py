"""Refuse regular expressions from patterns files that are invalid or could hang a run.

Python's ``re`` backtracks, so a repetition of something that can itself match
the same text in more than one way — ``(a+)+``, ``((a+))+``, ``(a|aa)+``,
``(aa*)+`` — can take exponential time on a near miss. A patterns file comes
from users, so such a pattern is refused when the file is loaded. A repeated
group stays allowed when every pass starts with a character that nothing
repeated inside it can consume: ``(【\\s*\\d+\\s*】\\s*)+`` cannot backtrack
without end.
"""

from __future__ import annotations

import re
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import re._parser as _sre_parse  # type: ignore[import-not-found]
else:  # pragma: no cover
    import sre_parse as _sre_parse

_MAXREPEAT = _sre_parse.MAXREPEAT
#: a repetition bounded this tightly cannot blow up, whatever it repeats
_BOUNDED = 10
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_COMPOUND = (*_REPEATS, "SUBPATTERN", "BRANCH")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _atom_may_match(op: Any, arg: Any, ch: str) -> bool:
    """Whether one parsed atom can match the character ``ch`` (True when unsure)."""
    name = str(op)
    if name == "LITERAL":
        return bool(arg == ord(ch))
    if name == "NOT_LITERAL":
        return bool(arg != ord(ch))
    if name == "IN":
        negate = False
        hit = False
        for sub_op, sub_arg in arg:
            sub = str(sub_op)
            if sub == "NEGATE":
                negate = True
            elif sub == "LITERAL":
                hit = hit or sub_arg == ord(ch)
            elif sub == "RANGE":
                hit = hit or sub_arg[0] <= ord(ch) <= sub_arg[1]
            elif sub == "CATEGORY":
                pattern = _CATEGORIES.get(str(sub_arg))
                hit = hit or pattern is None or re.match(pattern, ch) is not None
            else:
                return True
        return hit != negate
    return True


def _repeated_may_match(items: Any, ch: str) -> bool:
    """Whether anything repeated inside ``items`` can consume ``ch``."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            _low, _high, sub = arg
            if any(str(o) in _COMPOUND or _atom_may_match(o, a, ch) for o, a in sub):
                return True
        elif (name == "SUBPATTERN" and _repeated_may_match(arg[-1], ch)) or (
            name == "BRANCH" and not _distinct_branch(arg[1])
        ):
            return True
    return False


def _edge_literal(items: Any, last: bool = False) -> str | None:
    """The literal character every match starts (or ends) with, if there is one."""
    seq = list(items)
    for op, arg in reversed(seq) if last else seq:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "SUBPATTERN":
            return _edge_literal(arg[-1], last)
        if name == "AT":
            continue
        return None
    return None


def _distinct_branch(alternatives: Any) -> bool:
    """(大|中|小), (?:ab|cd): each alternative starts with its own literal, so only one can match."""
    firsts = [_edge_literal(alt) for alt in alternatives]
    return all(f is not None for f in firsts) and len(set(firsts)) == len(firsts)


def _dangerous(items: Any, inside_repeat: bool) -> bool:
    """Whether a parsed pattern repeats something that can match the same text two ways."""
    for op, arg in items:
        name = str(op)
        if name in _REPEATS:
            _low, high, sub = arg
            repeats = high is _MAXREPEAT or high > _BOUNDED
            if repeats and inside_repeat:
                return True
            if repeats:
                edges = (_edge_literal(sub), _edge_literal(sub, last=True))
                delimited = any(e is not None and not _repeated_may_match(sub, e) for e in edges)
                if not delimited and _dangerous(sub, True):
                    return True
            elif _dangerous(sub, inside_repeat):
                return True
        elif name == "BRANCH":
            if inside_repeat and not _distinct_branch(arg[1]):
                return True
            if any(_dangerous(alt, inside_repeat) for alt in arg[1]):
                return True
        elif name == "SUBPATTERN":
            if _dangerous(arg[-1], inside_repeat):
                return True
        elif name in ("ASSERT", "ASSERT_NOT") and _dangerous(arg[1], inside_repeat):
            return True
    return False


def check_regex(value: str) -> str:
    """The pattern itself when it compiles and cannot backtrack without end; else ValueError."""
    try:
        parsed = _sre_parse.parse(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from exc
    if _dangerous(list(parsed), False):
        raise ValueError(
            f"regular expression {value!r} repeats a repetition or a choice, which may never finish; "
            "use a character class or a bounded count instead"
        )
    return value
