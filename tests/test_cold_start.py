"""What a plain one-page ``gov-facts extract`` loads: modules only another command or option
needs stay out of its start (benchmarks/cold_start.py measures the time; nothing here is timed)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from clirun import invoke

PAGE = Path(__file__).resolve().parents[1] / "samples" / "xuancheng-2021-10-27.html"


def imported_by(*args: str) -> set[str]:
    """The modules ``python -m gov_facts ARGS`` imports (from ``-X importtime``)."""
    env = {**os.environ, "PYTHONUTF8": "1"}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "gov_facts", *args],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("import time:")]
    return {line.rsplit("|", 1)[-1].strip() for line in lines}


@pytest.fixture(scope="module")
def plain_extract() -> set[str]:
    imported_by("extract", "-q", str(PAGE))  # the first run after installing writes the caches
    return imported_by("extract", "-q", str(PAGE))


@pytest.mark.parametrize(
    "module",
    [
        "gov_facts.archive.database",  # the archive (--db): only its error class and file names
        "gov_facts.archive.columns",
        "tomllib",  # the patterns files: parsed only when their cache is missing or stale
        "importlib.metadata",  # pydantic's plugin search, turned off (cli/deferred.py)
        "email.message",  # (what importlib.metadata imports)
    ],
)
def test_a_plain_extract_does_not_import(plain_extract: set[str], module: str) -> None:
    assert module not in plain_extract


def test_the_check_sees_what_a_plain_extract_imports(plain_extract: set[str]) -> None:
    """The list above means something only if the run's own modules show up in it."""
    assert {"gov_facts.run.session", "gov_facts.facts.engine", "jieba"} <= plain_extract


@pytest.mark.parametrize(
    ("module", "preset", "expected"),
    [
        ("gov_facts.cli", None, "__all__"),  # the command turns pydantic's plugin search off
        ("gov_facts.cli", "", ""),  # a user's own setting (empty: keep every plugin) is kept
        ("gov_facts.cli", "logfire", "logfire"),
        ("gov_facts", None, "unset"),  # the library leaves the process's environment alone
    ],
    ids=["cli-default", "cli-user-empty", "cli-user-named", "library"],
)
def test_only_the_command_turns_pydantic_plugins_off(module: str, preset: str | None, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if preset is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = preset
    code = f"import os, {module}; print(os.environ.get('PYDANTIC_DISABLE_PLUGINS', 'unset'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == expected


_COLLECTOR_AT_EXIT = """
import atexit, gc, sys
atexit.register(lambda: print("collector on" if gc.isenabled() else "collector off", flush=True))
sys.argv = ["gov-facts", *sys.argv[1:]]
from gov_facts.cli.app import main
main()
"""


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["extract", "-q", str(PAGE), str(PAGE)], "collector on"),
        (["patterns"], "collector on"),
        (["extract", "-q", str(PAGE), "--jobs", "0"], "collector on"),
        (["extract", "-q", str(PAGE)], "collector off"),
    ],
    ids=["extract", "patterns", "extract-in-process", "extract-one-page-alone"],
)
def test_the_entry_point_turns_the_collector_back_on_for_the_work(args: list[str], expected: str) -> None:
    """The entry point holds the collector off while the command loads; every command has it
    on again (``extract`` when its run begins), so a long run collects as before. One page named
    on its own and read in the command's process (run/alone.py) is read with the collector paused
    in any case, and the command ends after it: it stays off (cli/extract.py)."""
    out = subprocess.run(
        [sys.executable, "-c", _COLLECTOR_AT_EXIT, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.splitlines()[-1] == expected


def test_a_command_run_in_process_leaves_the_collector_as_it_was() -> None:
    frozen = gc.get_freeze_count()
    result = invoke("extract", "-q", PAGE, "--jobs", "0")
    assert result.exit_code == 0, result.stderr
    assert gc.isenabled()
    assert gc.get_freeze_count() <= frozen  # nothing frozen (frozen objects may have been freed)


_PATTERNS_VALIDATOR_AT_EXIT = """
import atexit, sys
from gov_facts.rules.checked_models import _VALIDATORS
from gov_facts.rules.patterns import PatternFile
atexit.register(lambda: print("built" if PatternFile in _VALIDATORS else "not built", flush=True))
sys.argv = ["gov-facts", *sys.argv[1:]]
from gov_facts.cli.app import main
main()
"""


def test_a_plain_extract_takes_the_validated_patterns_from_their_cache(tmp_path: Path) -> None:
    """The first run validates the patterns files and keeps the result; a later one makes the same
    models from it without building the patterns' validator (rules/checked_models.py). The tests
    that a changed file, another package version or a damaged cache is read again are in
    tests/test_table_cache.py."""
    env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONUTF8": "1"}
    said = []
    for _ in range(2):
        out = subprocess.run(
            [sys.executable, "-c", _PATTERNS_VALIDATOR_AT_EXIT, "extract", "-q", str(PAGE)],
            capture_output=True, text=True, env=env, timeout=60, check=False,
        )  # fmt: skip
        assert out.returncode == 0, out.stderr[-2000:]
        said.append(out.stdout.splitlines()[-1])
    assert said == ["built", "not built"]


_USES_METADATA = """
import sys
import gov_facts.cli
stand_in = type(sys.modules.get("importlib.metadata")).__name__
from importlib.metadata import entry_points, version
import importlib.metadata
print(stand_in, version("pydantic") == importlib.metadata.version("pydantic"),
      isinstance(entry_points(group="console_scripts"), importlib.metadata.EntryPoints),
      sys.modules["importlib.metadata"].distribution("pydantic").metadata["Name"])
"""


@pytest.mark.parametrize(
    ("preset", "expected"),
    [(None, "_Deferred True True pydantic"), ("", "NoneType True True pydantic")],
    ids=["plugins-off: a stand-in", "plugins-kept: the module as usual"],
)
def test_importlib_metadata_answers_as_usual_when_something_uses_it(
    preset: str | None, expected: str
) -> None:
    """The command puts off importing importlib.metadata (pydantic's plugin loader imports it for a
    search the command turns off); a program or plugin that uses it gets the real module's answers."""
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if preset is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = preset
    out = subprocess.run(
        [sys.executable, "-c", _USES_METADATA], capture_output=True, text=True, env=env, check=True
    )
    assert out.stdout.strip() == expected
