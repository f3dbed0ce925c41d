"""Reprints: the same article on several sites, found by its text and tied back to one original.

Each document's body becomes a set of character 5-grams (whitespace and punctuation left out,
digits kept, so a figure changed is a difference), summarized by a MinHash signature of 128
permutations. Signatures are cut into LSH bands (42 bands of 3 rows, as datasketch's
``MinHashLSH`` chooses them for a similarity of 0.25), stored in the archive, and a new
document's candidate reprints are the documents that share a band with it: a join in DuckDB,
so a new batch is compared with the whole archive without loading it.

A candidate is a reprint when, by the signatures, the two bodies are alike (estimated Jaccard
similarity at least :data:`MIN_SIMILARITY`) or the shorter is nearly all inside the longer (an
abridged reprint: estimated containment at least :data:`MIN_CONTAINMENT`, for a body of at
least :data:`MIN_CONTAINED` shingles), and, when both state figures, most figures of the one
with fewer stand in the other too: a statistics release of the next month shares its template,
not its numbers. ``benchmarks/reprints_bench.py`` measures the rule.

The signature is datasketch's MinHash, its ``affine32`` scheme with seed 1: the same
permutations (drawn as datasketch draws them) and MurmurHash3's finalizer, computed here over
numpy arrays, and a test holds the values equal to ``MinHash.update_batch``'s and the bands to
``MinHashLSH``'s. Computing it here rather than calling datasketch is measured: datasketch
hashes each shingle in a Python call (2.1 ms a page on the corpus, 5.9 ms with its default
SHA-1, against 0.3 ms here), importing it costs a run 1 s (it imports scipy), and signatures
stored in an archive must not change when the library does. The archive records the scheme,
so signatures of two schemes are never compared.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

import numpy as np

NUM_PERM = 128
SEED = 1
SHINGLE = 5
#: the similarity the LSH bands are tuned to find (abridged reprints come as low as 0.3)
LSH_THRESHOLD = 0.25
#: estimated Jaccard similarity of two bodies from which they may be one article
MIN_SIMILARITY = 0.6
#: estimated share of the shorter body's shingles found in the longer one (an abridged reprint)
MIN_CONTAINMENT = 0.8
#: the containment rule holds only for a shorter body of at least this many shingles (a line
#: or two inside another article is a quotation, not a reprint)
MIN_CONTAINED = 60
#: share of the figures of the document with fewer that must also stand in the other
MIN_FIGURES_AGREE = 0.6

_NOT_TEXT = re.compile(r"[\s\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\u2010-\u206f!-/:-@\[-`{-~]+")


#: the LSH bands and rows datasketch's MinHashLSH picks for LSH_THRESHOLD and NUM_PERM (a test
#: asks it): a pair at similarity 0.5 is a candidate with probability 0.996, at 0.3 0.68
BANDS, ROWS = 42, 3


@lru_cache(maxsize=1)
def permutations() -> tuple[np.ndarray, np.ndarray]:
    """The affine permutations (a odd, b) of datasketch's ``affine32`` scheme for SEED, drawn the
    way ``MinHash`` draws them, so the signatures are its signatures."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def scheme() -> str:
    """What a stored signature is: signatures of two schemes are never compared."""
    b, r = bands()
    return (
        f"minhash affine32 seed {SEED}, {NUM_PERM} permutations, {b} bands of {r}, character {SHINGLE}-grams"
    )


def bands() -> tuple[int, int]:
    """(bands, rows per band) of the LSH index."""
    return BANDS, ROWS


def shingle_hashes(text: str) -> np.ndarray:
    """The distinct 32-bit hashes of the text's character 5-grams (whitespace and punctuation out)."""
    chars = _NOT_TEXT.sub("", text)
    codes = np.frombuffer(chars.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    if len(codes) < SHINGLE:
        codes = np.pad(codes, (0, SHINGLE - len(codes)))
    n = len(codes) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    for j in range(SHINGLE):  # a polynomial hash of each window, vectorized over the text
        h = h * np.uint64(1_000_003) + codes[j : j + n]
    h ^= h >> np.uint64(29)
    out = (h & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    out.sort()  # sorted, then the repeats dropped: np.unique's hashing is slower on short arrays
    keep = np.empty(len(out), dtype=bool)
    keep[:1] = True
    np.not_equal(out[1:], out[:-1], out=keep[1:])
    distinct: np.ndarray = out[keep]
    return distinct


@dataclass(frozen=True)
class Signature:
    """What reprint detection keeps of a document: the MinHash of its body (``values``,
    NUM_PERM uint32), how many shingles the body had, and its figures in text order (a 32-bit
    hash of each, :func:`figure_hashes`, with the fact ids they belong to)."""

    values: np.ndarray
    shingles: int
    figures: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype="<u4"))
    fact_ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype="<i4"))

    def digest(self) -> int:
        """A signed 64-bit hash of the MinHash: two bodies with the same one are copies."""
        return int.from_bytes(hashlib.blake2b(self.values.astype("<u4").tobytes(), digest_size=8).digest(),
                              "little", signed=True)  # fmt: skip

    def to_row(self) -> tuple[int, bytes, bytes, bytes]:
        return (
            self.shingles,
            self.values.astype("<u4").tobytes(),
            self.figures.astype("<u4").tobytes(),
            self.fact_ids.astype("<i4").tobytes(),
        )

    @classmethod
    def from_row(cls, shingles: int, values: bytes, figures: bytes, fact_ids: bytes) -> Signature:
        return cls(
            np.frombuffer(values, dtype="<u4"),
            shingles,
            np.frombuffer(figures, dtype="<u4"),
            np.frombuffer(fact_ids, dtype="<i4"),
        )


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9),
        np.uint64(0x27D4EB2F165667C5))  # fmt: skip


def figure_hashes(
    values: Sequence[Any], lows: Sequence[Any], highs: Sequence[Any], units: Sequence[Any] | None = None
) -> np.ndarray:
    """A 32-bit hash of each fact's figure: its value (or range low and high, rounded to six
    decimals) and unit as written, the same in every process: two copies of an article have the
    same ones, and 7名 is not 七位 (small numbers are common; their units tell them apart)."""
    if not len(values):
        return np.zeros(0, dtype="<u4")
    nums = np.round(np.array([values, lows, highs], dtype=np.float64).T, 6) + 0.0
    bits = np.ascontiguousarray(nums).view(np.uint64)
    known: dict[Any, int] = {}
    unit_codes = np.array(
        [known.setdefault(u, zlib.crc32(str(u).encode("utf-8"))) for u in (units or [None] * len(values))],
        dtype=np.uint64,
    )
    h = (bits[:, 0] * _MIX[0]) ^ (bits[:, 1] * _MIX[1]) ^ (bits[:, 2] * _MIX[2]) ^ (unit_codes * _MIX[3])
    out: np.ndarray = (h ^ (h >> np.uint64(32))).astype("<u4")
    return out


#: MurmurHash3's 32-bit finalizer, which datasketch's ``affine32`` scheme applies before permuting
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))
_CHUNK = 4096


def minhash(hashes: np.ndarray) -> np.ndarray:
    """datasketch's ``affine32`` MinHash of these 32-bit shingle hashes, over the whole array at
    once (a test holds it equal to ``MinHash.update_batch``)."""
    a, b = permutations()
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hashes.astype(np.uint32)
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    hv = hv ^ (hv >> s3)
    out = np.full(NUM_PERM, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(hv), _CHUNK):
        chunk = hv[start : start + _CHUNK, None]
        out = np.minimum(out, (chunk * a + b).min(axis=0))
    return out


def signature(text: str, figures: np.ndarray | None = None, fact_ids: Sequence[int] = ()) -> Signature:
    """The signature of a body, with its figures (:func:`figure_hashes`) and their fact ids."""
    hashes = shingle_hashes(text)
    return Signature(
        minhash(hashes),
        len(hashes),
        figures if figures is not None else np.zeros(0, dtype="<u4"),
        np.asarray(fact_ids, dtype="<i4"),
    )


def band_hashes(sig: Signature) -> list[int]:
    """One signed 64-bit hash per LSH band: documents sharing one are candidate reprints."""
    b, r = bands()
    rows = sig.values[: b * r].astype(np.uint64).reshape(b, r)
    h = np.zeros(b, dtype=np.uint64)
    for j in range(r):
        h = (h ^ rows[:, j]) * np.uint64(0x100000001B3)
        h ^= h >> np.uint64(31)
    h += np.arange(b, dtype=np.uint64)  # a band's hash never equals another band's by its index
    return [int(x) for x in h.view(np.int64)]


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two bodies' shingle sets."""
    return float(np.count_nonzero(a.values == b.values)) / NUM_PERM


def containment(a: Signature, b: Signature, sim: float | None = None) -> float:
    """Estimated share of the smaller shingle set found in the larger (from the Jaccard estimate
    and the two sizes: |A∩B| = J(|A|+|B|)/(1+J))."""
    j = similarity(a, b) if sim is None else sim
    smaller = min(a.shingles, b.shingles)
    return 0.0 if smaller <= 0 else min(1.0, j * (a.shingles + b.shingles) / (1 + j) / smaller)


#: what identifies a figure across two copies of an article (:func:`figure_hashes`)
FigureKey = int


def figures_agree(a: Sequence[FigureKey] | np.ndarray, b: Sequence[FigureKey] | np.ndarray) -> bool:
    """Whether most figures of the document with fewer also stand in the other (true when one has none)."""
    if not len(a) or not len(b):
        return True
    common = sum((Counter(list(a)) & Counter(list(b))).values())
    return common / min(len(a), len(b)) >= MIN_FIGURES_AGREE


def alike(a: Signature, b: Signature) -> bool:
    """Whether two bodies read as one article: alike, or the shorter nearly all inside the longer."""
    sim = similarity(a, b)
    return sim >= MIN_SIMILARITY or (
        min(a.shingles, b.shingles) >= MIN_CONTAINED and containment(a, b, sim) >= MIN_CONTAINMENT
    )


def is_reprint(
    a: Signature, b: Signature, figures_a: Sequence[FigureKey], figures_b: Sequence[FigureKey]
) -> bool:
    """The rule for a candidate pair: alike bodies whose figures agree."""
    return alike(a, b) and figures_agree(figures_a, figures_b)


def align(
    original: Sequence[FigureKey] | np.ndarray, reprint: Sequence[FigureKey] | np.ndarray
) -> dict[int, int]:
    """Index in ``reprint`` -> index in ``original`` of the same figure, the two read in text order.

    The longest matching runs of figures (difflib), so a figure edited in the reprint, or one
    it adds or drops, links to nothing while the ones around it still link.
    """
    if len(original) == len(reprint) and np.array_equal(original, reprint):  # a copy, figure for figure
        return {i: i for i in range(len(reprint))}
    matcher = SequenceMatcher(None, [int(x) for x in original], [int(x) for x in reprint], autojunk=False)
    out: dict[int, int] = {}
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out[block.b + k] = block.a + k
    return out


@dataclass(frozen=True)
class Member:
    """What choosing the original needs to know of a document in a cluster."""

    doc_id: int
    published_at: str | None
    site: str | None
    source: str | None


def _issuer(member: Member, others: Iterable[Member]) -> bool:
    """A document from the site that issued the article: others name its site as their source."""
    site = (member.site or "").strip()
    return bool(site) and any(o.source and site in o.source for o in others if o is not member)


def choose_original(members: Sequence[Member]) -> int:
    """The original of a cluster: the earliest publish date, else the issuing site (one the
    others name as their source, else one that names its site at all: not a bare text dump),
    else the earliest publish time, else the first loaded."""

    def key(m: Member) -> tuple[str, bool, bool, str, int]:
        day = (m.published_at or "")[:10] or "9999"
        return (day, not _issuer(m, members), not m.site, m.published_at or "9999", m.doc_id)

    return min(members, key=key).doc_id


def components(
    pairs: Iterable[tuple[int, int, float]], apart: Iterable[tuple[int, int]] = ()
) -> dict[int, int]:
    """doc_id -> the smallest doc_id of its cluster, joining the most similar pairs first.

    ``apart`` are pairs whose texts are alike but whose figures are not (next month's release
    in last month's template): two clusters are never joined when that would put such a pair
    together, so an abridged reprint that fits both cannot chain them into one.
    """
    members: dict[int, set[int]] = {}
    root_of: dict[int, int] = {}
    never: dict[int, set[int]] = defaultdict(set)
    for a, b in apart:
        never[a].add(b)
        never[b].add(a)

    def root(x: int) -> int:
        if x not in root_of:
            root_of[x] = x
            members[x] = {x}
        return root_of[x]

    for a, b, _ in sorted(pairs, key=lambda p: (-p[2], p[0], p[1])):
        ra, rb = root(a), root(b)
        if ra == rb:
            continue
        small, large = sorted((ra, rb), key=lambda r: len(members[r]))
        if any(never[m] & members[large] for m in members[small]):
            continue
        keep, gone = min(ra, rb), max(ra, rb)
        for m in members[gone]:
            root_of[m] = keep
        members[keep] |= members.pop(gone)
    return dict(root_of)
