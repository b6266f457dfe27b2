"""Our own annotated bulletins (corpora/bulletins) -> NER training paragraphs with character spans.

    .venv/bin/python training/corpus_spans.py --split dev      # print paragraphs and their spans

A gold file lists officials' names and units as strings, not offsets (``corpora/ANNOTATION.md``).
Here every occurrence of those strings in the *normalised* text (what the extractors see, and what
the gold strings are written against) becomes a span, longest string first, never overlapping:

- ``officials[].name`` -> ``PERSON``;
- ``units`` -> ``COMPANY`` when the name ends like an enterprise (公司, 集团, 厂, 银行, 支行 ...),
  else ``ORG``;
- ``units_optional`` (generic references, units seen only inside a title: 各乡镇, 县委 in 县委书记)
  and a surname written alone before a title (王书记, which the gold never lists) are *missing*:
  the model is told nothing about those characters, neither entity nor non-entity.

Everything else is outside any entity. :func:`corpus_examples` returns one example per non-empty
line: ``(text, spans, missing)`` with ``spans`` as ``(start, end, label)`` and ``missing`` as
``(start, end)``. Train on the ``dev`` split only; ``test`` is for measuring.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BULLETINS = ROOT / "corpora" / "bulletins"
COMPANY_ENDINGS = ("公司", "集团", "厂", "银行", "分行", "支行", "信用社", "营业部", "煤矿")

Span = tuple[int, int, str]
CorpusExample = tuple[str, list[Span], list[tuple[int, int]]]


def company_or_org(name: str) -> str:
    return "COMPANY" if name.endswith(COMPANY_ENDINGS) else "ORG"


def normalised_text(path: Path) -> str:
    """The text the pipeline's extractors see for this input file."""
    from nlp_pipeline.ingest import read_bytes
    from nlp_pipeline.normalize import normalize
    return normalize(read_bytes(path.read_bytes(), str(path))).text


def _surname_title_pattern() -> re.Pattern[str]:
    from training.synth import CORE_LEX, _rows
    surnames = [r[0] for r in _rows(CORE_LEX / "surnames.txt")]
    titles = [r[0] for r in _rows(CORE_LEX / "titles.txt")]
    titles += ["同志", "老师", "师傅", "大姐", "大哥", "主任", "局长", "书记", "部长"]
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(set(xs), key=len, reverse=True))  # noqa: E731
    return re.compile(f"(?:{alt(surnames)})(?=(?:{alt(titles)}))")


def mark(text: str, labelled: dict[str, str], missing: set[str]) -> tuple[list[Span], list[tuple[int, int]]]:
    """Non-overlapping occurrences of the strings, longest first; ``missing`` strings take no label.

    >>> mark("县委书记秦志宏和县委农办", {"秦志宏": "PERSON", "县委农办": "ORG"}, {"县委"})
    ([(4, 7, 'PERSON'), (8, 12, 'ORG')], [(0, 2)])
    """
    taken = [False] * len(text)
    spans: list[Span] = []
    miss: list[tuple[int, int]] = []
    items = [(s, labelled[s]) for s in labelled] + [(s, None) for s in missing if s not in labelled]
    for s, label in sorted(items, key=lambda it: (-len(it[0]), it[0], it[1] or "")):
        if not s:
            continue
        for m in re.finditer(re.escape(s), text):
            a, b = m.span()
            if any(taken[a:b]):
                continue
            for i in range(a, b):
                taken[i] = True
            (spans.append((a, b, label)) if label else miss.append((a, b)))
    return sorted(spans), sorted(miss)


def document_examples(gold_path: Path, gold: dict) -> list[CorpusExample]:
    from nlp_pipeline.evaluate import resolve_input
    text = normalised_text(resolve_input(gold_path, gold))
    labelled = {o["name"]: "PERSON" for o in gold.get("officials", []) if o.get("name")}
    for u in gold.get("units", []):
        labelled.setdefault(u, company_or_org(u))
    optional = set(gold.get("units_optional", []))
    pattern = _surname_title_pattern()
    out: list[CorpusExample] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        spans, miss = mark(line, labelled, optional)
        covered = [False] * len(line)
        for a, b, _ in spans:
            covered[a:b] = [True] * (b - a)
        for a, b in miss:
            covered[a:b] = [True] * (b - a)
        for m in pattern.finditer(line):  # 王书记: a bare surname the gold does not list
            if not any(covered[m.start():m.end()]):
                miss.append(m.span())
        out.append((line, spans, sorted(miss)))

    return out


def corpus_examples(split: str | None = "dev", folder: Path = BULLETINS) -> list[CorpusExample]:
    from nlp_pipeline.evaluate import select_gold
    out: list[CorpusExample] = []
    for path, gold in select_gold([str(folder)], split):
        out += document_examples(path, gold)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test", "all"])
    args = ap.parse_args(argv)
    ex = corpus_examples(None if args.split == "all" else args.split)
    n_spans = sum(len(s) for _, s, _ in ex)
    for text, spans, miss in ex:
        print(text)
        print("   ", " | ".join(f"{text[a:b]}/{lab}" for a, b, lab in spans),
              "  missing:", " ".join(text[a:b] for a, b in miss))
    print(f"{len(ex)} paragraphs, {sum(len(t) for t, _, _ in ex)} characters, {n_spans} spans", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
