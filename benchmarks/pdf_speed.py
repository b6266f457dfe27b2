"""Pages per second: our pdfium reader vs pdfplumber ``extract_text()`` vs the pdfplumber repair
recipe, over the PDFs in ``shared/datasets/pdfs`` (files any reader refuses are skipped).

Also reports how far our text agrees with the recipe's text, after deleting all whitespace and
mapping Kangxi radicals (which pdfplumber emits for Type 3 fonts) the same way on both sides.

    .venv/bin/python benchmarks/pdf_speed.py [--runs 3] [PDF_DIR]
"""

from __future__ import annotations

import argparse
import difflib
import logging
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline.errors import InputError  # noqa: E402
from nlp_pipeline.ingest.pdf import _map_char, read_pdf  # noqa: E402

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # FontBBox warnings on Type 3 fonts

DEFAULT_DIR = ROOT.parent / "shared" / "datasets" / "pdfs"
BAND = 0.06            # recipe: crop top / bottom 6 %
PAGE_NUMBER_RE = re.compile(r"^[-－—–―]{1,3}\s*\d+\s*[-－—–―]{1,3}$")


# ---------------------------------------------------------------- readers
def ours(data: bytes, name: str) -> list[str]:
    doc = read_pdf(data, name)
    pages: dict[int, list[str]] = {}
    for line in doc.lines:
        pages.setdefault(line.page, []).append(line.text)
    return ["\n".join(pages.get(i, [])) for i in range(1, (doc.pages or 0) + 1)]


def plumber_plain(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _real_grid(table) -> bool:
    rows = table.extract()
    return sum(1 for r in rows if sum(1 for c in r if c and c.strip()) >= 2) >= 2


def _inside(a: tuple, b: tuple) -> bool:
    return b[0] <= a[0] and b[1] <= a[1] and a[2] <= b[2] and a[3] <= b[3] and a != b


def _gutter(page) -> float | None:
    """Middle of an empty x-band in 30-70 % of the width (<= 2 % of chars crossing)."""
    chars = page.chars
    if len(chars) < 50:
        return None
    lo, hi = int(page.width * 0.3), int(page.width * 0.7)
    cover = [0] * (hi - lo + 1)
    for c in chars:
        for x in range(max(lo, int(c["x0"])), min(hi, int(c["x1"])) + 1):
            cover[x - lo] += 1
    allowed = 0.02 * len(chars)
    best, start = (0, 0), None
    for i, n in enumerate(cover + [allowed + 1]):
        if n <= allowed:
            start = i if start is None else start
        elif start is not None:
            best = max(best, (start, i), key=lambda b: b[1] - b[0])
            start = None
    if best[1] - best[0] < 8:
        return None
    return lo + (best[0] + best[1]) / 2


def plumber_recipe(path: Path) -> list[str]:
    """The recipe of shared/notes/pdf-extraction.md section 4."""
    out = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            if not page.chars:
                out.append("")
                continue
            page = page.dedupe_chars()
            body = page.crop((0, page.height * BAND, page.width, page.height * (1 - BAND)),
                             strict=False)
            tables = [t for t in body.find_tables() if _real_grid(t)]
            tables = [t for t in tables if not any(_inside(t.bbox, u.bbox) for u in tables
                                                   if u is not t)]   # nested: keep outer
            boxes = [t.bbox for t in tables]

            def outside(obj, boxes=boxes) -> bool:
                if obj.get("object_type") != "char":
                    return True
                return not any(b[0] <= obj["x0"] and obj["x1"] <= b[2]
                               and b[1] <= obj["top"] and obj["bottom"] <= b[3] for b in boxes)

            prose = body.filter(outside)
            mid = _gutter(prose)
            parts = [prose] if mid is None else [
                prose.within_bbox((prose.bbox[0], prose.bbox[1], mid, prose.bbox[3])),
                prose.within_bbox((mid, prose.bbox[1], prose.bbox[2], prose.bbox[3]))]
            lines = [ln["text"] for part in parts
                     for ln in part.extract_text_lines(x_tolerance=5, return_chars=False)]
            lines = [ln for ln in lines if not PAGE_NUMBER_RE.match(ln.replace(" ", ""))]
            for t in tables:
                lines += [" ".join(c or "" for c in row) for row in t.extract()]
            out.append("\n".join(lines))
    return out


# ---------------------------------------------------------------- comparison
def squash(text: str) -> str:
    text = re.sub(r"\s+", "", text)
    return "".join(_map_char(ord(c)) or "" for c in text)


def agreement(a: list[str], b: list[str]) -> tuple[float, float]:
    """(sequence similarity, multiset overlap) of the two texts, page by page."""
    matched = total = common = 0
    for pa, pb in zip(a, b, strict=False):
        sa, sb = squash(pa), squash(pb)
        sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
        matched += sum(block.size for block in sm.get_matching_blocks())
        total += max(len(sa), len(sb))
        common += sum((Counter(sa) & Counter(sb)).values())
    return (matched / total if total else 1.0, common / total if total else 1.0)


def timed(fn, arg, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        t = time.perf_counter()
        result = fn(*arg)
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.pdf")) + sorted(args.folder.glob("synthetic/*.pdf"))
    if not files:
        sys.exit(f"no PDFs under {args.folder}")
    head = (f"{'file':28s} {'pp':>3s} {'ours p/s':>9s} {'plain p/s':>9s} {'recipe p/s':>10s}"
            f" {'same text':>9s} {'same chars':>10s}")
    print(head)
    print("-" * len(head))
    tot = {"pp": 0, "ours": 0.0, "plain": 0.0, "recipe": 0.0, "match": 0.0, "chars": 0.0}
    for path in files:
        data = path.read_bytes()
        try:
            t_ours, ours_pages = timed(ours, (data, path.name), args.runs)
        except InputError as exc:
            print(f"{path.name:28s} skipped: {type(exc).__name__}")
            continue
        t_plain, _ = timed(plumber_plain, (path,), args.runs)
        t_recipe, recipe_pages = timed(plumber_recipe, (path,), args.runs)
        seq, chars = agreement(ours_pages, recipe_pages)
        pp = len(ours_pages)
        print(f"{path.name:28s} {pp:3d} {pp / t_ours:9.1f} {pp / t_plain:9.1f} "
              f"{pp / t_recipe:10.1f} {seq:9.1%} {chars:10.1%}")
        tot["pp"] += pp
        tot["ours"] += t_ours
        tot["plain"] += t_plain
        tot["recipe"] += t_recipe
        tot["match"] += seq * pp
        tot["chars"] += chars * pp
    pp = tot["pp"]
    if pp:
        print("-" * len(head))
        print(f"{'total':28s} {pp:3d} {pp / tot['ours']:9.1f} {pp / tot['plain']:9.1f} "
              f"{pp / tot['recipe']:10.1f} {tot['match'] / pp:9.1%} {tot['chars'] / pp:10.1%}")
        print(f"\nseconds: ours {tot['ours']:.2f}, pdfplumber plain {tot['plain']:.2f}, "
              f"recipe {tot['recipe']:.2f} (median of {args.runs} runs)")


if __name__ == "__main__":
    main()
