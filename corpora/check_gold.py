"""Check gold files against their texts: every annotated string must stand in the normalised text.

    .venv/bin/python corpora/check_gold.py [GOLD_OR_FOLDER ...]   (default: corpora/bulletins)

Prints one line per problem and exits 1 if there is any. Conventions: corpora/ANNOTATION.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from nlp_pipeline.evaluate import canon, find_gold_files, load_gold, run_gold  # noqa: E402

DATE_VALUE = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}|\.\./\d{4}-\d{2}-\d{2}"
                        r"|\d{4}-\d{2}-\d{2}/\.\.)$")
KEYS = ("id", "split", "input", "bulletin", "articles", "officials", "units", "units_optional", "dates",
        "requirement_lists", "meetings")


def check(path: Path) -> list[str]:
    problems: list[str] = []
    gold = load_gold(path)
    for key in KEYS:
        if key not in gold:
            problems.append(f"missing key {key!r}")
    if gold.get("split") not in ("dev", "test"):
        problems.append(f"split must be dev or test, not {gold.get('split')!r}")
    doc = run_gold(path, gold)
    text = canon(doc["text"])

    def need(kind: str, s: str | None) -> None:
        if s and canon(s) not in text:
            problems.append(f"{kind} not in text: {s!r}")

    for o in gold.get("officials", []):
        need("official", o["name"])
        for t in o["titles"]:
            need(f"title of {o['name']}", t)
    for u in gold.get("units", []) + gold.get("units_optional", []):
        need("unit", u)
    for d in gold.get("dates", []):
        need("date", d["text"])
        if not DATE_VALUE.match(d["value"]):
            problems.append(f"date value not ISO: {d['text']!r} -> {d['value']!r}")
    for lst in gold.get("requirement_lists", []):
        need("list speaker", lst.get("speaker"))
        for item in lst["items"]:
            need("list item", item)
    for m in gold.get("meetings", []):
        need("meeting", m.get("name"))
        need("meeting host", m.get("host"))
    for key in ("title", "edition", "issue", "issue_number", "issuers", "date", "toc"):
        if key in gold["bulletin"] and doc["bulletin"][key] != gold["bulletin"][key]:
            problems.append(f"bulletin.{key}: tool says {doc['bulletin'][key]!r}, gold {gold['bulletin'][key]!r}")
    got = [{k: a[k] for k in ("column", "title", "source_unit")} for a in doc["articles"]]
    if got != gold["articles"]:
        problems.append(f"articles: tool says {got}")
    return problems


def main(argv: list[str]) -> int:
    files = find_gold_files(argv or [str(ROOT / "corpora" / "bulletins")])
    bad = 0
    for path in files:
        for problem in check(path):
            print(f"{path.name}: {problem}")
            bad += 1
    print(f"{len(files)} gold file(s), {bad} problem(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
