"""``gov-facts extract --db``: the archive database, on real DuckDB files (no mocks).

Loading the samples and the corpus gives the records' rows; loading them again adds nothing;
a changed page has its rows replaced; reprints share a cluster and their facts point to the
original's; a kill -9 mid-load and a full disk leave the archive as it was before the batch
being written, and the next run loads the rest; a file that is not an archive, one of another
layout and one held by another process are refused with a clear message, untouched.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from archive_helpers import SAMPLES, corpus_inputs, load, query, reprint_page
from clirun import invoke, jsonl
from gov_facts import extract_file
from gov_facts.archive.columns import document_fields, fact_columns
from gov_facts.archive.database import LAYOUT
from gov_facts.cli import ExitCode
from gov_facts.output.formats import CSV_COLUMNS, fact_rows

SEED = SAMPLES / "xuancheng-2021-10-27.html"
#: every page in samples/ gives a record but the list page (no article)
SAMPLE_RECORDS = sum(1 for p in SAMPLES.iterdir() if p.suffix in (".html", ".txt")) - 1


def fact_table(db: Path) -> list[tuple[Any, ...]]:
    """The facts table's output columns, ordered by input and fact id."""
    cols = ", ".join(f'"{c}"' for c in CSV_COLUMNS)
    return query(db, f'SELECT {cols} FROM facts ORDER BY input, "fact_id"')


def record_rows(records: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    rows = [tuple(float(v) if isinstance(v, int) and c in ("value", "low", "high", "si_value") else v
                  for v, c in zip(row, CSV_COLUMNS, strict=True))
            for rec in records for row in fact_rows(rec)]  # fmt: skip
    return sorted(rows, key=lambda r: (r[0], r[5]))


@pytest.fixture(scope="module")
def samples_db(tmp_path_factory: pytest.TempPathFactory, jieba_loaded: None) -> Path:
    db = tmp_path_factory.mktemp("samples") / "archive.duckdb"
    result = load(db, SAMPLES)
    assert result.exit_code == ExitCode.INPUT_FAILED, result.stderr  # the list page has no article
    return db


@pytest.fixture(scope="module")
def corpus_records(shared_dir: Path, jieba_loaded: None) -> list[dict[str, Any]]:
    """The JSONL records of the samples and the corpus pages, from a run without the archive."""
    return jsonl(invoke("extract", SAMPLES, *corpus_inputs(shared_dir), "--jobs", "2").stdout)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path, jieba_loaded: None) -> Path:
    db = tmp_path_factory.mktemp("corpus") / "archive.duckdb"
    result = load(db, SAMPLES, *corpus_inputs(shared_dir))
    assert "internal_error" not in result.stderr
    return db


# --- what a load writes ----------------------------------------------------------------------


def test_samples_archive_holds_every_record_as_the_output_columns(samples_db: Path) -> None:
    records = jsonl(invoke("extract", SAMPLES, "--jobs", "0").stdout)
    assert len(records) == SAMPLE_RECORDS
    assert query(samples_db, "SELECT count(*) FROM documents") == [(SAMPLE_RECORDS,)]
    assert fact_table(samples_db) == record_rows(records)


def test_corpus_archive_holds_every_record(corpus_db: Path, corpus_records: list[dict[str, Any]]) -> None:
    records = corpus_records
    assert query(corpus_db, "SELECT count(*) FROM documents") == [(len(records),)]
    assert fact_table(corpus_db) == record_rows(records)
    by_input = {r["input"]: r for r in records}
    for row in query(corpus_db, "SELECT input, title, published_at, text, n_facts, warnings FROM documents"):
        rec = by_input[row[0]]
        assert row[1:4] == (rec["title"], rec["published_at"], rec["text"])
        assert row[4] == len(rec["facts"]) and json.loads(row[5]) == rec["warnings"]


def test_tables_take_their_columns_from_the_output_definitions(samples_db: Path) -> None:
    fact_cols = [r[0] for r in query(samples_db, "DESCRIBE facts")]
    assert fact_cols == ["doc_id", *CSV_COLUMNS, "original_doc_id", "original_fact_id"]
    assert [c for c, _ in fact_columns()] == list(CSV_COLUMNS)
    doc_cols = {r[0] for r in query(samples_db, "DESCRIBE documents")}
    assert {c for c, _, _ in document_fields()} <= doc_cols and "facts" not in doc_cols
    assert ("layout", str(LAYOUT)) in query(samples_db, "SELECT key, value FROM archive_meta")


def test_every_run_is_recorded(samples_db: Path) -> None:
    (run,) = query(
        samples_db, "SELECT status, gov_facts_version, inputs, read, loaded, failed, facts FROM runs"
    )
    from gov_facts import __version__

    assert run[:2] == ("complete", __version__)
    assert json.loads(run[2]) == [str(SAMPLES)]
    facts = sum(len(r["facts"]) for r in jsonl(invoke("extract", SAMPLES, "--jobs", "0").stdout))
    assert run[3:] == (SAMPLE_RECORDS + 1, SAMPLE_RECORDS, 1, facts)
    assert query(samples_db, "SELECT input, error FROM errors") == [
        (str(SAMPLES / "list-page.html"), "no_article")
    ]


# --- loading again -------------------------------------------------------------------------------


def test_loading_again_adds_nothing(tmp_path: Path, shared_dir: Path) -> None:
    db = tmp_path / "a.duckdb"
    inputs = [SAMPLES, *corpus_inputs(shared_dir)[:8]]
    first = load(db, *inputs)
    before = (
        fact_table(db),
        query(db, "SELECT doc_id, input, content_hash, cluster FROM documents ORDER BY 1"),
    )
    second = load(db, *inputs)
    assert "already in the archive" in second.stderr
    assert second.stderr.splitlines()[-1].split(": ", 2)[2] == first.stderr.splitlines()[-1].split(": ", 2)[2]
    after = fact_table(db), query(db, "SELECT doc_id, input, content_hash, cluster FROM documents ORDER BY 1")
    assert after == before
    (run,) = query(db, "SELECT loaded, replaced, failed, facts, unchanged, status FROM runs WHERE run_id = 2")
    assert run == (0, 0, 1, 0, len(before[1]), "complete")  # the list page reported again, nothing loaded


def test_a_copy_of_a_loaded_page_under_another_name_is_not_loaded_twice(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    load(db, SEED)
    copy = tmp_path / "crawl-2" / SEED.name
    copy.parent.mkdir()
    shutil.copy(SEED, copy)
    result = load(db, copy)
    assert "(1 already in the archive)" in result.stderr
    assert query(db, "SELECT input FROM documents") == [(str(SEED),)]


def test_a_changed_page_has_its_rows_replaced(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    original = SEED.read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    db = tmp_path / "a.duckdb"
    load(db, page, SAMPLES / "stats-release.html")
    (doc_id,) = query(db, "SELECT doc_id FROM documents WHERE input = ?", [str(page)])[0]
    assert ("1.39万套",) in query(db, "SELECT text FROM facts WHERE doc_id = ?", [doc_id])
    page.write_text(original.replace("1.39万套", "1.42万套"), encoding="utf-8")
    load(db, page, SAMPLES / "stats-release.html")
    texts = [r[0] for r in query(db, "SELECT text FROM facts WHERE doc_id = ?", [doc_id])]
    assert "1.42万套" in texts and "1.39万套" not in texts
    assert query(db, "SELECT count(*) FROM documents") == [(2,)]
    assert query(db, "SELECT count(*) FROM facts WHERE doc_id = ?", [doc_id]) == [(len(texts),)]
    assert query(db, "SELECT loaded, replaced, unchanged FROM runs WHERE run_id = 2") == [(0, 1, 1)]
    assert fact_table(db) == record_rows(
        [extract_file(p).to_dict() for p in (page, SAMPLES / "stats-release.html")]
    )


def test_a_page_that_now_fails_loses_its_rows(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    shutil.copy(SEED, page)
    db = tmp_path / "a.duckdb"
    load(db, page)
    page.write_bytes((SAMPLES / "list-page.html").read_bytes())
    load(db, page)
    assert query(db, "SELECT count(*) FROM documents") == [(0,)]
    assert query(db, "SELECT count(*) FROM facts") == [(0,)]
    assert query(db, "SELECT run_id, error FROM errors") == [(2, "no_article")]


# --- reprints --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reprints_db(tmp_path_factory: pytest.TempPathFactory, jieba_loaded: None) -> Path:
    """The seed page, the same article on a provincial portal (next day) and on a state-media
    site (a reprint line, two days on), and an unrelated page."""
    root = tmp_path_factory.mktemp("reprints")
    record = extract_file(SEED).to_dict()
    (root / "b-province.html").write_text(
        reprint_page(record, site="安徽省人民政府", suffix="_安徽省人民政府", when="2021-10-28 10:02"),
        "utf-8",
    )
    (root / "c-media.html").write_text(
        reprint_page(
            record, site="新华网", suffix="-新华网", when="2021-10-29 08:00", lead="（来源：宣城市人民政府）"
        ),
        "utf-8",
    )
    shutil.copy(SEED, root / "d-original.html")  # loaded last, but published first
    shutil.copy(SAMPLES / "stats-release.html", root / "e-other.html")
    db = root / "a.duckdb"
    load(db, root)
    return db


def test_reprints_share_one_cluster_with_the_earliest_as_original(reprints_db: Path) -> None:
    rows = query(reprints_db, "SELECT input, doc_id, cluster, original_doc_id FROM documents ORDER BY input")
    ids = {Path(r[0]).name: r[1] for r in rows}
    by_name = {Path(r[0]).name: r[2:] for r in rows}
    cluster = by_name["d-original.html"][0]
    assert by_name["b-province.html"] == (cluster, ids["d-original.html"])
    assert by_name["c-media.html"] == (cluster, ids["d-original.html"])
    assert by_name["d-original.html"] == (cluster, None)
    assert by_name["e-other.html"] == (ids["e-other.html"], None)  # alone: its own cluster


def test_each_fact_of_a_reprint_points_to_the_same_figure_in_the_original(reprints_db: Path) -> None:
    pairs = query(
        reprints_db,
        "SELECT r.text, r.value, o.text, o.value, r.sentence = o.sentence FROM facts r "
        'JOIN facts o ON o.doc_id = r.original_doc_id AND o."fact_id" = r.original_fact_id',
    )
    reprinted = query(reprints_db, "SELECT count(*) FROM facts f JOIN documents d USING (doc_id) "
                      "WHERE d.original_doc_id IS NOT NULL")[0][0]  # fmt: skip
    assert len(pairs) == reprinted > 0
    assert all(r[0] == r[2] and r[1] == r[3] and r[4] for r in pairs)


def test_each_figure_once_is_a_plain_query(reprints_db: Path) -> None:
    once = query(reprints_db, "SELECT count(*) FROM facts WHERE original_fact_id IS NULL")[0][0]
    per_doc = dict(query(reprints_db, "SELECT input, n_facts FROM documents"))
    assert once == sum(
        n for name, n in per_doc.items() if Path(name).name in ("d-original.html", "e-other.html")
    )
    seed_once = query(
        reprints_db,
        "SELECT count(*) FROM facts WHERE subject = '安置房' AND value = 13900 AND original_fact_id IS NULL",
    )
    assert seed_once == [(1,)]


def test_db_info_reports_counts_clusters_and_runs(reprints_db: Path) -> None:
    result = invoke("db", "info", reprints_db, "--json")
    assert result.exit_code == ExitCode.OK, result.stderr
    about = json.loads(result.stdout)
    assert (about["documents"], about["clusters"], about["reprints"]) == (4, 1, 2)
    assert about["runs"][0]["status"] == "complete" and about["runs"][0]["loaded"] == 4
    table = invoke("db", "info", reprints_db)
    assert "1 reprint clusters holding 2 reprints" in " ".join(table.stdout.split())


# --- runs in parallel and on a cluster write through one writer --------------------------------


def test_in_process_two_workers_and_dask_fill_the_same_archive(tmp_path: Path, jieba_loaded: None) -> None:
    pytest.importorskip("distributed")
    from distributed import LocalCluster

    from gov_facts.run.session import RunOptions, RunSession

    tables = []
    for name, options in (
        ("serial", {"jobs": 0}),
        ("two", {"jobs": 2}),
        ("dask", {"dask": "SCHEDULER"}),
    ):
        db = tmp_path / f"{name}.duckdb"
        if name == "dask":
            with LocalCluster(
                n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
            ) as lc:
                options = {"dask": lc.scheduler_address}
                RunSession([str(SAMPLES)], options=RunOptions(db=db, **options)).run()  # type: ignore[arg-type]
        else:
            RunSession([str(SAMPLES)], options=RunOptions(db=db, **options)).run()  # type: ignore[arg-type]
        tables.append((fact_table(db), query(db, "SELECT input, cluster - min(doc_id) OVER () FROM documents "
                                                 "ORDER BY input")))  # fmt: skip
    assert tables[0] == tables[1] == tables[2]


# --- a crash, a kill, a full disk -------------------------------------------------------------------


def _consistent(db: Path) -> None:
    """Every document's facts are all there, once; every input once."""
    assert query(db, "SELECT count(*) FROM documents d WHERE n_facts <> "
                     "(SELECT count(*) FROM facts f WHERE f.doc_id = d.doc_id)") == [(0,)]  # fmt: skip
    assert query(db, "SELECT count(*) - count(DISTINCT input) FROM documents") == [(0,)]
    assert query(db, 'SELECT count(*) - count(DISTINCT (doc_id, "fact_id")) FROM facts') == [(0,)]


def _children_of(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                out.append(int(entry.name))
    return out


def _renamed(records: list[dict[str, Any]], inputs: dict[str, str]) -> list[dict[str, Any]]:
    """The records of the pages copied as ``inputs`` (copy -> page): only the input differs."""
    by_input = {r["input"]: r for r in records}
    return [{**by_input[page], "input": copy} for copy, page in inputs.items() if page in by_input]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_mid_load_then_load_again(
    tmp_path: Path, shared_dir: Path, corpus_records: list[dict[str, Any]]
) -> None:
    """A SIGKILL after a batch is committed; the archive opens as it was at the last commit, and
    the same command then loads the rest: every record once, as an uninterrupted run has them."""
    big = tmp_path / "big"
    copies: dict[str, str] = {}
    for i in range(8):  # enough pages that the run is still going when it is killed (fast machines too)
        (big / f"copy{i}").mkdir(parents=True)
        for page in corpus_inputs(shared_dir):
            copy = big / f"copy{i}" / page.name
            copy.write_bytes(page.read_bytes() + f"<!-- copy {i} -->".encode())
            copies[str(copy)] = str(page)
    db = tmp_path / "a.duckdb"
    wal = Path(f"{db}.wal")
    cmd = [sys.executable, "-m", "gov_facts", "extract", str(big), "--db", str(db), "--jobs", "2", "-q",
           "--db-commit", "0.5"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 500_000:  # a batch is being written
            break
        time.sleep(0.02)
    # two commit intervals more, so that a batch is surely committed (the WAL grows before the
    # first commit too; killing then leaves nothing loaded, which is right but not this test)
    time.sleep(1.0)
    assert proc.poll() is None, "the run ended before it could be killed"
    workers = _children_of(proc.pid)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10  # orphaned workers notice within a second and leave
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    _consistent(db)
    loaded = query(db, "SELECT count(*) FROM documents")[0][0]
    assert 0 < loaded < len(copies)
    assert query(db, "SELECT status FROM runs") == [("running",)]

    result = invoke("extract", big, "--db", db, "--jobs", "2")
    assert f"({loaded} already in the archive)" in result.stderr
    _consistent(db)
    assert query(db, "SELECT status FROM runs ORDER BY run_id") == [("stopped",), ("complete",)]
    assert fact_table(db) == record_rows(_renamed(corpus_records, copies))


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4.6 MB tmpfs: room for the samples' archive and not much more (skips unless root)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4600k", "tmpfs", str(mount)],
                          capture_output=True, check=False)  # fmt: skip
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=False)


def test_a_full_disk_mid_load_keeps_what_was_committed(
    small_disk: Path, tmp_path: Path, shared_dir: Path, corpus_records: list[dict[str, Any]]
) -> None:
    db = small_disk / "a.duckdb"
    assert load(db, SAMPLES).exit_code == ExitCode.INPUT_FAILED
    pages = corpus_inputs(shared_dir)
    result = load(db, *pages, extra=("--db-commit", "0.5"))
    assert result.exit_code == ExitCode.INPUT_FAILED
    line = next(ln for ln in result.stderr.splitlines() if "cannot write to the archive" in ln)
    assert "No space left on device" in line and "run the same command again" in line
    _consistent(db)
    assert query(db, "SELECT count(*) FROM documents")[0][0] >= SAMPLE_RECORDS
    moved = tmp_path / "a.duckdb"  # room again: the archive moves to a larger disk
    shutil.copy(db, moved)
    if Path(f"{db}.wal").exists():
        shutil.copy(f"{db}.wal", f"{moved}.wal")
    load(moved, *pages)
    _consistent(moved)
    assert fact_table(moved) == record_rows(corpus_records)


# --- what is refused ---------------------------------------------------------------------------------


def test_a_file_that_is_not_a_duckdb_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "notes.duckdb"
    target.write_text("my notes, not a database\n", encoding="utf-8")
    result = load(target, SEED)
    assert result.exit_code == ExitCode.USAGE
    assert f"{target}: not a DuckDB database" in result.stderr and "was not touched" in result.stderr
    assert target.read_text(encoding="utf-8") == "my notes, not a database\n"


def test_another_duckdb_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.duckdb"
    con = duckdb.connect(str(target))
    con.execute("CREATE TABLE sales (n INTEGER)")
    con.close()
    result = load(target, SEED)
    assert result.exit_code == ExitCode.USAGE
    assert "not a gov-facts archive (it has the tables sales)" in result.stderr
    assert query(target, "SELECT table_name FROM information_schema.tables") == [("sales",)]


@pytest.mark.parametrize(
    ("layout", "words"),
    [(LAYOUT + 1, "written by a newer gov-facts"), (0, "written by an older gov-facts")],
    ids=["newer", "older"],
)
def test_an_archive_of_another_layout_is_refused_saying_what_to_do(
    tmp_path: Path, layout: int, words: str
) -> None:
    db = tmp_path / "a.duckdb"
    load(db, SEED)
    con = duckdb.connect(str(db))
    con.execute("UPDATE archive_meta SET value = ? WHERE key = 'layout'", [str(layout)])
    con.close()
    for result in (load(db, SEED), invoke("db", "info", db)):
        assert result.exit_code == ExitCode.USAGE
        assert words in result.stderr and ("upgrade" in result.stderr or "new file" in result.stderr)


def test_an_archive_held_by_another_process_is_refused_with_who_holds_it(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    load(db, SEED)
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, sys, time; c = duckdb.connect({str(db)!r}); "
         "print('ready', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == b"ready"
        result = load(db, SAMPLES / "stats-release.html", extra=("--db-wait", "0.5"))
        assert result.exit_code == ExitCode.USAGE
        assert f"in use by process {holder.pid}" in result.stderr
        assert "after waiting 0.5 s" in result.stderr and "nothing was changed" in result.stderr
        info = invoke("db", "info", db)
        assert info.exit_code == ExitCode.USAGE and "in use by process" in info.stderr
    finally:
        holder.communicate(b"")
    assert query(db, "SELECT count(*) FROM documents") == [(1,)]


def test_db_is_the_sink_and_takes_no_output_options(tmp_path: Path) -> None:
    result = invoke("extract", SEED, "--db", tmp_path / "a.duckdb", "-o", tmp_path / "x.jsonl")
    assert result.exit_code == ExitCode.USAGE and "--db is the run's sink" in result.stderr
    assert not (tmp_path / "a.duckdb").exists()


def test_an_archive_gains_the_columns_a_newer_output_adds(tmp_path: Path) -> None:
    """An archive made before the output had ``si_unit`` (say) gains it at the next load."""
    db = tmp_path / "a.duckdb"
    load(db, SEED)
    con = duckdb.connect(str(db))
    con.execute("ALTER TABLE facts DROP COLUMN si_unit")
    con.execute("ALTER TABLE documents DROP COLUMN index_number")
    con.close()
    load(db, SAMPLES / "stats-release.html")
    assert "si_unit" in [r[0] for r in query(db, "DESCRIBE facts")]
    assert "index_number" in [r[0] for r in query(db, "DESCRIBE documents")]
    assert query(db, "SELECT count(si_unit) FROM facts WHERE input LIKE '%stats-release%'")[0][0] > 0


def test_the_archive_file_in_a_walked_folder_is_not_an_input(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "page.html")
    result = load(tmp_path / "a.duckdb", tmp_path, extra=("--glob", "*"))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert query(tmp_path / "a.duckdb", "SELECT count(*) FROM documents") == [(1,)]


def test_the_default_install_does_not_import_duckdb() -> None:
    heavy = "('duckdb', 'numpy', 'datasketch', 'pyarrow')"
    code = (
        "import sys; from gov_facts.cli import app; import gov_facts.run.session; "
        f"print(sorted(m for m in {heavy} if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
