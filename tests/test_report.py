"""report: the self-contained review page — escaping, overlapping spans, and a real headless browser."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
import typer
from test_export import batch_records
from typer.testing import CliRunner

from nlp_pipeline.cli_tables import register
from nlp_pipeline.report import Span, collect_spans, render_report, render_text, select_spans

# A hand-made document: HTML-special characters, a character outside the BMP (two UTF-16 units in
# JavaScript, one code point in Python), a leading newline (an HTML parser drops one after <pre>),
# an official crossing a list item, a date nested in a unit, a nested list item.
TRICKY_TEXT = "\n<b>&\"要求</b>：一是𠀀市公安局10月1日前完成；二是张三同志负责。\n'完'"
S = TRICKY_TEXT.index


def tricky_doc() -> dict:
    t = TRICKY_TEXT
    first = {"marker": "一是", "text": t[S("𠀀"):S("；") + 1], "start": S("𠀀"), "end": S("；") + 1,
             "children": [{"marker": "", "text": "10月1日前", "start": S("10月"), "end": S("完成")}]}
    second = {"marker": "二是", "text": t[S("张三"):S("。") + 1], "start": S("张三"), "end": S("。") + 1}
    return {
        "schema_version": "1.0", "pipeline_version": "0.1.0",
        "source": {"path": "tricky <&>.txt", "sha256": "f" * 64, "format": "text"}, "text": t,
        "bulletin": {"title": "<script>alert(1)</script>", "issuers": ["A&B办公室"], "date": None, "toc": []},
        "articles": [{"title": "要求", "start": 0, "end": len(t), "body_start": 1}],
        "officials": [{"name": "二是张", "titles": [], "mentions": [{"start": S("二是"), "end": S("张三") + 1}]},
                      {"name": "张三", "titles": ["局长"], "mentions": [{"start": S("张三"), "end": S("张三") + 2}]}],
        "units": [{"name": "市公安局10月1日前", "mentions": [{"start": S("市公安局"), "end": S("完成")}]}],
        "dates": [{"text": "10月1日前", "value": "../2025-10-01", "start": S("10月"), "end": S("完成")}],
        "requirement_lists": [{"speaker": "张三", "declared_count": None, "start": S("一是"), "end": S("。") + 1,
                               "items": [first, second]}],
        "meetings": [],
        "warnings": [{"code": "declared_count_mismatch", "message": "<2> & 3", "start": 0, "end": 5}],
    }


def expected_spans(doc: dict) -> dict[tuple[str, int, int], str]:
    """Every span the JSON asks to highlight -> the text the JSON says it covers."""
    text = doc["text"]
    out: dict[tuple[str, int, int], str] = {}
    for kind, key in (("official", "officials"), ("unit", "units")):
        for ent in doc.get(key) or []:
            for m in ent["mentions"]:
                out[(kind, m["start"], m["end"])] = text[m["start"]:m["end"]]
    for d in doc.get("dates") or []:
        out[("date", d["start"], d["end"])] = d["text"]
    for t in doc.get("title_mentions") or []:
        out[("title", t["start"], t["end"])] = t["text"]

    def items(its):
        for it in its:
            out[("item", it["start"], it["end"])] = it["text"]
            items(it.get("children") or [])

    for lst in doc.get("requirement_lists") or []:
        items(lst["items"])
    return out


class DomReader(HTMLParser):
    """The texts (``div.doctext``) of a page with their highlight spans, and #verification's attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, dict] = {}
        self.verification: dict[str, str] = {}
        self._current: dict | None = None
        self._open: list[dict | None] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "verification":
            self.verification = {k: v or "" for k, v in a.items()}
        if tag == "div" and "doctext" in (a.get("class") or "").split():
            self._current = {"text": "", "len": int(a["data-len"]), "spans": []}
            self.texts[a["id"]] = self._current
            self._open = []
        elif self._current is not None and tag == "span":
            span = None
            if "hl" in (a.get("class") or "").split():
                span = {"kind": a["data-k"], "s": int(a["data-s"]), "e": int(a["data-e"]), "text": "",
                        "class": a["class"], "title": a.get("title")}
                self._current["spans"].append(span)
            self._open.append(span)

    def handle_endtag(self, tag):
        if self._current is None:
            return
        if tag == "span" and self._open:
            self._open.pop()
        elif tag == "div" and not self._open:
            self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self._current["text"] += data
            for span in self._open:
                if span is not None:
                    span["text"] += data


def read_dom(page: str) -> DomReader:
    reader = DomReader()
    reader.feed(page)
    reader.close()
    return reader


# ----------------------------------------------------------------------------------------- renderer

def test_text_is_escaped_and_kept_exactly():
    doc = tricky_doc()
    page = render_report([doc])
    dom = read_dom(page)
    assert dom.texts["text-0"]["text"] == TRICKY_TEXT
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "tricky &lt;&amp;&gt;.txt" in page and "&lt;2&gt; &amp; 3" in page


def test_overlapping_spans_nest_or_give_way():
    doc = tricky_doc()
    drawn, left = select_spans(collect_spans(doc), len(doc["text"]))
    # the official 二是张 crosses the second item (items come first): left out, and said so
    assert [(s.kind, doc["text"][s.start:s.end]) for s in left] == [("official", "二是张")]
    dom = read_dom(render_report([doc]))
    spans = dom.texts["text-0"]["spans"]
    want = expected_spans(doc)
    got = {(s["kind"], s["s"], s["e"]): s["text"] for s in spans}
    assert set(got) == set(want) - {("official", S("二是"), S("张三") + 1)}
    assert all(want[key] == text for key, text in got.items())
    assert "1 span(s) not highlighted" in render_report([doc])
    # the date sits inside the unit, which sits inside the first item
    html = render_text(doc["text"], drawn)
    item, unit, date = html.index('data-k="item"'), html.index('data-k="unit"'), html.index('data-k="date"')
    assert item < unit < date


def test_page_is_self_contained():
    page = render_report([tricky_doc(), *map(json.loads, batch_records())])
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\b(src|href)\s*=\s*\"(?!#)", page)  # only in-page anchors
    assert "@import" not in page and "url(" not in page


def test_errors_and_masthead_are_listed():
    records = list(map(json.loads, batch_records()))
    page = render_report(records)
    assert "Errors (1)" in page and "missing_file" in page
    first = records[0]["bulletin"]
    assert first["title"] in page and first["issuers"][0] in page and first["date"] in page


def test_cli_report(tmp_path):
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    results = tmp_path / "batch.jsonl"
    results.write_text("".join(line + "\n" for line in batch_records()), encoding="utf-8")
    out = tmp_path / "r" / "report.html"
    res = CliRunner().invoke(app, ["report", str(results), "--out", str(out), "--title", "第12期 审核"])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert "<title>第12期 审核</title>" in page and page.count('class="doc"') == 5


# ----------------------------------------------------------------------------------------- browser

def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed: .ci/run installs Debian's chromium with apt-get, which failed or "
                    "is unavailable on this machine")
    return exe


def load_in_browser(page: Path, profile: Path) -> tuple[str, list[str]]:
    """The DOM after load (``--dump-dom``) and the console lines chromium logged."""
    cmd = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
           "--enable-logging=stderr", "--v=0", "--dump-dom", page.as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert proc.returncode == 0 and "</html>" in proc.stdout, proc.stderr[-2000:]
    return proc.stdout, [line for line in proc.stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture(scope="module")
def page_records() -> list[dict]:
    return [tricky_doc(), *map(json.loads, batch_records())]


def test_report_in_a_real_browser(page_records, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_report(page_records), encoding="utf-8")
    dom_html, console = load_in_browser(page, tmp_path / "profile")
    assert console == []  # the page logs nothing: any console line is an error or a stray message
    dom = read_dom(dom_html)
    docs = [r for r in page_records if "error" not in r]
    total = sum(len(t["spans"]) for t in dom.texts.values())
    # the page's own check: every highlight starts and ends at its offsets in the rendered text
    assert dom.verification["data-status"] == "ok", dom.verification
    assert dom.verification["data-checked"] == str(total) and dom.verification["data-texts"] == str(len(docs))
    assert "data-js-errors" not in dom.verification
    # and ours, against the JSON: same text, every span covers what the JSON says, none lost silently
    for k, doc in enumerate(docs):
        shown = dom.texts[f"text-{k}"]
        assert shown["text"] == doc["text"] and shown["len"] == len(doc["text"])
        want = expected_spans(doc)
        got = {(s["kind"], s["s"], s["e"]): s["text"] for s in shown["spans"]}
        assert got.keys() <= want.keys()
        assert all(doc["text"][s:e] == text == want[(kind, s, e)] for (kind, s, e), text in got.items())
        drawn = [Span(kind, s, e, "") for kind, s, e in got]
        for kind, s, e in want.keys() - got.keys():  # a span not shown must cross one that is
            assert any(d.start < s < d.end < e or s < d.start < e < d.end for d in drawn), (kind, s, e)
        kinds = {s["kind"] for s in shown["spans"]}
        assert kinds <= {"official", "unit", "date", "item", "title"}
    assert {"official", "unit", "date", "item", "title"} <= {s["kind"] for t in dom.texts.values() for s in t["spans"]}


def test_the_in_page_check_catches_a_wrong_offset(tmp_path):
    doc = tricky_doc()
    html = render_report([doc])
    date_at = S("10月")
    tampered = html.replace(f'data-k="date" data-s="{date_at}"', f'data-k="date" data-s="{date_at + 1}"', 1)
    assert tampered != html
    page = tmp_path / "tampered.html"
    page.write_text(tampered, encoding="utf-8")
    dom_html, console = load_in_browser(page, tmp_path / "profile")
    assert console == []
    status = read_dom(dom_html).verification
    assert status["data-status"] == "fail" and status["data-problems"] == "1"
