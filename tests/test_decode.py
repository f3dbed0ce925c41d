"""Bytes -> text: BOM, verified declared charset, and warnings instead of silent mojibake."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from gov_facts.core.errors import DecodeError
from gov_facts.read.decode import chinese_plausibility, declared_charset, decode_bytes

TEXT = "市政府党组推动“我为群众办实事”，共筹集建设安置房1.39万套，发证率88.02%。"


def _html(charset: str | None, body: str = TEXT) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


CASES = [
    ("utf-8 declared and true", _html("utf-8").encode("utf-8"), "utf-8"),
    ("corpus-014: meta gb2312, bytes utf-8", _html("gb2312").encode("utf-8"), "utf-8"),
    ("corpus-033: nothing declared, bytes utf-8", _html(None).encode("utf-8"), "utf-8"),
    ("declared gb2312, bytes gbk -> gb18030", _html("gb2312").encode("gbk"), "gb18030"),
    ("declared gbk, bytes gbk", _html("GBK").encode("gbk"), "gb18030"),
    ("nothing declared, bytes gbk", _html(None).encode("gbk"), "gb18030"),
    ("utf-8 BOM", codecs.BOM_UTF8 + _html(None).encode("utf-8"), "utf-8"),
    ("utf-16 BOM", codecs.BOM_UTF16_LE + _html(None).encode("utf-16-le"), "utf-16-le"),
]


@pytest.mark.parametrize(("data", "encoding"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decoding_picks_the_codec_that_verifies(data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert TEXT in decoded.text
    assert decoded.warnings == [] or "declares" in decoded.warnings[0]


def test_bom_is_not_kept() -> None:
    assert not decode_bytes(codecs.BOM_UTF8 + b"<p>x</p>").text.startswith("\ufeff")


def test_declared_utf8_over_gbk_bytes_is_reported() -> None:
    decoded = decode_bytes(_html("utf-8").encode("gbk"))
    assert decoded.encoding == "gb18030"
    assert any("declares utf-8" in w for w in decoded.warnings)


TW = "新北市今年共興建社會住宅1,860戶，總經費達35.6億元，較去年增加兩成。截至10月底已受理申請逾1萬件。"
HK = "政府今日公布，港鐵𨋢口及升降機維修工程涉款約3,200萬港元，市民可到啲服務中心查詢嘅詳情。"
EURO = "歐盟援助計畫總額達1.2億€，較去年增加百分之十五，其中臺北市獲得三成經費。"

# (id, bytes, codec expected, text expected in the result, whether a "declares" warning is expected)
TRADITIONAL = [
    ("invented-tw: big5 declared, bytes big5", _html("big5", TW).encode("cp950"), "cp950", TW, False),
    ("invented-tw: nothing declared, bytes big5", _html(None, TW).encode("cp950"), "cp950", TW, False),
    ("invented-tw: cp950 declared, euro sign", _html("cp950", EURO).encode("cp950"), "cp950", EURO, False),
    ("invented-tw: big5 declared, euro", _html("big5", EURO).encode("cp950"), "cp950", EURO, False),
    ("invented-hk: big5 declared, HKSCS", _html("big5", HK).encode("big5hkscs"), "big5hkscs", HK, False),
    ("invented-hk: big5-hkscs declared", _html("big5-hkscs", HK).encode("big5hkscs"), "big5hkscs", HK, False),
    ("invented-hk: nothing declared, HKSCS", _html(None, HK).encode("big5hkscs"), "big5hkscs", HK, False),
    ("invented-tw: x-big5 declared", _html("x-big5", TW).encode("cp950"), "cp950", TW, False),
    ("invented-tw: meta gb2312 lies, bytes big5", _html("gb2312", TW).encode("cp950"), "cp950", TW, True),
    ("invented-tw: meta gbk lies, bytes big5", _html("gbk", TW).encode("cp950"), "cp950", TW, True),
    ("invented-tw: meta utf-8 lies, bytes big5", _html("utf-8", TW).encode("cp950"), "cp950", TW, True),
    ("invented-hk: gb2312 lies, hkscs", _html("gb2312", HK).encode("big5hkscs"), "big5hkscs", HK, True),
    ("invented: meta big5 lies, bytes gbk", _html("big5").encode("gbk"), "gb18030", TEXT, True),
    ("invented-tw: meta big5, bytes utf-8", _html("big5", TW).encode("utf-8"), "utf-8", TW, False),
    ("invented-mo: nothing declared, utf-8 traditional", _html(None, HK).encode("utf-8"), "utf-8", HK, False),
]


@pytest.mark.parametrize(
    ("data", "encoding", "text", "warned"), [c[1:] for c in TRADITIONAL], ids=[c[0] for c in TRADITIONAL]
)
def test_traditional_pages_decode_in_the_family_that_reads_as_chinese(
    data: bytes, encoding: str, text: str, warned: bool
) -> None:
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert text in decoded.text
    assert any("declares" in w for w in decoded.warnings) == warned
    assert [w for w in decoded.warnings if "declares" not in w] == []


def test_big5_without_declaration_needs_no_guess() -> None:
    data = "政府工作報告：今年全市生產總值增長百分之五，城鎮新增就業一萬人。".encode("big5")
    decoded = decode_bytes(data)
    assert "生產總值" in decoded.text
    assert decoded.warnings == []


# the same bytes read in each Chinese legacy family: the right reading scores high, the wrong low
READINGS = [
    ("invented-tw: big5 read as big5", TW.encode("cp950"), "cp950", True),
    ("invented-tw: big5 read as gb18030", TW.encode("cp950"), "gb18030", False),
    ("seed: gbk read as gb18030", TEXT.encode("gbk"), "gb18030", True),
    ("invented-hk: big5-hkscs read as gb18030", HK.encode("big5hkscs"), "gb18030", False),
    ("invented-hk: big5-hkscs read as big5hkscs", HK.encode("big5hkscs"), "big5hkscs", True),
]


@pytest.mark.parametrize(("data", "codec", "right"), [c[1:] for c in READINGS], ids=[c[0] for c in READINGS])
def test_chinese_plausibility_tells_the_families_apart(data: bytes, codec: str, right: bool) -> None:
    score = chinese_plausibility(data.decode(codec, "replace"))
    assert score is not None
    assert score >= 0.9 if right else score < 0.6


def test_too_little_text_to_judge() -> None:
    assert chinese_plausibility("<p>ok 一二</p>") is None


MOJIBAKE = [
    ("utf-8 read as latin-1, re-saved", TEXT.encode("utf-8").decode("latin-1").encode("utf-8"), "mojibake"),
    ("corpus-020: replacement characters in the page", ("正文\ufffd\ufffd" + TEXT).encode("utf-8"), "U+FFFD"),
]


@pytest.mark.parametrize(("data", "word"), [c[1:] for c in MOJIBAKE], ids=[c[0] for c in MOJIBAKE])
def test_implausible_text_is_never_silent(data: bytes, word: str) -> None:
    assert any(word in w for w in decode_bytes(data).warnings)


def test_binary_is_refused() -> None:
    with pytest.raises(DecodeError):
        decode_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200)


DECLARED = [
    ("meta charset", b'<meta charset="gb2312">', "gb2312"),
    ("http-equiv", b'<meta http-equiv="content-type" content="text/html;charset=GB2312">', "gb2312"),
    ("xml declaration", b'<?xml version="1.0" encoding="GBK"?>', "gbk"),
    ("none", b"<html><head></head>", None),
]


@pytest.mark.parametrize(("head", "name"), [c[1:] for c in DECLARED], ids=[c[0] for c in DECLARED])
def test_declared_charset(head: bytes, name: str | None) -> None:
    assert declared_charset(head) == name


UTF8_DESPITE_GB2312 = ["014", "027", "028", "031", "032", "033"]


@pytest.mark.parametrize("page", UTF8_DESPITE_GB2312, ids=[f"corpus-{p}" for p in UTF8_DESPITE_GB2312])
def test_corpus_pages_decode_as_utf8(shared_dir: Path, page: str) -> None:
    decoded = decode_bytes((shared_dir / "corpus" / "pages" / f"{page}.html").read_bytes())
    assert decoded.encoding == "utf-8"
    assert decoded.warnings == []
