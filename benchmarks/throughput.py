"""Throughput of ``extract`` next to the bare cost of the libraries underneath (``make bench``).

On the benchmark corpus (``benchmarks/make_bench_corpus.py``: 2,000 bulletins recombined from our
own, 40 of them also as PDFs), one process, so every figure is per core:

- text end to end: documents/s and characters/s of ``extract_document`` vs ``jieba.cut`` and
  ``jieba.posseg.cut`` over the same decoded texts;
- PDF: pages/s of ``extract_document`` vs pdfplumber's plain ``extract_text()`` on the same files;
- peak memory (max RSS) after the text run;
- cold start: wall time of ``nlp-pipeline extract`` on one small file, median of 5, and three of its
  parts, each a median of 5 fresh processes: our imports, loading the segmenter's dictionary, the
  document itself (the rest is the interpreter's start and exit and typer's argument parsing).

- the date extractor's share of the text run (issue 4: under 10 %).

Targets from issue 3 (per core): text ≥ 150,000 chars/s, PDF ≥ 30 pages/s, cold start ≤ 1.5 s.

    .venv/bin/python benchmarks/throughput.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline import extract_document  # noqa: E402
from nlp_pipeline.extract.dates import document_date, extract_dates  # noqa: E402
from nlp_pipeline.ingest.text import decode  # noqa: E402

BENCH = ROOT / "build" / "bench"
TARGETS = {"text_chars_per_s": 150_000, "pdf_pages_per_s": 30, "cold_start_s": 1.5}


def ensure_corpus() -> None:
    if not (BENCH / "text").is_dir() or len(list((BENCH / "text").glob("*.txt"))) < 2000:
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_bench_corpus.py"), "--out", str(BENCH)],
                       check=True)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_text(files: list[Path]) -> dict[str, float]:
    blobs = [(p.name, p.read_bytes()) for p in files]
    texts = [decode(data, name)[0] for name, data in blobs]
    chars = sum(len(t) for t in texts)
    docs: list[dict] = []
    ours = timed(lambda: docs.extend(extract_document(data, name) for name, data in blobs))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # The date extractor's share of extract: the same calls extract_document makes, alone.
    dates = timed(lambda: [extract_dates(d["text"], document_date(d["text"], d["bulletin"]["date"], None))
                           for d in docs])
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    cut = timed(lambda: [list(jieba.cut(t)) for t in texts])
    posseg = timed(lambda: [list(jieba.posseg.cut(t)) for t in texts])
    return {"docs": len(blobs), "chars": chars, "ours_s": ours, "docs_per_s": len(blobs) / ours,
            "chars_per_s": chars / ours, "jieba_cut_chars_per_s": chars / cut,
            "jieba_posseg_chars_per_s": chars / posseg, "peak_rss_mib": rss, "dates_share": dates / ours}


def bench_pdf(files: list[Path]) -> dict[str, float]:
    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    blobs = [(p.name, p.read_bytes()) for p in files]
    pages = 0

    def ours() -> None:
        nonlocal pages
        pages = sum(extract_document(data, name)["source"]["pages"] for name, data in blobs)

    def plumber() -> None:
        for p in files:
            with pdfplumber.open(p) as pdf:
                for page in pdf.pages:
                    page.extract_text()

    t_ours, t_plumber = timed(ours), timed(plumber)
    return {"files": len(files), "pages": pages, "pages_per_s": pages / t_ours,
            "pdfplumber_pages_per_s": pages / t_plumber}


def bench_cold_start(sample: Path) -> float:
    exe = Path(sys.executable).with_name("nlp-pipeline")
    cmd = [str(exe), "extract", str(sample)] if exe.exists() else [sys.executable, "-m", "nlp_pipeline", "extract",
                                                                    str(sample)]
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


# Run in a fresh interpreter: the three parts of a cold start, as perf_counter seconds.
COLD_PARTS = """
import json, sys, time
t0 = time.perf_counter()
import nlp_pipeline.cli  # what the console script imports
t1 = time.perf_counter()
from nlp_pipeline.segment import dictionary
dictionary()
t2 = time.perf_counter()
from pathlib import Path
from nlp_pipeline import extract_document
extract_document(Path(sys.argv[1]).read_bytes(), sys.argv[1])
t3 = time.perf_counter()
print(json.dumps({"imports_s": t1 - t0, "dictionary_s": t2 - t1, "document_s": t3 - t2}))
"""


def bench_cold_parts(sample: Path) -> dict[str, float]:
    """Median of 5 fresh processes for each part of a cold start (imports, dictionary, document)."""
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", COLD_PARTS, str(sample)], check=True, capture_output=True,
                             text=True, cwd=ROOT).stdout
        runs.append(json.loads(out))
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args()
    ensure_corpus()
    text = bench_text(sorted((BENCH / "text").glob("*.txt")))
    pdf = bench_pdf(sorted((BENCH / "pdf").glob("*.pdf")))
    sample = ROOT / "corpora" / "bulletins" / "002_city_gov_info.txt"
    cold = bench_cold_start(sample)
    cold_parts = bench_cold_parts(sample)
    cores = os.cpu_count()
    print(f"benchmark corpus: {text['docs']} documents, {text['chars']:,} characters; {pdf['files']} PDFs, "
          f"{pdf['pages']} pages; one process (per core), machine has {cores} cores")
    print(f"{'figure':<34} {'ours':>12} {'baseline':>12} {'ratio':>7}  target")
    rows = [
        ("text documents/s", text["docs_per_s"], None, None),
        ("text characters/s vs jieba.cut", text["chars_per_s"], text["jieba_cut_chars_per_s"],
         TARGETS["text_chars_per_s"]),
        ("text characters/s vs jieba.posseg", text["chars_per_s"], text["jieba_posseg_chars_per_s"], None),
        ("PDF pages/s vs pdfplumber", pdf["pages_per_s"], pdf["pdfplumber_pages_per_s"], TARGETS["pdf_pages_per_s"]),
        ("date extractor, % of extract time", 100 * text["dates_share"], None, 10),
        ("peak RSS MiB (text run)", text["peak_rss_mib"], None, None),
        ("cold start s (one small file)", cold, None, TARGETS["cold_start_s"]),
        ("  part: imports s", cold_parts["imports_s"], None, None),
        ("  part: dictionary load s", cold_parts["dictionary_s"], None, None),
        ("  part: the document s", cold_parts["document_s"], None, None),
    ]
    for label, ours, base, target in rows:
        ratio = f"{ours / base:6.2f}x" if base else ""
        value = f"{ours:>12,.2f}" if label.startswith(("cold start", "  part:")) else f"{ours:>12,.1f}"
        print(f"{label:<34} {value} {'' if base is None else f'{base:,.1f}':>12} {ratio:>7}  "
              f"{'' if target is None else f'{target:,}'}")
    if args.json:
        args.json.write_text(json.dumps({"text": text, "pdf": pdf, "cold_start_s": cold, "cold_start_parts": cold_parts,
                                         "cores": cores}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
