"""``gov-facts show``: the terminal view (through rich's console), the HTML report and the batch index.

The HTML report is parsed back (one highlighted span per fact, offsets agree
with the record, the article text comes back unchanged) and opened in headless
Chromium when ``chromium`` is on PATH (a screenshot that is not blank; a page
whose text holds ``<script>`` stays inert).
"""

from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import sys
import zlib
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from typer.testing import CliRunner

from factcase import fact_at
from gov_facts import Document, extract, extract_file
from gov_facts.cli import ExitCode
from gov_facts.cli.show import _print
from gov_facts.cli.show_terminal import marked_text, render_terminal, wants_plain
from gov_facts.core.models import Fact
from gov_facts.facts.phrases import RULE_SLOGAN, find_rejected
from gov_facts.output.report_format import KIND_COLOURS, format_time
from gov_facts.output.report_html import render_html
from gov_facts.output.report_index import IndexRow, render_index, report_name
from gov_facts.rules.patterns import load_patterns

REPO = Path(__file__).resolve().parents[1]
#: the built-in pattern for groups of countries named by their number (二十国集团), as the rule names it
GROUP_OF_COUNTRIES = next(p for p in load_patterns().rules.set_phrase_patterns if p.endswith("国集团"))
SAMPLES = REPO / "samples"
SEED = SAMPLES / "xuancheng-2021-10-27.html"
LIST_PAGE = SAMPLES / "list-page.html"
PAGES_WITH_FACTS = [
    "xuancheng-2021-10-27.html",
    "xuancheng-2021-10-27.gbk.html",
    "xuancheng-2021-10-27-dump.txt",
    "chrome-inside.html",
    "stats-release.html",
    "xxgk-notice.html",
    "hk-press-release.html",
    "tw-city-news.big5.html",
    "mo-visitor-stats.html",
]
CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not on PATH")


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract_file(SEED)


def invoke(*args: str | Path, env: dict[str, str] | None = None) -> Any:
    """Run ``gov-facts ...`` in-process; stdout and stderr kept apart."""
    from gov_facts.cli import app

    return CliRunner().invoke(app, [str(a) for a in args], env=env, catch_exceptions=False)


def err_lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


# --- the terminal view ---------------------------------------------------------------------------


def rendered(doc: Document, *, plain: bool, why: bool = False, width: int = 160) -> str:
    buf = io.StringIO()
    if plain:
        console = Console(file=buf, width=width, no_color=True, color_system=None)
    else:
        console = Console(file=buf, width=width, force_terminal=True, color_system="truecolor")
    render_terminal(doc, console, plain=plain, why=why)
    return buf.getvalue()


def bg_code(kind: str) -> str:
    r, g, b = (int(KIND_COLOURS[kind][i : i + 2], 16) for i in (1, 3, 5))
    return f"48;2;{r};{g};{b}"


def test_terminal_colours_each_fact_by_kind(seed: Document) -> None:
    out = rendered(seed, plain=False, width=5000)  # no wrapping inside a figure
    for f in seed.facts:
        style = re.search(r"\x1b\[([0-9;]*)m" + re.escape(f.text) + r"\x1b\[0m", out)
        assert style is not None, f.text
        assert bg_code(f.kind) in style.group(1)
        # planned: bold italic underlined; reported: none of these
        attrs = set(style.group(1).split(";")[:3])
        assert ({"1", "3", "4"} <= attrs) == (f.status == "planned"), f.text


def test_terminal_metadata_and_facts_table(seed: Document) -> None:
    out = rendered(seed, plain=True)
    assert out.splitlines()[0] == seed.title
    assert re.search(r"published\s+2021-10-27T07:55:00\+08:00", out)
    assert re.search(r"source 来源\s+宣城日报", out)
    assert "Facts (30)" in out
    row = next(line for line in out.splitlines() if line.lstrip().startswith("10 "))
    assert re.search(
        r"2580套\s+count\s+2580\s+套\s+安置房\s+宣城市 341800 \(page\)\s+exact\s+"
        r"年底前 \(deadline 2021-12-31\)\s+planned",
        row,
    )
    assert "check: facts #6, #5, #2: stated 88.02, computed 88.02: consistent" in out


@pytest.mark.parametrize("name", PAGES_WITH_FACTS)
def test_plain_text_brackets_every_fact_and_keeps_the_text(name: str) -> None:
    doc = extract_file(SAMPLES / name)
    plain = marked_text(doc, plain=True).plain
    assert "\x1b" not in rendered(doc, plain=True)
    marks = list(re.finditer(r"([\[{])([^\]}]*)[\]}]#(\d+)", plain))
    by_id = {f.id: f for f in doc.facts}
    found = {
        int(m.group(3)): m
        for m in marks
        if int(m.group(3)) in by_id and m.group(2) == by_id[int(m.group(3))].text
    }
    assert sorted(found) == [f.id for f in doc.facts]
    for fid, m in found.items():
        assert (m.group(1) == "{") == (by_id[fid].status == "planned")
    unmarked = plain
    for m in sorted(found.values(), key=lambda m: m.start(), reverse=True):
        unmarked = unmarked[: m.start()] + m.group(2) + unmarked[m.end() :]
    assert unmarked == doc.text


@pytest.mark.parametrize(
    ("no_color", "tty", "env", "plain"),
    [
        (False, True, {}, False),
        (True, True, {}, True),
        (False, False, {}, True),
        (False, True, {"NO_COLOR": "1"}, True),
        (False, True, {"NO_COLOR": ""}, False),
    ],
    ids=["terminal", "--no-color", "not-a-terminal", "NO_COLOR", "NO_COLOR-empty"],
)
def test_when_output_is_plain(no_color: bool, tty: bool, env: dict[str, str], plain: bool) -> None:
    assert wants_plain(no_color, tty, env) is plain


@pytest.mark.parametrize(
    ("height", "pager", "paged"),
    [(20, True, True), (20, False, False), (10_000, True, False)],
    ids=["long", "--no-pager", "fits"],
)
def test_long_articles_are_paged_on_a_terminal(
    seed: Document, monkeypatch: pytest.MonkeyPatch, height: int, pager: bool, paged: bool
) -> None:
    pages: list[str] = []
    monkeypatch.setattr("rich.pager.SystemPager.show", lambda self, content: pages.append(content))
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=120, height=height, color_system="truecolor")
    _print(seed, console, plain=False, why=False, pager=pager, patterns=None)  # type: ignore[arg-type]
    shown = pages[0] if paged else buf.getvalue()
    assert bool(pages) is paged
    assert "2580套" in shown and "Facts (30)" in shown


def test_terminal_why_lists_the_set_phrases(seed: Document) -> None:
    out = rendered(seed, plain=True, why=True)
    assert "numbers inside them are not counted as facts" in out
    assert re.search(r"“四个清零”\s+set phrase; numeral inside a quoted slogan", out)
    assert re.search(r"第一标准\s+set phrase pattern 第", out)


@pytest.mark.parametrize(
    ("args", "env"),
    [((), {}), (("--no-color",), {}), ((), {"NO_COLOR": "1"})],
    ids=["piped", "--no-color", "NO_COLOR"],
)
def test_show_command_prints_plain_text_when_not_a_terminal(
    args: tuple[str, ...], env: dict[str, str]
) -> None:
    result = invoke("show", SEED, *args, env=env)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert "\x1b[" not in result.stdout
    assert "[1.39万套]#7" in result.stdout and "{2580套}#10" in result.stdout
    assert result.stderr == ""


# --- the HTML report, parsed back ----------------------------------------------------------------


class ReportParser(HTMLParser):
    """The article's text as a browser sees it, with each <mark> at its place; scripts and images."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text = ""
        self.depth = 0  # > 0 inside div#text
        self.marks: list[dict[str, Any]] = []
        self.open: list[dict[str, Any] | None] = []
        self.scripts: list[str] = []
        self.in_script = False
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag == "script":
            self.in_script = True
            self.scripts.append("")
        if self.depth:
            if tag == "div":
                self.depth += 1
            entry = {"attrs": a, "start": len(self.text)} if tag == "mark" else None
            self.open.append(entry)
            if entry is not None:
                self.marks.append(entry)
        elif tag == "div" and a.get("id") == "text":
            self.depth = 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False
        if not self.depth:
            return
        if tag == "div":
            self.depth -= 1
            if not self.depth:
                return
        entry = self.open.pop()
        if entry is not None:
            entry["end"] = len(self.text)

    def handle_data(self, data: str) -> None:
        if self.in_script:
            self.scripts[-1] += data
        if self.depth:
            self.text += data


def parse(html: str) -> ReportParser:
    p = ReportParser()
    p.feed(html)
    p.close()
    return p


@pytest.mark.parametrize("name", PAGES_WITH_FACTS)
@pytest.mark.parametrize("why", [False, True], ids=["plain", "why"])
def test_report_marks_every_fact_at_its_offsets(name: str, why: bool) -> None:
    doc = extract_file(SAMPLES / name)
    p = parse(render_html(doc, why=why))
    assert p.text == doc.text  # the article comes back unchanged
    assert len(p.marks) == len(doc.facts)
    for mark, f in zip(p.marks, doc.facts, strict=True):
        a = mark["attrs"]
        assert (int(a["data-id"]), int(a["data-start"]), int(a["data-end"])) == (f.id, f.start, f.end)
        assert (mark["start"], mark["end"]) == (f.start, f.end)
        assert p.text[mark["start"] : mark["end"]] == f.text
        assert ("planned" in a["class"].split()) == (f.status == "planned")
        assert a["data-kind"] == f.kind and KIND_COLOURS[f.kind] in a["style"]
        assert f"value: {f.value if f.value is not None else ''}" in a["title"] or f.value is None
    # the facts table: one row per fact, linked to its mark
    rows = [a for t, a in p.tags if t == "tr" and (a.get("id") or "").startswith("row-")]
    assert [r["id"] for r in rows] == [f"row-{f.id}" for f in doc.facts]
    why_spans = [(int(a["data-start"]), int(a["data-end"])) for t, a in p.tags if a.get("class") == "why"]
    assert why_spans == ([(r.start, r.end) for r in find_rejected(doc.text)] if why else [])


def test_report_is_self_contained(seed: Document) -> None:
    html = render_html(seed, why=True)
    p = parse(html)
    assert len(p.scripts) == 1  # ours, inline
    for tag, a in p.tags:
        assert not a.get("src"), tag  # no script, image or frame from elsewhere
        assert tag != "link" and tag not in ("iframe", "img", "object", "embed")
        if "href" in a:
            assert (a["href"] or "").startswith(("#", "https://www.xuancheng.gov.cn/")), a
    assert "@import" not in html and "url(" not in html
    csp = next(
        a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None and "default-src 'none'" in csp and "script-src 'sha256-" in csp


HOSTILE = (
    '<script>document.body.setAttribute("data-pwned","1")</script>'
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"
)


def hostile_page() -> bytes:
    """A page whose title and text hold markup and script (escaped in the source, so they are text)."""
    esc = HOSTILE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = (
        f"<p>今年全市新建安置房1200套，{esc}完成投资3.5亿元。</p>"
        f"<p>截至9月底，已交付安置房800套，其余400套将于年底前交付。{esc}</p>"
    )
    return (
        '<html><head><meta charset="utf-8"><title>测试&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
        "</title></head><body><h1>安置房建设&lt;script&gt;alert(1)&lt;/script&gt;</h1>"
        f'<div class="content">{body}</div></body></html>'
    ).encode()


@pytest.fixture(scope="module")
def hostile() -> Document:
    doc = extract(hostile_page(), "hostile.html")
    assert "<script>" in doc.text and doc.facts
    return doc


def test_text_from_the_page_cannot_inject_markup(hostile: Document) -> None:
    html = render_html(hostile, why=True)
    p = parse(html)
    assert p.text == hostile.text
    assert len(p.scripts) == 1 and "pwned" not in p.scripts[0]
    assert [t for t, _ in p.tags].count("img") == 0
    assert not any(k.startswith("on") for _, a in p.tags for k in a)
    assert len(p.marks) == len(hostile.facts)


def test_every_field_is_escaped() -> None:
    evil = '"><script>alert(1)</script>'
    text = f"共建成{evil}安置房15套。"
    start = text.index("15套")
    fact = Fact(
        id=1, kind="count", value=15, unit=evil, subject=evil, text="15套",
        start=start, end=start + 3, sentence=text,
    )  # fmt: skip
    doc = Document(input=evil, title=evil, source=evil, url=f"javascript:{evil}", text=text, facts=[fact])
    html = render_html(doc, why=True)
    p = parse(html)
    assert len(p.scripts) == 1
    assert not any(t == "a" and (a.get("href") or "").startswith("javascript:") for t, a in p.tags)
    assert html.count("<script>") == 1


# --- --why: set phrases and slogans --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("坚持“一天一碰头”", [("“一天一碰头”", f"set phrase; {RULE_SLOGAN}")]),
        ("实现了“三端”联动", [("“三端”", RULE_SLOGAN)]),
        ("进一步加强", [("进一步", "set phrase")]),
        ("出席二十国集团峰会", [("二十国集团", f"set phrase pattern {GROUP_OF_COUNTRIES}")]),
        ("“3个一”工程", []),  # an Arabic digit: not the slogan rule
        ("新建安置房15套", []),
        ("", []),
    ],
    ids=["phrase-in-quotes", "slogan", "phrase", "pattern", "arabic-in-quotes", "a-fact", "empty"],
)
def test_find_rejected(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.text, r.rule) for r in find_rejected(text)] == expected


@pytest.mark.parametrize("name", PAGES_WITH_FACTS)
def test_no_fact_stands_inside_a_rejected_phrase(name: str) -> None:
    doc = extract_file(SAMPLES / name)
    for r in find_rejected(doc.text):
        assert doc.text[r.start : r.end] == r.text
        assert not any(f.start < r.end and r.start < f.end for f in doc.facts), (r, name)


# --- the command: --html, --html-dir, errors -----------------------------------------------------


def test_show_html_writes_one_report(tmp_path: Path, seed: Document) -> None:
    out = tmp_path / "report.html"
    result = invoke("show", SEED, "--html", out, "--why")
    assert result.exit_code == ExitCode.OK
    assert result.stdout == ""
    assert err_lines(result) == [f"gov-facts: wrote {out} (30 facts) for {SEED}"]
    p = parse(out.read_text(encoding="utf-8"))
    assert p.text == seed.text and len(p.marks) == 30
    assert "Set phrases and slogans (not counted as facts)" in out.read_text(encoding="utf-8")


def test_show_html_dir_writes_reports_and_an_index(tmp_path: Path) -> None:
    result = invoke("show", SAMPLES, "--html-dir", tmp_path / "out", "-j", "0")
    assert result.exit_code == ExitCode.INPUT_FAILED  # list-page.html has no article
    assert err_lines(result)[0] == (
        f"gov-facts: {LIST_PAGE}: no_article: no paragraph of Chinese text outside links"
    )
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    p = parse(index)
    links = [a["href"] for t, a in p.tags if t == "a"]
    assert len(links) == len(PAGES_WITH_FACTS)
    for href in links:
        report = tmp_path / "out" / href
        rp = parse(report.read_text(encoding="utf-8"))
        assert rp.marks and 'href="index.html"' in report.read_text(encoding="utf-8")
    assert "10 inputs: 9 with facts, 0 without facts, 1 failed; 260 facts" in index
    assert "list-page.html</td>" in index and "no paragraph of Chinese text" in index


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("nope.html",), ExitCode.INPUT_FAILED, "gov-facts: nope.html: unreadable: no such file"),
        ((SEED, SEED, "--html", "r.html"), ExitCode.USAGE, "gov-facts: --html writes one report"),
        ((SAMPLES, "--html", "r.html"), ExitCode.USAGE, "gov-facts: --html writes one report"),
        ((SEED, "--html", "r.html", "--html-dir", "d"), ExitCode.USAGE, "gov-facts: give --html FILE"),
        (
            (SEED, "--html", "no/such/dir/r.html"),
            ExitCode.USAGE,
            "gov-facts: no/such/dir/r.html: cannot write",
        ),
        ((LIST_PAGE,), ExitCode.INPUT_FAILED, f"gov-facts: {LIST_PAGE}: no_article: "),
    ],
    ids=["missing", "html-two-inputs", "html-directory", "html-and-html-dir", "html-no-dir", "no-article"],
)
def test_show_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str | Path, ...], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("show", *args)
    assert result.exit_code == code
    (line,) = err_lines(result)
    assert line.startswith(message)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["a/b/page.html"], ["page.html"]),
        (["a/page.html", "b/page.html", "c/PAGE.htm"], ["page.html", "page-2.html", "PAGE-3.html"]),
        (["x.warc.gz#1234"], ["x-1234.html"]),
        (["index.html"], ["index-page.html"]),
        (["-"], ["input.html"]),
        (["../信息公开 2023.shtml.gz"], ["信息公开_2023.html"]),
    ],
    ids=["basename", "clash", "warc-record", "not-the-index", "stdin", "unicode-space-gz"],
)
def test_report_names(names: list[str], expected: list[str]) -> None:
    taken = {"index.html"}
    assert [report_name(n, taken) for n in names] == expected


def test_index_escapes_and_counts() -> None:
    rows = [
        IndexRow("a<b>.html", "a.html", "<script>x</script>", "2024-01-01", 3, 1),
        IndexRow("bad.html", error="no_article: <i>none</i>"),
    ]
    p = parse(render_index(rows))
    assert len(p.scripts) == 1 and not any(t == "i" for t, _ in p.tags)
    assert "2 inputs: 1 with facts, 0 without facts, 1 failed; 3 facts (1 planned)" in render_index(rows)


# --- in a browser --------------------------------------------------------------------------------


def chromium(tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Headless Chromium with the flags that keep it from hanging on a closed network."""
    assert CHROMIUM is not None
    cmd = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp / 'profile'}", *args, url,
    ]  # fmt: skip
    return subprocess.run(cmd, capture_output=True, timeout=120, check=False, cwd=tmp)


def png_colours(data: bytes, limit: int = 64) -> set[bytes]:
    """Distinct pixel colours of an 8-bit RGB/RGBA PNG (up to ``limit``): a tiny decoder for the check."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    channels = 3
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        ctype, chunk = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if ctype == b"IHDR":
            width, _height, depth, colour = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and colour in (2, 6)
            channels = 3 if colour == 2 else 4
        elif ctype == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    prev = bytearray(stride)
    colours: set[bytes] = set()
    for y in range(len(raw) // (stride + 1)):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = prev[i]
            ul = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                line[i] = (line[i] + left) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + up) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif ftype == 4:
                pa, pb, pc = abs(up - ul), abs(left - ul), abs(left + up - 2 * ul)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else ul
                line[i] = (line[i] + pred) & 0xFF
        prev = line
        for x in range(0, stride, channels * 7):
            colours.add(bytes(line[x : x + 3]))
        if len(colours) >= limit:
            break
    return colours


@needs_chromium
def test_report_renders_in_chromium(tmp_path: Path, seed: Document) -> None:
    report = tmp_path / "report.html"
    report.write_text(render_html(seed, why=True), encoding="utf-8")
    png = tmp_path / "shot.png"
    run = chromium(tmp_path, report.as_uri(), f"--screenshot={png}", "--window-size=1280,2000")
    assert run.returncode == 0, run.stderr[-2000:]
    data = png.read_bytes()
    assert len(data) > 50_000  # a page of text, not an empty canvas
    assert len(png_colours(data)) > 8  # text and the kinds' colours, not one flat colour


@needs_chromium
def test_script_in_the_page_stays_inert_in_chromium(tmp_path: Path, hostile: Document) -> None:
    report = tmp_path / "hostile.html"
    report.write_text(render_html(hostile), encoding="utf-8")
    run = chromium(tmp_path, report.as_uri(), "--dump-dom")
    assert run.returncode == 0, run.stderr[-2000:]
    dom = run.stdout.decode("utf-8")
    assert re.search(r'<html[^>]*class="js"', dom)  # our own inline script ran (the CSP lets it)
    assert not re.search(r"<body[^>]*data-pwned", dom)  # the page's did not
    assert "&lt;script&gt;document.body.setAttribute" in dom  # shown as text
    assert "<img" not in dom


# --- the shared corpus (skipped without ../shared) -----------------------------------------------


def test_corpus_reports_parse_back(shared_dir: Path) -> None:
    pages = sorted((shared_dir / "corpus" / "pages").iterdir())[:15]
    checked = 0
    for page in pages:
        try:
            doc = extract_file(page)
        except Exception:
            continue
        p = parse(render_html(doc, why=True))
        assert p.text == doc.text, page
        assert [(m["start"], m["end"]) for m in p.marks] == [(f.start, f.end) for f in doc.facts], page
        checked += 1
    assert checked


def test_a_reader_that_goes_away_is_not_an_error() -> None:
    """``gov-facts show ... | head -1``: stop quietly, exit 0."""
    cmd = [sys.executable, "-m", "gov_facts", "show", *[str(SEED)] * 12]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    try:
        code = proc.wait(timeout=120)
    finally:
        proc.kill()
    assert first.decode().strip() == extract_file(SEED).title
    assert code == 0 and proc.stderr.read() == b""


# ---------------------------------------------------------------- the time column

TIME_CELLS = [
    pytest.param(
        "截至9月底，全市发放贷款12亿元。",
        "12亿元",
        "截至9月底 (as_of …–2023-09-30)",
        id="own sentence: its time",
    ),
    pytest.param(
        "截至9月底，全市发放贷款12亿元。共惠及企业3000家。",
        "3000家",
        "scope: 截至9月底 (as_of …–2023-09-30)",
        id="a later sentence: the paragraph's time, marked as its scope",
    ),
    pytest.param("全市共惠及企业3000家。", "3000家", "", id="no time at all: empty"),
]


@pytest.mark.parametrize(("text", "needle", "shown"), TIME_CELLS)
def test_time_cell_marks_a_scope(text: str, needle: str, shown: str) -> None:
    assert format_time(fact_at(text, needle)) == shown
