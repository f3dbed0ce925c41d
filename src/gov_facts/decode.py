"""Bytes -> text for Chinese pages whose declared charset cannot be trusted.

Saved and re-rendered pages often keep a ``gb2312`` declaration over UTF-8
bytes, and some declare nothing. So a BOM wins, then strict UTF-8 (which
almost never validates by accident), then the declared charset (gb2312/gbk
widened to gb18030, their superset), then gb18030 for undeclared pages, and
only then charset-normalizer's guess. Whatever was chosen, implausible text
(replacement characters, Latin-1 soup) is reported as a warning rather than
passed on silently.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .errors import DecodeError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: declared names that are decoded with a wider codec (the superset browsers use)
_WIDEN = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
    "euc-cn": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
}
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
_CJK = re.compile(r"[\u3400-\u9fff]")
#: characters typical of UTF-8 or GBK bytes read as Latin-1/cp1252
_SOUP = re.compile(r"[\u00c0-\u00ff\u0080-\u009f\u2020-\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e]")
_PRIVATE = re.compile(r"[\ue000-\uf8ff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f]")
_HEAD_BYTES = 65536


@dataclass
class Decoded:
    """Decoded text, the codec that produced it, and anything suspicious about it."""

    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 64 KB (<meta charset>, http-equiv, <?xml?>)."""
    m = _DECLARED.search(data[:_HEAD_BYTES])
    if not m:
        return None
    name = (m.group(1) or m.group(2) or b"").decode("ascii", "ignore").strip().lower()
    return name or None


def _codec_for(name: str) -> str | None:
    """The Python codec to use for a declared name, or None when Python does not know it."""
    name = _WIDEN.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def plausibility_warnings(text: str) -> list[str]:
    """Why ``text`` looks mis-decoded, if it does (replacement chars, Latin-1 soup, controls)."""
    warnings: list[str] = []
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"text contains {bad} replacement character(s) (U+FFFD): some bytes were lost")
    soup = len(_SOUP.findall(text))
    cjk = len(_CJK.findall(text))
    if soup >= 8 and soup > cjk / 4:
        warnings.append(
            f"text looks like mojibake: {soup} Latin-1 accented/control characters against {cjk} Chinese"
        )
    private = len(_PRIVATE.findall(text))
    if private >= 3 and private > cjk / 50:
        warnings.append(f"text contains {private} private-use characters: likely the wrong Chinese codec")
    controls = len(_CONTROLS.findall(text, 0, _HEAD_BYTES))
    if controls > 16:
        warnings.append(f"text contains {controls} control characters: it may be binary or mis-decoded")
    return warnings


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return bool(head) and head.count(0) > len(head) // 20


def decode_bytes(data: bytes) -> Decoded:
    """Decode page bytes, preferring what verifies over what is declared; warn on doubtful text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom) :], codec)
            if text is not None:
                name = "utf-8" if codec == "utf-8" else codec
                return Decoded(text, name, plausibility_warnings(text))
    if _looks_binary(data):
        raise DecodeError("bytes look binary (many NUL bytes), not a text page")
    as_utf8 = _strict(data, "utf-8")
    if as_utf8 is not None:
        return Decoded(as_utf8, "utf-8", plausibility_warnings(as_utf8))
    declared = declared_charset(data)
    candidates: list[str] = []
    declared_codec = _codec_for(declared) if declared else None
    if declared_codec and declared_codec != "utf-8":
        candidates.append(declared_codec)
    if "gb18030" not in candidates:
        candidates.append("gb18030")
    for codec in candidates:
        text = _strict(data, codec)
        if text is None:
            continue
        warnings = plausibility_warnings(text)
        guessed = declared is None or _codec_for(declared) != codec
        if guessed and warnings:
            continue  # an undeclared guess that reads badly: let charset-normalizer try
        if guessed and declared:
            warnings.append(f"page declares {declared} but its bytes are not {declared}; decoded as {codec}")
        return Decoded(text, _name(codec), warnings)
    return _fallback(data, declared)


def _name(codec: str) -> str:
    return {"utf_8": "utf-8", "gb18030": "gb18030"}.get(codec, codec.replace("_", "-"))


def _fallback(data: bytes, declared: str | None) -> Decoded:
    """No candidate fits: ask charset-normalizer, and say so in a warning."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError(
            f"bytes fit no encoding (declared {declared or 'none'}; utf-8 and gb18030 both fail)"
        )
    text = str(best)
    codec = _name(codecs.lookup(best.encoding).name)
    warnings = [f"no declared or common encoding fits; guessed {codec} (charset-normalizer)"]
    warnings += plausibility_warnings(text)
    return Decoded(text, codec, warnings)
