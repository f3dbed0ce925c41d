"""A simplified shadow of a traditional-script text: what the rules match, never what is written.

The patterns, the set phrases and jieba's dictionary are written in simplified characters. A text
in traditional script (Hong Kong, Macau and Taiwan pages, reprints that mix both) is matched on a
simplified copy of itself, its *shadow*, made by OpenCC: Taiwan variants first (``tw2s``: 看著 ->
看着, 乾淨 -> 干净 but 乾隆 kept, 裡 -> 里), then Hong Kong ones (``hk2s``: 衞 -> 卫, 綫 -> 线);
the corner quotes 「」『』 become the mainland's “”‘’, ○ among numerals (二○二三) 〇, and 之 as the
particle of a modifier (占預定收購量之43%, 較1月之2.32%) 的, as the mainland writes it.
Every OpenCC table on that path maps a character or phrase to one of the same length, and
:func:`shadow_of` holds to that, so the shadow is aligned with the text character for character:
an offset found on the shadow is an offset in the text as written, which the record keeps.

A text holding none of the characters written only in traditional script (``patterns/script.toml``)
is its own shadow: a simplified page costs one scan of its characters and never loads OpenCC.

The facts found on the shadow name their subject, unit and time in simplified characters;
:func:`in_script` writes them back as the page has them (``original``), or leaves them simplified
(``simplified``) so that figures from different regions can be put side by side.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, Literal

from ..rules.script_rules import ScriptRules

Script = Literal["original", "simplified"]
#: the scripts subject, unit and time text can be written in
SCRIPTS: tuple[Script, ...] = ("original", "simplified")
#: OpenCC's configurations, applied in this order (each is length-preserving)
CONVERSIONS = ("tw2s", "hk2s")

#: the quotation marks of Hong Kong and Taiwan as the mainland's: the rules know “” and ‘’
_QUOTES = str.maketrans("「」『』", "“”‘’")
#: a white circle written for zero among numerals (二○二三年, 一○二年) as the numeral 〇
_CIRCLE_ZERO = re.compile("(?<=[〇一二三四五六七八九])○|○(?=[〇一二三四五六七八九])")


_lock = threading.Lock()
_convert: Callable[[str], str] | None = None


def traditional_table(rules: ScriptRules) -> re.Pattern[str]:
    """The characters that make a text traditional, as one character class: a simplified text
    is scanned by the regex engine's bitmap at C speed (a tenth of a set's cost)."""
    chars = "".join(sorted(set("".join(rules.traditional_only))))
    return re.compile(f"[{re.escape(chars)}]" if chars else r"(?!x)x")


def particle_zhi(rules: ScriptRules) -> re.Pattern[str]:
    """之 as the particle of a modifier, as Taiwan's and Hong Kong's formal writing has it where the
    mainland writes 的 (占預定收購量之43%, 較1月之2.32%, 本市之觀光人次): after a character or a
    figure and before a noun or a figure, not in a word of its own (``zhi_bound_words``: 之一,
    之間, 之後, 百分之, 總之; 之 and one character ending the phrase: 之比為, 之初的). Built once per
    Rulebook."""
    after = [w[1:] for w in rules.zhi_bound_words if w.startswith("之")]
    before = [w[:-1] for w in rules.zhi_bound_words if w.endswith("之")]
    behind, ahead = _not_behind(before), _not_ahead(after)
    return re.compile(rf"(?<=[\u4e00-\u9fff0-9%）)]){behind}之(?=[\u4e00-\u9fff0-9]){ahead}{_ONE_WORD}")


#: 之 and one character that ends the phrase (before a break, 为, 是, 达 or 的) make a word of their
#: own, no modifier: 两者之比为1.46:1, （研发经费与地区生产总值之比）, 改革开放之初的800元, 5天之旅；
_ONE_WORD = r"(?![\u4e00-\u9fff](?:[^\u4e00-\u9fff0-9]|[为為是达達的]|$))"


def _not_behind(words: list[str]) -> str:
    """Negative lookbehinds for ``words``: one character class for the single characters, one
    lookbehind for each longer word (a lookbehind has a fixed width)."""
    chars = "".join(w for w in words if len(w) == 1)
    out = f"(?<![{re.escape(chars)}])" if chars else ""
    return out + "".join(f"(?<!{re.escape(w)})" for w in words if len(w) > 1)


def _not_ahead(words: list[str]) -> str:
    """A negative lookahead for ``words``: the single characters as one class."""
    chars = "".join(w for w in words if len(w) == 1)
    longer = [re.escape(w) for w in sorted((w for w in words if len(w) > 1), key=len, reverse=True)]
    alternatives = longer + ([f"[{re.escape(chars)}]"] if chars else [])
    return f"(?!{'|'.join(alternatives)})" if alternatives else ""


def converter() -> Callable[[str], str]:
    """Traditional -> simplified text, OpenCC's Taiwan then Hong Kong tables; loaded on first use."""
    global _convert
    with _lock:
        if _convert is None:
            import opencc

            steps: list[Any] = [opencc.OpenCC(name) for name in CONVERSIONS]

            def convert(text: str) -> str:
                for step in steps:
                    text = str(step.convert(text))
                return text

            _convert = convert
    return _convert


def same_length(text: str, convert: Callable[[str], str]) -> str:
    """``convert(text)``, guaranteed as long as ``text``: a line whose conversion changes its
    length (a phrase table such as OpenCC's ``tw2sp``, 記憶體 -> 内存) is converted one
    character at a time instead, and a character that would change length is kept as it is."""
    out = convert(text)
    if len(out) == len(text):
        return out
    lines: list[str] = []
    for line in text.split("\n"):
        done = convert(line)
        if len(done) != len(line):
            done = "".join(c if len(s := convert(c)) != 1 else s for c in line)
        lines.append(done)
    return "\n".join(lines)


def holds_traditional(text: str, table: re.Pattern[str]) -> bool:
    """Whether ``text`` holds a character written only in traditional script."""
    return table.search(text) is not None


def shadow_of(text: str, table: re.Pattern[str], particle: re.Pattern[str]) -> str:
    """The simplified shadow of ``text``, as long as it; ``text`` itself (the same object) when it
    holds no traditional character."""
    if not holds_traditional(text, table):
        return text
    shadow = same_length(text, converter()).translate(_QUOTES)
    while "○" in shadow and (zeros := _CIRCLE_ZERO.sub("〇", shadow)) != shadow:
        shadow = zeros  # again for a run of them (一○○)
    if "之" in shadow:
        shadow = particle.sub("的", shadow)
    return shadow


#: how far around a fact a phrase is looked for before the whole text is searched
_NEAR = 300


def _nearest(views: tuple[str, ...], phrase: str, near: int) -> int | None:
    """Where ``phrase`` stands in one of ``views`` (equally long texts), closest to ``near``:
    at ``near`` itself (a unit, a time), else within :data:`_NEAR` characters, else anywhere."""
    for view in views:  # (a loop, not a generator: asked for every subject, unit and time)
        if view.startswith(phrase, near):
            return near
    n = len(views[0])
    for lo, hi in ((max(0, near - _NEAR), min(n, near + _NEAR)), (0, n)):
        best: int | None = None
        for view in views:
            before = view.rfind(phrase, lo, near + len(phrase))
            after = view.find(phrase, near, hi)
            for i in (before, after):
                if i >= 0 and (best is None or abs(i - near) < abs(best - near)):
                    best = i
        if best is not None:
            return best
    return None


def _as_written(text: str, shadow: str, phrase: str, at: int) -> str:
    """``phrase`` found at ``at`` of the shadow, with the characters the conversion changed put back."""
    written = text[at : at + len(phrase)]
    changed = shadow[at : at + len(phrase)]
    if written == changed:
        return phrase
    return "".join(t if t != s else p for p, t, s in zip(phrase, written, changed, strict=True))


def in_script(phrase: str | None, script: Script, text: str, shadow: str, norm: str, near: int) -> str | None:
    """``phrase`` (read off the shadow ``shadow`` or its normalized form ``norm``) in ``script``.

    The phrase is found in the shadow (or ``norm``) closest to ``near`` and the characters the
    shadow changed there are put back; a phrase put together from pieces (a noun before a verb and
    the object after it) is found piece by piece, longest first. ``original`` gives that;
    ``simplified`` gives it converted by OpenCC (no more: ○ and 「」 stay as written).
    """
    if not phrase or shadow is text:
        return phrase
    written = _written(phrase, text, shadow, norm, near)
    if script == "simplified" and not written.isascii():
        return same_length(written, converter())
    return written


def _written(phrase: str, text: str, shadow: str, norm: str, near: int) -> str:
    views = (shadow, norm)
    at = _nearest(views, phrase, near)
    if at is not None:
        return _as_written(text, shadow, phrase, at)
    out: list[str] = []
    i = 0
    while i < len(phrase):
        j = _longest_present(views, phrase, i)
        at = _nearest(views, phrase[i:j], near) if j > i else None
        if at is None:
            out.append(phrase[i])
            i += 1
            continue
        out.append(_as_written(text, shadow, phrase[i:j], at))
        i = j
    return "".join(out)


def _longest_present(views: tuple[str, ...], phrase: str, i: int) -> int:
    """The end of the longest piece of ``phrase`` from ``i`` that stands somewhere in a view (``i``
    when none does). A piece that stands somewhere has every shorter start standing there too, so
    the end is searched by halves: a few scans of the text instead of one per length."""
    lo, hi = i, len(phrase)  # phrase[i:lo] is present (empty at first); phrase[i:hi + 1] is not
    while lo < hi:
        mid = (lo + hi + 1) // 2
        piece = phrase[i:mid]
        if any(piece in view for view in views):
            lo = mid
        else:
            hi = mid - 1
    return lo
