"""PDF reader: bytes -> :class:`RawDocument` built from pdfium character boxes.

Why pdfium and not pdfplumber: on the shared test PDFs pypdfium2's per-character API gives the
same characters as pdfplumber's full repair recipe (dedupe, crop, column split, line rebuild),
already deduplicates fake-bold glyphs and already maps Type 3 Kangxi radicals to ideographs, and
runs an order of magnitude faster (see ``benchmarks/pdf_speed.py``).

What the reader does, page by page:

1. reads every non-generated character with its advance box (``FPDFText_GetLooseCharBox``: x from
   the origin to the advance), its baseline (``FPDFText_GetCharOrigin``) and font size;
2. maps Kangxi radicals and CJK-radical-supplement code points to ideographs, drops PUA glyphs;
3. groups characters into visual rows by baseline, drops fake-bold duplicates, and splits a page
   into two columns when an empty gutter runs down the middle 30-70 % of the page;
4. builds one :class:`RawLine` per visual line, inserting an ASCII space only where the gap
   between two characters exceeds half the font size;
5. drops page numbers and running headers/footers, then decides ``brk`` and ``continues`` from
   geometry (right-margin fill, first-line indent, font size, vertical gaps), across pages too.

It refuses inputs it cannot read honestly: damaged files, password-protected files, scans
without a text layer and text layers that decode to garbage (broken ToUnicode maps).

Known limits: rotated text is skipped (noted); vertical (Identity-V) table labels come out one
character per line; tables come out one row per line with cells separated by spaces.
"""

from __future__ import annotations

import ctypes
import io
import re
import statistics
import threading
from collections import Counter
from dataclasses import dataclass, field

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

from nlp_pipeline.chars import BARE_PAGE_NUMBER, CHAR_MAP, is_page_number
from nlp_pipeline.errors import (
    CorruptFile,
    EmptyInput,
    EncryptedPdf,
    GarbledTextLayer,
    NoTextLayer,
)
from nlp_pipeline.ingest import LIMITS, InputTooLarge
from nlp_pipeline.ingest.model import Break, RawDocument, RawLine

# ---------------------------------------------------------------- tunables
MAX_PAGES = LIMITS.max_pages   # the default; the cap in force is LIMITS.max_pages (--max-pages)
SPACE_GAP_RATIO = 0.5          # gap > 0.5 x font size inside a line -> one ASCII space
BASELINE_TOLERANCE = 0.35      # chars within 0.35 x size of a row's baseline join that row
FAKE_BOLD_RATIO = 0.1          # same char re-drawn within 0.1 x size -> fake-bold duplicate
BAND_RATIO = 0.08              # header / footer band: top and bottom 8 % of the page height
PAGE_NUMBER_BAND_RATIO = 0.15  # an explicit page-number pattern may sit a little further in
GUTTER_RANGE = (0.30, 0.70)    # where a two-column gutter may lie, as fractions of page width
GUTTER_MIN_WIDTH = 8.0         # pt
GUTTER_MAX_CROSSING = 0.03     # share of rows allowed to cross the gutter (spanning titles)
GUTTER_MIN_CROSSING = 2        # ... but always allow a title and a subtitle
FULL_LINE_SLACK = 0.6          # previous line + first word of this line overshoot the right
                               # margin minus 0.6 em -> the previous line was full
INDENT_RATIO = 0.8             # x0 more than 0.8 em right of the left margin -> indented
SIZE_CHANGE_RATIO = 1.15       # font-size ratio that separates a title from body text
PARAGRAPH_GAP_RATIO = 1.5      # baseline distance > 1.5 x the usual pitch -> Break.PARAGRAPH
GARBLED_PAGE_RATIO = 0.2       # share of suspicious characters that marks a page as garbled
GARBLED_DOC_SHARE = 0.5        # share of text pages that must be garbled to reject the file

_SPACES = {0x20, 0x3000, 0xA0, 0x09, 0x0D, 0x0A, 0x2002, 0x2003, 0x2009, 0x200B, 0xFEFF}
_CID_TOKEN_RE = re.compile(r"\(cid:\d+\)")
_ASCII_PUNCT_RUN_RE = re.compile(r"[!-/:-@\[-`{-~]{4,}")

# pdfium is not thread-safe: one document at a time per process.
_PDFIUM_LOCK = threading.Lock()


# ---------------------------------------------------------------- plain geometry records
@dataclass(slots=True)
class _Char:
    ch: str
    x0: float
    x1: float
    base: float   # baseline, distance from the top of the page
    size: float


@dataclass
class _Line:
    chars: list[_Char]
    text: str
    x0: float
    x1: float
    base: float
    size: float
    page: int
    slot: str          # "full" | "left" | "right": which text frame the line belongs to


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line] = field(default_factory=list)
    n_chars: int = 0
    n_suspicious: int = 0
    has_images: bool = False
    skipped_rotated: int = 0
    dropped_pua: int = 0


# ---------------------------------------------------------------- public entry point
def read_pdf(data: bytes, name: str) -> RawDocument:
    """Read a PDF's text layer into lines in reading order, with layout evidence.

    Args:
        data: the file's bytes.
        name: the file name (the CLI prefixes messages with it; unused otherwise).

    Returns:
        ``RawDocument(format="pdf", pages=N)``; ``notes`` lists what was repaired or dropped.

    Raises:
        EmptyInput, CorruptFile, EncryptedPdf, NoTextLayer, GarbledTextLayer, InputError
        (``InputTooLarge``: more than ``LIMITS.max_pages`` pages, checked before any page is read).

    >>> read_pdf(open("bulletin.pdf", "rb").read(), "bulletin.pdf").lines[0].text  # doctest: +SKIP
    '城乡治理工作简报'
    """
    if not data:
        raise EmptyInput("empty file (0 bytes)")
    head = data[:1024]
    if b"%PDF-" not in head:
        raise CorruptFile("not a PDF (no %PDF- header); check the file type")
    if b"%%EOF" not in data[-4096:]:
        raise CorruptFile("truncated or damaged PDF (no %%EOF marker at the end); "
                          "download or export it again")
    with _PDFIUM_LOCK:
        pages, n_pages = _read_pages(data, name)
    return _assemble(pages, n_pages, name)


# ---------------------------------------------------------------- pdfium part
def _read_pages(data: bytes, name: str) -> tuple[list[_Page], int]:
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedPdf("password-protected PDF; save an unprotected copy "
                               "and try again") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedPdf("PDF uses an unsupported security handler; save an "
                               "unprotected copy and try again") from None
        if _pdfminer_page_count(data) == 0:   # pdfium refuses an empty page tree
            raise EmptyInput("the PDF has no pages") from None
        raise CorruptFile(f"damaged PDF, pdfium cannot open it ({exc}); "
                          "download or export it again") from None
    except (ctypes.ArgumentError, OSError, ValueError) as exc:
        raise CorruptFile(f"damaged PDF, cannot open it ({exc})") from None
    try:
        n_pages = len(doc)
        if n_pages == 0:
            raise EmptyInput("the PDF has no pages")
        if n_pages > LIMITS.max_pages:
            raise InputTooLarge(f"too many pages ({n_pages} > {LIMITS.max_pages}); "
                                "split the file or raise --max-pages")
        pages = [_read_page(doc, i) for i in range(n_pages)]
    except (pdfium.PdfiumError, ctypes.ArgumentError, OSError, ValueError) as exc:
        raise CorruptFile(f"damaged PDF, a page cannot be read ({exc})") from None
    finally:
        doc.close()
    return pages, n_pages


def _pdfminer_page_count(data: bytes) -> int | None:
    """Second opinion, only on files pdfium refuses: pdfium reports a well-formed PDF with an
    empty page tree as a format error, pdfminer counts its pages. None if it cannot parse."""
    try:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfpage import PDFPage
        from pdfminer.pdfparser import PDFParser

        document = PDFDocument(PDFParser(io.BytesIO(data)))
        count = 0
        for _ in PDFPage.create_pages(document):
            count += 1
            if count > 0:
                break
        return count
    except Exception:  # noqa: BLE001 - any parser failure just means "no second opinion"
        return None


def _read_page(doc: pdfium.PdfDocument, index: int) -> _Page:
    page = doc[index]
    textpage = None
    try:
        width, height = page.get_size()
        result = _Page(number=index + 1, width=width, height=height)
        textpage = page.get_textpage()
        result_chars = _page_chars(textpage.raw, height, result)
        if result.n_chars == 0:      # only then does it matter (scan vs blank page)
            result.has_images = _has_images(page.raw)
        result.lines = _page_lines(result_chars, result)
        return result
    finally:
        if textpage is not None:
            textpage.close()
        page.close()


def _has_images(raw_page: object, depth: int = 0) -> bool:
    for j in range(pdfium_c.FPDFPage_CountObjects(raw_page)):
        obj = pdfium_c.FPDFPage_GetObject(raw_page, j)
        if _is_image(obj, depth):
            return True
    return False


def _is_image(obj: object, depth: int) -> bool:
    kind = pdfium_c.FPDFPageObj_GetType(obj)
    if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return True
    if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 4:
        for j in range(pdfium_c.FPDFFormObj_CountObjects(obj)):
            if _is_image(pdfium_c.FPDFFormObj_GetObject(obj, j), depth + 1):
                return True
    return False


def _page_chars(tp: object, height: float, page: _Page) -> list[_Char]:
    """Every drawn character of the page, mapped, with its advance box and baseline.

    Position: the character origin (``FPDFText_GetCharOrigin``) and the advance box
    (``FPDFText_GetLooseCharBox``, x from the origin to the advance). For some Type 3 glyphs
    pdfium's origin and box are off by hundreds of points (suqian table cells: a box 3.9 em
    wide); then the text object's matrix (e, f), which is right for such one-glyph objects,
    gives the origin and the width is estimated from the font size.
    """
    rect = pdfium_c.FS_RECTF()
    matrix = pdfium_c.FS_MATRIX()
    get_unicode = pdfium_c.FPDFText_GetUnicode
    is_generated = pdfium_c.FPDFText_IsGenerated
    map_error = pdfium_c.FPDFText_HasUnicodeMapError
    loose_box = pdfium_c.FPDFText_GetLooseCharBox
    font_size = pdfium_c.FPDFText_GetFontSize
    get_matrix = pdfium_c.FPDFText_GetMatrix
    get_origin = pdfium_c.FPDFText_GetCharOrigin
    ox, oy = ctypes.c_double(), ctypes.c_double()
    chars: list[_Char] = []
    suspicious = 0
    text_for_runs: list[str] = []
    for k in range(pdfium_c.FPDFText_CountChars(tp)):
        if is_generated(tp, k) != 0:
            continue
        code = get_unicode(tp, k)
        if code in _SPACES:
            ch = " "
        else:
            page.n_chars += 1
            if map_error(tp, k) == 1 or _is_suspicious(code):
                suspicious += 1
            mapped = _map_char(code)
            if mapped is None:
                page.dropped_pua += 1
                continue
            ch = mapped
        text_for_runs.append(ch)
        if not get_matrix(tp, k, matrix):
            continue
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        if a <= 0 or abs(b) > 0.05 * a or abs(c) > 0.05 * abs(d):
            page.skipped_rotated += 1          # rotated, vertical or mirrored text
            continue
        # FPDFText_GetFontSize is the Tf operand; the matrix scales it to page units (WPS
        # writes 960 Tf with a 0.05 matrix, Chrome scales px to pt by 0.75).
        size = font_size(tp, k) * abs(a * d - b * c) ** 0.5
        if not 0.5 <= size <= 400:
            continue
        if not get_origin(tp, k, ox, oy) or not loose_box(tp, k, rect):
            continue
        x, y = ox.value, oy.value
        x0, x1 = rect.left, rect.right
        if not 0 < x1 - x0 <= 1.6 * size:
            if abs(x - matrix.e) > 2 * size or abs(y - matrix.f) > 2 * size:
                x, y = matrix.e, matrix.f
            x0, x1 = x, x + size * (0.5 if ch.isascii() else 1.0)
        chars.append(_Char(ch, x0, x1, height - y, size))
    joined = "".join(text_for_runs)
    # Runs of mixed ASCII punctuation (``+,-./``), not dotted leaders (``......``).
    suspicious += sum(len(m) for m in _ASCII_PUNCT_RUN_RE.findall(joined) if len(set(m)) >= 3)
    suspicious += 6 * len(_CID_TOKEN_RE.findall(joined))
    page.n_suspicious = min(suspicious, page.n_chars)
    return chars


def _map_char(code: int) -> str | None:
    """Kangxi / radical-supplement code points -> ideographs; PUA and controls -> None (drop)."""
    if code in (0, 0xFFFE, 0xFFFF):
        return None
    try:
        ch = chr(code)
    except (ValueError, OverflowError):
        return None
    return CHAR_MAP.get(code, ch)


def _is_suspicious(code: int) -> bool:
    """Code points typical of a broken ToUnicode map, rare in real Chinese prose."""
    return (0x7280 <= code <= 0x72FF        # 犌犕／犜: shifted CID -> Unicode
            or 0x2500 <= code <= 0x257F     # box drawing
            or 0xE000 <= code <= 0xF8FF     # PUA
            or code == 0xFFFD
            or code < 0x20)


# ---------------------------------------------------------------- rows, columns, lines
def _page_lines(chars: list[_Char], page: _Page) -> list[_Line]:
    if not chars:
        return []
    rows = _rows(chars)
    gutter = _find_gutter(rows, page.width)
    lines: list[_Line] = []
    if gutter is None:
        for row in rows:
            line = _make_line(row, page.number, "full")
            if line is not None:
                lines.append(line)
        return lines
    # Rows crossing the gutter (titles spanning both columns) cut the page into blocks; each
    # block is read left column first, then right column.
    g0, g1 = gutter
    mid = (g0 + g1) / 2
    left: list[_Line] = []
    right: list[_Line] = []

    def flush() -> None:
        lines.extend(left)
        lines.extend(right)
        left.clear()
        right.clear()

    for row in rows:
        if any(c.x0 < g1 and c.x1 > g0 for c in row if c.ch != " "):
            flush()
            line = _make_line(row, page.number, "full")
            if line is not None:
                lines.append(line)
            continue
        for part, target, slot in (([c for c in row if c.x1 <= mid], left, "left"),
                                   ([c for c in row if c.x1 > mid], right, "right")):
            line = _make_line(part, page.number, slot)
            if line is not None:
                target.append(line)
    flush()
    return lines


def _rows(chars: list[_Char]) -> list[list[_Char]]:
    """Group characters into visual rows by baseline (top to bottom)."""
    ordered = sorted(chars, key=lambda c: c.base)
    rows: list[list[_Char]] = []
    row_base = 0.0
    row_size = 0.0
    for c in ordered:
        if rows and abs(c.base - row_base) <= BASELINE_TOLERANCE * min(row_size, c.size):
            rows[-1].append(c)
            continue
        rows.append([c])
        row_base, row_size = c.base, c.size
    for row in rows:
        row.sort(key=lambda c: c.x0)
    return rows


def _find_gutter(rows: list[list[_Char]], width: float) -> tuple[float, float] | None:
    """An empty vertical band in the middle 30-70 % of the page that splits two columns."""
    ink_rows = [r for r in rows if any(c.ch != " " for c in r)]
    if len(ink_rows) < 6:
        return None
    lo, hi = int(width * GUTTER_RANGE[0]), int(width * GUTTER_RANGE[1])
    crossing = [0] * (hi - lo + 1)
    for row in ink_rows:
        for x0, x1 in _segments(row):
            a, b = max(lo, int(x0)), min(hi, int(x1) + 1)
            for x in range(a, b):
                crossing[x - lo] += 1
    allowed = max(GUTTER_MIN_CROSSING, int(GUTTER_MAX_CROSSING * len(ink_rows)))
    best: tuple[int, int] | None = None
    start = None
    for i, count in enumerate(crossing + [allowed + 1]):
        if count <= allowed:
            if start is None:
                start = i
        elif start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None or best[1] - best[0] < GUTTER_MIN_WIDTH:
        return None
    g0, g1 = float(best[0] + lo), float(best[1] + lo)
    left = [c for r in ink_rows for c in r if c.x1 <= g0 and c.ch != " "]
    right = [c for r in ink_rows for c in r if c.x0 >= g1 and c.ch != " "]
    total = len(left) + len(right)
    if total == 0 or min(len(left), len(right)) < 0.15 * total:
        return None
    # Both sides must read like text columns: many left rows run up to the gutter.
    left_ends = [max(c.x1 for c in r if c.x1 <= g0) for r in ink_rows
                 if any(c.x1 <= g0 and c.ch != " " for c in r)]
    size = statistics.median(c.size for c in left)
    full = sum(1 for e in left_ends if e >= max(left_ends) - 2 * size)
    if full < 0.3 * len(left_ends):
        return None
    return g0, g1


def _segments(row: list[_Char]) -> list[tuple[float, float]]:
    """Horizontal ink extents of a row, merging characters closer than one em."""
    segs: list[tuple[float, float]] = []
    for c in row:
        if c.ch == " ":
            continue
        if segs and c.x0 - segs[-1][1] < c.size:
            segs[-1] = (segs[-1][0], max(segs[-1][1], c.x1))
        else:
            segs.append((c.x0, c.x1))
    return segs


def _make_line(row: list[_Char], page: int, slot: str) -> _Line | None:
    """One visual line: fake-bold duplicates dropped, spaces only at wide gaps."""
    kept: list[_Char] = []
    for c in row:
        if kept and c.ch != " ":
            dup = next((k for k in reversed(kept[-3:]) if k.ch == c.ch), None)
            if (dup is not None and abs(c.x0 - dup.x0) < FAKE_BOLD_RATIO * c.size
                    and abs(c.base - dup.base) < FAKE_BOLD_RATIO * c.size):
                continue
        kept.append(c)
    ink = [c for c in kept if c.ch != " "]
    if not ink:
        return None
    parts: list[str] = []
    prev: _Char | None = None
    pending_space = False
    for c in kept:
        if c.ch == " ":
            pending_space = prev is not None
            continue
        if prev is not None:
            gap = c.x0 - prev.x1
            if gap > SPACE_GAP_RATIO * max(c.size, prev.size) or (
                    pending_space and _is_wordish(prev.ch) and _is_wordish(c.ch)):
                parts.append(" ")
        parts.append(c.ch)
        prev = c
        pending_space = False
    bases = Counter(round(c.base, 1) for c in ink)
    return _Line(chars=ink, text="".join(parts), x0=ink[0].x0, x1=max(c.x1 for c in ink),
                 base=bases.most_common(1)[0][0], size=max(c.size for c in ink),
                 page=page, slot=slot)


def _is_wordish(ch: str) -> bool:
    """Latin letters, digits and ASCII punctuation: an explicit space between them is a word
    space worth keeping even when the gap is narrow."""
    return ch.isascii() and ch.isprintable() and ch != " "


# ---------------------------------------------------------------- document assembly
def _assemble(pages: list[_Page], n_pages: int, name: str) -> RawDocument:
    notes: list[str] = []
    text_pages = [p for p in pages if p.n_chars > 0]
    image_only = [p for p in pages if p.n_chars == 0 and p.has_images]
    if not text_pages:
        if image_only:
            raise NoTextLayer(f"scanned PDF: no text layer on any of {n_pages} pages "
                              "(needs OCR)")
        raise EmptyInput(f"the PDF's {n_pages} pages are blank (no text, no images)")
    garbled = [p for p in text_pages
               if p.n_chars >= 20 and p.n_suspicious / p.n_chars > GARBLED_PAGE_RATIO]
    if len(garbled) >= GARBLED_DOC_SHARE * len(text_pages):
        raise GarbledTextLayer(
            f"the text layer decodes to garbage on {len(garbled)} of {len(text_pages)} "
            "text pages (broken font ToUnicode map); needs OCR")
    if garbled:
        notes.append("garbled text on page(s) " + _page_list(garbled))
    if image_only:
        notes.append("no text layer (image only) on page(s) " + _page_list(image_only))
    blank = [p for p in pages if p.n_chars == 0 and not p.has_images]
    if blank:
        notes.append("blank page(s) " + _page_list(blank))
    rotated = sum(p.skipped_rotated for p in pages)
    if rotated:
        notes.append(f"skipped {rotated} rotated/vertical characters")
    pua = sum(p.dropped_pua for p in pages)
    if pua:
        notes.append(f"dropped {pua} private-use (PUA) characters")
    two_col = [p for p in pages if any(ln.slot != "full" for ln in p.lines)]
    if two_col:
        notes.append("two-column layout read column by column on page(s) "
                     + _page_list(two_col))

    _drop_page_furniture(pages, notes)
    lines = [ln for p in pages for ln in p.lines]
    if not lines:
        raise EmptyInput("the PDF has no text left after removing page numbers "
                         "and headers")
    return RawDocument(lines=_raw_lines(pages), format="pdf", pages=n_pages, notes=notes)


def _page_list(pages: list[_Page]) -> str:
    nums = [str(p.number) for p in pages]
    return ", ".join(nums[:10]) + (f" (+{len(nums) - 10} more)" if len(nums) > 10 else "")


def _drop_page_furniture(pages: list[_Page], notes: list[str]) -> None:
    """Remove page numbers and running headers/footers (top / bottom band of each page)."""
    def band(line: _Line, page: _Page, ratio: float) -> bool:
        mid = line.base - 0.35 * line.size
        return mid < ratio * page.height or mid > (1 - ratio) * page.height

    def key(text: str) -> str:
        return re.sub(r"\d+", "#", text.replace(" ", ""))

    seen: Counter[str] = Counter()
    for p in pages:
        for k in {key(ln.text) for ln in p.lines if band(ln, p, BAND_RATIO)}:
            seen[k] += 1
    numbers: list[str] = []
    headers: Counter[str] = Counter()
    for p in pages:
        kept = []
        for ln in p.lines:
            compact = ln.text.replace(" ", "")
            if band(ln, p, PAGE_NUMBER_BAND_RATIO) and (
                    is_page_number(compact, bare=False)
                    or (band(ln, p, BAND_RATIO) and BARE_PAGE_NUMBER.match(compact))):
                numbers.append(ln.text)
                continue
            if band(ln, p, BAND_RATIO) and seen[key(ln.text)] >= 2 and len(compact) >= 2:
                headers[ln.text] += 1
                continue
            kept.append(ln)
        p.lines = kept
    if numbers:
        shown = ", ".join(f"'{t}'" for t in numbers[:3])
        notes.append(f"dropped {len(numbers)} page number(s): {shown}"
                     + (" ..." if len(numbers) > 3 else ""))
    for text, count in headers.items():
        notes.append(f"dropped running header/footer '{text}' on {count} page(s)")


@dataclass
class _Frame:
    left: float
    right: float


def _frames(pages: list[_Page]) -> dict[tuple[int, str], _Frame]:
    """Left and right margin of each text frame (page x slot); sparse pages borrow the
    document-wide frame of their slot."""
    def frame_of(lines: list[_Line]) -> _Frame | None:
        body = [ln for ln in lines if len(ln.chars) >= 5]
        if len(body) < 4:
            return None
        lefts = Counter(round(ln.x0 / 2) * 2 for ln in body)
        left = float(lefts.most_common(1)[0][0])
        left = min((ln.x0 for ln in body if abs(ln.x0 - left) <= 2), default=left)
        rights = sorted(ln.x1 for ln in body)
        right = rights[min(len(rights) - 1, int(0.9 * len(rights)))]
        return _Frame(left, right)

    by_slot: dict[str, list[_Line]] = {}
    for p in pages:
        for ln in p.lines:
            by_slot.setdefault(ln.slot, []).append(ln)
    doc_frames = {slot: frame_of(lines) for slot, lines in by_slot.items()}
    frames: dict[tuple[int, str], _Frame] = {}
    for p in pages:
        for slot in {ln.slot for ln in p.lines}:
            lines = [ln for ln in p.lines if ln.slot == slot]
            f = frame_of(lines) if len(lines) >= 6 else None
            f = f or doc_frames.get(slot)
            if f is None:
                f = _Frame(min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
            frames[(p.number, slot)] = f
    return frames


_UNIT_CHARS = re.compile(r"[A-Za-z0-9.,%/:@_\-+]")
# Characters a line may not start with (避头): they travel with the character before them.
_NO_LINE_START = set("，。、；：？！”’）》」』】〕〉…—%,.;:?!)]}")


def _first_unit_width(line: _Line) -> float:
    """Width of what a line-breaker could not split at the start of the line: a Latin word or
    number (``3607``, ``hzzwgk@126.com``) or one character, with any closing punctuation that
    may not start a line (``院”``)."""
    chars = line.chars
    end = 1
    if _UNIT_CHARS.match(chars[0].ch):
        while end < len(chars) and _UNIT_CHARS.match(chars[end].ch):
            end += 1
    while end < len(chars) and chars[end].ch in _NO_LINE_START:
        end += 1
    return chars[end - 1].x1 - chars[0].x0


def _usual_pitch(pages: list[_Page]) -> float:
    """Median baseline distance between consecutive same-size lines, in ems."""
    ratios = []
    for p in pages:
        for a, b in zip(p.lines, p.lines[1:], strict=False):
            dy = b.base - a.base
            if a.slot == b.slot and dy > 0 and abs(a.size - b.size) < 0.5:
                ratios.append(dy / a.size)
    return statistics.median(ratios) if ratios else 1.6


def _raw_lines(pages: list[_Page]) -> list[RawLine]:
    frames = _frames(pages)
    pitch = _usual_pitch(pages)
    out: list[RawLine] = []
    prev: _Line | None = None
    for p in pages:
        for i, ln in enumerate(p.lines):
            frame = frames[(ln.page, ln.slot)]
            if prev is None:
                brk = Break.LINE
            elif i == 0:
                brk = Break.PAGE
            else:
                dy = ln.base - prev.base
                same_frame = prev.slot == ln.slot
                brk = (Break.PARAGRAPH
                       if same_frame and dy > PARAGRAPH_GAP_RATIO * pitch * max(ln.size, prev.size)
                       else Break.LINE)
            if prev is None:
                continues = False
            else:
                pframe = frames[(prev.page, prev.slot)]
                # Full: the first unbreakable unit of this line (a CJK char, or a whole
                # Latin word / number) would not have fitted at the end of the previous line.
                prev_full = (prev.x1 + _first_unit_width(ln)
                             >= pframe.right - FULL_LINE_SLACK * prev.size)
                prev_starts_at_margin = prev.x0 <= pframe.left + 4 * prev.size
                indented = ln.x0 > frame.left + INDENT_RATIO * ln.size
                big = max(ln.size, prev.size) / max(min(ln.size, prev.size), 0.1)
                continues = (prev_full and prev_starts_at_margin and not indented
                             and big < SIZE_CHANGE_RATIO and brk != Break.PARAGRAPH)
            out.append(RawLine(text=ln.text, brk=brk, continues=continues, page=ln.page,
                               size=round(ln.size, 1)))
            prev = ln
    return out
