"""gov-facts' numeral reader against cn2an on the project's own number tables: right answers and speed.

    pip install cn2an && python benchmarks/numerals_vs_cn2an.py

The rows are the parametrized tables of tests/test_numbers.py (written for this project, each
naming where its form comes from). For each table it prints how many rows each reader gets
exactly right (cn2an in its "smart" mode, the one that reads mixed forms such as 1.39万; an
exception counts as wrong), then the CPU time per call of each over all rows. Without cn2an
installed only gov-facts' figures are printed. Timings are only taken here, never asserted.
"""

from __future__ import annotations

import contextlib
import importlib.util
import time
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

from gov_facts.facts.numerals import NumberFormatError, parse_number

REPO = Path(__file__).resolve().parents[1]
TABLES = (
    "ARABIC", "CHINESE", "MIXED_SCALE", "DIGIT_SEQUENCES", "COLLOQUIAL", "SCALE_OF_SCALE", "CAPITALS",
    "TRADITIONAL", "SIGNED", "FRACTIONS",
)  # fmt: skip


def _tables() -> dict[str, list[tuple[str, Decimal]]]:
    spec = importlib.util.spec_from_file_location("number_tables", REPO / "tests" / "test_numbers.py")
    assert spec is not None and spec.loader is not None
    module: ModuleType = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {name: [(p.values[0], Decimal(p.values[1])) for p in getattr(module, name)] for name in TABLES}


def _right(read: Any, text: str, expected: Decimal) -> bool:
    try:
        got = read(text)
    except Exception:  # cn2an raises ValueError and others on forms it does not read
        return False
    return Decimal(str(got)) == expected


def _per_call_us(read: Any, texts: list[str], repeat: int = 200) -> float:
    started = time.process_time()
    for _ in range(repeat):
        for text in texts:
            with contextlib.suppress(NumberFormatError, ValueError, KeyError, IndexError, TypeError):
                read(text)
    return (time.process_time() - started) / (repeat * len(texts)) * 1e6


def main() -> int:
    tables = _tables()
    readers: dict[str, Any] = {"gov-facts": parse_number}
    try:
        import cn2an

        readers["cn2an smart"] = lambda s: cn2an.cn2an(s, "smart")
    except ImportError:
        print("cn2an is not installed: only gov-facts is measured")
    print(f"{'table':16}" + "".join(f"{name:>14}" for name in readers))
    totals = dict.fromkeys(readers, 0)
    rows = 0
    for table, cases in tables.items():
        rows += len(cases)
        line = f"{table:16}"
        for name, read in readers.items():
            right = sum(_right(read, text, want) for text, want in cases)
            totals[name] += right
            line += f"{f'{right}/{len(cases)}':>14}"
        print(line)
    print(f"{'all':16}" + "".join(f"{f'{totals[n]}/{rows}':>14}" for n in readers))
    texts = [text for cases in tables.values() for text, _ in cases]
    print(f"{'µs per call':16}" + "".join(f"{_per_call_us(r, texts):>14.1f}" for r in readers.values()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
