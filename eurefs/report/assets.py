"""The report's style sheet and script, inlined into the page (no external files of any kind)."""

from __future__ import annotations

from eurefs.kinds import KIND_FACTS

#: Kind -> (label in the legend, background, foreground/border colour): the kinds' rows.
KIND_STYLES: dict[str, tuple[str, str, str]] = {
    kind: (facts.label, facts.background, facts.foreground) for kind, facts in KIND_FACTS.items()
}


def kind_label(kind: str) -> str:
    """The legend label of a kind (unknown kinds are written out)."""
    style = KIND_STYLES.get(kind)
    return style[0] if style else kind.replace("_", " ").capitalize()


def _kind_rules() -> str:
    return "\n".join(
        f".k-{kind} {{ --bg: {bg}; --fg: {fg}; }}" for kind, (_, bg, fg) in KIND_STYLES.items()
    )


CSS = (
    """
:root { color-scheme: light; --bg: #eceff1; --fg: #37474f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b;
       margin: 0 auto; max-width: 72rem; padding: 0 1rem 3rem; background: #fff; }
h1 { font-size: 1.6rem; margin: 1.5rem 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid #ccd; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
.meta { color: #444; margin: 0; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5rem; }
.skip:focus { left: 1rem; z-index: 10; }
:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
fieldset { border: 1px solid #ccd; border-radius: 6px; padding: .5rem .75rem; margin: 0; }
legend { font-weight: 600; padding: 0 .25rem; }
.filters label, .plot-switch label { display: inline-flex; align-items: center; gap: .35rem;
       margin: .2rem 1rem .2rem 0; cursor: pointer; }
.swatch { display: inline-block; width: 1rem; height: 1rem; border-radius: 3px;
       background: var(--bg); border: 2px solid var(--fg); }
#shown { margin: .5rem 0 0; color: #333; }
figure { margin: .5rem 0; overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg.chart rect { fill: var(--fg); }
svg.chart .bar:not([class*="k-"]) rect { fill: #3f5f8f; }
svg.chart text { fill: #1b1b1b; }
svg.chart .axis { stroke: #777; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; color: #444; padding: .25rem 0; }
th, td { border-bottom: 1px solid #dde; padding: .35rem .5rem; text-align: left;
       vertical-align: top; }
thead th { background: #f3f4f7; position: sticky; top: 0; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0;
       cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " \\25B2"; }
th[aria-sort="descending"] button::after { content: " \\25BC"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tbody th { font-weight: 600; overflow-wrap: anywhere; min-width: 12em; }
.kind { display: inline-block; border-left: 4px solid var(--fg); padding-left: .35rem; }
.muted { color: #5f6368; font-style: italic; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; font-family: Georgia, "Times New Roman",
       serif; line-height: 1.6; border: 1px solid #e3e3ea; padding: 1rem; border-radius: 6px; }
mark.ref { background: var(--bg); color: inherit; border-bottom: 2px solid var(--fg);
       border-radius: 2px; padding: 0 1px; }
mark.ref.off { background: none; border-bottom-color: transparent; }
mark.ref:target, mark.ref:focus { outline: 3px solid #1a5fd0; }
"""
    + _kind_rules()
    + """
@media print {
  body { max-width: none; font-size: 11pt; }
  .skip, .filters, .plot-switch, #shown, th button::after { display: none !important; }
  figure[hidden] { display: block !important; }
  tr[hidden] { display: table-row !important; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  mark.ref, mark.ref.off { background: none; border-bottom: 2px solid var(--fg);
       -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  svg.chart rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  td.link a::after { content: " <" attr(href) ">"; font-size: 8pt; overflow-wrap: anywhere; }
  a { color: inherit; }
}
"""
)

JS = """
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll(".filters input"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("#works-table tbody tr"));
  var marks = Array.prototype.slice.call(document.querySelectorAll("mark.ref"));
  var shown = document.getElementById("shown");
  function applyFilters() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.value] = true; } });
    var n = 0;
    rows.forEach(function (r) {
      r.hidden = !!off[r.getAttribute("data-kind")];
      if (!r.hidden) { n += 1; }
    });
    marks.forEach(function (m) {
      m.classList.toggle("off", !!off[m.getAttribute("data-kind")]);
    });
    if (shown) { shown.textContent = n + " of " + rows.length + " works shown"; }
  }
  boxes.forEach(function (b) { b.addEventListener("change", applyFilters); });

  var plots = Array.prototype.slice.call(document.querySelectorAll(".plot-switch input"));
  plots.forEach(function (radio) {
    radio.addEventListener("change", function () {
      plots.forEach(function (other) {
        var fig = document.getElementById("plot-" + other.value);
        if (fig) { fig.hidden = !other.checked; }
      });
    });
  });

  var heads = Array.prototype.slice.call(document.querySelectorAll("#works-table th[data-col]"));
  heads.forEach(function (th) {
    var button = th.querySelector("button");
    if (!button) { return; }
    button.addEventListener("click", function () {
      var col = parseInt(th.getAttribute("data-col"), 10);
      var asc = th.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", asc ? "ascending" : "descending");
      var body = document.querySelector("#works-table tbody");
      var sorted = rows.slice().sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-value") || "";
        var y = b.cells[col].getAttribute("data-value") || "";
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      sorted.forEach(function (r) { body.appendChild(r); });
    });
  });

  Array.prototype.slice.call(document.querySelectorAll("a.jump")).forEach(function (a) {
    a.addEventListener("click", function () {
      var target = document.getElementById(a.getAttribute("href").slice(1));
      if (target) { window.setTimeout(function () { target.focus(); }, 0); }
    });
  });
  applyFilters();
})();
"""
