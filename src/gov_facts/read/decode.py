"""Bytes -> text for Chinese pages whose declared charset cannot be trusted.

Saved and re-rendered pages often keep a ``gb2312`` declaration over UTF-8
bytes, and some declare nothing. So a BOM wins, then strict UTF-8 (which
almost never validates by accident), then the declared charset (gb2312/gbk
widened to gb18030, big5 to big5hkscs: the supersets browsers use), then the
two Chinese legacy families for undeclared pages, and only then
charset-normalizer's guess. Whatever was chosen, implausible text
(replacement characters, Latin-1 soup) is reported as a warning rather than
passed on silently.

GB18030 and Big5 bytes decode without error as each other (most byte pairs
are valid in both), so a Chinese legacy reading is accepted only when it reads
as Chinese: when most of its characters are among the common characters of
either script (:func:`chinese_plausibility`). A page declared gb2312 whose
bytes are Big5 (or the other way round) is read in the family that does.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from ..core.errors import DecodeError

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
    "big5": "cp950",
    "x-big5": "cp950",
    "csbig5": "cp950",
    "big5-hkscs": "big5hkscs",
    "ms950": "cp950",
    "x-windows-950": "cp950",
    "windows-950": "cp950",
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
_SOUP_CHARS = r"\u00c0-\u00ff\u0080-\u009f\u2020-\u2030\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
_PRIVATE_CHARS = r"\ue000-\uf8ff"
_CONTROL_CHARS = r"\x00-\x08\x0e-\x1f"
#: any character one of the checks counts: the text is read once for all of them (a correct page
#: holds a handful), not once per check
_SUSPECT = re.compile(f"[{_SOUP_CHARS}{_PRIVATE_CHARS}{_CONTROL_CHARS}]")
_HEAD_BYTES = 65536
#: the Chinese legacy codecs tried when the declared one is missing or does not read as Chinese
_CHINESE_LEGACY = ("gb18030", "cp950", "big5hkscs")
#: a declared Big5 page is read as Windows/browsers do (cp950: the euro sign, ‧), and when it
#: uses Hong Kong characters (HKSCS) as big5hkscs: both are what it declared
_SAME_FAMILY = {"cp950": ("cp950", "big5hkscs"), "big5hkscs": ("big5hkscs", "cp950")}
#: a Chinese legacy reading with at least this share of common characters is taken as it is
_READS_AS_CHINESE = 0.8
#: fewer non-ASCII characters than this say too little to tell the families apart
_MIN_EVIDENCE = 20


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


#: what a cut-short page is told apart by: its last character lost, the rest valid
TRUNCATED = "the page ends inside a character: the file looks cut short (an incomplete download?)"


def _strict_or_cut(data: bytes, codec: str) -> tuple[str, bool] | None:
    """``data`` decoded strictly, allowing only an incomplete character at the very end.

    Returns (text, cut) where ``cut`` says the last bytes were an unfinished
    character and were dropped, or None when the bytes are not ``codec``.
    """
    try:
        return data.decode(codec), False
    except LookupError:
        return None
    except UnicodeDecodeError as exc:
        if exc.start < len(data) - 3:
            return None
    for k in (1, 2, 3):
        text = _strict(data[:-k], codec)
        if text is not None:
            return text, True
    return None


#: first bytes of common binary formats that get saved (or renamed) as .html
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office/EPUB file)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"BZh", "a bzip2 file"),
    (b"\xfd7zXZ\x00", "an xz file"),
    (b"\x28\xb5\x2f\xfd", "a zstd file"),
    (b"\x7fELF", "an ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office (OLE) document"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` is by its first bytes (PNG, PDF, ZIP, .exe...), or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    if data.startswith(b"MZ") and b"\x00" in data[2:64]:
        return "a Windows executable"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"AVI ", b"WAVE"):
        return "a RIFF media file"
    return None


def plausibility_warnings(text: str) -> list[str]:
    """Why ``text`` looks mis-decoded, if it does (replacement chars, Latin-1 soup, controls)."""
    warnings: list[str] = []
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"text contains {bad} replacement character(s) (U+FFFD): some bytes were lost")
    soup, private, controls = _suspects(text)
    # the Chinese characters are counted only when a count above is to be weighed against them
    cjk = len(_CJK.findall(text)) if soup >= 8 or private >= 3 else 0
    if soup >= 8 and soup > cjk / 4:
        warnings.append(
            f"text looks like mojibake: {soup} Latin-1 accented/control characters against {cjk} Chinese"
        )
    if private >= 3 and private > cjk / 50:
        warnings.append(f"text contains {private} private-use characters: likely the wrong Chinese codec")
    nuls = text.count("\x00")
    if nuls:
        warnings.append(f"text contains {nuls} NUL byte(s): the file may be damaged (read as U+FFFD)")
    if controls > 16:
        warnings.append(f"text contains {controls} control characters: it may be binary or mis-decoded")
    return warnings


def _suspects(text: str) -> tuple[int, int, int]:
    """(Latin-1 soup, private-use characters, control characters in the first 64K) of ``text``."""
    soup = private = controls = 0
    for m in _SUSPECT.finditer(text):
        code = ord(m.group())
        if code < 0x20:
            controls += m.start() < _HEAD_BYTES
        elif 0xE000 <= code <= 0xF8FF:
            private += 1
        else:
            soup += 1
    return soup, private, controls


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
    what = binary_kind(data)
    if what is not None:
        raise DecodeError(f"this is {what}, not a page (by its first bytes)")
    if _looks_binary(data):
        raise DecodeError("the bytes look binary (many NUL bytes), not a text page")
    as_utf8 = _strict_or_cut(data, "utf-8")
    if as_utf8 is not None:
        text, cut = as_utf8
        return Decoded(text, "utf-8", [TRUNCATED] * cut + plausibility_warnings(text))
    declared = declared_charset(data)
    declared_codec = _codec_for(declared) if declared else None
    as_declared: tuple[str, ...] = ()
    if declared_codec and declared_codec != "utf-8":
        as_declared = _SAME_FAMILY.get(declared_codec, (declared_codec,))
    candidates = [*as_declared, *(c for c in _CHINESE_LEGACY if c not in as_declared)]
    for codec, text, cut in _readings(data, candidates):
        warnings = [TRUNCATED] * cut + plausibility_warnings(text)
        guessed = codec not in as_declared
        if guessed and warnings:
            continue  # an undeclared guess that reads badly: let charset-normalizer try
        if guessed and declared:
            warnings.append(f"page declares {declared} but its bytes are not {declared}; decoded as {codec}")
        return Decoded(text, _name(codec), warnings)
    lenient = _mostly(data, declared_codec)
    if lenient is not None:
        return lenient
    return _fallback(data, declared)


def _common_hanzi() -> frozenset[str]:
    """The level-1 hanzi of GB2312 (3,755) and of Big5 (5,401): the common characters of each
    script, as the two standards rank them; built once from the codecs themselves."""
    big5_trails = bytes([*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    gb = b"".join(bytes((lead, t)) for lead in range(0xB0, 0xD8) for t in range(0xA1, 0xFF))
    big5 = b"".join(bytes((lead, t)) for lead in range(0xA4, 0xC7) for t in big5_trails)
    text = gb.decode("gb2312", "ignore") + big5.decode("big5", "ignore")
    return frozenset(_CJK.findall(text))


_COMMON: frozenset[str] | None = None
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
#: punctuation and full-width forms: neutral in a Chinese reading
_NEUTRAL = re.compile(r"[\u2000-\u206f\u3000-\u303f\uff00-\uffef\u00a0-\u00bf]")
_SAMPLE = 4000


def chinese_plausibility(text: str) -> float | None:
    """The share of the non-ASCII characters of ``text`` (punctuation aside) that are common hanzi.

    A right reading of a Chinese page scores above 0.9; GB18030 bytes read as Big5, or Big5 read
    as GB18030, score near one half (rare hanzi, kana, Cyrillic, box drawing). None when the text
    holds too few such characters to tell.
    """
    global _COMMON
    if _COMMON is None:
        _COMMON = _common_hanzi()
    sample = "".join(_NON_ASCII.findall(text, 0, 200_000))[: _SAMPLE * 2]
    sample = _NEUTRAL.sub("", sample)[:_SAMPLE]
    if len(sample) < _MIN_EVIDENCE:
        return None
    common = _COMMON
    return sum(ch in common for ch in sample) / len(sample)


def _readings(data: bytes, codecs_: list[str]) -> list[tuple[str, str, bool]]:
    """The readings of ``data`` worth taking, best first: (codec, text, cut short).

    Codecs are tried in order; the first reading that is not Chinese legacy, that reads as
    Chinese, or that holds too few characters to judge is taken at once. Otherwise the Chinese
    legacy readings are ranked by :func:`chinese_plausibility` (ties keep the order given).
    """
    found: list[tuple[float, int, str, str, bool]] = []
    for rank, codec in enumerate(codecs_):
        got = _strict_or_cut(data, codec)
        if got is None:
            continue
        text, cut = got
        score = chinese_plausibility(text) if codec in _CHINESE_LEGACY else None
        if score is None or score >= _READS_AS_CHINESE:
            return [(codec, text, cut)]
        found.append((score, rank, codec, text, cut))
    found.sort(key=lambda f: (-f[0], f[1]))
    return [(codec, text, cut) for _, _, codec, text, cut in found]


def _mostly(data: bytes, declared_codec: str | None) -> Decoded | None:
    """A page that is UTF-8 (or its declared codec) but for a few bad bytes, read with U+FFFD for them.

    Only UTF-8 (whose multi-byte sequences rarely validate by chance) and a
    declared codec are tried: an undeclared guess with damage is left to
    charset-normalizer.
    """
    for codec in dict.fromkeys(c for c in ("utf-8", declared_codec) if c):
        text = data.decode(codec, "replace")
        bad = text.count("\ufffd")
        good = len(text) - len(text.encode("ascii", "ignore")) - bad
        if good >= 20 and bad * 20 <= good:
            return Decoded(text, _name(codec), plausibility_warnings(text))
    return None


def _name(codec: str) -> str:
    return {"utf_8": "utf-8", "gb18030": "gb18030"}.get(codec, codec.replace("_", "-"))


def _fallback(data: bytes, declared: str | None) -> Decoded:
    """No candidate fits: ask charset-normalizer, and say so in a warning."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError(
            f"the bytes are not text in any known encoding (declared {declared or 'none'}; "
            "utf-8 and gb18030 both fail): a binary file or a corrupted download"
        )
    text = str(best)
    codec = _name(codecs.lookup(best.encoding).name)
    warnings = [f"no declared or common encoding fits; guessed {codec} (charset-normalizer)"]
    warnings += plausibility_warnings(text)
    return Decoded(text, codec, warnings)
