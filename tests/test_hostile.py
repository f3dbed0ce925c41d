"""Hostile and broken input: every bad page gets one clear stderr line, nothing crashes, nothing else is lost.

The catalogue is a table of bad inputs, each made in ``tmp_path``. Every row
runs the real command with a good page before and after the bad one, and
checks: the bad input's one stderr line (``gov-facts: NAME: KIND: MESSAGE``)
or, for damage that can be read through, its record and warning; both good
pages' records; the exit status; and that no traceback appears.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from clirun import invoke
from gov_facts.cli import ExitCode

pytestmark = pytest.mark.usefixtures("jieba_loaded")

REPO = Path(__file__).resolve().parents[1]
GOOD = REPO / "samples" / "xuancheng-2021-10-27.html"
GOV_FACTS = [sys.executable, "-m", "gov_facts"]

PARA = "党史学习教育开展以来，市政府党组在实践活动中共筹集建设安置房1.39万套，用于政府投资项目征迁安置。"
PARA2 = "截至9月30日，已交付安置房424套，其余2580套将于年底前陆续建成交付，发证率达到88.02%。"


def page(body: str = PARA + "</p><p>" + PARA2, charset: str = "utf-8", title: str = "安置房建设") -> str:
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f'<body><div class="content"><h1>{title}</h1><p>{body}</p></div></body></html>'
    )


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines()]


def write(path: Path, data: bytes) -> list[str]:
    path.write_bytes(data)
    return [str(path)]


# --- how each bad input is made: tmp_path -> the arguments naming it ----------------------------------


def _png(p: Path) -> list[str]:
    return write(p / "logo.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)


def _pdf(p: Path) -> list[str]:
    head = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nstream\n"
    return write(p / "report.html", head + bytes(range(256)) * 8)


def _zip(p: Path) -> list[str]:
    import zipfile

    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("page.html", page())
    return write(p / "bundle.html", buf.getvalue())


def _exe(p: Path) -> list[str]:
    head = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
    return write(p / "setup.html", head + bytes(range(256)) * 8)


def _cut_mid_tag(p: Path) -> list[str]:
    data = page().encode()
    return write(p / "cut-tag.html", data[: data.index(b"</p>") + 2])  # ends "...安置。</"


def _cut_mid_char(p: Path) -> list[str]:
    data = page().encode()
    return write(p / "cut-char.html", data[: data.index("交付".encode()) + 2])  # 2 of 交's 3 bytes


def _nul(p: Path) -> list[str]:
    return write(p / "nul.html", page().encode().replace("已交付".encode(), b"\x00\x00\x00"))


def _bad_utf8(p: Path) -> list[str]:
    return write(p / "bad-utf8.html", page().encode().replace("安置房1.39".encode(), b"\xff\xfe\xc3(1.39"))


def _gb18030_in_gb2312(p: Path) -> list[str]:
    # 𠀀 (U+20000, CJK Extension B) and € exist in GB18030 only, not in GB2312 or GBK
    body = "𠀀字号€：" + PARA + "</p><p>" + PARA2
    return write(p / "gb18030.html", page(body, charset="gb2312").encode("gb18030"))


def _two_html(p: Path) -> list[str]:
    # corpus 005's shape: a header include that closes </html>, then the article after it
    header = (
        '<html><head><meta charset="utf-8"><title>安置房建设</title></head><body>'
        '<div class="header_toolbar"><a href="/">首页</a><a href="/zw">政务</a></div>'
        "</body></html>\n"
    )
    article = f'<div class="content"><h1>安置房建设</h1><p>{PARA}</p><p>{PARA2}</p></div></body>\n</html>'
    return write(p / "two-html.html", (header + article).encode())


def _deep(p: Path) -> list[str]:
    return write(p / "deep.html", ("<html><body>" + "<div>" * 10_000 + PARA + "</div>" * 10_000).encode())


def _five_mb_line(p: Path) -> list[str]:
    # a minified page: one 5 MB line, mostly an inline script, the article inside
    script = "<script>var d=[" + "1234567890," * 470_000 + "0];</script>"
    return write(p / "minified.html", page().replace("<body>", "<body>" + script).encode())


def _fifty_mb(p: Path) -> list[str]:
    path = p / "huge.html"
    with open(path, "wb") as fh:
        fh.write(page().encode())
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, written in no time
    return [str(path)]


def _no_body_text(p: Path) -> list[str]:
    return write(p / "shell.html", b"<html><head><title>x</title></head><body><div></div></body></html>")


def _list_page(p: Path) -> list[str]:
    link = '<li><a href="/n/{0}.html">关于开展第{0}批安置房建设工作的通知公告</a></li>'
    items = "".join(link.format(i) for i in range(40))
    return write(p / "list.html", f"<html><body><ul>{items}</ul></body></html>".encode())


def _english(p: Path) -> list[str]:
    text = "The city built 13,900 resettlement flats in 2021, up 12% on the year. " * 20
    return write(p / "english.html", page(text, title="Housing").encode())


def _empty_dir(p: Path) -> list[str]:
    (p / "x.html").mkdir()
    return [str(p / "x.html")]


def _dir_with_page(p: Path) -> list[str]:
    (p / "x.html").mkdir()
    (p / "x.html" / "inner.html").write_bytes(page().encode())
    return [str(p / "x.html")]


def _dangling(p: Path) -> list[str]:
    (p / "dangling.html").symlink_to(p / "nowhere.html")
    return [str(p / "dangling.html")]


def _loop(p: Path) -> list[str]:
    (p / "a.html").symlink_to(p / "b.html")
    (p / "b.html").symlink_to(p / "a.html")
    return [str(p / "a.html")]


def _walk_with_dangling(p: Path) -> list[str]:
    (p / "dir").mkdir()
    (p / "dir" / "dangling.html").symlink_to(p / "nowhere.html")
    return [str(p / "dir")]


def _read_fails(p: Path) -> list[str]:
    # works even as root: /proc/self/mem opens, but reading at offset 0 (an unmapped address) fails
    (p / "mem.html").symlink_to("/proc/self/mem")
    return [str(p / "mem.html")]


def _chmod_000(p: Path) -> list[str]:
    path = p / "secret.html"
    path.write_bytes(page().encode())
    path.chmod(0)
    return [str(path)]


def _non_utf8_name(p: Path) -> list[str]:
    name = os.fsdecode(str(p).encode() + b"/bad\xff\xfe.html")
    Path(name).write_bytes(page().encode())
    return [name]


def _corrupt_gz(p: Path) -> list[str]:
    return write(p / "page.html.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-not-deflate")


def _cut_gz(p: Path) -> list[str]:
    return write(p / "cut.html.gz", gzip.compress(page().encode())[:-40])


def _random_bytes(p: Path) -> list[str]:
    import random

    return write(p / "noise.html", random.Random(6).randbytes(20_000).replace(b"\x00", b"\x01"))


def _warc_cut(p: Path) -> list[str]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in (1, 2):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = BytesIO(page().encode())
        writer.write_record(writer.create_warc_record(f"http://x.gov.cn/{i}.html", "response",
                                                      payload=body, http_headers=headers))  # fmt: skip
    return write(p / "crawl.warc", buf.getvalue()[:-300])  # the file ends inside record 2


def _xxe(p: Path) -> list[str]:
    secret = p / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    doctype = f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
    html = page(PARA + "&xxe;</p><p>" + PARA2).replace("<!DOCTYPE html>", doctype)
    return write(p / "xxe.html", html.encode())


def _external_dtd(p: Path) -> list[str]:
    # an external DTD and entity over the network: must not be fetched (a closed port makes any try fail fast)
    doctype = ('<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd" '
               '[<!ENTITY % ext SYSTEM "http://127.0.0.1:9/x"> %ext;]>')  # fmt: skip
    return write(p / "dtd.html", page().replace("<!DOCTYPE html>", doctype).encode())


# --- the catalogue --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bad:
    make: Callable[[Path], list[str]]
    kind: str | None  # the error kind; None: read through, giving a record
    message: str  # in the stderr line; for a record, in its warnings ("" for none)
    check: Callable[[dict[str, Any]], bool] | None = None  # more about the record
    options: tuple[str, ...] = field(default=())
    name: Callable[[list[str]], str] | None = None  # the input name in the line, when not the path
    also: int = 0  # records the bad input still gives besides the failure (a WARC's whole records)


CATALOGUE: dict[str, Bad] = {
    "empty-file": Bad(lambda p: write(p / "empty.html", b""), "no_article", "the text is empty"),
    "whitespace-only": Bad(lambda p: write(p / "ws.html", b" \r\n\t\n  "), "no_article", "the text is empty"),
    "png-named-html": Bad(_png, "undecodable", "this is a PNG image, not a page"),
    "pdf-named-html": Bad(_pdf, "undecodable", "this is a PDF document, not a page"),
    "zip-named-html": Bad(_zip, "undecodable", "this is a ZIP archive"),
    "exe-named-html": Bad(_exe, "undecodable", "this is a Windows executable, not a page"),
    "random-bytes": Bad(_random_bytes, "undecodable", "not text in any known encoding"),
    "cut-mid-tag": Bad(_cut_mid_tag, None, "", lambda r: "1.39万套" in r["text"]),
    "cut-mid-multibyte-char": Bad(_cut_mid_char, None, "file looks cut short",
                                  lambda r: r["text"].endswith("已") and len(r["facts"]) >= 1),
    "nul-bytes-in-text": Bad(_nul, None, "NUL byte", lambda r: "\x00" not in r["text"]),
    "invalid-bytes-in-utf8-page": Bad(_bad_utf8, None, "replacement character",
                                      lambda r: r["encoding"] == "utf-8" and "2580套" in r["text"]),
    "gb18030-only-chars-in-gb2312-page": Bad(_gb18030_in_gb2312, None, "",
                                             lambda r: r["encoding"] == "gb18030" and "𠀀字号€" in r["text"]),
    "two-closing-html-tags": Bad(_two_html, None, "",
                                 lambda r: "1.39万套" in r["text"] and "2580套" in r["text"]),
    "10000-deep-nesting": Bad(_deep, "too_deep", "tags nest more than 256 deep"),
    "single-5mb-line": Bad(_five_mb_line, None, "", lambda r: "1.39万套" in r["text"]),
    "50mb-page-over-limit": Bad(_fifty_mb, "too_large", "52428800 bytes, more than the limit of 20971520"),
    "no-body-text": Bad(_no_body_text, "no_article", "no paragraph of Chinese text outside links"),
    "list-page": Bad(_list_page, "no_article", "no paragraph of Chinese text outside links"),
    "non-chinese-page": Bad(_english, "no_article", "no paragraph of Chinese text outside links"),
    "empty-directory-named-x.html": Bad(_empty_dir, "no_pages", "the directory holds no page to read"),
    "directory-named-x.html-is-walked": Bad(_dir_with_page, None, "",
                                            lambda r: r["input"].endswith("inner.html")),
    "dangling-symlink": Bad(_dangling, "unreadable", "broken symlink: it points to"),
    "dangling-symlink-in-a-walk": Bad(_walk_with_dangling, "unreadable", "broken symlink",
                                      name=lambda a: f"{a[0]}/dangling.html"),
    "symlink-loop": Bad(_loop, "unreadable", "symlink loop"),
    "read-fails-eio": Bad(_read_fails, "unreadable", "Input/output error"),
    "unreadable-by-permissions": Bad(_chmod_000, "unreadable", "permission denied"),
    "non-utf8-file-name": Bad(_non_utf8_name, "bad_filename", "the file name is not UTF-8",
                              name=lambda a: os.fsencode(a[0]).decode("utf-8", "backslashreplace")),
    "corrupt-gz": Bad(_corrupt_gz, "unreadable", "broken gzip file"),
    "cut-short-gz": Bad(_cut_gz, "unreadable", "broken gzip file"),
    "warc-truncated-record": Bad(_warc_cut, "unreadable", "the WARC file ends inside this record",
                                 name=lambda a: a[0] + "#", also=1),
    "xxe-entity-not-expanded": Bad(_xxe, None, "",
                                   lambda r: "TOP-SECRET" not in json.dumps(r, ensure_ascii=False)),
    "external-dtd-not-fetched": Bad(_external_dtd, None, "", lambda r: "1.39万套" in r["text"]),
}  # fmt: skip


def _skip_if_root(row_id: str) -> Any:
    if row_id == "unreadable-by-permissions":
        # root reads a chmod 000 file anyway, so the row proves nothing there
        # ("read-fails-eio" covers a failing read as root)
        root = os.geteuid() == 0
        return pytest.mark.skipif(root, reason="running as root: chmod 000 does not stop reading")
    return ()


@pytest.mark.parametrize(
    "row", [pytest.param(bad, id=key, marks=_skip_if_root(key)) for key, bad in CATALOGUE.items()]
)
def test_catalogue(tmp_path: Path, row: Bad) -> None:
    (tmp_path / "in").mkdir()
    args = row.make(tmp_path / "in")
    result = invoke("extract", GOOD, *args, GOOD, "--jobs", "0", *row.options)
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln and " read: " not in ln]
    recs = records(result.stdout)
    assert recs[0]["input"] == recs[-1]["input"] == str(GOOD)  # the good pages around it still come out
    assert recs[0] == recs[-1] and len(recs[0]["facts"]) > 10
    if row.kind is None:
        assert lines == [] and result.exit_code == ExitCode.OK, result.stderr
        assert len(recs) == 3
        bad = recs[1]
        if row.message:
            assert any(row.message in w for w in bad["warnings"]), bad["warnings"]
        assert row.check is None or row.check(bad), bad["text"][:300]
        return
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert len(recs) == 2 + row.also
    name = row.name(args) if row.name else args[0]
    assert len(lines) == 1, lines  # one line for the bad input, nothing else
    assert lines[0].startswith(f"gov-facts: {name}")
    assert f": {row.kind}: " in lines[0] and row.message in lines[0], lines[0]
    assert lines[0].count(row.kind.replace("_", " ")) <= 1  # the kind is not repeated in the message


def test_catalogue_is_big_enough() -> None:
    assert len(CATALOGUE) >= 25


# --- one input that would take too long: bounded by --timeout, the rest still written ---------------


def test_input_that_never_arrives_is_cut_off_by_the_timeout(tmp_path: Path) -> None:
    # A named pipe nobody writes to: opening it blocks for ever, whatever the machine's speed, so
    # only the time limit can end it. (A slow-to-parse page would make this depend on the CPU.)
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    rescue = threading.Timer(60, _unblock, args=(stuck,))  # if the limit failed: fail, do not hang
    rescue.daemon = True
    rescue.start()
    try:
        result = invoke("extract", GOOD, stuck, GOOD, "--jobs", "1", "--timeout", "1")
    finally:
        rescue.cancel()
    assert f"gov-facts: {stuck}: timeout: gave up after 1 s (--timeout)" in result.stderr
    assert [r["input"] for r in records(result.stdout)] == [str(GOOD), str(GOOD)]
    assert result.exit_code == ExitCode.INPUT_FAILED


def _unblock(fifo: Path) -> None:
    """Give a blocked reader of ``fifo`` an end of file, so a broken time limit fails the test."""
    with contextlib.suppress(OSError):  # nobody is reading any more: nothing to unblock
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))


def test_run_on_digits_are_read_quickly(tmp_path: Path) -> None:
    slow = tmp_path / "digits.html"
    slow.write_bytes(page(PARA + "1234567890" * 300_000).encode())
    # the default time limit: linear work finishes well inside it, quadratic work never would
    result = invoke("extract", slow, "--jobs", "1", "--timeout", "30")
    assert result.exit_code == ExitCode.OK, result.stderr


# --- stdin -----------------------------------------------------------------------------------------


def test_stdin_cut_short_is_read_as_far_as_it_goes() -> None:
    data = page().encode()
    cut = data[: data.index("交付".encode()) + 1]  # the writer died mid-character
    result = invoke("extract", "-", GOOD, "--jobs", "0", input=cut)
    recs = records(result.stdout)
    assert [r["input"] for r in recs] == ["-", str(GOOD)] and result.exit_code == ExitCode.OK
    assert any("cut short" in w for w in recs[0]["warnings"])


def test_stdin_closed() -> None:
    # the real command with file descriptor 0 closed: '-' fails alone, the page is still read
    result = subprocess.run(
        [*GOV_FACTS, "extract", "-", str(GOOD), "--jobs", "0"],
        capture_output=True, stdin=None, preexec_fn=lambda: os.close(0), timeout=60, check=False,
    )  # fmt: skip
    err = result.stderr.decode()
    assert "gov-facts: -: unreadable: cannot read standard input: standard input is closed" in err
    assert [r["input"] for r in records(result.stdout.decode())] == [str(GOOD)]
    assert result.returncode == ExitCode.INPUT_FAILED and "Traceback" not in err


def test_from_list_on_closed_stdin() -> None:
    # --from-list - with file descriptor 0 closed: a usage error naming the list, no traceback
    result = subprocess.run(
        [*GOV_FACTS, "extract", "--from-list", "-"],
        capture_output=True, stdin=None, preexec_fn=lambda: os.close(0), timeout=60, check=False,
    )  # fmt: skip
    err = result.stderr.decode()
    assert "gov-facts: -: cannot read the list: standard input is closed" in err
    assert result.returncode == ExitCode.USAGE and "Traceback" not in err


# --- patterns files: refused up front (exit 2), never a hang -------------------------------------


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        pytest.param("[chrome\nline_patterns = 1", "invalid TOML syntax", id="invalid-syntax"),
        pytest.param('[chrome]\nno_such_field = ["x"]\n', "chrome.no_such_field: Extra inputs",
                     id="unknown-field"),
        pytest.param("[frobnicate]\nx = 1\n", "entry frobnicate", id="unknown-section"),
        pytest.param('[chrome]\nline_patterns = ["(a+)+$"]\n', "may never finish", id="catastrophic-nested"),
        pytest.param('[chrome]\nline_patterns = ["(a|aa)*b"]\n', "may never finish", id="catastrophic-alt"),
        pytest.param('[chrome]\nline_patterns = ["(x"]\n', "invalid regular expression", id="bad-regex"),
    ],
)  # fmt: skip
def test_bad_patterns_file(tmp_path: Path, toml: str, message: str) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text(toml, encoding="utf-8")
    result = invoke("extract", GOOD, "--patterns", bad)
    assert result.exit_code == ExitCode.USAGE and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"gov-facts: {bad}: ") and message in line, line


# --- output that cannot be written -----------------------------------------------------------------


def test_output_to_a_full_device() -> None:
    """-o /dev/full: every write fails with ENOSPC; the device must stay a device (never renamed over)."""
    if not stat.S_ISCHR(os.stat("/dev/full").st_mode):
        pytest.skip("/dev/full is not the full device here")
    result = invoke("extract", GOOD, "-o", "/dev/full", "--jobs", "0")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "gov-facts: /dev/full: cannot write output: No space left on device" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert not Path("/dev/.full.part").exists() and not Path("/dev/.full.state").exists()


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Any:
    """A 64 KB tmpfs (needs the right to mount: root in a container usually has it; else skipped)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
                          capture_output=True, check=False)  # fmt: skip
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


def test_disk_full_part_way(tiny_disk: Path) -> None:
    """The disk fills up after two records: one clear line, exit 1, no target file, --resume told."""
    target = tiny_disk / "out.jsonl"
    result = invoke("extract", *[GOOD] * 5, "-o", target, "--jobs", "0")
    assert result.exit_code == ExitCode.INPUT_FAILED
    lines = [ln for ln in result.stderr.splitlines() if ln]
    assert lines == [
        f"gov-facts: {target}: cannot write output: No space left on device; what was written is kept: "
        "fix that, then run the same command with --resume"
    ]
    assert not target.exists()


def test_output_to_dev_null_keeps_dev_null() -> None:
    result = invoke("extract", GOOD, "-o", "/dev/null", "--jobs", "0")
    assert result.exit_code == ExitCode.OK
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_stdout_to_a_full_device() -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*GOV_FACTS, "extract", str(GOOD), "--jobs", "0"], stdout=full,
                                stderr=subprocess.PIPE, timeout=60, check=False)  # fmt: skip
    assert result.returncode == ExitCode.INPUT_FAILED
    assert b"gov-facts: stdout: cannot write output: No space left on device" in result.stderr


@pytest.mark.parametrize(
    "target",
    [
        # root ignores a read-only directory's mode; sysfs and procfs refuse new files even to root
        pytest.param("/sys/gov-facts-test.jsonl", id="sysfs"),
        pytest.param("/proc/gov-facts-test.jsonl", id="procfs"),
    ],
)
def test_output_to_a_read_only_place(target: str) -> None:
    result = invoke("extract", GOOD, "-o", target, "--jobs", "0")
    assert result.exit_code == ExitCode.USAGE
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"gov-facts: {target}: cannot write: ")
    assert not os.path.exists(target)


def test_output_onto_a_directory(tmp_path: Path) -> None:
    result = invoke("extract", GOOD, "-o", tmp_path, "--jobs", "0")
    assert result.exit_code == ExitCode.USAGE
    assert "it is a directory; give a file name" in result.stderr
    assert list(tmp_path.iterdir()) == []


# --- CSV for spreadsheets ---------------------------------------------------------------------------


INJECTION = page(
    '=HYPERLINK("http://evil")共筹集建设安置房-1.39万套，+5%的@住户，截至9月30日已交付安置房424套。'
)


@pytest.mark.parametrize(
    ("options", "want_text"),
    [
        pytest.param(["--excel-safe"], "'-1.39万套", id="excel-safe"),
        pytest.param([], "-1.39万套", id="plain"),
    ],
)
def test_excel_safe_csv(tmp_path: Path, options: list[str], want_text: str) -> None:
    import csv
    import io

    (tmp_path / "inj.html").write_text(INJECTION, encoding="utf-8")
    result = invoke("extract", tmp_path / "inj.html", "--format", "csv", "--jobs", "0", *options)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    first = rows[0]
    assert first["text"] == want_text
    assert first["value"] == "-13900"  # a number stays a number
    cells = [v for r in rows for k, v in r.items() if k not in ("value", "low", "high", "si_value")]
    if options:
        assert not any(v.startswith(("=", "+", "-", "@")) for v in cells)
    else:
        assert any(v.startswith("=HYPERLINK") for v in cells)
