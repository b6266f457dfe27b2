"""Throughput of the whole pipeline (extract_document) in documents/s and characters/s.

Inputs: our own corpus (corpora/bulletins, every form), and when ../shared is present the 2,133
real texts of ../shared/datasets/bulletins-* (headline + body, or the markdown body). Peak memory
is the process's maximum RSS. Plain script, not a timed test:

    .venv/bin/python benchmarks/throughput.py
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline import extract_document  # noqa: E402
from nlp_pipeline.errors import InputError  # noqa: E402

SHARED = ROOT.parent / "shared" / "datasets"


def own_inputs() -> list[tuple[str, bytes]]:
    files = sorted(p for p in (ROOT / "corpora" / "bulletins").rglob("*")
                   if p.suffix in {".txt", ".pdf", ".docx"})
    return [(str(p), p.read_bytes()) for p in files]


def shared_texts() -> list[tuple[str, bytes]]:
    items = []
    for p in sorted((SHARED / "bulletins-gov").rglob("*.json")):
        d = json.loads(p.read_text(encoding="utf-8"))
        items.append((str(p), (d["title"] + "\n" + d["content"]).encode("utf-8")))
    for p in sorted((SHARED / "bulletins-inst").glob("*.md")):
        items.append((str(p), p.read_bytes()))
    return items


def run(label: str, inputs: list[tuple[str, bytes]], repeat: int = 1) -> None:
    if not inputs:
        print(f"{label:<34} (no input)")
        return
    docs = chars = failed = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for name, data in inputs:
            try:
                doc = extract_document(data, name)
            except InputError:
                failed += 1
                continue
            docs += 1
            chars += len(doc["text"])
    elapsed = time.perf_counter() - start
    print(f"{label:<34} {docs:>6} docs {elapsed:>7.2f} s {docs / elapsed:>8.1f} docs/s "
          f"{chars / elapsed / 1000:>8.1f} kchar/s  failed {failed}")


def main() -> None:
    run("own corpus (txt+pdf+docx) x5", own_inputs(), repeat=5)
    run("own corpus, text only x5", [(n, d) for n, d in own_inputs() if n.endswith(".txt")], repeat=5)
    if SHARED.exists():
        run("shared bulletins-* (2,133 texts)", shared_texts())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
