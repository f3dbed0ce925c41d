"""Reprint detection's parts: the signature is datasketch's MinHash, the rule tells a reprint from
another article on the same topic, clusters do not chain distinct articles, the original is
chosen by date then by the issuing site, and a reprint's figures are aligned with the original's."""

from __future__ import annotations

from pathlib import Path

import duckdb
import numpy as np
import pytest

from archive_helpers import SAMPLES, load
from gov_facts import extract_file
from gov_facts.archive.reprints import (
    BANDS,
    LSH_THRESHOLD,
    NUM_PERM,
    ROWS,
    SEED,
    Member,
    align,
    choose_original,
    components,
    containment,
    figure_hashes,
    is_reprint,
    minhash,
    shingle_hashes,
    signature,
    similarity,
)

TEXTS = [extract_file(p).text for p in sorted(SAMPLES.glob("*")) if p.suffix in (".html", ".txt")
         and "list-page" not in p.name]  # fmt: skip


@pytest.mark.parametrize("text", TEXTS[:4], ids=lambda t: t[:12])
def test_the_signature_is_datasketchs_minhash(text: str) -> None:
    from datasketch import MinHash

    hashes = shingle_hashes(text)
    reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashfunc=lambda x: x)
    reference.update_batch(hashes.tolist())
    assert np.array_equal(reference.hashvalues, minhash(hashes))


def test_the_bands_are_datasketchs_choice() -> None:
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)


SEED_TEXT = extract_file(SAMPLES / "xuancheng-2021-10-27.html").text
PARAS = SEED_TEXT.split("\n")


@pytest.mark.parametrize(
    ("other", "same"),
    [
        pytest.param(SEED_TEXT, True, id="seed: the same text"),
        pytest.param(
            "（来源：宣城市人民政府）\n" + SEED_TEXT + "\n（完）", True, id="seed: a reprint line and （完）"
        ),
        pytest.param(
            SEED_TEXT.replace("把实事办实、办好", "把实事办好"), True, id="seed: a few characters edited"
        ),
        pytest.param("\n".join(PARAS[: len(PARAS) * 3 // 5]), True, id="seed: abridged, the first 60%"),
        pytest.param(PARAS[2], False, id="seed: one paragraph quoted in another article"),
        pytest.param(extract_file(SAMPLES / "stats-release.html").text, False, id="samples: another article"),
    ],
)
def test_alike_texts(other: str, same: bool) -> None:
    a, b = signature(SEED_TEXT), signature(other)
    assert is_reprint(a, b, [], []) is same, (similarity(a, b), containment(a, b))


def test_alike_texts_with_other_figures_are_another_article() -> None:
    """Next month's release in last month's template: the text is alike, the figures are not."""
    a, b = signature(SEED_TEXT), signature(SEED_TEXT)
    this = figure_hashes([13900, 424, 404, 2580], [None] * 4, [None] * 4)
    nxt = figure_hashes([14100, 510, 498, 2400], [None] * 4, [None] * 4)
    assert is_reprint(a, b, this, this) and not is_reprint(a, b, this, nxt)
    assert is_reprint(a, b, this, this[:2])  # an abridged copy states fewer of them


def test_clusters_join_the_most_alike_first_and_never_chain_distinct_articles() -> None:
    """1 and 3 are distinct (their figures differ); 2, an abridged copy, is alike to both."""
    pairs = [(1, 2, 0.55), (2, 3, 0.5)]
    assert components(pairs) == {1: 1, 2: 1, 3: 1}
    assert components(pairs, apart=[(1, 3)]) == {1: 1, 2: 1, 3: 3}


@pytest.mark.parametrize(
    ("members", "original"),
    [
        pytest.param([Member(1, "2021-10-28T09:00:00+08:00", "安徽省人民政府", "宣城市人民政府"),
                      Member(2, "2021-10-27T07:55:00+08:00", "宣城市人民政府", "宣城日报")], 2,
                     id="invented: the earliest date"),
        pytest.param([Member(1, "2021-10-27T18:00:00+08:00", "新华网", "宣城市人民政府"),
                      Member(2, "2021-10-27T20:00:00+08:00", "宣城市人民政府", "宣城日报")], 2,
                     id="invented: the same day, the site the other names as its source"),
        pytest.param([Member(1, "2021-10-27", None, "宣城日报"),
                      Member(2, "2021-10-27T07:55:00+08:00", "宣城市人民政府", "宣城日报")], 2,
                     id="seed: the same day, a page that names its site over a text dump"),
        pytest.param([Member(3, None, "新华网", None), Member(4, None, "人民网", None)], 3,
                     id="invented: no dates, the first loaded"),
    ],
)  # fmt: skip
def test_the_original_of_a_cluster(members: list[Member], original: int) -> None:
    assert choose_original(members) == original


def test_a_reprints_figures_align_with_the_originals_around_an_edit() -> None:
    original = figure_hashes([1, 2, 3, 4], [None] * 4, [None] * 4)
    reprint = figure_hashes([1, 2, 30, 4, 5], [None] * 5, [None] * 5)
    assert align(original, reprint) == {0: 0, 1: 1, 3: 3}


def test_an_archive_of_another_signature_scheme_is_refused(tmp_path: Path, jieba_loaded: None) -> None:
    db = tmp_path / "a.duckdb"
    load(db, SAMPLES / "stats-release.html")
    con = duckdb.connect(str(db))
    con.execute("UPDATE archive_meta SET value = 'simhash 64' WHERE key = 'signatures'")
    con.close()
    result = load(db, SAMPLES / "xxgk-notice.html")
    assert result.exit_code == 2 and "reprint signatures were made as 'simhash 64'" in result.stderr
