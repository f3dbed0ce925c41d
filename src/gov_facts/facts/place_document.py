"""The place a page speaks for, from its metadata: site, URL, 发布机构, 来源 and title.

- the site: the division its name starts with (宣城市人民政府 -> 宣城市, 中国宜春 -> 宜春市), else its
  ``*.gov.cn`` host (www.xuancheng.gov.cn, fgw.zj.gov.cn, www.ccgp-hebei.gov.cn), or the region of a
  ``*.gov.hk``, ``*.gov.mo`` or ``*.gov.tw`` one;
- 发布机构 and 来源, when they start with a place inside the site's (宣州区融媒体中心 on the 宣城 site),
  or when the site names none (宣城日报);
- the title's place, when it names one that governs (1-10月德清县固定资产投资… on the province's
  site: the page speaks for 德清县; 江西省2022年…统计公报 on a city's site: for 江西省);
- else, for a national site or medium (中国政府网, 人民网, www.gov.cn), China, when the text is about it.

A name the table does not hold but that reads as a county's or city's government (桐溪县人民政府)
is kept as a place without a code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..core.models import DocumentPlace, PlaceClue
from ..core.urls import url_host
from .place_names import Mention, PlaceIndex
from .place_resolve import Pick, resolve_mentions

#: a site or office named after a division the table does not hold: 桐溪县人民政府, 梅溪县统计局
_UNKNOWN_DIVISION = re.compile(
    r"^([\u4e00-\u9fff]{1,6}?(?:县|市|区|旗))(?:人民政府|政府|委员会|统计局|融媒体|日报)"
)


@dataclass(frozen=True)
class PageClues:
    """What the page says about itself (the page stage's metadata)."""

    title: str | None = None
    source: str | None = None
    publisher: str | None = None
    site: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Where:
    """The document's place: what it is, the words that named it, and where they stood."""

    pick: Pick
    text: str | None
    found_in: PlaceClue

    def record(self) -> DocumentPlace:
        p = self.pick
        return DocumentPlace(text=self.text, name=p.name, code=p.code, level=p.level, found_in=self.found_in)  # type: ignore[arg-type]


def _leading(ix: PlaceIndex, text: str, home: Pick | None) -> tuple[Pick, str] | None:
    """The place a name starts with, the most specific of a chain (中国宜春 -> 宜春市), and its words."""
    for prefix in ix.rules.site_prefixes:
        if text.startswith(prefix) and len(text) > len(prefix) + 1:
            rest = _leading(ix, text[len(prefix) :], home)
            if rest is not None:
                return rest
    mentions = [m for m in ix.scan(text) if m.senses]
    resolve_mentions(ix, text, mentions, home.division if home else None)
    got: tuple[Pick, str] | None = None
    pos = 0
    for m in mentions:
        if m.start != pos or m.division is None:
            break
        got, pos = (_zone_pick(m) if m.zone_text else Pick.of(m.division), text[: m.end]), m.end
    if got is not None:
        return got
    unknown = _UNKNOWN_DIVISION.match(text)
    if unknown and not any(m.start == 0 for m in mentions):
        name = unknown.group(1)
        level = "county" if name[-1] in "县旗区" else "city"
        return Pick(name, None, level), name
    return None


def _zone_pick(m: Mention) -> Pick:
    d = m.division
    assert d is not None
    return Pick.of(d) if d.level == "zone" else Pick(m.text, d.code, "zone", d)


def _host_place(ix: PlaceIndex, url: str | None) -> tuple[Pick | None, bool]:
    """The place of a ``*.gov.cn`` host (or of Hong Kong's, Macau's or Taiwan's government domain),
    and whether the host is a national one."""
    if not url:
        return None, False
    host = url_host(url)
    if any(host == h or host.endswith("." + h) for h in ix.rules.national_hosts):
        return None, True
    for domain, region in ix.rules.region_domains.items():  # www.info.gov.hk: Hong Kong's government
        if host.endswith("." + domain) and region in ix.names:
            return Pick.of(ix.names[region][0].division), False
    if not host.endswith(".gov.cn"):
        return None, False
    labels = [part for label in reversed(host[: -len(".gov.cn")].split(".")) for part in label.split("-")]
    found: Pick | None = None
    for label in labels:
        province = ix.rules.host_provinces.get(label)
        hits = [province] if province else _pinyin_hits(ix, label)
        if len(hits) == 1 and hits[0] in ix.names:
            d = ix.names[hits[0]][0].division
            if found is None or (found.division is not None and found.division.key in ix.lineage(d.key)):
                found = Pick.of(d)
    # www.X.gov.cn with no place in it is a central government site (www.gov.cn, ministries)
    return found, found is None and len(labels) <= 2


def _pinyin_hits(ix: PlaceIndex, label: str) -> list[str]:
    """The full names of the highest-level divisions whose short name is ``label`` in pinyin."""
    hits = ix.pinyin.get(label, [])
    if not hits:
        return []
    top = min(rank for rank, _ in hits)
    return [name for rank, name in hits if rank == top]


def document_place(ix: PlaceIndex, clues: PageClues, text: str) -> Where | None:
    """The place the page speaks for, or None."""
    site: tuple[Pick, str | None, PlaceClue] | None = None
    if clues.site and (got := _leading(ix, clues.site, None)):
        site = (*got, "site")
    host, national_host = _host_place(ix, clues.url)
    if site is None and host is not None:
        site = (host, None, "url")
    base = site
    for value, clue in ((clues.publisher, "publisher"), (clues.source, "source")):
        if not value or (got := _leading(ix, value, site[0] if site else None)) is None:
            continue
        inside = site is not None and _inside(ix, got[0], site[0])
        if base is None or inside:
            base = (*got, clue)  # type: ignore[assignment]
            break
    title = _title_place(ix, clues.title, base[0] if base else None) if clues.title else None
    if title is not None:
        return Where(title[0], title[1], "title")
    if base is not None and base[0].division is not ix.china:
        return Where(base[0], base[1], base[2])
    national = national_host or any(
        (value or "").split("-")[0].split("－")[0] in ix.rules.national_sites
        for value in (clues.site, clues.source)
    )
    if base is not None or national:  # a national site or medium: the province or city its text is about
        about = _text_place(ix, text)
        if about is not None:
            return Where(about[0], about[1], "text")
    if base is not None:
        return Where(base[0], base[1], base[2])
    if national and (_about_china(ix, text) or (clues.url and ".gov.cn" in clues.url)):
        return Where(Pick.of(ix.china), clues.site or None, "site" if clues.site else "url")
    return None


#: how much of a national page's text is read for the place it is about, and how much of it one
#: division's mentions must make (at least _ABOUT_MIN of them) to be that place
_ABOUT_CHARS = 3000
_ABOUT_SHARE = 0.6
_ABOUT_MIN = 3


def _text_place(ix: PlaceIndex, text: str) -> tuple[Pick, str] | None:
    """The division of China a national page's text is about: the most specific one that at least
    three in five of its named divisions lie in (河南 throughout a provincial press release)."""
    mentions = [m for m in ix.scan(text) if m.senses and m.end <= _ABOUT_CHARS]
    resolve_mentions(ix, text, mentions, None)
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    total = 0
    for m in mentions:
        d = m.division
        if d is None or d.level in ("country", "township") or not d.code[:1].isdigit():
            continue
        total += 1
        for key in ix.lineage(d.key)[:-1]:  # up to its province, not the country
            counts[key] = counts.get(key, 0) + 1
            first.setdefault(key, m.text)
    held = [k for k, n in counts.items() if n >= _ABOUT_MIN and n >= _ABOUT_SHARE * total]
    if not held:
        return None
    key = max(held, key=lambda k: len(ix.lineage(k)))
    d = ix.by_key[key]
    return Pick.of(d), first[key] if d.name.startswith(first[key]) else d.name


def _inside(ix: PlaceIndex, inner: Pick, outer: Pick) -> bool:
    if inner.division is None or outer.division is None:
        return False
    return outer.division.key in ix.lineage(inner.division.key) and inner.division is not outer.division


def _title_place(ix: PlaceIndex, title: str, base: Pick | None) -> tuple[Pick, str] | None:
    """The first governing place the title names, the most specific of its chain."""
    from .place import governing_picks

    picks = governing_picks(ix, title, base)
    for pick, words, own in picks:
        if own and base is not None:
            return None  # 我市…: the title speaks for the site's own place
        return pick, words
    return None


def _about_china(ix: PlaceIndex, text: str) -> bool:
    """Whether a national medium's text speaks of China (我国, 全国, 中国, or a province or city)."""
    for m in ix.scan(text):
        if m.start >= _ABOUT_CHARS:
            break
        if m.own == "country":
            return True
        for s in m.senses:
            if s.division is ix.china or (s.form == "full" and s.division.level in ("province", "city")):
                return True
    return False
