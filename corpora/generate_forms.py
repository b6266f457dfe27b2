"""Render some annotated bulletins of corpora/bulletins/ as PDF and DOCX.

Run from the repository root:

    .venv/bin/python corpora/generate_forms.py

The source of each form is the bulletin's clean .txt (one paragraph per line) together
with its .gold.json, which tells which lines are the masthead, column headings, article
titles, body paragraphs and tail.  Outputs go to corpora/bulletins/forms/ and are the
files listed in each gold file's "forms".

PDFs: A4, reportlab built-in CID font STSong-Light (nothing embedded, files stay small),
red centred masthead title, centred article titles, body paragraphs wrapped at the
column edge with a two-character first-line indent, a "- N -" footer on every page, an
optional running header (bulletin title + issue) on pages 2+, an optional fake-bold
masthead (title drawn twice 0.35 pt apart).  For bulletins marked ``need_split`` the
script checks that at least one page break falls inside a body paragraph; the layout
is the natural flow, only the body size and line spacing are chosen from a short list of
ordinary values so that this happens (with at least two lines of that paragraph on each page).

DOCX: python-docx, one Word paragraph per non-blank text line, masthead title centred
and bold; consecutive lines made of space-separated cells (a figure table written in
the .txt as "cell cell cell") become a real Word table.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
BULLETINS = HERE / "bulletins"
FORMS = BULLETINS / "forms"

FONT = "STSong-Light"
RED = HexColor("#D40000")

# Which bulletins get which forms.
PDF_JOBS = {
    "001_county_safety": {"running_header": True, "fake_bold": False, "need_split": True},
    "005_city_tax": {"running_header": False, "fake_bold": True, "need_split": True},
    "009_university": {"running_header": True, "fake_bold": False, "need_split": True},
    "011_market_regulation": {"running_header": False, "fake_bold": False, "need_split": True},
}
DOCX_JOBS = ["001_county_safety", "002_city_gov_info", "011_market_regulation", "016_river_chief"]

TAIL_RE = re.compile(r"^(报|报送|呈报|抄送|抄报|送|发|发送|分送|印发)[：:]|^[（(]?共印\d+份[）)]?$|^编辑[：:]")
COLUMN_RE = re.compile(r"^[〔【［\[]([^〕】］\]]+)[〕】］\]]$")
SOURCE_RE = re.compile(r"^[（(][^（()）]{1,20}[）)]$")
ISSUER_DATE_RE = re.compile(r"^(.+?)[ \t\u3000]+((?:\d{4}|[〇○零一二三四五六七八九]{4})年.+日)$")
NO_LINE_START = set("，。、；：？！”’）》〕】」』,.;:?!)%")


# --------------------------------------------------------------------------- reading


def read_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


@dataclass
class Block:
    kind: str  # title, masthead, issuer_date, toc_head, toc_col, toc_item, column, art_title, body, source, tail, table
    text: str
    cells: list[list[str]] = field(default_factory=list)


def table_run(lines: list[str], i: int, titles: set[str]) -> int:
    """Length of a run of >=2 table-row lines starting at i (0 if none)."""
    def cells(s: str) -> list[str] | None:
        if s in titles or s.endswith("。") or "  " in s:
            return None
        parts = s.split(" ")
        return parts if len(parts) >= 2 and all(parts) else None

    first = cells(lines[i])
    if not first:
        return 0
    j = i + 1
    while j < len(lines) and (c := cells(lines[j])) and len(c) == len(first):
        j += 1
    return j - i if j - i >= 2 else 0


def classify(stem: str) -> tuple[dict, list[Block]]:
    gold = json.loads((BULLETINS / f"{stem}.gold.json").read_text("utf-8"))
    lines = [ln.strip() for ln in read_text(BULLETINS / f"{stem}.txt").splitlines()]
    lines = [ln for ln in lines if ln]
    titles = {a["title"] for a in gold["articles"] if a["title"]}
    toc = gold["bulletin"]["toc"]
    mast_title = gold["bulletin"]["title"]
    blocks: list[Block] = []
    state = "masthead"
    toc_left = list(toc)
    i = 0
    while i < len(lines):
        s = lines[i]
        if state == "masthead":
            if mast_title and s.replace(" ", "").replace("\u3000", "") == mast_title and not blocks:
                blocks.append(Block("title", s))
            elif s.replace(" ", "").replace("\u3000", "") == "目录":
                blocks.append(Block("toc_head", "目　录"))
                state = "toc"
            elif COLUMN_RE.match(s) or s in titles:
                state = "body"
                continue
            elif ISSUER_DATE_RE.match(s):
                blocks.append(Block("issuer_date", s))
            else:
                blocks.append(Block("masthead", s))
        elif state == "toc":
            if toc_left:
                if COLUMN_RE.match(s):
                    blocks.append(Block("toc_col", s))
                else:
                    assert s == toc_left[0], (stem, s)
                    toc_left.pop(0)
                    blocks.append(Block("toc_item", s))
            else:
                state = "body"
                continue
        else:
            if TAIL_RE.match(s):
                blocks.append(Block("tail", s))
            elif COLUMN_RE.match(s):
                blocks.append(Block("column", s))
            elif s in titles:
                blocks.append(Block("art_title", s))
            elif SOURCE_RE.match(s):
                blocks.append(Block("source", s))
            elif n := table_run(lines, i, titles):
                blocks.append(Block("table", "", [ln.split(" ") for ln in lines[i:i + n]]))
                i += n
                continue
            else:
                blocks.append(Block("body", s))
        i += 1
    return gold, blocks


# --------------------------------------------------------------------------- PDF


def tokens(text: str) -> list[str]:
    """Characters, except that runs of ASCII letters/digits/./% stay together."""
    return re.findall(r"[A-Za-z0-9.%]+|.", text)


def wrap(text: str, size: float, width: float, first_indent: float = 0.0) -> list[str]:
    out: list[str] = []
    line = ""
    avail = width - first_indent
    for tok in tokens(text):
        w = pdfmetrics.stringWidth(line + tok, FONT, size)
        if line and w > avail:
            if tok[0] in NO_LINE_START:
                # hang closing punctuation in the margin rather than start a line with it
                line += tok
                continue
            out.append(line)
            line = tok
            avail = width
        else:
            line += tok
    if line:
        out.append(line)
    return out


@dataclass
class Layout:
    leading: float
    body_size: float = 12.0
    margin_x: float = 72.0
    margin_top: float = 70.0
    margin_bottom: float = 72.0


class PdfWriter:
    def __init__(self, path: Path | None, lay: Layout, header: str | None, fake_bold: bool):
        self.lay = lay
        self.header = header
        self.fake_bold = fake_bold
        self.W, self.H = A4
        self.width = self.W - 2 * lay.margin_x
        self.c = canvas.Canvas(str(path), pagesize=A4, pageCompression=1) if path else None
        self.page = 1
        self.y = self.H - lay.margin_top
        self.split_paragraphs: list[str] = []
        if self.c:
            self.c.setTitle(header or "")

    # drawing helpers (no-ops when only measuring)
    def _text(self, x: float, s: str, size: float, color=black, align: str = "left") -> None:
        if not self.c:
            return
        self.c.setFont(FONT, size)
        self.c.setFillColor(color)
        if align == "center":
            self.c.drawCentredString(x, self.y, s)
        elif align == "right":
            self.c.drawRightString(x, self.y, s)
        else:
            self.c.drawString(x, self.y, s)

    def _rule(self, y: float, color=black, width: float = 0.8) -> None:
        if self.c:
            self.c.setStrokeColor(color)
            self.c.setLineWidth(width)
            self.c.line(self.lay.margin_x, y, self.W - self.lay.margin_x, y)

    def _footer(self) -> None:
        if self.c:
            self.c.setFont(FONT, 10.5)
            self.c.setFillColor(black)
            self.c.drawCentredString(self.W / 2, 40, f"- {self.page} -")

    def _running_header(self) -> None:
        if self.c and self.header and self.page >= 2:
            self.c.setFont(FONT, 9)
            self.c.setFillColor(black)
            self.c.drawCentredString(self.W / 2, self.H - 45, self.header)
            self._rule(self.H - 50, width=0.5)

    def new_page(self) -> None:
        self._footer()
        if self.c:
            self.c.showPage()
        self.page += 1
        self.y = self.H - self.lay.margin_top
        self._running_header()

    def need(self, h: float) -> bool:
        return self.y - h < self.lay.margin_bottom

    def advance(self, h: float) -> None:
        if self.need(h):
            self.new_page()
        self.y -= h

    def space(self, h: float) -> None:
        self.y -= h

    # block renderers
    def masthead_title(self, s: str) -> None:
        self.space(30)
        self._text(self.W / 2, s, 26, RED, "center")
        if self.fake_bold and self.c:
            self.c.setFont(FONT, 26)
            self.c.setFillColor(RED)
            self.c.drawCentredString(self.W / 2 + 0.35, self.y, s)
        self.space(14)

    def centred(self, s: str, size: float, leading: float, color=black) -> None:
        for ln in wrap(s, size, self.width):
            self.advance(leading)
            self._text(self.W / 2, ln, size, color, "center")

    def issuer_date(self, s: str) -> None:
        m = ISSUER_DATE_RE.match(s)
        assert m
        self.advance(24)
        self._text(self.lay.margin_x, m.group(1), 12)
        self._text(self.W - self.lay.margin_x, m.group(2), 12, align="right")

    def mast_rule(self) -> None:
        self.space(10)
        self._rule(self.y, RED, 1.5)
        self.space(8)

    def left(self, s: str, size: float, leading: float, indent: float = 0.0) -> None:
        for ln in wrap(s, size, self.width - indent):
            self.advance(leading)
            self._text(self.lay.margin_x + indent, ln, size)

    def right(self, s: str) -> None:
        self.advance(self.lay.leading)
        self._text(self.W - self.lay.margin_x, s, self.lay.body_size, align="right")

    def body(self, s: str) -> None:
        size = self.lay.body_size
        lines = wrap(s, size, self.width, first_indent=2 * size)
        pages = []
        for k, ln in enumerate(lines):
            self.advance(self.lay.leading)
            pages.append(self.page)
            x = self.lay.margin_x + (2 * size if k == 0 else 0)
            self._text(x, ln, size)
        # a paragraph counts as split when it has at least two lines on each side of the break
        if pages[0] != pages[-1] and min(pages.count(pages[0]), pages.count(pages[-1])) >= 2:
            self.split_paragraphs.append(s)

    def table(self, rows: list[list[str]]) -> None:
        ncol = len(rows[0])
        colw = self.width / ncol
        for r in rows:
            self.advance(self.lay.leading)
            for j, cell in enumerate(r):
                self._text(self.lay.margin_x + colw * (j + 0.5), cell, 10.5, align="center")

    def finish(self) -> None:
        self._footer()
        if self.c:
            self.c.save()


def render_pdf(blocks: list[Block], path: Path | None, lay: Layout, header: str | None,
               fake_bold: bool) -> PdfWriter:
    pw = PdfWriter(path, lay, header, fake_bold)
    prev = None
    tail_started = False
    for b in blocks:
        if prev in ("issuer_date", "masthead", "title") and b.kind not in ("issuer_date", "masthead"):
            pw.mast_rule()
        if b.kind == "title":
            pw.masthead_title(b.text)
        elif b.kind == "masthead":
            pw.centred(b.text, 13, 22)
        elif b.kind == "issuer_date":
            pw.issuer_date(b.text)
        elif b.kind == "toc_head":
            pw.space(6)
            pw.centred(b.text, 15, 24)
        elif b.kind == "toc_col":
            pw.left(b.text, 12, 20, indent=12)
        elif b.kind == "toc_item":
            pw.left(b.text, 11, 18, indent=36)
        elif b.kind == "column":
            if pw.need(90):  # keep a column heading with the title that follows
                pw.new_page()
            pw.space(8)
            pw.left(b.text, 14, 24)
        elif b.kind == "art_title":
            if pw.need(80):
                pw.new_page()
            pw.space(8)
            pw.centred(b.text, 16, 26)
            pw.space(6)
        elif b.kind == "body":
            pw.body(b.text)
        elif b.kind == "source":
            pw.right(b.text)
        elif b.kind == "table":
            pw.table(b.cells)
        elif b.kind == "tail":
            if not tail_started:
                if pw.need(24 + 20 * sum(1 for x in blocks if x.kind == "tail")):
                    pw.new_page()
                pw.space(16)
                pw._rule(pw.y)
                tail_started = True
            pw.left(b.text, 10.5, 18)
        prev = b.kind
    pw.finish()
    return pw


def make_pdf(stem: str, opts: dict) -> None:
    gold, blocks = classify(stem)
    bl = gold["bulletin"]
    header = None
    if opts["running_header"]:
        issue = bl["issue"] + (f"（总第{bl['issue_total']}期）" if bl["issue_total"] else "")
        header = f"{bl['title']}　{issue}"
    out = FORMS / f"{stem}.pdf"
    candidates = [Layout(leading=round(size * f * 2) / 2, body_size=size)
                  for size in (12.0, 14.0, 11.5, 13.0)
                  for f in (1.67, 1.75, 1.6, 1.85, 1.5, 1.95)]
    for lay in candidates:
        probe = render_pdf(blocks, None, lay, header, opts["fake_bold"])
        if probe.split_paragraphs or not opts["need_split"]:
            break
    else:
        sys.exit(f"{stem}: no layout puts a page break inside a body paragraph")
    pw = render_pdf(blocks, out, lay, header, opts["fake_bold"])
    splits = ", ".join(s[:12] + "…" for s in pw.split_paragraphs) or "none"
    print(f"{out.relative_to(HERE.parent)}: {pw.page} pages, body {lay.body_size}/{lay.leading} pt, "
          f"paragraphs across a page break: {splits}")


# --------------------------------------------------------------------------- DOCX


def set_run_font(run, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "SimSun"
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "宋体")
    if color is not None:
        run.font.color.rgb = color


def make_docx(stem: str) -> None:
    gold, blocks = classify(stem)
    doc = Document()
    for sec in doc.sections:
        sec.page_width, sec.page_height = Pt(595.3), Pt(841.9)
    doc.core_properties.title = gold["bulletin"]["title"] or ""

    def para(text: str, size: float = 12, bold: bool = False, align=None, indent: bool = False,
             color: RGBColor | None = None):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.first_line_indent = Pt(2 * size)
        p.paragraph_format.space_after = Pt(4)
        set_run_font(p.add_run(text), size, bold, color)
        return p

    for b in blocks:
        if b.kind == "title":
            para(b.text, 26, True, WD_ALIGN_PARAGRAPH.CENTER, color=RGBColor(0xD4, 0, 0))
        elif b.kind in ("masthead", "issuer_date", "toc_head"):
            para(b.text, 13, False, WD_ALIGN_PARAGRAPH.CENTER)
        elif b.kind in ("toc_col", "toc_item", "column"):
            para(b.text, 14 if b.kind == "column" else 12, b.kind == "column")
        elif b.kind == "art_title":
            para(b.text, 16, True, WD_ALIGN_PARAGRAPH.CENTER)
        elif b.kind == "body":
            para(b.text, 12, indent=True)
        elif b.kind == "source":
            para(b.text, 12, align=WD_ALIGN_PARAGRAPH.RIGHT)
        elif b.kind == "tail":
            para(b.text, 10.5)
        elif b.kind == "table":
            t = doc.add_table(rows=len(b.cells), cols=len(b.cells[0]))
            t.style = "Table Grid"
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            for r, row in enumerate(b.cells):
                for c, cell in enumerate(row):
                    cp = t.cell(r, c).paragraphs[0]
                    cp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    set_run_font(cp.add_run(cell), 10.5, bold=(r == 0))
    out = FORMS / f"{stem}.docx"
    doc.save(str(out))
    ntab = sum(1 for b in blocks if b.kind == "table")
    print(f"{out.relative_to(HERE.parent)}: {len(doc.paragraphs)} paragraphs, {ntab} table(s)")


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    FORMS.mkdir(parents=True, exist_ok=True)
    for stem, opts in PDF_JOBS.items():
        make_pdf(stem, opts)
    for stem in DOCX_JOBS:
        make_docx(stem)


if __name__ == "__main__":
    main()
