"""A series as a chart: a self-contained HTML page (an inline SVG drawn by matplotlib, then the
rows with their citations) or a PNG.

Reported figures are drawn as filled circles on a solid line, planned ones as hollow squares on
a dashed line; a row whose articles disagree shows every value, ringed in red. In the HTML page
each point is a link to its row, where the articles that state it are cited (title, date, link,
sentence, and the sites that reprint it). Nothing is loaded from elsewhere: the page holds its
styles and no script, and a Content-Security-Policy says so.

matplotlib is used without pyplot (a ``Figure`` of its own, no global state); Chinese text is
written into the SVG as text (``svg.fonttype: none``), so the browser draws it with its own
fonts; a PNG needs a CJK font on the machine (fonts-wqy-microhei, Noto Sans CJK).
"""

from __future__ import annotations

import html
import io
import logging
import warnings
from datetime import date
from pathlib import Path
from typing import Any

from .series import Citation, Row, Series

CJK_FONTS = [
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Source Han Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "SimHei",
    "DejaVu Sans",
]
MAX_PANELS = 3
_STYLE = {
    "reported": {"marker": "o", "linestyle": "-", "filled": True},
    "planned": {"marker": "s", "linestyle": "--", "filled": False},
}
_COLOURS = ["#1f5fa8", "#c2561a", "#2e8540", "#7a3fa0", "#8a6d00"]


def unit_label(kind: str, unit: str) -> str:
    """The unit as a reader writes it (CNY -> 元)."""
    if kind == "money":
        return {"CNY": "元", "USD": "美元", "HKD": "港元", "EUR": "欧元", "JPY": "日元"}.get(unit, unit)
    return unit


def format_value(
    v: float | None, kind: str, unit: str, low: float | None = None, high: float | None = None
) -> str:
    """A value for a person: 10,200 套; 35.6亿元; 5.2%; a range as 3–5 年."""
    if v is None:
        if low is not None or high is not None:
            return f"{_num(low)}–{_num(high)} {unit_label(kind, unit)}".strip()
        return "—"
    u = unit_label(kind, unit)
    if kind == "money" and u.endswith("元"):
        for scale, word in ((1e8, "亿"), (1e4, "万")):
            if abs(v) >= scale:
                return f"{_num(v / scale)}{word}{u}"
    if u in ("%", "‰"):
        return f"{_num(v)}{u}"
    return f"{_num(v)} {u}".strip()


def _num(v: float | None) -> str:
    if v is None:
        return "?"
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.4f}".rstrip("0").rstrip(".")


def _middle(r: Row) -> date:
    """Where a row stands on the time axis: the middle of its period."""
    start, end = date.fromisoformat(r.start), date.fromisoformat(r.end)
    return start + (end - start) / 2


def _span(r: Row) -> str:
    """The kind of period a row has: points are joined by a line only with rows of the same kind
    (a year's figure with other years', never with a figure as of some day)."""
    days = (date.fromisoformat(r.end) - date.fromisoformat(r.start)).days
    for least, name in ((360, "year"), (180, "half"), (89, "quarter"), (27, "month"), (1, "range")):
        if days >= least:
            return name
    return "day"


def _panel(ax: Any, rows: list[Row], numbered: dict[int, int], anchor: str) -> None:
    """One measure's rows: a line per (status, place, kind of period), every value a linked point."""
    places = sorted({r.place or "" for r in rows})
    for status, style in _STYLE.items():
        for pi, place in enumerate(places):
            mine = [r for r in rows if r.status == status and (r.place or "") == place]
            if not mine:
                continue
            colour = _COLOURS[pi % len(_COLOURS)]
            label = " ".join(x for x in (place, status) if x)
            for span in sorted({_span(r) for r in mine} - {"day"}):
                line = [r for r in mine if _span(r) == span]
                ax.plot(
                    [_middle(r) for r in line],
                    [r.values[0].value for r in line],
                    color=colour,
                    linestyle=style["linestyle"],
                    linewidth=1.4,
                    label=label,
                    marker=style["marker"],
                    markerfacecolor=colour if style["filled"] else "white",
                    markersize=6,
                )
                label = "_"  # one legend entry per status and place
            pts = [(_middle(r), v.value, r) for r in mine for v in r.values if v.value is not None]
            dots = ax.scatter(
                [p[0] for p in pts],
                [p[1] for p in pts],
                s=46,
                marker=style["marker"],
                zorder=3,
                facecolors=colour if style["filled"] else "white",
                edgecolors=colour,
                linewidths=1.6,
                label=label if label != "_" else None,
            )
            dots.set_urls([f"#{anchor}{numbered[id(p[2])]}" for p in pts])
            clash = [p for p in pts if p[2].conflict]
            if clash:
                ax.scatter(
                    [p[0] for p in clash],
                    [p[1] for p in clash],
                    s=150,
                    marker="o",
                    zorder=2,
                    facecolors="none",
                    edgecolors="#d62728",
                    linewidths=1.2,
                )


def _time_axis(ax: Any, rows: list[Row]) -> None:
    """Years under the middle of each year when the series spans years (where yearly figures
    stand), else matplotlib's concise dates."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, DateFormatter, YearLocator

    years = {r.start[:4] for r in rows} | {r.end[:4] for r in rows}
    if len(years) >= 2:
        ax.xaxis.set_major_locator(YearLocator(1, month=7, day=2))  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_formatter(DateFormatter("%Y"))  # type: ignore[no-untyped-call]
    else:
        locator = AutoDateLocator()  # type: ignore[no-untyped-call]
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


def _figure(series: Series, anchor: str) -> Any:
    """The matplotlib figure: one panel per measure (the most stated first), points linked to rows."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    measures = [m for m, _ in series.measures][:MAX_PANELS] or []
    fig = Figure(figsize=(9, 3.2 * max(1, len(measures))), layout="constrained")
    axes = fig.subplots(max(1, len(measures)), 1, squeeze=False)[:, 0]
    numbered = {id(r): n for n, r in enumerate(series.rows, 1)}
    for ax, m in zip(axes, measures, strict=False):
        rows = [r for r in series.rows if (r.kind, r.unit, r.change) == (m.kind, m.unit, m.change)]
        _panel(ax, rows, numbered, anchor)
        change = ", change" if m.change else ""
        ax.set_title(f"{series.indicator.name}: {m.kind}, {unit_label(m.kind, m.unit)}{change}", loc="left")
        ax.set_ylabel(unit_label(m.kind, m.unit))
        _time_axis(ax, rows)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: _num(v)))
        ax.grid(True, color="#dddddd", linewidth=0.6)
        ax.legend(loc="best", fontsize=8, frameon=False)
        ax.margins(x=0.06, y=0.15)
    return fig


def _quiet_fonts() -> Any:
    """matplotlib's warnings about fonts it lacks (the browser draws the SVG's text) kept off stderr."""
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    ctx = warnings.catch_warnings()
    ctx.__enter__()
    warnings.filterwarnings("ignore", message=".*(Glyph|findfont|missing from).*")
    return ctx


def svg(series: Series, anchor: str = "row-") -> str:
    """The chart as an ``<svg>`` element, its text kept as text."""
    import matplotlib

    ctx = _quiet_fonts()
    try:
        with matplotlib.rc_context(
            {"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": CJK_FONTS}
        ):
            fig = _figure(series, anchor)
            buf = io.StringIO()
            fig.savefig(buf, format="svg")
    finally:
        ctx.__exit__(None, None, None)
    text = buf.getvalue()
    return text[text.index("<svg") :]


def png(series: Series, path: Path) -> None:
    """The chart as a PNG file."""
    import matplotlib

    ctx = _quiet_fonts()
    try:
        with matplotlib.rc_context({"font.family": "sans-serif", "font.sans-serif": CJK_FONTS}):
            _figure(series, "row-").savefig(path, format="png", dpi=120)
    finally:
        ctx.__exit__(None, None, None)


_CSS = """
body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;
margin:1.5em auto;max-width:1000px;color:#222;line-height:1.45}
h1{font-size:1.35em;margin-bottom:.2em} .meta{color:#555;font-size:.9em}
figure{margin:1em 0} svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:.9em}
th,td{border-bottom:1px solid #ddd;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3} tr:target{background:#fff6d5} .planned{font-style:italic}
.conflict{color:#b00020;font-weight:bold} .cite{margin:.2em 0} .sentence{color:#444}
.reprints{color:#666;font-size:.9em}
"""


_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _cite_html(c: Citation) -> str:
    where = c.where
    link = (
        f'<a href="{html.escape(where)}">{html.escape(c.title or where)}</a>'
        if where.startswith(("http://", "https://"))
        else html.escape(c.title or where)
    )
    extra = f" ({html.escape(where)})" if not where.startswith(("http://", "https://")) and c.title else ""
    copies = ""
    if c.reprinted_by:
        names = ", ".join(html.escape(str(r["site"] or r["where"])) for r in c.reprinted_by)
        copies = f'<div class="reprints">reprinted by {names}</div>'
    day = html.escape((c.published_at or "")[:10])
    return (
        f'<div class="cite">{link}{extra} {day}<div class="sentence">“{html.escape(c.sentence)}”</div>'
        f"{copies}</div>"
    )


def _row_html(n: int, r: Row) -> str:
    values = " ≠ ".join(format_value(v.value, r.kind, r.unit, v.low, v.high) for v in r.values)
    cls = ' class="conflict"' if r.conflict else ""
    cites = "".join(
        f"<div><b>{html.escape(format_value(v.value, r.kind, r.unit, v.low, v.high))}</b>: "
        + "".join(_cite_html(c) for c in v.citations)
        + "</div>"
        for v in r.values
    )
    when = html.escape(r.time) + (" (publish date)" if r.as_published else "")
    place = html.escape(r.place or "")
    articles, reprints = sum(v.articles for v in r.values), sum(v.reprints for v in r.values)
    return (
        f'<tr id="row-{n}" class="{r.status}"><td>{n}</td><td>{when}</td><td>{place}</td><td>{r.status}</td>'
        f"<td{cls}>{html.escape(values)}</td><td>{articles}</td><td>{reprints}</td><td>{cites}</td></tr>"
    )


def page(series: Series, heading: str) -> str:
    """The chart and its rows as one self-contained HTML page."""
    figures = sum(len(v.citations) for r in series.rows for v in r.values)
    articles = len({c.doc_id for r in series.rows for v in r.values for c in v.citations})
    subjects = ", ".join(
        f"{html.escape(s)}" for s in sorted(series.subjects, key=lambda s: -series.subjects[s])
    )
    rows = "".join(_row_html(n, r) for n, r in enumerate(series.rows, 1))
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<title>{html.escape(heading)}</title><style>{_CSS}</style></head><body>
<h1>{html.escape(heading)}</h1>
<p class="meta">{figures} figures from {articles} articles, each reprinted figure counted once;
subjects: {subjects}. Click a point to see the articles that state it.</p>
<figure>{svg(series)}</figure>
<table><thead><tr><th>#</th><th>time</th><th>place</th><th>status</th><th>value</th><th>articles</th>
<th>reprints</th><th>stated in</th></tr></thead><tbody>{rows}</tbody></table>
</body></html>
"""


def write_chart(series: Series, path: Path, heading: str) -> None:
    """Write the chart where ``path`` says: ``.html``/``.htm`` a page, ``.png`` an image."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        path.write_text(page(series, heading), encoding="utf-8")
    elif suffix == ".png":
        png(series, path)
    else:
        raise ValueError(f"{path}: a chart is written as .html or .png")
