"""Regexes built from the word lists of ``patterns/*.toml`` for the :class:`.rulebook.Rulebook`:
each an alternation of a list's words (longest first) inside the structure a rule matches."""

from __future__ import annotations

import re

#: a pattern that never matches: the lookup of an empty word list
NEVER = re.compile(r"(?!x)x")


def anaphor(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` (longest first) not followed by what makes it a time outside the span
    (假期结束后, 活动前)."""
    if not words:
        return NEVER
    return re.compile(f"(?:{alternatives(words)})(?!后|前|结束|之后|之前|以后|以前|过后)")


def work_compound(work: list[str], changes: list[str]) -> re.Pattern[str]:
    """A work verb and a change word of two characters or more, in either order (改造提升, 提升改造)."""
    changes = [w for w in changes if len(w) > 1]
    if not work or not changes:
        return NEVER
    w, c = alternatives(work), alternatives(changes)
    return re.compile(f"(?:{w})(?:{c})|(?:{c})(?:{w})")


def outside_span(words: list[str]) -> re.Pattern[str]:
    """One of ``words`` followed by what puts it outside the span (假期结束后) or by a figure it
    counts (带薪假期5天), or the end of any event (春运结束后)."""
    if not words:
        return NEVER
    return re.compile(
        f"(?:{alternatives(words)})(?=后|前|结束|之后|之前|以后|以前|过后|[0-9一二三四五六七八九十两])"
        "|结束(?:后|之后|以后)"  # 春运结束后: any event's end
    )


def life_event(words: list[str], built: tuple[str, ...] | list[str] = ()) -> re.Pattern[str]:
    """After a time: the rest of a span (至2004年6月8日), a word of when (期间, 以后, 前) and one of
    ``words`` (出生); or a bound (前, 以后: perhaps the time's own last character) and one of
    ``built`` before 的 (2000年底前建成的老旧小区: the time picks out the things, no figure's)."""
    forms = []
    if words:
        forms.append(
            r"(?:[至到\-—－~～][^，,。；;：:（）()]{0,14}?)?(?:或?(?:期间|以后|以前|之后|之前|后|前))?"
            f"(?:{alternatives(words)})(?=[）)，,。；;、的或者]|$)"  # not 2023年出生人口, 毕业生
        )
    if built:
        forms.append(f"(?:(?<=[前后])|以前|之前|以后|之后|前|后)(?:{alternatives(list(built))})的")
    return re.compile("|".join(forms)) if forms else NEVER


def lead_clause(words: list[str], tail: str) -> re.Pattern[str]:
    """A clause at a sentence's head that ends with one of ``words`` and ``tail`` (matched whole)."""
    if not words:
        return NEVER
    return re.compile(f"[^，,。；;：:\n]{{1,30}}?(?:{alternatives(words)}){tail}")


def directive_opening(cues: list[str], not_after: list[str]) -> re.Pattern[str]:
    """A sentence's short opening clause naming who directs (会议要求，…), its cue after none of
    ``not_after`` (加快部署，… is work under way)."""
    if not cues:
        return NEVER
    behind = "".join(f"(?<!{re.escape(w)})" for w in not_after)
    return re.compile(f"\\s*[^，,。；;：:！？!?\\n]{{0,10}}{behind}(?:{alternatives(cues)})[，,：:]")


def alternatives(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first (so 上一 wins over 上)."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def words_pattern(words: list[str], template: str = "(?:@)") -> re.Pattern[str]:
    """``template`` with ``@`` standing for the alternation of ``words``; a pattern that never
    matches when there are none."""
    return re.compile(template.replace("@", alternatives(words))) if words else NEVER


def cause_opening(words: list[str], effects: list[str]) -> re.Pattern[str]:
    """A cause opening (则由于, 因, 受…影响): one of ``words``, 因 not in a word of its own (原因,
    因素, 因此; nor 因为 in 原因为: 稅額增加主要原因為新建房屋增加), or 受 with one of ``effects``
    later in its clause."""
    return re.compile(
        r"(?:则|則)?(?:"
        + (f"(?<![原起基诱誘成主])(?:{alternatives(words)})|" if words else "")
        + r"(?<![原起基诱誘成主])因(?![素此而地时時应應])"
        + (f"|受到?(?=[^，。；;]{{1,16}}?(?:{alternatives(effects)}))" if effects else "")
        + ")"
    )


def compared_clause_pattern(words: list[str]) -> re.Pattern[str]:
    """A comparison word of two or more characters (高于, 超出), perhaps after one of one (比高出, 较低于),
    opening the text matched."""
    short, long = [w for w in words if len(w) == 1], [w for w in words if len(w) > 1]
    if not long:
        return NEVER
    return re.compile(r"\s*" + (f"(?:{alternatives(short)})?" if short else "") + f"(?:{alternatives(long)})")


def any_run(words: list[str]) -> str:
    """Any run of ``words`` (none, one or more: 稳定, 持续始终), as a regex."""
    return f"(?:{alternatives(words)})*" if words else ""


def word_pair(first: list[str], between: str, last: list[str], before: str = "") -> re.Pattern[str]:
    """``before``, one of ``first``, ``between`` and one of ``last`` ending the text searched."""
    if not first or not last:
        return NEVER
    return re.compile(f"{before}(?:{alternatives(first)}){between}(?:{alternatives(last)})$")


def alias_bracket(openers: list[str]) -> re.Pattern[str]:
    """A bracket that sets up an alias with one of ``openers``, right before a figure, past 共 or 约
    (（以下简称代表建议）612件): the alias, up to ten characters, is group 1."""
    return words_pattern(
        openers, r"[（(](?:@)[“「]?([^（）()“”「」，。；;、0-9]{2,10})[”」]?[）)](?:共|约|计|合计|共计)?$"
    )


def holiday_name(names: list[str], heads: list[str]) -> re.Pattern[str]:
    """春节假期, 五一”假期, 中秋国庆黄金周: a festival's name (``names``, group 1), a closing quote
    perhaps, a holiday head (``heads``); no opening quote (an optional first character leaves the
    engine no first characters to skip to: the caller looks one back for it)."""
    if not names or not heads:
        return NEVER
    return re.compile(f'({alternatives(names)})[”"]?节?(?:{alternatives(heads)})')
