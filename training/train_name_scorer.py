"""Fit the name scorer (``nlp_pipeline/extract/names.py``) and write ``models/name_scorer.json``.

    .venv/bin/python training/train_name_scorer.py [--synth N] [--out FILE] [--no-cv]

Training data, our own only:

- the **dev** split of ``corpora/bulletins`` (the test split stays unseen: it is only measured):
  each document's text as the pipeline normalises it; every occurrence of a gold ``officials``
  name is a positive candidate, every other candidate (other spans at the same place, other
  surname-started spans) a negative;
- ``training/names_synth.py``: made-up documents from hand-written sentence frames (persons
  named without a title, and traps).

The model is scikit-learn's ``LogisticRegression`` over ``DictVectorizer`` one-hot features;
only its coefficients are stored (JSON, a few hundred KB at most), so the pipeline scores without
importing scikit-learn.

**Threshold**, chosen on dev by document-wise cross-validation: the dev documents are cut into
``FOLDS`` groups; for each, a model fitted on the other groups (and the synthetic documents)
scores the held-out documents, and the officials extractor's result with each threshold is
compared with the gold names (the ``officials`` metric of ``nlp-pipeline evaluate``). Dev has
few persons without a title, and one error more or less is noise there: every threshold whose
held-out F1 is within one error of the best counts as good. The one stored is the good threshold
nearest 0.5, the decision point of a calibrated logistic model.

Deterministic: fixed seeds, fixed fold assignment (document order), lbfgs.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import names_synth  # noqa: E402

from nlp_pipeline.evaluate import canon, resolve_input, select_gold  # noqa: E402
from nlp_pipeline.extract import names  # noqa: E402
from nlp_pipeline.extract.officials import find_mentions, lexicons, scored_names  # noqa: E402
from nlp_pipeline.ingest import read_bytes  # noqa: E402
from nlp_pipeline.normalize import normalize  # noqa: E402
from nlp_pipeline.structure import parse_structure  # noqa: E402

CORPUS = ROOT / "corpora" / "bulletins"
OUT = ROOT / "models" / "name_scorer.json"
FOLDS = 4
C = 0.5
# Fit to convergence: with lbfgs's default tolerance (1e-4) the fit stopped after about 50 of the ~180
# iterations it needs, and that unconverged snapshot moved a lot with any small change of the training
# rows (a rule that finds one more name in the synthetic documents changed hundreds of weights).
TOL = 1e-8
MAX_ITER = 20_000
SYNTH_DOCS = 1500
SYNTH_WEIGHT = 1.0
NEUTRAL = {"bias": 0.0, "weights": {}}  # a model that prefers nothing
SHOW = False  # --show: print the held-out candidates the scorer adds
THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 20)]
DECISION_POINT = 0.5  # equal odds: the threshold kept when the held-out F1 cannot tell thresholds apart


class Doc:
    def __init__(self, ident: str, text: str, gold: set[str], staff: tuple[str, ...] = ()) -> None:
        self.ident, self.text, self.gold, self.staff = ident, text, gold, staff
        self.rule = find_mentions(text, NEUTRAL)  # the rules alone: not steered by a model on disk
        known = frozenset(m.name for m in self.rule) | frozenset(staff)
        ctx = names.DocContext(text, known, lexicons())
        self.rows: list[list[str]] = []
        self.labels: list[int] = []
        for i, s, end in names.candidate_spans(text, ctx.lex) + names.foreign_spans(text, ctx.lex):
            if not names.scorable(ctx, i, s, end):
                continue
            self.rows.append(names.features(ctx, i, s, end))
            self.labels.append(int(text[i:end] in gold))


def corpus_docs(split: str) -> list[Doc]:
    docs = []
    for path, gold in select_gold([str(CORPUS)], split):
        source = resolve_input(path, gold)
        normalized = normalize(read_bytes(source.read_bytes(), str(source)))
        structure = parse_structure(normalized)
        staff = tuple(s["name"] for s in (structure.masthead.staff if structure.masthead else [])
                      + (structure.tail.staff if structure.tail else []))
        docs.append(Doc(path.name, normalized.text, {o["name"] for o in gold.get("officials", [])}, staff))
    return docs


def synth_docs(n: int) -> list[Doc]:
    return [Doc(f"synth-{k}", text, set(found)) for k, (text, found) in enumerate(names_synth.documents(n))]


def fit(docs: list[Doc], weights: list[float]) -> dict[str, Any]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels, sample_weight = [], [], []
    for doc, w in zip(docs, weights, strict=True):
        rows += [dict.fromkeys(r, 1) for r in doc.rows]
        labels += doc.labels
        sample_weight += [w] * len(doc.rows)
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=C, max_iter=MAX_ITER, tol=TOL)
    clf.fit(x, labels, sample_weight=sample_weight)
    coef = {name: round(float(c), 4) for name, c in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
            if abs(c) >= 1e-4}
    return {"bias": round(float(clf.intercept_[0]), 4), "weights": dict(sorted(coef.items())),
            "examples": len(labels), "positives": int(sum(labels))}


def officials_counts(doc: Doc, model: dict[str, Any], show: bool = False) -> list[tuple[int, int, int]]:
    """(tp, fp, fn) of the officials metric for each threshold of ``THRESHOLDS``."""
    scored = scored_names(doc.text, doc.rule, doc.staff, model=model, threshold=min(THRESHOLDS))
    if show:
        for c in scored:
            mark = "+" if c.name in doc.gold else "-"
            print(f"    {mark} {c.score:.2f} {c.name}  …{doc.text[max(0, c.start - 8):c.end + 8]!r}")
    base = {canon(m.name) for m in doc.rule} | {canon(s) for s in doc.staff}
    gold = {canon(g) for g in doc.gold}
    out = []
    for t in THRESHOLDS:
        pred = base | {canon(c.name) for c in scored if c.score >= t}
        tp = len(pred & gold)
        out.append((tp, len(pred) - tp, len(gold) - tp))
    return out


def choose_threshold(dev: list[Doc], synth: list[Doc]) -> tuple[float, list[dict[str, Any]]]:
    totals = [[0, 0, 0] for _ in THRESHOLDS]
    base = [0, 0, 0]
    loss, count = 0.0, 0
    for fold in range(FOLDS):
        held = [d for k, d in enumerate(dev) if k % FOLDS == fold]
        train = [d for k, d in enumerate(dev) if k % FOLDS != fold] + synth
        model = fit(train, [1.0 if not d.ident.startswith("synth-") else SYNTH_WEIGHT for d in train])
        scorer = names.NameModel(model)
        for doc in held:
            for row, label in zip(doc.rows, doc.labels, strict=True):
                p = min(max(names.score(row, scorer), 1e-6), 1 - 1e-6)
                loss -= math.log(p if label else 1 - p)
                count += 1
            for k, (tp, fp, fn) in enumerate(officials_counts(doc, model, SHOW)):
                totals[k][0] += tp
                totals[k][1] += fp
                totals[k][2] += fn
            rule = {canon(m.name) for m in doc.rule} | {canon(s) for s in doc.staff}
            gold = {canon(g) for g in doc.gold}
            base[0] += len(rule & gold)
            base[1] += len(rule - gold)
            base[2] += len(gold - rule)
    table = []
    for t, (tp, fp, fn) in zip(THRESHOLDS, totals, strict=True):
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        table.append({"threshold": t, "tp": tp, "fp": fp, "fn": fn, "f1": round(f1, 4)})
    top = max(table, key=lambda r: r["f1"])
    # One error more or less is noise on a few dozen names: every threshold within one error of the
    # best held-out F1 is as good. Of those, the one nearest the decision point of a calibrated
    # logistic model (0.5: equal odds) is kept. (Until session 5 the lowest good one plus a step was
    # kept, and one held-out error more or less moved the threshold between 0.40 and 0.55 from one
    # refit to the next, changing dozens of persons on real text each time.)
    one_error = top["f1"] - 2 * top["tp"] / (2 * top["tp"] + top["fp"] + top["fn"] + 1)
    good = [r["threshold"] for r in table if r["f1"] >= top["f1"] - one_error - 1e-4]  # f1 is rounded
    chosen = min(good, key=lambda t: (abs(t - DECISION_POINT), -t))
    print(f"held-out dev candidates: log-loss {loss / max(count, 1):.4f} over {count}")
    print(f"rules only (held-out dev): tp {base[0]} fp {base[1]} fn {base[2]}")
    for r in table:
        print(f"  threshold {r['threshold']:.2f}: tp {r['tp']:3d} fp {r['fp']:3d} fn {r['fn']:3d} F1 {r['f1']:.4f}"
              + ("  <- chosen" if r["threshold"] == chosen else ""))
    return chosen, table


def main(argv: list[str] | None = None) -> int:
    global SHOW, C, SYNTH_WEIGHT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--synth", type=int, default=SYNTH_DOCS, help="made-up documents to add")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--no-cv", action="store_true", help="skip the threshold cross-validation (keep 0.5)")
    ap.add_argument("--show", action="store_true", help="print the held-out dev names the scorer adds")
    ap.add_argument("--C", type=float, default=C, help="inverse regularisation strength")
    ap.add_argument("--synth-weight", type=float, default=SYNTH_WEIGHT, help="weight of a synthetic example")
    args = ap.parse_args(argv)
    SHOW, C, SYNTH_WEIGHT = args.show, args.C, args.synth_weight
    t0 = time.perf_counter()
    dev = corpus_docs("dev")
    synth = synth_docs(args.synth)
    print(f"dev: {len(dev)} documents, {sum(len(d.rows) for d in dev)} candidates, "
          f"{sum(sum(d.labels) for d in dev)} positive; synthetic: {len(synth)} documents, "
          f"{sum(len(d.rows) for d in synth)} candidates, {sum(sum(d.labels) for d in synth)} positive")
    threshold, table = (0.5, []) if args.no_cv else choose_threshold(dev, synth)
    docs = dev + synth
    model = fit(docs, [1.0] * len(dev) + [SYNTH_WEIGHT] * len(synth))
    out = {
        "format": 1,
        "kind": "logistic regression over one-hot candidate features (nlp_pipeline/extract/names.py)",
        "trained_by": "training/train_name_scorer.py",
        "data": {"dev_documents": len(dev), "synthetic_documents": len(synth), "examples": model.pop("examples"),
                 "positives": model.pop("positives"), "C": C, "synthetic_weight": SYNTH_WEIGHT},
        "threshold": threshold,
        "threshold_cv": table,
        **model,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB, {len(model['weights'])} weights, "
          f"threshold {threshold}) in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
