"""The ``gov-facts`` command, driven through typer's CliRunner: formats, inputs, -o, errors, exit codes.

Batch features (directories, WARC, --jobs, --resume...) are in test_batch.py.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from clirun import invoke, jsonl
from gov_facts import __version__
from gov_facts.cli import ExitCode, parse_size

pytestmark = pytest.mark.usefixtures("jieba_loaded")

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SEED = SAMPLES / "xuancheng-2021-10-27.html"
SEED_GBK = SAMPLES / "xuancheng-2021-10-27.gbk.html"
SEED_TXT = next(SAMPLES.glob("xuancheng-2021-10-27*.txt"))
LIST_PAGE = SAMPLES / "list-page.html"
SEED_TITLE = "市政府党组推动“我为群众办实事” 重点民生项目领办走深走实"


def csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def err_lines(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line]


# --- formats --------------------------------------------------------------------------------------


def check_jsonl(out: str) -> None:
    (rec,) = jsonl(out)
    assert rec["title"] == SEED_TITLE and rec["input"] == str(SEED)
    assert "\\u" not in out  # Chinese as is


def check_json(out: str) -> None:
    assert out.startswith("[\n{\n  ")  # an indented array
    (rec,) = json.loads(out)
    assert rec["schema"] == "gov-facts/1" and rec["title"] == SEED_TITLE
    assert "\\u" not in out


def check_csv(out: str) -> None:
    rows = csv_rows(out)
    assert len(rows) == len(jsonl(invoke("extract", SEED).stdout)[0]["facts"]) > 10
    assert {r["title"] for r in rows} == {SEED_TITLE}  # document columns repeated
    assert {r["published_at"] for r in rows} == {"2021-10-27T07:55:00+08:00"}
    assert [r["fact_id"] for r in rows[:3]] == ["1", "2", "3"]
    assert not out.startswith("\ufeff")


def check_csv_bom(out: str) -> None:
    assert out.startswith("\ufeffinput,title,")
    assert csv_rows(out[1:])[0]["source"] == "宣城日报"


@pytest.mark.parametrize(
    ("options", "check"),
    [
        pytest.param([], check_jsonl, id="default-jsonl"),
        pytest.param(["--format", "jsonl"], check_jsonl, id="jsonl"),
        pytest.param(["-o", "-"], check_jsonl, id="dash-o-is-stdout"),
        pytest.param(["-f", "json"], check_json, id="json-array"),
        pytest.param(["--format", "csv"], check_csv, id="csv-row-per-fact"),
        pytest.param(["--format", "csv", "--bom"], check_csv_bom, id="csv-bom"),
    ],
)
def test_format_on_stdout(options: list[str], check: Any) -> None:
    result = invoke("extract", SEED, *options)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stderr == ""  # a lone page: its record and nothing else
    check(result.stdout)


@pytest.mark.parametrize(
    ("fmt", "load"),
    [
        pytest.param("jsonl", lambda p: jsonl(p.read_text("utf-8")), id="jsonl"),
        pytest.param("json", lambda p: json.loads(p.read_text("utf-8")), id="json"),
        pytest.param("csv", lambda p: csv_rows(p.read_text("utf-8")), id="csv"),
    ],
)
def test_output_file(tmp_path: Path, fmt: str, load: Any) -> None:
    out = tmp_path / f"facts.{fmt}"
    result = invoke("extract", SEED, SEED_TXT, "--format", fmt, "-o", out)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout == ""
    got = load(out)
    inputs = [r["input"] for r in got]
    assert inputs[0] == str(SEED) and inputs[-1] == str(SEED_TXT)
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no part or state file left


def test_parquet_output(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "facts.parquet"
    result = invoke("extract", SEED, SEED_TXT, "--format", "parquet", "-o", out)
    assert result.exit_code == ExitCode.OK, result.stderr
    table = pq.read_table(out)
    assert set(table.column("input").to_pylist()) == {str(SEED), str(SEED_TXT)}
    assert table.column("title").to_pylist()[0] == SEED_TITLE


# --- inputs -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "stdin", "want_inputs"),
    [
        pytest.param(["-"], SEED.read_bytes(), ["-"], id="stdin-html"),
        pytest.param(["-"], SEED_GBK.read_bytes(), ["-"], id="stdin-gbk"),
        pytest.param(["-"], SEED_TXT.read_bytes(), ["-"], id="stdin-text-dump"),
        pytest.param([SEED_TXT, "-", SEED_GBK], SEED.read_bytes(), [str(SEED_TXT), "-", str(SEED_GBK)],
                     id="stdin-among-files-in-order"),
        pytest.param([SEED_GBK, SEED], None, [str(SEED_GBK), str(SEED)], id="files-in-given-order"),
    ],
)  # fmt: skip
def test_inputs(args: list[Any], stdin: bytes | None, want_inputs: list[str]) -> None:
    result = invoke("extract", *args, input=stdin)
    assert result.exit_code == ExitCode.OK, result.stderr
    recs = jsonl(result.stdout)
    assert [r["input"] for r in recs] == want_inputs
    assert {r["title"] for r in recs} == {SEED_TITLE}


def test_gbk_and_utf8_give_the_same_record() -> None:
    utf8, gbk = jsonl(invoke("extract", SEED, SEED_GBK).stdout)
    for rec in (utf8, gbk):
        rec.pop("input"), rec.pop("encoding")
    assert utf8 == gbk


# --- errors and exit codes --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "want_stderr", "want_inputs"),
    [
        pytest.param(["missing.html"], ["missing.html: unreadable: no such file"], [], id="missing-file"),
        pytest.param([LIST_PAGE], [f"{LIST_PAGE}: no_article: "], [], id="list-page-no-article"),
        pytest.param([SAMPLES], [], None, id="directory-is-walked-not-an-error"),
        pytest.param([SEED, "missing.html", SEED_TXT], ["missing.html: unreadable: no such file"],
                     [str(SEED), str(SEED_TXT)], id="others-still-produce"),
        pytest.param([LIST_PAGE, SEED], [f"{LIST_PAGE}: no_article: "], [str(SEED)],
                     id="no-article-then-page"),
    ],
)  # fmt: skip
def test_failed_inputs(args: list[Any], want_stderr: list[str], want_inputs: list[str] | None) -> None:
    result = invoke("extract", *args)
    lines = [line.removeprefix("gov-facts: ") for line in err_lines(result)]
    for want in want_stderr:
        assert any(line.startswith(want) for line in lines), lines
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert "Traceback" not in result.stderr
    if want_inputs is not None:
        assert [r["input"] for r in jsonl(result.stdout)] == want_inputs


@pytest.mark.parametrize(
    ("args", "want"),
    [
        pytest.param(["extract"], "nothing to read", id="no-inputs"),
        pytest.param(["extract", SEED, "--format", "xml"], "xml", id="unknown-format"),
        pytest.param(["extract", SEED, "-f", "parquet"], "needs an output file", id="parquet-to-stdout"),
        pytest.param(["extract", SEED, "--resume"], "needs an output file", id="resume-to-stdout"),
        pytest.param(["extract", SEED, "--bom"], "only to --format csv", id="bom-without-csv"),
        pytest.param(["extract", SEED, "-o", "no/dir/o.jsonl"], "no such directory", id="output-dir-missing"),
        pytest.param(["extract", SEED, "--max-bytes", "lots"], "not a size", id="bad-size"),
        pytest.param(["extract", SEED, "--jobs", "-1"], "--jobs", id="negative-jobs"),
        pytest.param(["extract", "--from-list", "no-list.txt"], "cannot read the list", id="list-missing"),
        pytest.param(["extract", "-", "--from-list", "-"], "stdin cannot be both", id="stdin-twice"),
        pytest.param(["extract", SEED, "--no-such-option"], "No such option", id="unknown-option"),
        pytest.param(["frobnicate"], "No such command", id="unknown-command"),
    ],
)  # fmt: skip
def test_usage_errors(args: list[Any], want: str) -> None:
    result = invoke(*args)
    assert result.exit_code == ExitCode.USAGE
    assert want in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_bad_patterns_file_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[[units]]\nunit = ""\nkind = "count"\n', encoding="utf-8")
    result = invoke("extract", SEED, "--patterns", bad)
    assert result.exit_code == ExitCode.USAGE
    assert str(bad) in result.stderr


@pytest.mark.parametrize("debug", [False, True], ids=["plain", "debug"])
@pytest.mark.parametrize("jobs", ["0", "1"], ids=["in-process", "worker"])
def test_internal_error_is_reported_against_its_input(monkeypatch: Any, debug: bool, jobs: str) -> None:
    import gov_facts.run.pipeline

    real = gov_facts.run.pipeline.extract

    def broken(data: Any, name: str = "-", **kw: Any) -> Any:
        if name.endswith(".gbk.html"):
            raise ZeroDivisionError("a bug")
        return real(data, name, **kw)

    monkeypatch.setattr(gov_facts.run.pipeline, "extract", broken)
    result = invoke("extract", SEED_GBK, SEED, "--jobs", jobs, *(["--debug"] if debug else []))
    assert result.exit_code == ExitCode.INPUT_FAILED
    assert f"{SEED_GBK}: internal_error: ZeroDivisionError: a bug" in result.stderr
    assert ("Traceback" in result.stderr) is debug
    assert [r["input"] for r in jsonl(result.stdout)] == [str(SEED)]


# --- summary line -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "want"),
    [
        pytest.param([SEED], None, id="one-page-no-summary"),
        pytest.param([SEED, SEED_TXT], "2 read: 2 with facts, 0 without facts, 0 no article, 0 failed",
                     id="two-pages"),
        pytest.param([SEED, LIST_PAGE, "nope.html"],
                     "3 read: 1 with facts, 0 without facts, 1 no article, 1 failed", id="mixed"),
        pytest.param([SEED, SEED_TXT, "--quiet"], None, id="quiet"),
    ],
)  # fmt: skip
def test_summary_line(args: list[Any], want: str | None) -> None:
    result = invoke("extract", *args)
    summary = [line for line in err_lines(result) if " read" in line and "facts" in line]
    if want is None:
        assert summary == []
    else:
        assert len(summary) == 1 and want in summary[0]


# --- parse_size ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [("20MB", 20 << 20), ("20M", 20 << 20), ("500k", 500 << 10), ("1048576", 1 << 20), ("1.5KiB", 1536)],
    ids=["MB", "M", "k", "bytes", "KiB-fraction"],
)
def test_parse_size(text: str, want: int) -> None:
    assert parse_size(text) == want


# --- the installed entry points -----------------------------------------------------------------------


def run_module(*args: str, **kw: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1"}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=60, **kw)


def test_python_m_version() -> None:
    proc = run_module("-m", "gov_facts", "--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"gov-facts {__version__}"


@pytest.mark.parametrize(
    "args", [["--version"], ["--help"], ["extract", "--help"]], ids=["version", "help", "extract-help"]
)
def test_version_and_help_do_not_import_jieba(args: list[str]) -> None:
    proc = run_module("-X", "importtime", "-m", "gov_facts", *args)
    assert proc.returncode == 0
    imported = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.splitlines()}
    assert not {m for m in imported if m.split(".")[0] in ("jieba", "lxml", "pyarrow")}


def test_python_m_reads_stdin_pipe() -> None:
    proc = run_module("-m", "gov_facts", "extract", "-", "-f", "json", input=SEED.read_text("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["title"] == SEED_TITLE


@pytest.mark.parametrize("to_file", [False, True], ids=["stdout", "output-file"])
def test_python_m_extract_ends_with_everything_written(tmp_path: Path, to_file: bool) -> None:
    """The entry point ends the process without the interpreter's teardown once extract is done:
    the records, the errors file and the exit status must all be as a normal exit leaves them."""
    missing = tmp_path / "missing.html"
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    args = ["-m", "gov_facts", "extract", str(SEED), str(missing), str(SEED), "--errors", str(errors)]
    proc = run_module(*args, *(["-o", str(out)] if to_file else []))
    assert proc.returncode == ExitCode.INPUT_FAILED, proc.stderr
    records = out.read_text("utf-8") if to_file else proc.stdout
    assert [r["title"] for r in jsonl(records)] == [SEED_TITLE, SEED_TITLE]
    assert [json.loads(line)["input"] for line in errors.read_text("utf-8").splitlines()] == [str(missing)]
    assert "2 with facts" in proc.stderr
