"""The report page's inline style sheet and sorting script (nothing is loaded from elsewhere)."""

CSS = """
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC",
  sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.2rem 1.5rem 3rem; color: #1d1d1f;
  background: #fbfbf8; line-height: 1.6; }
h1 { font-size: 1.45rem; margin: 0.2rem 0 0.6rem; }
h2 { font-size: 1.1rem; margin: 1.6rem 0 0.5rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.gen { color: #666; font-size: 0.85rem; }
table { border-collapse: collapse; font-size: 0.9rem; }
th, td { border: 1px solid #ddd; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f0efe9; }
table.meta th { width: 8rem; font-weight: 600; }
table.sortable th { cursor: pointer; user-select: none; white-space: nowrap; }
table.sortable th[aria-sort="ascending"]::after { content: " ▲"; }
table.sortable th[aria-sort="descending"]::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target, tr.hit { background: #fff6c4; }
.article { white-space: pre-wrap; tab-size: 4; background: #fff; border: 1px solid #e2e2dc;
  padding: 1rem 1.2rem; font-size: 1.02rem; line-height: 1.9; }
mark.fact { color: inherit; border-radius: 3px; padding: 0 1px; cursor: pointer; }
mark.fact::after { content: attr(data-id); font-size: 0.62em; vertical-align: super; color: #555;
  margin-left: 1px; font-style: normal; }
mark.planned { outline: 2px dashed #c0392b; outline-offset: 0; font-style: italic; }
mark.fact:target { box-shadow: 0 0 0 3px #333; }
span.why { border-bottom: 2px dotted #888; background: #eeeeee; color: #555; }
.legend span.swatch { display: inline-block; padding: 0 0.4rem; margin: 0 0.3rem 0.3rem 0;
  border-radius: 3px; font-size: 0.85rem; }
.legend .planned-swatch { outline: 2px dashed #c0392b; font-style: italic; background: #fff; }
.ok { color: #1e7b34; } .bad { color: #b3261e; font-weight: 600; }
ul.warnings li { color: #8a5a00; }
.note { color: #555; font-size: 0.88rem; }
td.err { color: #b3261e; }
td.nowrap { white-space: nowrap; }
"""

SCRIPT = """
(function () {
  document.documentElement.classList.add("js");
  function key(cell, num) {
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent; }
    if (num) { var n = parseFloat(v); return isNaN(n) ? -Infinity : n; }
    return v;
  }
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, col) {
      th.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var num = th.getAttribute("data-type") === "num";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = key(a.cells[col], num), y = key(b.cells[col], num);
          var c = num ? x - y : String(x).localeCompare(String(y), "zh");
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  document.querySelectorAll("mark.fact").forEach(function (m) {
    m.addEventListener("click", function () {
      var row = document.getElementById("row-" + m.getAttribute("data-id"));
      if (row) { row.scrollIntoView({block: "center"}); row.classList.add("hit");
        setTimeout(function () { row.classList.remove("hit"); }, 1500); }
    });
  });
})();
"""
