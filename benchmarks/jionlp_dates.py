"""Our date extractor next to JioNLP's ``extract_time`` on our gold corpus, with the same anchors.

JioNLP (https://github.com/dongrixinyu/JioNLP) is the strongest open Chinese time normaliser; it is an
optional evaluation dependency (``pip install jionlp``), never used by the pipeline. Both systems get
the same document date per bulletin (masthead, else first full date, else the gold's
reference_date). JioNLP's ``[start, end]`` times are mapped to our value forms as generously as
possible: one day -> ``YYYY-MM-DD``; ``inf`` end -> ``START/..``; ``-inf`` start or a text ending in
前 -> ``../END``; otherwise ``START/END``. Scored with the same scorer as ``nlp-pipeline evaluate``.

    .venv/bin/python benchmarks/jionlp_dates.py [--split test] [--misses]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline.evaluate import aggregate, figures, run_gold, score_document, select_gold  # noqa: E402
from nlp_pipeline.extract.dates import document_date  # noqa: E402


def jionlp_value(item: dict) -> str | None:
    start, end = item["detail"]["time"][:2] if isinstance(item["detail"]["time"], list) else (None, None)
    if start is None or end is None:
        return None
    s, e = str(start)[:10], str(end)[:10]
    if item["text"].endswith(("前", "以前", "之前")) and e != "inf":
        return f"../{e}"
    if e == "inf":
        return f"{s}/.."
    if s == "-inf":
        return f"../{e}"
    return s if s == e else f"{s}/{e}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "test"], default="test")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    try:
        import jionlp as jio
    except ImportError:
        print("jionlp is not installed (pip install jionlp): comparison skipped")
        return
    ours, theirs = [], []
    for path, gold in select_gold([str(ROOT / "corpora" / "bulletins")], args.split):
        ref = dt.date.fromisoformat(gold["reference_date"]) if gold.get("reference_date") else None
        doc = run_gold(path, gold)
        anchor = document_date(doc["text"], doc["bulletin"]["date"], ref)
        only_dates = {"dates": gold["dates"]}
        ours.append(score_document(only_dates, doc))
        base = anchor.date or (dt.date(anchor.year, 1, 1) if anchor.year else dt.date.today())
        predicted = []
        for item in jio.ner.extract_time(doc["text"], time_base={"year": base.year, "month": base.month,
                                                                  "day": base.day}):
            value = jionlp_value(item)
            if value:
                predicted.append({"text": item["text"], "value": value})
        theirs.append(score_document(only_dates, {"dates": predicted}))
        if args.misses:
            for name, s in (("ours", ours[-1]), ("jionlp", theirs[-1])):
                for miss in s["date_values"].missed:
                    print(f"{path.name} {name} missed {miss}")
                for extra in s["date_values"].spurious:
                    print(f"{path.name} {name} spurious {extra}")
    print(f"split {args.split}: {len(ours)} documents")
    print(f"{'system':<10} {'texts P':>8} {'R':>6} {'F1':>6}   {'(text,value) P':>15} {'R':>6} {'F1':>6}")
    for name, scores in (("ours", ours), ("jionlp", theirs)):
        f = figures(aggregate(scores))
        t, v = f["date_texts"], f["date_values"]
        print(f"{name:<10} {t['precision']:>8.3f} {t['recall']:>6.3f} {t['f1']:>6.3f}   "
              f"{v['precision']:>15.3f} {v['recall']:>6.3f} {v['f1']:>6.3f}")


if __name__ == "__main__":
    main()
