"""Build the benchmark corpus: N bulletins recombined from our own annotated bulletins.

Each generated bulletin takes the masthead of one of ours (issue number and date changed), two to
five articles drawn from all of ours, and sometimes a report tail; a fifth are written in GB18030.
A few are also rendered as PDFs (A4, wrapped lines, ``- N -`` footers, paragraphs across pages)
for the pages/s figures. Deterministic for a given seed.

    .venv/bin/python benchmarks/make_bench_corpus.py [--docs 2000] [--pdfs 40] [--out build/bench]
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline import extract_document  # noqa: E402

BULLETINS = ROOT / "corpora" / "bulletins"


def harvest() -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """Mastheads, articles and tails (as lists of paragraphs) of our bulletins, via our own parser."""
    mastheads, articles, tails = [], [], []
    for path in sorted(BULLETINS.glob("*.txt")):
        doc = extract_document(path.read_bytes(), path.name)
        text, bul = doc["text"], doc["bulletin"]
        if bul["start"] is not None:
            mastheads.append(text[bul["start"]:bul["end"]].split("\n"))
        if bul["tail"]:
            tails.append(text[bul["tail"]["start"]:bul["tail"]["end"]].split("\n"))
        for art in doc["articles"]:
            if art["title"]:
                articles.append(text[art["start"]:art["end"]].split("\n"))
    return mastheads, articles, tails


ISSUE = re.compile(r"第[0-9一二三四五六七八九十]+期")


def compose(rng: random.Random, n: int, mastheads, articles, tails) -> str:
    head = [ISSUE.sub(f"第{n % 97 + 1}期", line) for line in rng.choice(mastheads)]
    chosen = rng.sample(articles, rng.randint(2, 5))
    lines = head + [line for art in chosen for line in art]
    if tails and rng.random() < 0.5:
        lines += rng.choice(tails)
    return "\n".join(lines) + "\n"


def render_pdf(text: str, path: Path) -> None:
    """A plain A4 rendering: 12 pt, 2-character indents, wrapped at the column, footers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    width, height = A4
    size, leading, left, right, top, bottom = 12, 20, 72, 72, 72, 72
    per_line = int((width - left - right) // size)
    c = canvas.Canvas(str(path), pagesize=A4)
    page, y = 1, height - top

    def footer() -> None:
        c.setFont("STSong-Light", 10)
        c.drawCentredString(width / 2, bottom / 2, f"- {page} -")

    for para in text.strip().split("\n"):
        body = len(para) > 30
        chunks = []
        s = ("\u3000\u3000" + para) if body else para
        while s:
            chunks.append(s[:per_line])
            s = s[per_line:]
        for chunk in chunks:
            if y < bottom:
                footer()
                c.showPage()
                page, y = page + 1, height - top
            c.setFont("STSong-Light", size)
            if body:
                c.drawString(left, y, chunk.replace("\u3000", "  "))
            else:
                c.drawCentredString(width / 2, y, chunk)
            y -= leading
    footer()
    c.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--pdfs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=20141023)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    mastheads, articles, tails = harvest()
    if args.out.exists():
        shutil.rmtree(args.out)
    (args.out / "text").mkdir(parents=True)
    (args.out / "pdf").mkdir()
    chars = 0
    for n in range(args.docs):
        text = compose(rng, n, mastheads, articles, tails)
        chars += len(text)
        encoding = "gb18030" if n % 5 == 4 else "utf-8"
        (args.out / "text" / f"{n:05d}.txt").write_bytes(text.encode(encoding))
        if n < args.pdfs:
            render_pdf(text, args.out / "pdf" / f"{n:05d}.pdf")
    print(f"{args.docs} documents ({chars:,} characters), {min(args.pdfs, args.docs)} PDFs -> {args.out}")


if __name__ == "__main__":
    main()
