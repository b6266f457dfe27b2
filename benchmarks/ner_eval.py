"""The statistical NER model alone (``nlp_pipeline.extract.ner``) on public data and on our corpus.

    .venv/bin/python benchmarks/ner_eval.py [--limit N] [--every K] [--model DIR] [--only pfr|cluener|own|speed]

Every figure is printed next to plain ``jieba.posseg`` on the same text (as in
``benchmarks/public_eval.py``, whose readers and gold definitions are reused):

- **PFR 1998-01** paragraphs (``--limit`` first N after taking every K-th): gold persons (runs of
  ``nr`` grouped surname + given name) and organisations (``[..]nt`` compounds, ``nt`` tokens), exact
  character spans in the raw paragraph text (full-width digits as in the file). Model persons are
  ``PERSON`` spans, organisations ``ORG`` + ``COMPANY``.
- **CLUENER2020 dev**: ``name`` vs ``PERSON``; ``government`` + ``organization`` vs ``ORG`` (the
  data set labels companies and banks ``company``, which is reported on its own row against our
  ``COMPANY``).
- **Own corpus, test split** (``corpora/bulletins``, never trained on): distinct person-name and
  unit strings per document, as ``nlp-pipeline evaluate`` scores officials and units (a unit listed
  in ``units_optional`` counts neither way). The model runs on the normalised text; next to it are
  the rule-based extractors (the pipeline's ``officials`` / ``units``) and their union with the
  model, to show what merging would give.

The data sets are research-licensed and only read here (``../shared/datasets``; without them those
rows are skipped). ``--every``/``--limit`` make quick runs: ``--limit 3000`` takes ~1 minute.
**speed**: ``ner_spans`` on one long text (the whole corpus, 20 times over), characters per second.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
for p in (ROOT, ROOT / "benchmarks"):
    if str(p) not in sys.path:
        sys.path.insert(0, str(p))

from public_eval import (  # noqa: E402
    DEFAULT_DATASETS,
    PRF,
    baseline_spans,
    fmt,
    pfr_gold,
    read_pfr,
    score,
)

PERSON, ORG, COMPANY = "PERSON", "ORG", "COMPANY"


def model_spans(text: str, nlp: Any = None) -> list[tuple[int, int, str]]:
    if nlp is None:
        from nlp_pipeline.extract.ner import ner_spans
        return ner_spans(text)
    from nlp_pipeline.extract.ner import chunks
    out = []
    for (off, _), doc in zip(chunks(text), nlp.pipe(p for _, p in chunks(text)), strict=True):
        out += [(off + e.start_char, off + e.end_char, e.label_) for e in doc.ents]
    return out


def pick(spans: Iterable[tuple[int, int, str]], *labels: str) -> list[tuple[int, int]]:
    return [(s, e) for s, e, lab in spans if lab in labels]


def row(name: str, metric: str, ours: PRF, base: PRF | None) -> str:
    b = f"{fmt(base.precision):>6} {fmt(base.recall):>6} {fmt(base.f1):>6}" if base else f"{'—':>6} {'—':>6} {'—':>6}"
    return (f"{name:<20} {metric:<26} {fmt(ours.precision):>6} {fmt(ours.recall):>6} {fmt(ours.f1):>6}   "
            f"{b}   {ours.gold:>6}")


HEAD = (f"{'dataset':<20} {'metric':<26} {'NER P':>6} {'R':>6} {'F1':>6}   {'jieba P':>6} {'R':>6} {'F1':>6}"
        f"   {'gold':>6}")


def eval_pfr(path: Path, limit: int | None, every: int, nlp: Any, errors: list[str]) -> list[str]:
    paras = read_pfr(path)[::every]
    if limit is not None:
        paras = paras[:limit]
    ours = {k: PRF() for k in ("person", "organisation")}
    base = {k: PRF() for k in ("person", "organisation")}
    chars = 0
    t0 = time.perf_counter()
    for p in paras:
        text = p.text
        chars += len(text)
        gold = pfr_gold(p)
        pred = model_spans(text, nlp)
        theirs = baseline_spans(text)
        for k, labels in (("person", (PERSON,)), ("organisation", (ORG, COMPANY))):
            mine = pick(pred, *labels)
            ours[k].add(score(gold[k], mine))
            base[k].add(score(gold[k], theirs[k]))
            if len(errors) < 400:
                for s, e in set(gold[k]) ^ set(mine):
                    kind = "miss" if (s, e) in gold[k] else "false"
                    errors.append(f"PFR {k} {kind}: {text[max(0, s - 8):s]}[{text[s:e]}]{text[e:e + 8]}")
    dt = time.perf_counter() - t0
    return [row("PFR 1998-01", "person (nr)", ours["person"], base["person"]),
            row("PFR 1998-01", "organisation (nt)", ours["organisation"], base["organisation"]),
            f"  ({len(paras)} paragraphs, {chars} characters, {dt:.0f} s for model + jieba)"]


def eval_cluener(path: Path, limit: int | None, nlp: Any) -> list[str]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit is not None:
        records = records[:limit]
    ours = {k: PRF() for k in ("name", "org", "company")}
    base = {k: PRF() for k in ("name", "org")}
    for rec in records:
        text, label = rec["text"], rec.get("label", {})

        def gold(*names: str, label: dict[str, Any] = label) -> list[tuple[int, int]]:
            return [(s, e + 1) for nm in names for occ in label.get(nm, {}).values() for s, e in occ]

        pred = model_spans(text, nlp)
        theirs = baseline_spans(text)
        ours["name"].add(score(gold("name"), pick(pred, PERSON)))
        ours["org"].add(score(gold("government", "organization"), pick(pred, ORG)))
        ours["company"].add(score(gold("company"), pick(pred, COMPANY)))
        base["name"].add(score(gold("name"), theirs["person"]))
        base["org"].add(score(gold("government", "organization"), theirs["organisation"]))
    return [row("CLUENER dev", "name", ours["name"], base["name"]),
            row("CLUENER dev", "government+organization", ours["org"], base["org"]),
            row("CLUENER dev", "company (COMPANY)", ours["company"], None),
            f"  ({len(records)} sentences)"]


def eval_own(split: str, nlp: Any) -> list[str]:
    from nlp_pipeline.evaluate import canon, compare_multisets, run_gold, select_gold
    from training.corpus_spans import normalised_text

    kinds = ("persons", "units")
    systems = ("model", "rules", "rules+model")
    total = {(s, k): PRF() for s in systems for k in kinds}
    docs = 0
    for path, gold in select_gold([str(ROOT / "corpora" / "bulletins")], split):
        from nlp_pipeline.evaluate import resolve_input
        docs += 1
        text = normalised_text(resolve_input(path, gold))
        pred = model_spans(text, nlp)
        m_persons = {canon(text[s:e]) for s, e in pick(pred, PERSON) if e - s >= 2}
        m_units = {canon(text[s:e]) for s, e in pick(pred, ORG, COMPANY)}
        out = run_gold(path, gold)
        r_persons = {canon(o["name"]) for o in out.get("officials") or []}
        r_units = {canon(u["name"]) for u in out.get("units") or []}
        g_persons = {canon(o["name"]) for o in gold.get("officials", [])}
        g_units = {canon(u) for u in gold.get("units", [])}
        neutral = {canon(u) for u in gold.get("units_optional", [])}
        for sysname, persons, units in (("model", m_persons, m_units), ("rules", r_persons, r_units),
                                        ("rules+model", r_persons | m_persons, r_units | m_units)):
            c = compare_multisets(g_persons, persons)
            total[(sysname, "persons")].add(PRF(tp=c.tp, pred=c.tp + c.fp, gold=c.tp + c.fn))
            c = compare_multisets(g_units, units, neutral)
            total[(sysname, "units")].add(PRF(tp=c.tp, pred=c.tp + c.fp, gold=c.tp + c.fn))
    lines = []
    for k in kinds:
        for s in systems:
            t = total[(s, k)]
            lines.append(f"{'own ' + split:<20} {k + ' (' + s + ')':<26} {fmt(t.precision):>6} {fmt(t.recall):>6} "
                         f"{fmt(t.f1):>6}   {'':>20}   {t.gold:>6}")
    lines.append(f"  ({docs} documents; distinct strings per document)")
    return lines


def speed(nlp: Any, repeat: int = 20) -> str:
    """ner_spans on one long text: every bulletin of the corpus, ``repeat`` times over."""
    from training.corpus_spans import normalised_text
    texts = sorted((ROOT / "corpora" / "bulletins").glob("*.txt"))
    text = "\n".join(normalised_text(p) for p in texts) * repeat
    model_spans("热身", nlp)
    t0 = time.perf_counter()
    found = model_spans(text, nlp)
    dt = time.perf_counter() - t0
    return f"speed: {len(text)} characters in {dt:.1f} s = {len(text) / dt:,.0f} chars/s ({len(found)} spans)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--datasets", type=Path, default=DEFAULT_DATASETS)
    ap.add_argument("--limit", type=int, default=None, help="first N PFR paragraphs / CLUENER sentences")
    ap.add_argument("--every", type=int, default=1, help="PFR: every K-th paragraph")
    ap.add_argument("--model", type=Path, default=None, help="a model folder instead of the shipped one")
    ap.add_argument("--only", choices=["pfr", "cluener", "own", "speed"], action="append")
    ap.add_argument("--split", default="test", help="own corpus split (default: test)")
    ap.add_argument("--errors", type=Path, default=None, help="write sample PFR errors to FILE")
    args = ap.parse_args(argv)

    import jieba
    jieba.setLogLevel(logging.WARNING)
    nlp = None
    if args.model is not None:
        import spacy

        import nlp_pipeline.extract.ner  # noqa: F401  (registers the model's first component)
        nlp = spacy.load(args.model)
    only = set(args.only or ["pfr", "cluener", "own", "speed"])
    lines = [HEAD, "-" * len(HEAD)]
    errors: list[str] = []
    root: Path = args.datasets
    if "pfr" in only:
        path = root / "pfr1998" / "199801.txt"
        lines += eval_pfr(path, args.limit, args.every, nlp, errors) if path.is_file() else ["PFR: not present, skipped"]
    if "cluener" in only:
        path = root / "cluener2020" / "dev.json"
        lines += eval_cluener(path, args.limit, nlp) if path.is_file() else ["CLUENER: not present, skipped"]
    if "own" in only:
        lines += eval_own(args.split, nlp)
    if "speed" in only:
        lines.append(speed(nlp))
    print("\n".join(lines))
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
