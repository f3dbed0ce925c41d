"""One input named on its own is read in the command's process (no worker forked), under the same
time limit a worker has (``run/alone.py``); a batch, an explicit ``--jobs`` or a process that
cannot set a timer still go to workers. Records are the same whichever way an input is read."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from clirun import invoke
from gov_facts.cli import ExitCode
from gov_facts.run import alone, pool

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
PAGE = SAMPLES / "chrome-inside.html"


def _no_record_fields(out: str) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in out.splitlines()]
    for row in rows:
        for key in ("extracted_at", "elapsed_ms"):
            row.pop(key, None)
    return rows


@pytest.fixture
def spawned(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the workers the pool starts (they still start and do their work)."""
    calls: list[int] = []
    spawn = pool.WorkerPool._spawn

    def counted(self: pool.WorkerPool) -> Any:
        calls.append(1)
        return spawn(self)

    monkeypatch.setattr(pool.WorkerPool, "_spawn", counted)
    return calls


# --- which way an input is read --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "workers"),
    [
        pytest.param([PAGE], 0, id="one-page-alone-in-process"),
        pytest.param(["--text", "全市新建保障性租赁住房3万套。"], 0, id="one-text-alone-in-process"),
        pytest.param([PAGE, "--jobs", "1"], 1, id="explicit-jobs-a-worker"),
        pytest.param([PAGE, SAMPLES / "stats-release.html"], 1, id="two-pages-workers"),
        pytest.param([PAGE, "--text", "新建3万套。"], 1, id="page-and-text-workers"),
        pytest.param([PAGE, "--jobs", "0"], 0, id="jobs-0-in-process"),
    ],
)
def test_where_inputs_are_read(spawned: list[int], args: list[Any], workers: int) -> None:
    result = invoke("extract", *args)
    assert result.exit_code == ExitCode.OK, result.stderr
    assert (len(spawned) > 0) == (workers > 0)


@pytest.mark.parametrize(
    "page",
    [
        pytest.param("chrome-inside.html", id="county-portal"),
        pytest.param("hk-press-release.html", id="hk-press-release"),
        pytest.param("tw-city-news.big5.html", id="tw-big5"),
        pytest.param("xuancheng-2021-10-27-dump.txt", id="text-dump"),
        pytest.param("list-page.html", id="list-page-no-article"),
    ],
)
def test_same_record_alone_as_in_a_worker(page: str) -> None:
    alone_run = invoke("extract", SAMPLES / page)
    worker_run = invoke("extract", SAMPLES / page, "--jobs", "1")
    assert alone_run.exit_code == worker_run.exit_code
    assert _no_record_fields(alone_run.stdout) == _no_record_fields(worker_run.stdout)
    assert alone_run.stderr == worker_run.stderr


# --- the time limit --------------------------------------------------------------------------------


def _command(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    return subprocess.run(
        [sys.executable, "-m", "gov_facts", *map(str, args)],
        capture_output=True, text=True, env=env, timeout=timeout, check=False,
    )  # fmt: skip


def test_one_input_that_never_arrives_is_cut_off_in_process(tmp_path: Path) -> None:
    # a named pipe nobody writes to: opening it blocks until the timer interrupts it
    stuck = tmp_path / "stuck.html"
    os.mkfifo(stuck)
    result = _command("extract", stuck, "--timeout", "1")
    assert f"gov-facts: {stuck}: timeout: gave up after 1 s (--timeout)" in result.stderr
    assert result.stdout == "" and result.returncode == ExitCode.INPUT_FAILED


_DEAF = """
import sys
from gov_facts.read.items import Task
from gov_facts.rules.patterns import load_patterns
from gov_facts.run import alone

alone.GRACE = 0.5
alone.process_task = lambda *args: sum(range(10**13))  # C code that never looks at signals
print(list(alone.read_alone([Task("deaf.html", data=b"x")], load_patterns(), 1000, 0.5, "original")))
"""


def test_code_deaf_to_the_timer_is_ended_with_the_process() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    result = subprocess.run(
        [sys.executable, "-c", _DEAF], capture_output=True, text=True, env=env, timeout=60, check=False
    )
    assert result.returncode == 1 and result.stdout == ""
    assert "Timeout (0:00:01)!" in result.stderr


def test_the_timer_is_put_back(tmp_path: Path) -> None:
    before = signal.getsignal(signal.SIGALRM)
    result = invoke("extract", SAMPLES / "chrome-inside.html", "--timeout", "5")
    assert result.exit_code == ExitCode.OK
    assert signal.getsignal(signal.SIGALRM) == before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# --- where no timer can be set, a worker times the input -------------------------------------------


def test_not_usable_off_the_main_thread() -> None:
    got: list[bool] = []
    thread = threading.Thread(target=lambda: got.append(alone.usable()))
    thread.start()
    thread.join()
    assert got == [False] and alone.usable()


def test_a_program_with_its_own_alarm_keeps_it(spawned: list[int]) -> None:
    def own(signum: int, frame: object) -> None:  # pragma: no cover - never fires
        pass

    previous = signal.signal(signal.SIGALRM, own)
    try:
        assert not alone.usable()
        result = invoke("extract", SAMPLES / "chrome-inside.html")
        assert signal.getsignal(signal.SIGALRM) is own
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert result.exit_code == ExitCode.OK and len(spawned) == 1


# --- what one page read alone does without ---------------------------------------------------------


def test_one_page_alone_imports_no_worker_machinery() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    args = [sys.executable, "-X", "importtime", "-m", "gov_facts", "extract", "-q", str(PAGE)]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("import time:")]
    imported = {line.rsplit("|", 1)[-1].strip() for line in lines}
    assert "gov_facts.facts.engine" in imported  # the check sees the run's own modules
    assert not imported & {"gov_facts.run.pool", "multiprocessing", "multiprocessing.connection"}


# --- jieba's weights for the rules' words, kept from the first load (facts/tagging.py) -------------

_STATE = """
import json, sys
import jieba
if sys.argv[1] == "no-weighing":
    def refuse(self, *args, **kwargs):
        raise AssertionError("weighed again")
    jieba.Tokenizer.suggest_freq = refuse
from gov_facts.facts import tagging
from gov_facts.rules.patterns import load_patterns
from gov_facts.facts.engine import find_facts
find_facts("全市新建保障性租赁住房3万套，惠及群众10余万人。", load_patterns())  # the rules give their words
tagging._load()
dt = jieba.dt
print(json.dumps([sorted(dt.FREQ.items()), dt.total, sorted(tagging._added),
                  tagging.pos_tag("城镇居民人均可支配收入增长5%")]))
"""


def _tagger_state(tmp: Path, mode: str) -> Any:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"), TMPDIR=str(tmp))
    args = [sys.executable, "-c", _STATE, mode]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


def test_jieba_weights_from_their_file_leave_the_same_dictionary(tmp_path: Path) -> None:
    _tagger_state(tmp_path, "install")  # the first run after installing writes jieba's caches
    kept = list(tmp_path.glob("gov-facts.jieba-weights.v1.*.cache"))
    assert len(kept) == 1
    kept[0].unlink()
    first = _tagger_state(tmp_path, "first")  # weighs the words and keeps the weights
    assert kept[0].exists()
    assert len(first[2]) > 100  # the rules' words were added
    assert _tagger_state(tmp_path, "no-weighing") == first  # from the file: nothing weighed again
    kept[0].write_bytes(b"not marshal")
    assert _tagger_state(tmp_path, "again") == first  # a damaged file: weighed again, the same
    assert _tagger_state(tmp_path, "no-weighing") == first  # and written again
