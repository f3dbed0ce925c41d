"""The word of a list that ends nearest the end of a clause: the change word or the basis word a
figure is stated with (增长, 同比), read back from the figure."""

from __future__ import annotations

import re

#: a one-character change word (涨, 跌, 升) is a verb only right before its figure or a bound (跌0.5%,
#: 涨约1.2%), or before 幅 (涨幅为2.1%); elsewhere part of a word (涨价商品, 国内升学1536人, 升破6.95)
_ONE_CHARACTER_GAP = frozenset(["", *"约近逾超达了"])


#: 涨幅为2.1%, 增幅约15.5%, 涨幅达到3%: a one-character change word before 幅 (or a close change word
#: ending in 幅) names the change's size when little stands between it and the figure; not across a
#: comparison or another verb (漲幅較1月之2.32%回降: January's rise, compared; 物價漲幅可望維持在2%以下)
_SIZE_TAIL = re.compile(r"度?(?:为|是|达到|达|约为|约|在|已达|高达|超过|近)?\s*")


def _names_the_size(text: str, e: int, word: str) -> bool:
    """Whether the change word ending at ``e`` names the size of the change the figure at the end
    of ``text`` gives: 涨幅为2.1% (涨 before 幅), 增幅达到3% (a close word ending in 幅)."""
    if word.endswith("幅"):
        return _SIZE_TAIL.fullmatch(text, e) is not None
    return text.startswith("幅", e) and _SIZE_TAIL.fullmatch(text, e + 1) is not None


def nearest_word(
    text: str,
    words: tuple[tuple[str, str], ...],
    exclude_next: re.Pattern[str] | None = None,
    close: frozenset[str] = frozenset(),
) -> str | None:
    """The tag of the word that ends nearest the end of ``text`` (the longest where two end
    together), passing over an occurrence that ``exclude_next`` matches right after; a word of one
    character, or one in ``close``, counts only right at the end (or before 幅).

    Read from the end of the text, each end trying only the words that end in its character, so
    a clause costs its own length, not the length of the word list; the ends that are some word's
    last character are found by the regex engine (most characters of a clause end no word)."""
    by_last, last_end = _by_last_character(words)
    e = len(text)
    while (m := last_end.match(text, 0, e)) is not None:
        e = m.end()
        for w, tag in by_last[text[e - 1]]:
            if not text.endswith(w, 0, e):
                continue
            near = len(w) > 1 and w not in close
            if not near and text[e : e + 2] not in _ONE_CHARACTER_GAP and not _names_the_size(text, e, w):
                continue
            if exclude_next is None or not exclude_next.match(text, e):
                return tag
        e -= 1
    return None


#: per word list: the list itself (its id may be reused once it is gone), its words by last
#: character, and the pattern of the last character a word of it ends in (the end of the match)
_by_last_cache: dict[
    int, tuple[tuple[tuple[str, str], ...], dict[str, list[tuple[str, str]]], re.Pattern[str]]
] = {}


def _by_last_character(
    words: tuple[tuple[str, str], ...],
) -> tuple[dict[str, list[tuple[str, str]]], re.Pattern[str]]:
    """The words by their last character, longest first, and a pattern whose match from the start
    ends at the last character of a text that ends some word (one table per word list, kept)."""
    hit = _by_last_cache.get(id(words))
    if hit is not None and hit[0] is words:
        return hit[1], hit[2]
    table: dict[str, list[tuple[str, str]]] = {}
    for w, tag in sorted(words, key=lambda wt: -len(wt[0])):
        if w:
            table.setdefault(w[-1], []).append((w, tag))
    chars = "".join(re.escape(ch) for ch in sorted(table))
    last_end = re.compile(f"(?s).*[{chars}]" if chars else "(?!)")
    _by_last_cache[id(words)] = (words, table, last_end)
    return table, last_end
