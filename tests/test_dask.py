"""``extract --dask``: the same records, errors and summary on a Dask cluster as in the local batch.

One LocalCluster of two in-process workers (``processes=False``: fast to start
on a 2-core machine) serves every test; each test is cut off after
``TIME_LIMIT`` seconds. Skipped when dask or distributed is not installed.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from typer.testing import CliRunner

import gov_facts.run.dask_work as gd
from gov_facts import extract_record, is_error
from gov_facts.cli import ExitCode, app
from gov_facts.read.discover import discover
from gov_facts.rules.patterns import load_patterns
from gov_facts.run.batch import Result, Summary, run
from gov_facts.run.dask_run import DaskError, run_dask

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED_PAGES = REPO / ".." / "shared" / "corpus" / "pages"
TIME_LIMIT = 120  # seconds, per test


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    """Fail a test that hangs (a cluster that never answers) instead of blocking CI."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"test took more than {TIME_LIMIT} s")

    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(TIME_LIMIT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def write_warc(path: Path, pages: list[tuple[str, bytes]]) -> Path:
    """A gzipped WARC: a warcinfo record, then one HTML response per (uri, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "gov-facts tests"}))
        for uri, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers)
            )
    return path


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """samples/ in two folders, with a WARC file between them and one inside the second."""
    root = tmp_path_factory.mktemp("dask") / "archive"
    shutil.copytree(SAMPLES, root / "a")
    shutil.copytree(SAMPLES, root / "c")
    warc_pages = [
        (f"http://www.example.gov.cn/{p.name}", p.read_bytes()) for p in sorted(SAMPLES.glob("*.html"))
    ]
    write_warc(root / "b.warc.gz", warc_pages)
    write_warc(root / "c" / "m.warc.gz", warc_pages[:2])
    return root


def local(entries: list[str]) -> tuple[bytes, Summary]:
    """The local batch's JSONL records and summary (in-process: the same code the workers run)."""
    summary = Summary()
    results = run(discover(entries), load_patterns(), jobs=0, summary=summary)
    return b"".join(r.record + b"\n" for r in results if r.record is not None), summary


def on_dask(scheduler: str, entries: list[str], **kw: Any) -> tuple[bytes, Summary, list[Result]]:
    out = BytesIO()
    seen: list[Result] = []
    summary = run_dask(entries, load_patterns(), scheduler, stream=out, on_result=seen.append, **kw)
    return out.getvalue(), summary, seen


def same_summary(a: Summary, b: Summary) -> None:
    assert a.line() == b.line()
    assert [f.to_dict() for f in a.failures] == [f.to_dict() for f in b.failures]
    assert a.read == a.with_facts + a.without_facts + a.no_article + a.failed


def test_samples_records_equal_the_local_batch_in_input_order(scheduler: str, archive: Path) -> None:
    want, want_summary = local([str(archive)])
    got, summary, seen = on_dask(scheduler, [str(archive)], partition_size=3)
    assert got == want  # byte for byte, input order kept across partitions and WARC files
    same_summary(summary, want_summary)
    names = [r.input for r in seen]  # every input, failures too, in the local batch's order
    assert names == [r.input for r in run(discover([str(archive)]), load_patterns(), jobs=0)]
    assert any(n.startswith(f"{archive}/b.warc.gz#") for n in names)  # WARC records: FILE#OFFSET
    assert any(n.startswith(f"{archive}/c/m.warc.gz#") for n in names)


def test_corpus_pages_equal_the_local_batch(scheduler: str) -> None:
    pages = sorted(SHARED_PAGES.glob("*.html"))
    if not pages:
        pytest.skip("../shared/corpus/pages is not available")
    entries = [str(p) for p in pages]
    want, want_summary = local(entries)
    got, summary, _ = on_dask(scheduler, entries, partition_size=4)
    assert got == want
    same_summary(summary, want_summary)


def test_parquet_dataset_reads_as_the_local_table(scheduler: str, archive: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    from gov_facts.output.formats import write_parquet

    want = tmp_path / "local.parquet"
    results = run(discover([str(archive)]), load_patterns(), jobs=0)
    write_parquet((r.record for r in results if r.record is not None), want)
    target = tmp_path / "facts.parquet"
    target.mkdir()
    (target / "part-00000.parquet").write_bytes(b"an earlier run's part")  # replaced, not mixed in
    summary = run_dask([str(archive)], None, scheduler, output=target, fmt="parquet", partition_size=4)
    parts = sorted(p.name for p in target.iterdir())
    assert parts == [f"part-{i:05d}.parquet" for i in range(len(parts))] and len(parts) > 3
    got = pq.read_table(target).to_pylist()  # the directory, read as one dataset
    assert got == pq.read_table(want).to_pylist()
    assert summary.facts == len(got)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no staging left behind


def test_cli_dask_stdout_errors_file_and_exit_code(scheduler: str, archive: Path, tmp_path: Path) -> None:
    seed = (SAMPLES / "xuancheng-2021-10-27.html").read_bytes()
    errors = tmp_path / "errors.jsonl"
    args = ["extract", str(archive / "a"), "-", str(tmp_path / "missing.html"), "--dask", scheduler]
    result = CliRunner().invoke(app, [*args, "--errors", str(errors)], input=seed, catch_exceptions=False)
    assert result.exit_code == ExitCode.INPUT_FAILED
    records = [json.loads(line) for line in result.stdout.splitlines()]
    local_records, _ = local([str(archive / "a")])
    assert [r["input"] for r in records] == [
        *(json.loads(line)["input"] for line in local_records.splitlines()),
        "-",
    ]
    rows = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(r["input"].rsplit("/", 1)[-1], r["error"]) for r in rows] == [
        ("list-page.html", "no_article"),
        ("missing.html", "unreadable"),
    ]
    err_lines = result.stderr.splitlines()
    assert err_lines[-1].startswith(f"gov-facts: {len(records) + 2} read: ")
    assert sum("list-page.html: no_article" in line for line in err_lines) == 1


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--jobs", "2"], "--jobs"),
        (["--resume", "-o", "OUT"], "--resume"),
        (["--format", "csv"], "jsonl or parquet"),
    ],
)
def test_cli_usage_errors(tmp_path: Path, extra: list[str], message: str) -> None:
    extra = [str(tmp_path / "out.jsonl") if a == "OUT" else a for a in extra]
    args = ["extract", str(SAMPLES), "--dask", "tcp://127.0.0.1:1", *extra]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == ExitCode.USAGE
    assert message in result.stderr


def test_unreachable_scheduler_is_a_clear_error() -> None:
    with pytest.raises(DaskError, match="cannot reach the Dask scheduler"):
        run_dask([str(SAMPLES)], None, "tcp://127.0.0.1:1", connect_timeout=0.5)


def test_a_partition_that_fails_fails_its_inputs_only(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = gd.run_partition

    def second_breaks(index: int, work: Any, *args: Any) -> list[Result]:
        if index == 1:
            raise RuntimeError("worker lost")
        return real(index, work, *args)

    monkeypatch.setattr(gd, "run_partition", second_breaks)  # in-process workers see it
    _, summary, seen = on_dask(scheduler, [str(SAMPLES)], partition_size=2)
    kinds = [r.failure.kind if r.failure else "ok" for r in seen]
    assert kinds[2:4] == ["worker_died", "worker_died"]
    assert summary.read == len(list(SAMPLES.glob("*.html"))) + len(list(SAMPLES.glob("*.txt")))
    assert "worker lost" in seen[2].failure.message  # type: ignore[union-attr]


def test_extract_record_is_the_batch_record_or_the_error_row() -> None:
    page = SAMPLES / "xuancheng-2021-10-27.gbk.html"
    want, _ = local([str(page)])
    record = extract_record(bytearray(page.read_bytes()), str(page))  # Spark gives bytearray
    assert not is_error(record) and json.loads(want) == record
    error = extract_record(b"<html><a href='/'>x</a></html>", "list.html")
    assert is_error(error) and set(error) == {"input", "error", "message"}
    assert error["input"] == "list.html" and error["error"] == "no_article"


def test_default_install_does_not_import_dask() -> None:
    code = (
        "import sys, gov_facts, gov_facts.cli;"
        "gov_facts.extract_record(b'<p>\\u5e02\\u653f\\u5e9c</p>', 'x');"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
