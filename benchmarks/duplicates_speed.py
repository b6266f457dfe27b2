"""Speed and quality of the near-duplicate finder (``nlp_pipeline.duplicates``) on 10,000 articles.

The articles are recombined from our corpus (``corpora/bulletins/*.txt``, run through the pipeline
to get real articles): each is a real article title followed by 4–12 sentences drawn at random
from all article bodies, so two generated articles share little. A share of them (``--planted``,
default 5 %) are copies of an earlier generated article with slight edits (a few characters
replaced, sometimes one sentence dropped or two swapped): those must be found, nothing else should be.
They are packed five to a document, as ``mark_duplicates`` sees a batch.

Target (issue 8): 10,000 articles in under a minute on 2 cores. ``--check`` exits 1 when the time
or the planted recall (1.0) or the false marks (0) miss it.

    .venv/bin/python benchmarks/duplicates_speed.py [--articles 10000] [--planted 0.05] [--check]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline import extract_document  # noqa: E402
from nlp_pipeline.duplicates import DEFAULT_THRESHOLD, mark_duplicates  # noqa: E402

TARGET_S = 60.0
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


def corpus_pool() -> tuple[list[str], list[str]]:
    """Article titles and body sentences of the corpus."""
    titles, sentences = [], []
    for path in sorted((ROOT / "corpora" / "bulletins").glob("*.txt")):
        doc = extract_document(path.read_bytes(), str(path))
        for art in doc["articles"]:
            if art["title"]:
                titles.append(art["title"])
            body = doc["text"][art["body_start"]:art["end"]]
            sentences += [s.strip() for s in _SENTENCE.findall(body) if len(s.strip()) >= 8]
    return titles, sentences


def _edit(text: str, rng: random.Random, pool: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 3)):
        chars[rng.randrange(len(chars))] = rng.choice(pool)
    return "".join(chars)


def generate(n: int, planted_share: float, seed: int = 8) -> tuple[list[str], set[int]]:
    """``n`` article texts and the indexes of the planted near-duplicates."""
    rng = random.Random(seed)
    titles, sentences = corpus_pool()
    letters = "".join(sorted({c for s in sentences for c in s if "\u4e00" <= c <= "\u9fff"}))
    articles: list[list[str]] = []
    planted: set[int] = set()
    for i in range(n):
        if i >= 20 and rng.random() < planted_share:
            parts = list(articles[rng.randrange(i)])
            body = parts[1:]
            if len(body) >= 6 and rng.random() < 0.5:
                body.pop(rng.randrange(len(body)))
            elif len(body) >= 2 and rng.random() < 0.5:
                a, b = rng.sample(range(len(body)), 2)
                body[a], body[b] = body[b], body[a]
            k = rng.randrange(len(body))
            body[k] = _edit(body[k], rng, letters)
            parts = [parts[0]] + body
            planted.add(i)
        else:
            parts = [rng.choice(titles)] + rng.sample(sentences, rng.randint(4, 12))
        articles.append(parts)
    return ["\n".join(p) for p in articles], planted


def as_records(texts: list[str], per_doc: int = 5) -> list[dict]:
    records = []
    for d in range(0, len(texts), per_doc):
        text, arts, pos = "", [], 0
        for t in texts[d:d + per_doc]:
            arts.append({"start": pos, "end": pos + len(t)})
            text += t + "\n"
            pos = len(text)
        sha = hashlib.sha256(f"bench-{d}".encode()).hexdigest()
        records.append({"source": {"path": f"bench/{d}.txt", "sha256": sha}, "text": text, "articles": arts})
    return records


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--planted", type=float, default=0.05)
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()

    texts, planted = generate(args.articles, args.planted)
    records = as_records(texts)
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    found = mark_duplicates(records, threshold=args.threshold)
    seconds = time.perf_counter() - start

    flat = [art for rec in records for art in rec["articles"]]
    marked = {i for i, art in enumerate(flat) if art["duplicate_of"]}
    figures = {"articles": len(texts), "chars": chars, "planted": len(planted), "marked": len(found),
               "planted_found": len(marked & planted), "false_marks": len(marked - planted),
               "min_planted_similarity": min((flat[i]["similarity"] for i in marked & planted), default=None),
               "seconds": round(seconds, 2), "articles_per_s": round(len(texts) / seconds),
               "threshold": args.threshold, "target_s": TARGET_S}
    print(json.dumps(figures, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    ok = seconds <= TARGET_S and figures["planted_found"] == len(planted) and figures["false_marks"] == 0
    print(("OK" if ok else "MISSED") + f": {len(texts)} articles in {seconds:.1f} s (target {TARGET_S:.0f} s), "
          f"planted {figures['planted_found']}/{len(planted)}, false marks {figures['false_marks']}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
