"""Batch runs: input discovery, WARC, --from-list, worker order, limits, --errors, --resume, atomic output.

Archives are built from samples/ under tmp_path; worker-pool tests use a handful of small files.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import sys
import time
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

from clirun import invoke, jsonl
from gov_facts.cli import ExitCode
from gov_facts.output.resumable import ResumableOutput, part_path, state_path
from gov_facts.read.discover import InputFailure, Selection, Task, count, discover, read_list
from gov_facts.rules.patterns import load_patterns
from gov_facts.run.batch import Result, Summary, run
from gov_facts.run.pool import WorkerPool

pytestmark = pytest.mark.usefixtures("jieba_loaded")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEED = SAMPLES / "xuancheng-2021-10-27.html"
SEED_TXT = next(SAMPLES.glob("xuancheng-2021-10-27*.txt"))
SHARED_PAGES = REPO / ".." / "shared" / "corpus" / "pages"


def names(items: Any, root: Path) -> list[str]:
    """Discovered items as paths below ``root`` (failures as ``!kind:path``)."""
    out = []
    for item in items:
        if isinstance(item, InputFailure):
            out.append(f"!{item.kind}:{os.path.relpath(item.input, root)}")
        else:
            out.append(os.path.relpath(item.name, root))
    return out


def make_tree(root: Path, files: list[str], content: bytes = b"<p>x</p>") -> Path:
    for rel in files:
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
    return root


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six small pages in nested folders (one .gz, one list page, one non-page file)."""
    root = tmp_path_factory.mktemp("archive")
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a").mkdir()
    shutil.copy(SEED, root / "a" / "seed.html")
    shutil.copy(SAMPLES / "stats-release.html", root / "a" / "stats.shtml")
    shutil.copy(SAMPLES / "list-page.html", root / "b" / "list.htm")
    shutil.copy(SAMPLES / "chrome-inside.html", root / "b" / "deep" / "chrome.html")
    (root / "b" / "deep" / "notice.html.gz").write_bytes(
        gzip.compress((SAMPLES / "xxgk-notice.html").read_bytes())
    )
    shutil.copy(SEED_TXT, root / "dump.txt")
    (root / "notes.md").write_text("not a page", encoding="utf-8")
    return root


ARCHIVE_ORDER = [
    "a/seed.html",
    "a/stats.shtml",
    "b/deep/chrome.html",
    "b/deep/notice.html.gz",
    "b/list.htm",
    "dump.txt",
]


# --- discovery ----------------------------------------------------------------------------------------


def test_walk_is_recursive_sorted_and_filtered(archive: Path) -> None:
    assert names(discover([str(archive)]), archive) == ARCHIVE_ORDER


PAGE_NAMES = ["a.html", "b.HTM", "c.shtml", "d.jhtml", "e.xhtml", "f.txt", "i.html.gz", "j.txt.gz"]
NOT_PAGES = ["g.pdf", "h.json", "k.tar.gz", "l.warc.gz.bak"]
SKIPS = ["x/1.html", "skip/2.html", "y/skip/3.html"]


@pytest.mark.parametrize(
    ("files", "selection", "want"),
    [
        pytest.param(PAGE_NAMES + NOT_PAGES, Selection(), PAGE_NAMES, id="page-endings-and-gz"),
        pytest.param(["x/1.html", "x/2.shtml", "y/3.shtml", "4.asp"], Selection(globs=("*.shtml",)),
                     ["x/2.shtml", "y/3.shtml"], id="glob-replaces-endings"),
        pytest.param(["1.asp", "2.html", "3.php"], Selection(globs=("*.asp", "*.php")),
                     ["1.asp", "3.php"], id="several-globs"),
        pytest.param(["x/1.html", "x/2.html", "y/3.html"], Selection(excludes=("2.*",)),
                     ["x/1.html", "y/3.html"], id="exclude-file-name"),
        pytest.param(SKIPS, Selection(excludes=("skip",)), ["x/1.html"], id="exclude-prunes-folders"),
        pytest.param(SKIPS, Selection(excludes=("skip/*",)), ["x/1.html", "y/skip/3.html"],
                     id="exclude-path-pattern"),
        pytest.param(["a0.html", "a.html", "a/z.html", "B.html"], Selection(),
                     ["B.html", "a/z.html", "a.html", "a0.html"], id="sorted-by-name"),
    ],
)  # fmt: skip
def test_directory_selection(tmp_path: Path, files: list[str], selection: Selection, want: list[str]) -> None:
    make_tree(tmp_path, files)
    assert names(discover([str(tmp_path)], selection), tmp_path) == want


def test_named_files_are_taken_whatever_their_ending(tmp_path: Path) -> None:
    make_tree(tmp_path, ["page.asp", "notes.md"])
    entries = [str(tmp_path / "page.asp"), str(tmp_path / "notes.md")]
    assert names(discover(entries, Selection(globs=("*.html",))), tmp_path) == ["page.asp", "notes.md"]


def test_symlink_loop_is_reported_not_followed(tmp_path: Path) -> None:
    make_tree(tmp_path, ["d/p.html", "d/sub/q.html"])
    (tmp_path / "d" / "sub" / "loop").symlink_to(tmp_path / "d")
    (tmp_path / "d" / "linked").symlink_to(tmp_path / "d" / "sub")  # not a loop: walked again under its name
    got = names(discover([str(tmp_path / "d")]), tmp_path)
    assert got == ["!symlink_loop:d/linked/loop", "d/linked/q.html", "d/p.html", "!symlink_loop:d/sub/loop",
                   "d/sub/q.html"]  # fmt: skip


def test_broken_symlink_and_non_utf8_name_are_reported(tmp_path: Path) -> None:
    make_tree(tmp_path, ["ok.html"])
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere.html")
    bad = os.path.join(os.fsencode(tmp_path), b"\xff\xfe.html")
    try:
        Path(os.fsdecode(bad)).write_bytes(b"<p>x</p>")
    except OSError:  # pragma: no cover - a file system that refuses such names
        pytest.skip("file system does not take non-UTF-8 names")
    items = list(discover([str(tmp_path)]))
    kinds = {os.path.basename(i.input): i.kind for i in items if isinstance(i, InputFailure)}
    assert kinds == {"\\xff\\xfe.html": "bad_filename", "gone.html": "unreadable"}
    assert [os.path.basename(i.name) for i in items if isinstance(i, Task)] == ["ok.html"]
    json.dumps([i.input for i in items if isinstance(i, InputFailure)], ensure_ascii=False).encode("utf-8")


def test_read_list_skips_blank_lines_and_keeps_spaces() -> None:
    got = read_list(BytesIO(b"a.html\r\n\n b c.html\n/x/\xe5\xae\xa3.html"))
    assert got == ["a.html", " b c.html", "/x/宣.html"]


def test_count_matches_discovery_without_reading(archive: Path, tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "w.warc.gz", PAGES_FOR_WARC)
    entries = [str(archive), str(warc), "-"]
    assert count(entries) == len(ARCHIVE_ORDER) + 3 + 1


# --- WARC -----------------------------------------------------------------------------------------------


def write_warc(path: Path, records: list[tuple[str, bytes, str, str]], gz: bool = True) -> Path:
    """A WARC with a warcinfo record and one response per (uri, body, content type, status)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "gov-facts tests"}))
        for uri, body, ctype, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
            if uri.endswith("/1.html"):  # a request record between responses is not an input
                writer.write_record(
                    writer.create_warc_record(uri, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
                )
    return path


HTML = "text/html; charset=utf-8"
PAGES_FOR_WARC = [
    ("http://www.example.gov.cn/1.html", SEED.read_bytes(), HTML, "200 OK"),
    ("http://www.example.gov.cn/logo.png", b"\x89PNG\r\n", "image/png", "200 OK"),
    ("http://www.example.gov.cn/gone.html", b"<html>404</html>", HTML, "404 Not Found"),
    ("http://www.example.gov.cn/list.html", (SAMPLES / "list-page.html").read_bytes(), "text/html", "200 OK"),
    ("http://www.example.gov.cn/3.xhtml", (SAMPLES / "chrome-inside.html").read_bytes(),
     "application/xhtml+xml", "200 OK"),
]  # fmt: skip


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_records_are_inputs(tmp_path: Path, gz: bool) -> None:
    warc = write_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), PAGES_FOR_WARC, gz=gz)
    result = invoke("extract", warc, "--jobs", "2")
    assert result.exit_code == ExitCode.INPUT_FAILED  # the list page has no article
    recs = jsonl(result.stdout)
    assert [r["url"] for r in recs] == [
        "http://www.example.gov.cn/1.html",
        "http://www.example.gov.cn/3.xhtml",
    ]
    offsets = [int(r["input"].rsplit("#", 1)[1]) for r in recs]
    assert all(r["input"] == f"{warc}#{o}" for r, o in zip(recs, offsets, strict=True))
    assert 0 < offsets[0] < offsets[1] < warc.stat().st_size
    assert "3 read: 2 with facts, 0 without facts, 1 no article, 0 failed" in result.stderr
    # the offset points at the record: warcio reads it back from there
    from warcio.archiveiterator import ArchiveIterator

    with open(warc, "rb") as fh:
        fh.seek(offsets[1])
        record = next(iter(ArchiveIterator(fh)))
        assert record.rec_headers.get_header("WARC-Target-URI") == "http://www.example.gov.cn/3.xhtml"


def test_truncated_warc_gz_fails_the_cut_record(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", PAGES_FOR_WARC).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-200])  # inside the last record, 3.xhtml
    items = list(discover([str(cut)]))
    assert [i.url for i in items if isinstance(i, Task)] == [
        "http://www.example.gov.cn/1.html",
        "http://www.example.gov.cn/list.html",
    ]
    assert isinstance(items[-1], InputFailure) and "truncated" in items[-1].message
    assert items[-1].input.startswith(f"{cut}#")


def test_broken_warc_keeps_records_before_the_break(tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "whole.warc", PAGES_FOR_WARC, gz=False).read_bytes()
    cut = tmp_path / "cut.warc"
    list_record = whole.rindex(
        b"WARC/1.", 0, whole.index(b"WARC-Target-URI: http://www.example.gov.cn/list.html")
    )
    cut.write_bytes(whole[:list_record] + b"garbage\r\n\r\n")
    items = list(discover([str(cut)]))
    assert [type(i).__name__ for i in items] == ["Task", "InputFailure"]
    assert isinstance(items[1], InputFailure) and items[1].input == str(cut) and "WARC" in items[1].message


# --- ordering and workers ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def serial_records(archive: Path) -> str:
    result = invoke("extract", archive, "--jobs", "0")
    assert result.exit_code == ExitCode.INPUT_FAILED
    return str(result.stdout)


@pytest.mark.parametrize("jobs", ["1", "2"], ids=["jobs-1", "jobs-2"])
def test_output_order_is_input_order_whatever_the_jobs(archive: Path, serial_records: str, jobs: str) -> None:
    result = invoke("extract", archive, "--jobs", jobs)
    assert result.stdout == serial_records
    assert [os.path.relpath(r["input"], archive) for r in jsonl(result.stdout)] == [
        p for p in ARCHIVE_ORDER if p != "b/list.htm"
    ]


def test_warm_up_page_reads_as_an_article_with_facts() -> None:
    """The page the parent reads before forking must reach the fact stage (jieba, the tagger, the
    place tables), or the workers each load those themselves: a page that became too short for a
    rule once left the warm-up loading only the page stage."""
    from gov_facts.core.models import Document
    from gov_facts.run.pipeline import process
    from gov_facts.run.warm_up import WARM_UP_PAGE

    out = process("warm-up.html", WARM_UP_PAGE, load_patterns())
    assert isinstance(out, Document)
    assert len(out.facts) >= 5
    assert any(f.place for f in out.facts)


def test_pool_keeps_order_when_later_inputs_finish_first(monkeypatch: Any) -> None:
    import gov_facts.run.pipeline

    def slow_first(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "0":
            time.sleep(0.5)
        raise gov_facts.core.errors.NoArticleError(f"page {name}")

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", slow_first)
    tasks = [Task(str(i), data=b"x") for i in range(6)]
    with WorkerPool(load_patterns(), 2, warm_up=False) as pool:
        got = [r.failure.message if r.failure else None for r in pool.imap(tasks, window=3)]
    assert got == [f"page {i}" for i in range(6)]


@pytest.mark.parametrize(
    ("behaviour", "kind"),
    [
        pytest.param("hang", "timeout", id="timeout-kills-worker"),
        pytest.param("die", "worker_died", id="dead-worker-takes-only-its-input"),
        pytest.param("exit", "worker_died", id="worker-exits"),
    ],
)
@pytest.mark.parametrize("jobs", [1, 2], ids=["jobs-1", "jobs-2"])
def test_pathological_input_fails_alone(monkeypatch: Any, behaviour: str, kind: str, jobs: int) -> None:
    """Only the input a worker was on fails; those waiting in its pipe behind it (a worker holds
    two) go to a fresh worker and are read."""
    import signal

    import gov_facts.run.pipeline

    real = gov_facts.run.pipeline.extract

    def bad(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "bad":
            if behaviour == "hang":
                time.sleep(60)
            elif behaviour == "die":
                os.kill(os.getpid(), signal.SIGKILL)
            else:
                os._exit(3)
        return real(data, name, **kw)

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", bad)
    seed = SEED.read_bytes()
    tasks = [Task("a", data=seed), Task("bad", data=seed), Task("b", data=seed), Task("c", data=seed)]
    summary = Summary()
    started = time.monotonic()
    results = list(run(tasks, load_patterns(), jobs=jobs, timeout=1.0, summary=summary))
    assert time.monotonic() - started < 30
    statuses = [(r.input, r.status) for r in results]
    assert statuses == [("a", "with_facts"), ("bad", "failed"), ("b", "with_facts"), ("c", "with_facts")]
    assert results[1].failure is not None and results[1].failure.kind == kind
    assert summary.failed == 1 and summary.read == 4


@pytest.mark.parametrize("jobs", [1, 2], ids=["jobs-1", "jobs-2"])
def test_a_large_input_waits_for_an_idle_worker(monkeypatch: Any, jobs: int) -> None:
    """A 1 MB input (a WARC record's bytes) is not queued behind a hanging one: queued, it would
    hold the parent in ``send`` past the time limit (review of session 17)."""
    import gov_facts.run.pipeline

    real = gov_facts.run.pipeline.extract

    def hang(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "bad":
            time.sleep(60)
        return real(data, name, **kw)

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", hang)
    seed = SEED.read_bytes()
    big = seed + b"<!--" + b"x" * 1_000_000 + b"-->"
    tasks = [Task("bad", data=seed), Task("big", data=big), Task("big2", data=big)]
    started = time.monotonic()
    results = list(run(tasks, load_patterns(), jobs=jobs, timeout=1.0, summary=Summary()))
    assert time.monotonic() - started < 30
    assert [(r.input, r.status) for r in results] == [
        ("bad", "failed"),
        ("big", "with_facts"),
        ("big2", "with_facts"),
    ]


@pytest.mark.parametrize(
    ("make", "limit", "want_kind"),
    [
        pytest.param(lambda p: p.write_bytes(SEED.read_bytes()), "4k", "too_large", id="file-over-limit"),
        pytest.param(lambda p: p.write_bytes(gzip.compress(b"<p>" + b"a" * 9000 + b"</p>")), "4k",
                     "too_large", id="gz-over-limit-after-gunzip"),
        pytest.param(lambda p: p.write_bytes(b"\x1f\x8b\x08\x00broken"), "20MB", "unreadable",
                     id="broken-gz"),
        pytest.param(lambda p: p.write_bytes(gzip.compress(SEED.read_bytes())), "20MB", None, id="gz-ok"),
    ],
)  # fmt: skip
def test_size_limit_and_gzip(tmp_path: Path, make: Any, limit: str, want_kind: str | None) -> None:
    page = tmp_path / "page.html.gz"
    make(page)
    result = invoke("extract", page, "--max-bytes", limit)
    if want_kind is None:
        assert result.exit_code == ExitCode.OK and len(jsonl(result.stdout)) == 1
    else:
        assert result.exit_code == ExitCode.INPUT_FAILED
        assert f"{page}: {want_kind}: " in result.stderr


def test_stdin_over_limit_fails() -> None:
    result = invoke("extract", "-", "--max-bytes", "1k", input=SEED.read_bytes())
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "-: too_large: " in result.stderr


# --- --from-list and --errors ------------------------------------------------------------------------


@pytest.mark.parametrize("via_stdin", [True, False], ids=["list-on-stdin", "list-file"])
def test_from_list(tmp_path: Path, archive: Path, via_stdin: bool) -> None:
    listed = [
        archive / "dump.txt",
        archive / "a" / "seed.html",
        archive / "b" / "deep",
        tmp_path / "missing.html",
    ]
    text = "".join(f"{p}\n" for p in listed).encode()
    if via_stdin:
        result = invoke("extract", "--from-list", "-", input=text)
    else:
        (tmp_path / "list.txt").write_bytes(text)
        result = invoke("extract", "--from-list", tmp_path / "list.txt")
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert [os.path.relpath(r["input"], archive) for r in jsonl(result.stdout)] == [
        "dump.txt", "a/seed.html", "b/deep/chrome.html", "b/deep/notice.html.gz",
    ]  # fmt: skip
    assert f"{tmp_path / 'missing.html'}: unreadable: no such file" in result.stderr


def test_errors_file_rows(tmp_path: Path, archive: Path) -> None:
    errors = tmp_path / "errors.jsonl"
    result = invoke(
        "extract", archive, tmp_path / "missing.html", "--errors", errors, "-o", tmp_path / "out.jsonl"
    )
    assert result.exit_code == ExitCode.INPUT_FAILED
    rows = jsonl(errors.read_text("utf-8"))
    assert [(os.path.basename(r["input"]), r["error"]) for r in rows] == [
        ("list.htm", "no_article"), ("missing.html", "unreadable"),
    ]  # fmt: skip
    assert all(set(r) == {"input", "error", "message"} and r["message"] for r in rows)


# --- summary ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("quiet", [False, True], ids=["summary", "quiet"])
def test_summary_adds_up_to_inputs(tmp_path: Path, archive: Path, quiet: bool) -> None:
    (tmp_path / "loop").symlink_to(tmp_path)
    args = [archive, tmp_path, tmp_path / "missing.html", *(["--quiet"] if quiet else [])]
    result = invoke("extract", *args)
    lines = [line for line in result.stderr.splitlines() if " read: " in line]
    if quiet:
        assert lines == []
        return
    (line,) = lines
    numbers = [int(word) for word in line.replace(";", " ").replace(",", " ").split() if word.isdigit()]
    read, with_facts, without_facts, no_article, failed, facts = numbers
    assert read == len(ARCHIVE_ORDER) + 2 == with_facts + without_facts + no_article + failed
    assert (no_article, failed) == (1, 2)
    assert facts == sum(len(r["facts"]) for r in jsonl(result.stdout))


# --- atomic output and --resume ---------------------------------------------------------------------


FORMATS = ["jsonl", "json", "csv", "parquet"]


def read_output(path: Path, fmt: str) -> Any:
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet")
        return pq.read_table(path).to_pylist()
    return path.read_bytes()


@pytest.fixture(scope="module")
def uninterrupted(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Each format's output of one whole run over the archive."""
    out = {}
    for fmt in FORMATS:
        target = tmp_path_factory.mktemp("whole") / f"facts.{fmt}"
        invoke("extract", archive, "-f", fmt, "-o", target, "--jobs", "1")
        out[fmt] = read_output(target, fmt)
    return out


class Stop(KeyboardInterrupt):
    """Stands for Ctrl-C (or SIGTERM) arriving after a given number of inputs."""


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("stop_after", "crash_tail"),
    [
        pytest.param(0, False, id="stopped-before-any"),
        pytest.param(1, False, id="ctrl-c-after-1"),
        pytest.param(4, False, id="ctrl-c-after-4"),
        pytest.param(3, True, id="killed-mid-write-after-3"),
    ],
)
def test_resume_gives_exactly_the_uninterrupted_records(
    tmp_path: Path, archive: Path, uninterrupted: dict[str, Any], monkeypatch: Any, fmt: str, stop_after: int,
    crash_tail: bool,
) -> None:  # fmt: skip
    target = tmp_path / f"facts.{fmt}"
    target.write_bytes(b"old contents")  # an earlier complete output stays until the new one is whole
    real_commit = ResumableOutput.commit
    done: list[str] = []

    def commit(self: ResumableOutput, name: str, status: str, facts: int) -> None:
        if len(done) == stop_after:
            if crash_tail:  # a kill -9 between writing a record and recording it
                assert self._out is not None and self._log is not None
                self._out.write(b'{"half a record')
                self._out.flush()
                self._log.write(b'{"input": "cut sh')
                self._log.flush()
            raise Stop
        real_commit(self, name, status, facts)
        done.append(name)

    monkeypatch.setattr(ResumableOutput, "commit", commit)
    first = invoke("extract", archive, "-f", fmt, "-o", target, "--jobs", "2")
    assert first.exit_code == 130
    assert "--resume" in first.stderr
    assert target.read_bytes() == b"old contents"
    assert part_path(target).exists() and state_path(target).exists()
    monkeypatch.setattr(ResumableOutput, "commit", real_commit)

    second = invoke("extract", archive, "-f", fmt, "-o", target, "--jobs", "2", "--resume")
    assert second.exit_code == ExitCode.INPUT_FAILED, second.stderr  # the list page
    assert read_output(target, fmt) == uninterrupted[fmt]
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]
    summary = next(line for line in second.stderr.splitlines() if " read" in line)
    assert summary.startswith(f"gov-facts: {len(ARCHIVE_ORDER)} read")
    assert (f"({stop_after} by the earlier run)" in summary) is (stop_after > 0)


def _processes_mentioning(text: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if text.encode() in cmdline and b"gov_facts" in cmdline:
                pids.append(int(entry.name))
    return pids


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_kill_9_then_resume(tmp_path: Path, archive: Path, uninterrupted: dict[str, Any]) -> None:
    """A real SIGKILL part-way (after two inputs are recorded), then --resume: the uninterrupted bytes."""
    import signal
    import subprocess

    big = tmp_path / "big"
    copies = 8  # enough inputs that even a fast machine is still running when the kill comes
    for i in range(copies):
        shutil.copytree(archive, big / f"copy{i}")
    target = tmp_path / "facts.jsonl"
    cmd = [sys.executable, "-m", "gov_facts", "extract", str(big), "-o", str(target), "--jobs", "2", "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    state = state_path(target)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if state.exists() and state.read_bytes().count(b"\n") >= 3:  # header + two inputs
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not target.exists() and part_path(target).exists()
    deadline = time.monotonic() + 10  # orphaned workers notice within a second and leave
    while _processes_mentioning(str(target)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_mentioning(str(target)) == []

    result = invoke("extract", big, "-o", target, "--jobs", "2", "--resume")
    assert "by the earlier run" in result.stderr
    records = jsonl(target.read_text("utf-8"))
    assert len(records) == copies * (len(ARCHIVE_ORDER) - 1)
    whole = jsonl(uninterrupted["jsonl"].decode("utf-8"))
    for i, rec in enumerate(records):  # the archive four times over, in order, each record once
        want = whole[i % len(whole)]
        assert os.path.relpath(rec["input"], big).split("/", 1)[1] == os.path.relpath(want["input"], archive)
        assert {**rec, "input": None} == {**want, "input": None}


def test_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    first = ResumableOutput(target, "jsonl")
    first.open()
    try:
        result = invoke("extract", SEED, "-o", target)
        assert result.exit_code == ExitCode.USAGE
        assert "another gov-facts run is writing it" in result.stderr
    finally:
        first.discard()
    assert invoke("extract", SEED, "-o", target).exit_code == ExitCode.OK


def test_resume_refuses_other_format(tmp_path: Path, archive: Path, monkeypatch: Any) -> None:
    target = tmp_path / "facts.out"

    def stop(*args: Any) -> None:
        raise Stop

    monkeypatch.setattr(ResumableOutput, "commit", stop)
    assert invoke("extract", archive, "-f", "csv", "-o", target).exit_code == 130
    monkeypatch.undo()
    result = invoke("extract", archive, "-f", "jsonl", "-o", target, "--resume")
    assert result.exit_code == ExitCode.USAGE
    assert "--format csv" in result.stderr


@pytest.mark.parametrize(
    ("had_run", "resume", "want_note"),
    [
        pytest.param(False, True, "no unfinished run to resume", id="resume-without-earlier-run"),
        pytest.param(True, False, "starting afresh", id="fresh-run-over-unfinished-one"),
    ],
)
def test_resume_notes(tmp_path: Path, monkeypatch: Any, had_run: bool, resume: bool, want_note: str) -> None:
    target = tmp_path / "facts.jsonl"
    if had_run:
        monkeypatch.setattr(ResumableOutput, "commit", lambda *a: (_ for _ in ()).throw(Stop()))
        invoke("extract", SEED, SEED_TXT, "-o", target)
        monkeypatch.undo()
    result = invoke("extract", SEED, SEED_TXT, "-o", target, *(["--resume"] if resume else []))
    assert result.exit_code == ExitCode.OK
    assert want_note in result.stderr
    assert len(jsonl(target.read_text("utf-8"))) == 2


def test_resume_on_a_complete_output_says_so_and_leaves_it(tmp_path: Path) -> None:
    target = tmp_path / "facts.jsonl"
    assert invoke("extract", SEED, "-o", target).exit_code == ExitCode.OK
    before = target.stat()
    result = invoke("extract", SEED, SEED_TXT, "-o", target, "--resume")
    assert result.exit_code == ExitCode.OK
    assert "already complete" in result.stderr
    after = target.stat()
    assert (after.st_mtime_ns, after.st_size) == (before.st_mtime_ns, before.st_size)
    assert after.st_ino == before.st_ino
    assert len(jsonl(target.read_text("utf-8"))) == 1


def test_own_output_files_are_not_inputs(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "seed.html")
    out, errors = tmp_path / "facts.jsonl", tmp_path / "e.jsonl"
    args = ["extract", tmp_path, "--glob", "*", "-o", out, "--errors", errors]
    for _ in range(2):  # the second run walks past the first run's output and errors file
        result = invoke(*args)
        assert result.exit_code == ExitCode.OK, result.stderr
        assert "1 read: 1 with facts" in result.stderr


def test_failed_run_leaves_target_untouched(tmp_path: Path, monkeypatch: Any) -> None:
    target = tmp_path / "facts.jsonl"
    target.write_text("previous\n", encoding="utf-8")

    def boom(self: ResumableOutput, record: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ResumableOutput, "write", boom)
    result = invoke("extract", SEED, "-o", target)
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "No space left on device" in result.stderr
    assert target.read_text("utf-8") == "previous\n"


# --- the real corpus (skipped without ../shared) -------------------------------------------------------


@pytest.mark.skipif(not SHARED_PAGES.is_dir(), reason="../shared corpus not available")
def test_corpus_directory_two_jobs(tmp_path: Path) -> None:
    out = tmp_path / "facts.jsonl"
    result = invoke("extract", SHARED_PAGES, "-o", out, "--jobs", "2")
    recs = jsonl(out.read_text("utf-8"))
    pages = sorted(p.name for p in SHARED_PAGES.glob("*.html"))
    summary = next(line for line in result.stderr.splitlines() if " read: " in line)
    assert summary.startswith(f"gov-facts: {len(pages)} read")
    assert [Path(r["input"]).name for r in recs] == [
        p for p in pages if p in {Path(r["input"]).name for r in recs}
    ]
    assert len(recs) >= len(pages) - 3


def test_result_status() -> None:
    assert Result("x", b"{}", 2).status == "with_facts"
    assert Result("x", b"{}", 0).status == "without_facts"
    assert Result("x", failure=InputFailure("x", "no_article", "m")).status == "no_article"
    assert Result("x", failure=InputFailure("x", "timeout", "m")).status == "failed"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


# --- the pool's review leftovers (session 17's review; issue 18, E65) ------------------------------


def test_the_next_inputs_time_limit_runs_from_when_the_worker_began_it(monkeypatch: Any) -> None:
    """The input waiting in a worker's pipe begins when the worker ends the one before, however
    late the parent reads that result (here it is held up by its reader): it used to be timed
    from the parent's read, so an input past its limit could run on and succeed."""
    import gov_facts.run.pipeline

    def slow(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "slow":
            time.sleep(1.5)
        raise gov_facts.core.errors.NoArticleError(f"page {name}")

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", slow)
    tasks = [Task(n, data=b"x") for n in ("p", "a", "slow", "q", "r")]
    got = []
    with WorkerPool(load_patterns(), 1, warm_up=False, timeout=0.6) as pool:
        for result in pool.imap(tasks):
            got.append((result.input, result.failure.kind if result.failure else None))
            if result.input == "p":
                time.sleep(1.0)  # the reader is slow: "a" ends and "slow" begins meanwhile
    assert got[:3] == [("p", "no_article"), ("a", "no_article"), ("slow", "timeout")]


def test_a_result_too_big_for_the_send_buffer_times_the_next_input_from_its_read(monkeypatch: Any) -> None:
    """The worker sends an 8 MB result (more than its send buffer) while the reader is slow: it
    waits in ``send`` until the parent reads it, so the next input's 0.6 s limit runs from that
    read, not from when the worker ended the big one (it would fire early, at a 0.2 s page)."""
    import gov_facts.run.pipeline

    def behaves(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "n":
            time.sleep(0.2)
        raise gov_facts.core.errors.NoArticleError("x" * (8_000_000 if name == "big" else 10))

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", behaves)
    tasks = [Task(n, data=b"x") for n in ("p", "big", "n", "q", "r")]
    got = []
    with WorkerPool(load_patterns(), 1, warm_up=False, timeout=0.6) as pool:
        for result in pool.imap(tasks):
            got.append((result.input, result.failure.kind if result.failure else None))
            if result.input == "p":
                time.sleep(1.2)  # "big" ends meanwhile, its worker stuck in send: "n" not begun
    assert got == [(n, "no_article") for n in ("p", "big", "n", "q", "r")]


def test_a_result_in_the_pipe_of_a_worker_gone_is_kept_when_a_send_breaks(monkeypatch: Any) -> None:
    """A worker sent its result, then went; the parent, sending it the next input, finds the pipe
    broken: the result already in the pipe is read, not failed as ``worker_died``."""
    import threading

    import gov_facts.run.pipeline

    def goes(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "goes":  # the worker ends shortly after this input's result is sent
            threading.Timer(0.1, os._exit, (0,)).start()
        raise gov_facts.core.errors.NoArticleError(f"page {name}")

    def items() -> Any:
        yield Task("a", data=b"x")
        yield Task("goes", data=b"x")
        yield Task("c", data=b"x")  # taken with them, sent when the next one comes:
        time.sleep(1.0)  # that is slow to come, and the worker has gone when "c" is sent
        yield Task("d", data=b"x")

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", goes)
    with WorkerPool(load_patterns(), 1, warm_up=False) as pool:
        got = [(r.input, r.failure.kind if r.failure else None) for r in pool.imap(items())]
    assert got == [("a", "no_article"), ("goes", "no_article"), ("c", "no_article"), ("d", "no_article")]


def test_inputs_put_back_by_two_lost_workers_are_handed_out_in_input_order(monkeypatch: Any) -> None:
    """Two workers die in one round, each with an input not begun: both go back in input order."""
    import gov_facts.run.pipeline
    from gov_facts.run import pool as pool_mod

    def dies(data: Any, name: str = "-", **kw: Any) -> Any:
        if name.startswith("dies"):
            time.sleep(0.3)  # after the hand-out: both workers hold an input not begun
            os._exit(3)
        raise gov_facts.core.errors.NoArticleError(f"page {name}")

    handed: list[list[int]] = []
    hand_out = pool_mod.WorkerPool._hand_out

    def spied(self: Any, queued: list[Any], ready: Any, **kw: Any) -> None:
        handed.append([seq for seq, _ in queued])
        hand_out(self, queued, ready, **kw)

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", dies)
    monkeypatch.setattr(pool_mod.WorkerPool, "_hand_out", spied)
    waits: list[int] = []

    def tick() -> None:  # the first wait comes after both workers have died
        if not waits:
            time.sleep(1.0)
        waits.append(1)

    # handed out in turn: dies-0 and b-2 to the first worker, dies-1 and b-3 to the second
    tasks = [Task(n, data=b"x") for n in ("dies-0", "dies-1", "b-2", "b-3", "b-4", "b-5", "b-6")]
    with WorkerPool(load_patterns(), 2, warm_up=False) as pool:
        got = [(r.input, r.failure.kind if r.failure else None) for r in pool.imap(tasks, tick=tick)]
    assert got == [
        ("dies-0", "worker_died"),
        ("dies-1", "worker_died"),
        ("b-2", "no_article"),
        ("b-3", "no_article"),
        ("b-4", "no_article"),
        ("b-5", "no_article"),
        ("b-6", "no_article"),
    ]
    assert all(seqs == sorted(seqs) for seqs in handed), handed


_COLLECTOR_AND_WORKERS = """
import atexit, gc, signal, sys
from gov_facts.run import pool
spawned = []
spawn = pool.WorkerPool._spawn
pool.WorkerPool._spawn = lambda self: spawned.append(1) or spawn(self)
if "--with-alarm-handler" in sys.argv:  # a program of its own that times with SIGALRM
    signal.signal(signal.SIGALRM, lambda *a: None)
    sys.argv.remove("--with-alarm-handler")
atexit.register(lambda: print("collector", gc.isenabled(), "workers", len(spawned), flush=True))
sys.argv = ["gov-facts", *sys.argv[1:]]
from gov_facts.cli.app import main
main()
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(["-q", SEED], "collector False workers 0", id="one-page-alone"),
        pytest.param(["-q", SEED, "--jobs", "1"], "collector True workers 1", id="explicit-jobs"),
        pytest.param(["-q", SEED, "--with-alarm-handler"], "collector True workers 1", id="no-timer-worker"),
        pytest.param(["-q", SEED, "--db", "{db}"], "collector False workers 0", id="one-page-alone-into-db"),
    ],
)
def test_the_command_keeps_the_collector_off_exactly_when_the_run_reads_alone(
    tmp_path: Path, args: list[Any], expected: str
) -> None:
    """One decision (``RunSession.reads_alone``): the command kept the collector off on a wider
    test of its own (no timer check: a page sent to a worker with the collector off), and on a
    narrower one (``--db``: a page read alone with it on) than the run's one-page path."""
    import subprocess

    argv = ["extract", *(str(a).replace("{db}", str(tmp_path / "facts.db")) for a in args)]
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    out = subprocess.run(
        [sys.executable, "-c", _COLLECTOR_AND_WORKERS, *argv],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert out.stdout.splitlines()[-1] == expected, out.stderr[-2000:]


def test_the_last_inputs_go_only_to_an_idle_worker(monkeypatch: Any) -> None:
    """Once the inputs are all taken, none is queued behind a busy worker's page: the last ones go
    to the worker that is free while the other is on a slow page (the tail)."""
    import gov_facts.run.pipeline

    def slow(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "slow":
            time.sleep(1.0)
        raise gov_facts.core.errors.NoArticleError(str(os.getpid()))

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", slow)
    tasks = [Task(n, data=b"x") for n in ("slow", "a", "b", "c")]
    with WorkerPool(load_patterns(), 2, warm_up=False) as pool:
        pids = {r.input: r.failure.message for r in pool.imap(tasks) if r.failure}
    assert len(pids) == 4
    assert pids["slow"] not in (pids["a"], pids["b"], pids["c"])


def test_a_worker_that_ends_while_idle_is_let_go_not_waited_on(monkeypatch: Any) -> None:
    """The parent waits on every worker's pipe and end (one poll object for the run): a worker
    that ends with nothing to do wakes it once and is let go, rather than waking it at every
    wait while the other worker reads a slow page."""
    import threading

    import gov_facts.run.pipeline
    from gov_facts.run import pool as pool_mod

    def behaves(data: Any, name: str = "-", **kw: Any) -> Any:
        if name == "goes":  # its worker ends shortly after this input's result is sent
            threading.Timer(0.1, os._exit, (0,)).start()
        if name == "slow":
            time.sleep(1.0)
        raise gov_facts.core.errors.NoArticleError(name)

    waits: list[int] = []
    wait = pool_mod._Waits.wait

    def counted(self: Any, busy: Any, timeout: float) -> Any:
        waits.append(1)
        return wait(self, busy, timeout)

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", behaves)
    monkeypatch.setattr(pool_mod._Waits, "wait", counted)
    tasks = [Task(n, data=b"x") for n in ("goes", "slow")]
    with WorkerPool(load_patterns(), 2, warm_up=False) as pool:
        got = [r.failure.message for r in pool.imap(tasks) if r.failure]
    assert got == ["goes", "slow"]
    assert len(waits) < 50
