"""The review report: one self-contained HTML page per batch (no network, no external assets).

``render_report(records)`` returns the page; ``write_report(records, path)`` writes it atomically.
The page holds a document list (and the error records), then per document: the source, the
masthead fields (``bulletin``), the warnings, the articles (with keywords and duplicate marks when
the results carry them) and the normalised ``text`` with officials, units, dates, title mentions
and requirement list items highlighted in distinct colours.

Overlapping spans: a span is drawn when it nests with (or is disjoint from) every span already
drawn; spans are taken in priority order — list items (longest first, so an item's children nest
inside it), then officials, units, dates, titles. A span that would cross one already drawn is left out and
listed under the text ("not highlighted"). Every highlight carries its offsets (``data-s``,
``data-e``, code points into ``text``); a small script in the page checks on load that each one
starts and ends exactly there in the rendered text and writes the result into
``#verification`` (``data-status="ok"``), which the browser test reads back.

>>> page = render_report([{"source": {"path": "a.txt", "sha256": "ab"}, "text": "<市公安局>",
...     "bulletin": {}, "articles": [], "units": [{"name": "市公安局", "mentions": [{"start": 1, "end": 5}]}]}])
>>> '&lt;<span class="hl hl-unit" data-k="unit" data-s="1" data-e="5"' in page
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KINDS = ("item", "official", "unit", "date", "title")  # priority order for overlapping spans
KIND_LABELS = {"official": "官员 official", "unit": "单位 unit", "date": "日期 date", "item": "要求条目 list item",
               "title": "职务 title"}


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    label: str


def _esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _text(value: str) -> str:
    """Text content: escaped, carriage returns kept as references (the HTML parser would fold them)."""
    return html.escape(value, quote=False).replace("\r", "&#13;")


# --------------------------------------------------------------------------------------------- spans

def _walk_items(items: list[dict[str, Any]], marker_path: str, speaker: Any) -> Iterable[tuple[dict[str, Any], str]]:
    for item in items:
        label = f"{marker_path}{item.get('marker') or ''}"
        yield item, label + (f" · {speaker}" if speaker else "")
        yield from _walk_items(item.get("children") or [], label + " › ", speaker)


def collect_spans(doc: dict[str, Any]) -> list[Span]:
    """Every highlightable span of a document, in priority order (see the module doc)."""
    items: dict[tuple[int, int], Span] = {}
    for k, lst in enumerate(doc.get("requirement_lists") or []):
        for item, label in _walk_items(lst.get("items") or [], f"list {k}: ", lst.get("speaker")):
            key = (item.get("start", 0), item.get("end", 0))
            items.setdefault(key, Span("item", key[0], key[1], label))  # a nested list repeats its items
    spans = sorted(items.values(), key=lambda s: (-(s.end - s.start), s.start))
    for off in doc.get("officials") or []:
        titles = "、".join(off.get("titles") or [])
        label = f"{off.get('name')}" + (f" ({titles})" if titles else "")
        spans += [Span("official", m["start"], m["end"], label) for m in off.get("mentions") or []]
    for unit in doc.get("units") or []:
        label = str(unit.get("name")) + (f" → {unit['refers_to']}" if unit.get("refers_to") else "")
        spans += [Span("unit", m["start"], m["end"], label) for m in unit.get("mentions") or []]
    for date in doc.get("dates") or []:
        part = f" {date['part_of_day']}" if date.get("part_of_day") else ""
        spans.append(Span("date", date["start"], date["end"], f"{date.get('value')}{part}"))
    for t in doc.get("title_mentions") or []:
        spans.append(Span("title", t["start"], t["end"], f"{t.get('text')} → {t['official']}" if t.get("official")
                          else str(t.get("text"))))
    return spans


def _crosses(a: Span, b: Span) -> bool:
    return a.start < b.start < a.end < b.end or b.start < a.start < b.end < a.end


def select_spans(spans: list[Span], length: int) -> tuple[list[Span], list[Span]]:
    """(drawn, left out): greedy in the given order, keeping the drawn set properly nested."""
    drawn: list[Span] = []
    left: list[Span] = []
    seen: set[tuple[str, int, int]] = set()
    for span in spans:
        if (span.kind, span.start, span.end) in seen:
            continue
        if not (0 <= span.start < span.end <= length) or any(_crosses(span, d) for d in drawn):
            left.append(span)
            continue
        seen.add((span.kind, span.start, span.end))
        drawn.append(span)
    return drawn, left


def render_text(text: str, spans: list[Span]) -> str:
    """``text`` as HTML with properly nested ``spans`` (from :func:`select_spans`) as ``<span>`` elements.

    >>> render_text("a<b>c", [Span("date", 1, 4, "x"), Span("unit", 2, 3, "y")])
    'a<span class="hl hl-date" data-k="date" data-s="1" data-e="4" title="x">&lt;<span class="hl hl-unit" \
data-k="unit" data-s="2" data-e="3" title="y">b</span>&gt;</span>c'
    """
    rank = {kind: i for i, kind in enumerate(KINDS)}
    ordered = sorted(spans, key=lambda s: (s.start, -s.end, rank.get(s.kind, 99)))
    out: list[str] = []
    stack: list[Span] = []
    pos = 0
    for span in ordered:
        while stack and stack[-1].end <= span.start:
            top = stack.pop()
            out.append(_text(text[pos:top.end]) + "</span>")
            pos = top.end
        out.append(_text(text[pos:span.start]))
        out.append(f'<span class="hl hl-{span.kind}" data-k="{span.kind}" data-s="{span.start}" '
                   f'data-e="{span.end}" title="{_esc(span.label)}">')
        stack.append(span)
        pos = span.start
    while stack:
        top = stack.pop()
        out.append(_text(text[pos:top.end]) + "</span>")
        pos = top.end
    out.append(_text(text[pos:]))
    return "".join(out)


# --------------------------------------------------------------------------------------------- page

CSS = """
:root { --official: #ffc98b; --unit: #9cc8ff; --date: #a9eba0; --title: #ffe98a; --item: #eadcff;
  --item-line: #8a5cd6; }
body { font: 15px/1.6 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0 auto; max-width: 68em;
       padding: 1em 1.5em 4em; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.5em; margin-bottom: .2em; } h2 { font-size: 1.2em; margin: 0 0 .4em; word-break: break-all; }
h3 { font-size: 1em; margin: 1em 0 .3em; }
table { border-collapse: collapse; font-size: .9em; margin: .4em 0; }
th, td { border: 1px solid #ddd; padding: .2em .5em; text-align: left; vertical-align: top; }
th { background: #f5f5f7; }
section.doc { border-top: 3px solid #444; margin-top: 2.5em; padding-top: .8em; }
dl.masthead { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .4em 0; }
dl.masthead dt { color: #666; } dl.masthead dd { margin: 0; }
.doctext { white-space: pre-wrap; border: 1px solid #ccc; border-radius: 4px; padding: .8em 1em; background: #fcfcfc;
           line-height: 1.9; }
.hl { border-radius: 3px; }
.hl-official { background: var(--official); } .hl-unit { background: var(--unit); }
.hl-date { background: var(--date); } .hl-title { background: var(--title); }
.hl-item { background: var(--item); box-shadow: inset 0 -2px 0 var(--item-line); }
.hl-item .hl-item { background: #f6efff; }
body.hide-official .hl-official, body.hide-unit .hl-unit, body.hide-date .hl-date,
body.hide-item .hl-item, body.hide-title .hl-title { background: none; box-shadow: none; }
.legend label { margin-right: 1em; white-space: nowrap; cursor: pointer; }
.chip { display: inline-block; width: 1em; height: 1em; border-radius: 3px; vertical-align: -2px; margin-right: .3em; }
.warn { color: #9a3412; } .muted { color: #777; } .err { color: #b91c1c; }
#verification { font-size: .85em; padding: .3em .6em; border-radius: 4px; display: inline-block; }
#verification[data-status="ok"] { background: #dcfce7; } #verification[data-status="fail"] { background: #fee2e2; }
.legend { position: sticky; top: 0; background: #fff; padding: .4em 0; border-bottom: 1px solid #eee; z-index: 1; }
"""

# Checks that every highlight starts and ends at its recorded offsets (in code points) in the rendered
# text and that the text has its recorded length; writes the result into #verification.
SCRIPT = r"""
(function () {
  "use strict";
  var box = document.getElementById("verification");
  var jsErrors = [];
  window.addEventListener("error", function (e) {
    jsErrors.push(String(e.message));
    box.setAttribute("data-js-errors", String(jsErrors.length));
    box.setAttribute("data-status", "fail");
  });
  function cpLen(s) { var n = 0; for (var _c of s) { n++; } return n; }
  function check(root, problems) {
    var count = 0, pos = 0;
    function walk(node) {
      for (var child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) { pos += cpLen(child.data); continue; }
        if (child.nodeType !== 1) { continue; }
        var start = pos;
        walk(child);
        if (child.classList.contains("hl")) {
          count++;
          var s = Number(child.getAttribute("data-s")), e = Number(child.getAttribute("data-e"));
          if (s !== start || e !== pos) {
            problems.push(root.id + ": " + child.getAttribute("data-k") + " " + s + "-" + e +
                          " rendered at " + start + "-" + pos);
          }
        }
      }
    }
    walk(root);
    var len = Number(root.getAttribute("data-len"));
    if (pos !== len) { problems.push(root.id + ": text length " + pos + " != " + len); }
    return count;
  }
  var problems = [], checked = 0, texts = document.querySelectorAll(".doctext");
  for (var i = 0; i < texts.length; i++) { checked += check(texts[i], problems); }
  box.setAttribute("data-checked", String(checked));
  box.setAttribute("data-texts", String(texts.length));
  box.setAttribute("data-problems", String(problems.length));
  box.setAttribute("data-status", problems.length || jsErrors.length ? "fail" : "ok");
  box.textContent = problems.length
    ? "offset check FAILED: " + problems.slice(0, 20).join("; ")
    : "offset check: " + checked + " highlight(s) in " + texts.length + " text(s) at their JSON offsets";
  var toggles = document.querySelectorAll(".legend input[data-kind]");
  for (var j = 0; j < toggles.length; j++) {
    toggles[j].addEventListener("change", function (ev) {
      document.body.classList.toggle("hide-" + ev.target.getAttribute("data-kind"), !ev.target.checked);
    });
  }
})();
"""


def _masthead(bul: dict[str, Any]) -> str:
    fields = [("title", "标题 title"), ("edition", "专刊 edition"), ("issue", "期号 issue"),
              ("issue_number", "issue_number"), ("issue_total", "总期号 issue_total"), ("doc_number", "文号 doc_number"),
              ("issuers", "编发单位 issuers"), ("date", "日期 date"), ("toc", "目录 toc")]
    rows = []
    for key, label in fields:
        value = bul.get(key)
        if isinstance(value, list):
            value = "；".join(str(v) for v in value) if value else None
        rows.append(f"<dt>{_esc(label)}</dt><dd>{_esc(value) if value is not None else '<span class=muted>—</span>'}"
                    "</dd>")
    staff = bul.get("staff") or []
    if staff:
        rows.append("<dt>staff</dt><dd>" + _esc("；".join(f"{s.get('role')}：{s.get('name')}" for s in staff)) + "</dd>")
    return '<dl class="masthead">' + "".join(rows) + "</dl>"


def _excerpt(text: str, start: Any, end: Any, limit: int = 60) -> str:
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
        return ""
    piece = text[start:end]
    return piece if len(piece) <= limit else piece[:limit] + "…"


def _warnings(doc: dict[str, Any], text: str) -> str:
    warnings = doc.get("warnings") or []
    if not warnings:
        return "<p class=muted>No warnings.</p>"
    rows = "".join(f"<tr><td>{_esc(w.get('code'))}</td><td>{_esc(w.get('message'))}</td>"
                   f"<td>{_esc(w.get('start'))}–{_esc(w.get('end'))}</td>"
                   f"<td>{_esc(_excerpt(text, w.get('start'), w.get('end')))}</td></tr>" for w in warnings)
    return ('<table class="warn"><tr><th>code</th><th>message</th><th>span</th><th>text</th></tr>'
            + rows + "</table>")


def _articles(doc: dict[str, Any]) -> str:
    arts = doc.get("articles") or []
    if not arts:
        return "<p class=muted>No articles.</p>"
    rows = []
    for i, art in enumerate(arts):
        kws = "、".join(str(k.get("term")) for k in art.get("keywords") or [])
        dup = art.get("duplicate_of")
        dup_text = (f"{str(dup.get('sha256'))[:12]}… #{dup.get('article_index')} ({art.get('similarity')})"
                    if dup else "")
        rows.append(f"<tr><td>{i}</td><td>{_esc(art.get('column'))}</td><td>{_esc(art.get('title'))}</td>"
                    f"<td>{_esc(art.get('source_unit'))}</td><td>{_esc(art.get('start'))}–{_esc(art.get('end'))}</td>"
                    f"<td>{_esc(kws)}</td><td>{_esc(dup_text)}</td></tr>")
    return ("<table><tr><th>#</th><th>column</th><th>title</th><th>source unit</th><th>span</th><th>keywords</th>"
            "<th>duplicate of</th></tr>" + "".join(rows) + "</table>")


def _document(k: int, doc: dict[str, Any]) -> str:
    src = doc.get("source") or {}
    text: str = doc.get("text") or ""
    drawn, left = select_spans(collect_spans(doc), len(text))
    counts = {kind: sum(1 for s in drawn if s.kind == kind) for kind in KINDS}
    parts = [f'<section class="doc" id="doc-{k}">',
             f"<h2>{k + 1}. {_esc(src.get('path'))}</h2>",
             f"<p class=muted>sha256 {_esc(src.get('sha256'))} · {_esc(src.get('format'))}"
             + (f" · {_esc(src.get('encoding'))}" if src.get("encoding") else "")
             + (f" · {_esc(src.get('pages'))} page(s)" if src.get("pages") else "")
             + f" · pipeline {_esc(doc.get('pipeline_version'))}</p>",
             "<h3>Masthead</h3>", _masthead(doc.get("bulletin") or {}),
             "<h3>Warnings</h3>", _warnings(doc, text),
             "<h3>Articles</h3>", _articles(doc),
             "<h3>Text</h3>",
             "<p class=muted>" + " · ".join(f"{counts[kind]} {kind}(s)" for kind in KINDS) + "</p>",
             f'<div class="doctext" id="text-{k}" data-len="{len(text)}">{render_text(text, drawn)}</div>']
    if left:
        items = "".join(f"<li>{_esc(s.kind)} {s.start}–{s.end} {_esc(s.label)}: "
                        f"{_esc(_excerpt(text, s.start, s.end))}</li>" for s in left)
        parts.append(f"<details><summary>{len(left)} span(s) not highlighted (they cross a span of higher "
                     f"priority or fall outside the text)</summary><ul>{items}</ul></details>")
    parts.append("</section>")
    return "\n".join(parts)


def render_report(records: list[dict[str, Any]], *, title: str | None = None) -> str:
    """The whole page for a batch of result records (documents and error records)."""
    docs = [r for r in records if "error" not in r]
    errors = [r for r in records if "error" in r]
    title = title or "Review report"
    rows = []
    for k, doc in enumerate(docs):
        bul, src = doc.get("bulletin") or {}, doc.get("source") or {}
        rows.append(
            f'<tr><td><a href="#doc-{k}">{k + 1}</a></td><td><a href="#doc-{k}">{_esc(src.get("path"))}</a></td>'
            f"<td>{_esc(bul.get('title'))}</td><td>{_esc(bul.get('issue'))}</td><td>{_esc(bul.get('date'))}</td>"
            f"<td>{len(doc.get('articles') or [])}</td><td>{len(doc.get('officials') or [])}</td>"
            f"<td>{len(doc.get('units') or [])}</td><td>{len(doc.get('dates') or [])}</td>"
            f"<td>{len(doc.get('requirement_lists') or [])}</td><td>{len(doc.get('warnings') or [])}</td></tr>")
    doc_list = ("<table><tr><th>#</th><th>source</th><th>title</th><th>issue</th><th>date</th><th>articles</th>"
                "<th>officials</th><th>units</th><th>dates</th><th>lists</th><th>warnings</th></tr>"
                + "".join(rows) + "</table>") if docs else "<p class=muted>No documents.</p>"
    error_part = ""
    if errors:
        erows = "".join(f"<tr><td>{_esc((r.get('source') or {}).get('path'))}</td>"
                        f"<td>{_esc((r.get('error') or {}).get('type'))}</td>"
                        f"<td>{_esc((r.get('error') or {}).get('message'))}</td></tr>" for r in errors)
        error_part = (f'<h2 class="err">Errors ({len(errors)})</h2><table><tr><th>source</th><th>type</th>'
                      f"<th>message</th></tr>{erows}</table>")
    legend = "".join(f'<label><input type="checkbox" data-kind="{kind}" checked>'
                     f'<span class="chip hl-{kind}"></span>{_esc(KIND_LABELS[kind])}</label>' for kind in KINDS)
    warnings_total = sum(len(d.get("warnings") or []) for d in docs)
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title>",
        f"<style>{CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        f"<p>{len(docs)} document(s), {len(errors)} error record(s), {warnings_total} warning(s). "
        '<span id="verification" data-status="pending">offset check did not run (scripts disabled?)</span></p>',
        f'<div class="legend">{legend}</div>',
        "<h2>Documents</h2>", doc_list, error_part,
        *(_document(k, doc) for k, doc in enumerate(docs)),
        f"<script>{SCRIPT}</script>",
        "</body></html>",
        ""])


def write_report(records: list[dict[str, Any]], out: Path, *, title: str | None = None) -> None:
    from .export import write_text_atomic

    write_text_atomic(out, render_report(records, title=title))


__all__ = ["render_report", "write_report", "collect_spans", "select_spans", "render_text", "Span", "KINDS"]
