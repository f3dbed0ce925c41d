"""Metadata from what pages print: labelled values, meta tags, bylines and <title> suffixes.

Shared by the HTML reader and the plain-text reader: both reduce a page to
lines, and the same label rules (``patterns/metadata.toml``) read them. Which
lines are trusted for which field (header block vs. tail credits) is the
caller's decision; this module only reads values and ranks dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..rules.compiled import compiled
from ..rules.page_rules import MetadataRules
from .text_weight import runs_of

FIELDS = ("published_at", "source", "author", "editor", "publisher", "doc_number", "index_number")
_CJK = re.compile(r"[\u3400-\u9fff]")
_SPACES = runs_of(r" \u00a0\u3000\u2002-\u200b\ufeff")
_CLOSERS = "）)】]"
_OPENER_OF = {"）": "（", ")": "(", "】": "【", "]": "["}
_DATE_START = re.compile(r"(?<=[\u3400-\u9fff\s》」』”)）\]】])\s*(?:19|20)\d{2}\s*[-/.年]\s*\d")
_TRIM = " \t\u3000\u00a0,，;；。:：|｜︱丨/、-—·•"
_PERSON_FIELDS = ("author", "editor")
_STAFF_CODE = re.compile(r"[_\s]*[A-Za-z]{1,6}\d{2,}$")
#: a unit in brackets after a person's name, its closing bracket cut with the value or not
_UNIT_AFTER = re.compile(r"(?<=[\u3400-\u9fff])\s*[（(][^（()）]{2,30}[）)]?$")
# a short word and a colon right after a label: the grid's next label (文号：\t\t主 题 词：统计公报),
# so this label's cell was empty; spaces may stand between its characters, as in labels
_NEXT_LABEL = re.compile(
    r"(?:[\u3400-\u9fff]{1,6}|[\u3400-\u9fff](?:[ \u3000\u00a0]+[\u3400-\u9fff]){1,5})[ \u3000\u00a0]*[：:]"
)


@dataclass(frozen=True)
class LabelHit:
    """One labelled value on a line: ``来源：宣城日报`` -> (source, rank 0, 宣城日报)."""

    field: str
    rank: int
    label: str
    value: str
    start: int


@dataclass
class Labeller:
    """Compiled label rules: finds ``label<sep>value`` pairs on a line."""

    rules: MetadataRules
    _label_re: re.Pattern[str] = field(init=False)
    _stop_re: re.Pattern[str] = field(init=False)
    _owner: dict[str, tuple[str, int]] = field(init=False)
    _bylines: list[re.Pattern[str]] = field(init=False)
    _glued_re: re.Pattern[str] = field(init=False)
    _cell_re: re.Pattern[str] = field(init=False)
    _grid: frozenset[str] = field(init=False)
    _nobody: frozenset[str] = field(init=False)
    _doc_lines: list[re.Pattern[str]] = field(init=False)
    _credit_lines: list[re.Pattern[str]] = field(init=False)

    def __post_init__(self) -> None:
        owner: dict[str, tuple[str, int]] = {}
        for fname, words in self.rules.labels.items():
            for rank, word in enumerate(words):
                owner.setdefault(word, (fname, rank))
        self._owner = owner
        sep = re.escape(self.rules.separators)
        words = sorted(owner, key=lambda w: (-len(w), w))
        # a label may be printed with spaces between its characters (索 引 号, 文　　号)
        alts = "|".join(r"\s*".join(re.escape(ch) for ch in w) for w in words) or r"(?!x)x"
        # 来源于：: a particle between the label and its separator, never before a space
        particle = (
            rf"(?:[{re.escape(self.rules.label_particles)}](?=\s*[{sep}]))?"
            if self.rules.label_particles
            else ""
        )
        self._label_re = re.compile(
            rf"(?<![\u3400-\u9fff])(?P<label>{alts}){particle}\s*(?:(?P<sep>[{sep}])|(?=[\s\t]))"
            r"[ \t\u3000\u00a0]*"
        )
        # a label glued to the value before it (来源：市交通运输局作者：周晓峰, spans printed without a
        # space): read only where that value was cut, and only with its separator
        self._glued_re = re.compile(rf"(?P<label>{alts}){particle}\s*(?P<sep>[{sep}])[ \t\u3000\u00a0]*")
        # a label cell glued to its value cell (<span>发布机构</span><span>县发改局</span>)
        self._cell_re = re.compile(rf"\s*(?P<label>{alts})(?![\s{sep}])")
        stops = sorted(set(self.rules.value_stops) | set(owner), key=lambda w: (-len(w), w))
        stop_alts = "|".join(re.escape(w) for w in stops) or r"(?!x)x"
        # long stop words (参与互动, 调整字体) and opening brackets (市财政局【字号 大 中 小】) end a
        # value even when glued to it
        glued = "|".join(re.escape(w) for w in stops if len(w) >= 4 or not w.isalnum()) or r"(?!x)x"
        # a stop word glued to the value and followed by a figure is a counter (刘洋阅读 2318,
        # 市统计局浏览次数12): spans of a meta strip printed without a space between them
        self._stop_re = re.compile(
            rf"\t|\s{{2,}}|[{re.escape(_CLOSERS)}]|\s+(?:{stop_alts})|(?:{stop_alts})\s*(?:[{sep}]|(?=\d))|{glued}"
        )
        self._bylines = [re.compile(p) for p in self.rules.byline_patterns]
        self._grid = frozenset(self.rules.grid_labels)
        self._nobody = frozenset(self.rules.not_person_words)
        self._doc_lines = [re.compile(p) for p in self.rules.doc_number_lines]
        self._credit_lines = [re.compile(p) for p in self.rules.credit_lines]

    def hits(self, line: str) -> list[LabelHit]:
        """Every labelled value on ``line``, in order; values trimmed, empty ones kept as ''."""
        out: list[LabelHit] = []
        pending = list(self._label_re.finditer(line))
        while pending:
            m = pending.pop(0)
            label = re.sub(r"\s+", "", m.group("label"))
            fname, rank = self._owner[label]
            rest = line[m.end() :]
            if self._next_label(rest):
                out.append(LabelHit(fname, rank, label, "", m.start()))
                continue
            cut = len(rest)
            stop = self._stop_re.search(rest)
            while stop is not None and _closes_own_bracket(rest, stop):
                stop = self._stop_re.search(rest, stop.end())
            if stop:
                cut = stop.start()
            # a date ends a non-date value glued to it (来源：人民日报2024-05-13 08:49)
            date = _DATE_START.search(rest, 1) if fname != "published_at" else None
            if date:
                cut = min(cut, date.start())
            glued = self._glued_re.match(line, m.end() + cut) if stop and cut == stop.start() else None
            if glued is not None and not any(p.start() == glued.start() for p in pending):
                pending = sorted([*pending, glued], key=lambda p: p.start())
            value = rest[:cut]
            value = _SPACES.sub(" ", value).strip(_TRIM)
            # a value that is itself the next label means this one was empty (作者：责任编辑：X),
            # and so does one with no word in it (来源：【打印】 with the source left blank)
            if self._label_re.match(value) or not re.search(r"\w", value) or value in self._grid:
                value = ""
            if fname in self.rules.single_token_fields:
                value = value.split(" ")[0]
            if fname in _PERSON_FIELDS and _CJK.search(value):
                value = _STAFF_CODE.sub("", value)  # 王晓_NBJ11360: a portal's staff code after the name
                value = _UNIT_AFTER.sub("", value)  # 张三（市统计局）: the person's unit after the name
                value = self._unit_before(value)  # 海洋局港灣科 林志明: the unit before the name
            out.append(LabelHit(fname, rank, label, value, m.start()))
        return out

    def _unit_before(self, value: str) -> str:
        """The name after the writer's unit or role (撰稿：海洋局港灣科 林志明, 作者：本网记者 王明): two
        words, the first an office of three characters or more or a reporter's role, the second a
        name's length."""
        unit, _, name = value.partition(" ")
        if len(unit) < 2 or not 2 <= len(name) <= 4 or not _CJK.match(name):
            return value
        if unit.endswith(tuple(self.rules.credit_roles)) or (
            len(unit) >= 3 and unit.endswith(tuple(self.rules.office_suffixes))
        ):
            return name
        return value

    def _next_label(self, rest: str) -> bool:
        """Whether the text after a label opens with the grid's next label (主 题 词：), so this
        label's cell was empty; not a value with a known label glued to it (吴磊审核：郑洁)."""
        ahead = _NEXT_LABEL.match(rest)
        if ahead is None:
            return False
        glued = self._stop_re.search(ahead.group(0))
        return glued is None or glued.start() == 0

    def is_credit_list(self, line: str) -> bool:
        """A line listing credits, roles and names (（文：陈静　编辑：刘晓　审核：何军）)."""
        text = line.strip()
        return any(p.match(text) for p in self._credit_lines)

    def bare_doc_number(self, lines: Sequence[str]) -> str | None:
        """A header line that is a document number alone (桐教〔2024〕36号 under a notice's headline)."""
        for line in lines:
            text = line.strip()
            if any(p.match(text) for p in self._doc_lines):
                return text
        return None

    def label_count(self, line: str) -> int:
        """How many labels ``line`` holds (a metadata line holds several)."""
        return sum(1 for _ in self._label_re.finditer(line))

    def glued_cells(self, line: str) -> str | None:
        """``label：value`` for a short line that is a label cell glued to its value cell with no
        separator (索 引 号1133/2024-00099, 发布机构县发改局, spans of a 信息公开 list), else None.
        A two-character label glued to words is too often a word of a sentence (来源广泛, 时间紧): it
        counts only before a figure (日期2024-04-09)."""
        if len(line) > 40:
            return None
        m = self._cell_re.match(line)
        if m is None:
            return None
        label = re.sub(r"\s+", "", m.group("label"))
        value = line[m.end() :].strip()
        if not value or self.label_count(value) or (len(label) < 3 and not value[0].isdigit()):
            return None
        return f"{label}：{value}"

    def is_bare_label(self, line: str) -> bool:
        """The line is one label word and nothing else (发布日期, 索 引 号：): a grid's label cell,
        its value in the next cell."""
        word = re.sub(r"[\s\u3000\u00a0]+", "", line).rstrip(self.rules.separators)
        return word in self._owner

    def starts_with_label(self, line: str) -> bool:
        m = self._label_re.match(line.lstrip("[【(（ "))
        return m is not None and m.group("sep") is not None

    def bylines(self, paragraphs: Sequence[str], first: int = 3) -> str | None:
        """An author named by a dateline credit or a closing credit in the first/last paragraphs."""
        if not paragraphs:
            return None
        picks = list(paragraphs[:first]) + [p for p in paragraphs[-2:] if p not in paragraphs[:first]]
        for para in picks:
            for rx in self._bylines:
                m = rx.search(para)
                if m and self.is_person(m.group(1)):
                    return m.group(1).strip()
        return None

    def is_person(self, value: str) -> bool:
        """Looks like one or more personal names, not an office (德清县发改局) or a note (完)."""
        names = _names(value)
        if not names or any(name in self._nobody for name in names):
            return False
        for name in names:
            if not 2 <= len(name) <= 5 or not _CJK.search(name):
                return False
            if any(name.endswith(s) for s in self.rules.office_suffixes):
                return False
        return True


def _names(value: str) -> list[str]:
    """The names in a byline: ``王乐文  方  敏`` -> 王乐文, 方敏 (a two-character name is often
    printed with spaces between its characters, to line up with three-character ones)."""
    names: list[str] = []
    single = ""
    for token in re.split(r"[、，,&＆\s]+", value.strip()):
        if len(token) == 1 and _CJK.match(token):
            single += token
            continue
        if single:
            names.append(single)
            single = ""
        if token:
            names.append(token)
    if single:
        names.append(single)
    return names


def labeller_for(rules: MetadataRules) -> Labeller:
    """A cached :class:`Labeller` for these rules (compiling the regexes once per rules object)."""
    return compiled(Labeller, rules)


def best_labelled(hits: Iterable[LabelHit], fname: str, *, person: Labeller | None = None) -> str | None:
    """The most trusted non-empty value for ``fname`` (lowest label rank, then first seen)."""
    best: LabelHit | None = None
    for hit in hits:
        if hit.field != fname or not hit.value:
            continue
        if fname == "author" and person is not None and not person.is_person(hit.value):
            continue
        if best is None or hit.rank < best.rank:
            best = hit
    return best.value if best else None


def meta_value(meta: Mapping[str, str], names: Sequence[str]) -> str | None:
    """The first non-empty <meta> content among ``names`` (compared lower-case)."""
    for name in names:
        value = meta.get(name.lower())
        if value and value.strip():
            return _SPACES.sub(" ", value).strip()
    return None


def strip_label(value: str, labeller: Labeller) -> str:
    """``来源：人民网-文化频道 原创稿`` -> ``人民网-文化频道`` (meta contents sometimes keep the label)."""
    hits = labeller.hits(value)
    if hits and hits[0].start == 0 and hits[0].value:
        return hits[0].value
    return value


def _closes_own_bracket(rest: str, stop: re.Match[str]) -> bool:
    """Whether the closing bracket that stopped a value closes one the value opened
    (来源：市发展改革委（市能源局）): it is part of the value, not the end of a bracketed credit."""
    closer = stop.group(0)
    opener = _OPENER_OF.get(closer)
    if opener is None:
        return False
    head = rest[: stop.start()]
    return head.count(opener) > head.count(closer)


def split_title(
    raw: str,
    separators: Sequence[str],
    not_site: Sequence[str] = (),
    headline: str | None = None,
    office_endings: Sequence[str] = (),
) -> tuple[str, str | None]:
    """``headline_栏目_站名`` -> (headline, 站名): keep up to the longest segment, drop the rest.

    The headline is the longest part in practice; a hyphen between digits (1-10月) never splits.
    When the page's heading is known (``headline``) and ``<title>`` begins with it, the headline
    ends there however short it is (an encyclopedia's ``梅溪江 - 维基百科，自由的百科全书``); when
    ``<title>`` ends with it, the site is its first segment (``站名-栏目-headline``).
    A last segment starting with one of ``not_site`` (Powered by…) names the software, not the
    site: the one before it is taken. With no heading known, three segments or more whose last is
    the longest and whose first names an office (``office_endings``: 某某区农业农村局-工作动态-
    headline) put the site first: the headline is the last segment alone.
    """
    text = _SPACES.sub(" ", raw).strip()
    if not separators:
        return text, None
    seps = sorted(separators, key=len, reverse=True)
    alts = "|".join(
        r"(?<!\d)-(?!\d)" if s == "-" else (r"\s+-\s+" if s.strip() == "-" else re.escape(s)) for s in seps
    )
    parts = re.split(f"({alts})", text)
    segments = [p for p in parts[0::2]]
    delims = parts[1::2]
    if len(segments) < 2:
        return text, None
    software = [any(s.strip().lower().startswith(w.lower()) for w in not_site) for s in segments]
    lengths = [0 if soft else len(s.strip()) for s, soft in zip(segments, software, strict=True)]
    keep = max(range(len(segments)), key=lambda i: (lengths[i], -i))
    if headline:
        want, so_far = norm_text(headline), ""
        for i, seg in enumerate(segments[:-1]):
            so_far += norm_text(seg)
            if so_far == want:
                keep = i
                break
            so_far += norm_text(delims[i])
        else:
            # the site first and the headline last (臺中市政府全球資訊網-市政新聞-headline)
            so_far = ""
            for i in range(len(segments) - 1, 0, -1):
                so_far = norm_text(segments[i]) + so_far
                if so_far == want:
                    return "".join(segments[i:]).strip(" _|-—｜"), segments[0].strip() or None
                so_far = norm_text(delims[i - 1]) + so_far
    last = len(segments) - 1
    first_is_site = names_office(segments[0], office_endings)
    if keep == last >= 2 and first_is_site and not names_office(segments[last], office_endings):
        return segments[last].strip(" _|-—｜"), segments[0].strip() or None
    head = "".join(seg + (delims[i] if i < keep else "") for i, seg in enumerate(segments[: keep + 1]))
    tail = [s.strip() for s in segments[keep + 1 :] if s.strip()]
    tail = [t for t in tail if not any(t.lower().startswith(w.lower()) for w in not_site)]
    return head.strip(" _|-—｜"), (tail[-1] if tail else None)


def names_office(segment: str, endings: Sequence[str]) -> bool:
    """A <title> segment that is an office's or a site's name (某某区农业农村局, 某某市人民政府)."""
    text = segment.strip()
    return len(text) >= 4 and any(text.endswith(e) for e in endings)


def norm_text(s: str) -> str:
    """Text without whitespace, for comparing a heading with a <title> or a line."""
    return re.sub(r"\s+", "", s.replace("\u00a0", " ").replace("\u3000", " "))
