"""export: tables from a real batch (CSV, Parquet, DuckDB), row counts and joins against the JSON."""

from __future__ import annotations

import copy
import csv
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
import typer
from conftest import CORPUS, ROOT
from typer.testing import CliRunner

from nlp_pipeline.batch import InputItem, process
from nlp_pipeline.cli_tables import register
from nlp_pipeline.export import (
    TABLES,
    arrow_schema,
    build_tables,
    date_bounds,
    load_records,
    write_csv,
    write_duckdb,
    write_parquet,
)

# Five corpus files: masthead + meeting, a declared-count warning, nested lists, a plain news text, and
# the .docx form of the first one (a near-duplicate of every article of it); plus one bad input.
FILES = ["001_county_safety.txt", "011_market_regulation.txt", "023_city_education.txt",
         "014_news_headline.txt", "forms/001_county_safety.docx"]


@cache
def batch_records() -> tuple[str, ...]:
    """The batch as JSON strings (extracted once per test session; also used by test_report.py)."""
    out = [json.dumps(process(InputItem(str(CORPUS / name), name)), ensure_ascii=False) for name in FILES]
    out.append(json.dumps(process(InputItem(str(CORPUS / "missing.txt"), "missing",
                                            error=None)), ensure_ascii=False))
    return tuple(out)


def fresh_records() -> list[dict]:
    return [json.loads(line) for line in batch_records()]


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Path:
    """The batch as `extract --out` writes it: a folder of <name>.json (one in a subfolder)."""
    folder = tmp_path_factory.mktemp("results")
    for name, line in zip([*FILES, "missing.txt"], batch_records(), strict=True):
        target = folder / (str(Path(name).with_suffix("")) + ".json")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(line + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def records(results) -> list[dict]:
    return load_records(results)


@pytest.fixture(scope="module")
def tables(records):
    return build_tables(records)


def docs_of(records):
    return [r for r in records if "error" not in r]


def expected_counts(records) -> dict[str, int]:
    docs = docs_of(records)
    mentions = sum(len(e["mentions"]) for d in docs for e in d["officials"] + d["units"])
    meetings = [m for d in docs for m in d.get("meetings", [])]
    return {
        "documents": len(docs),
        "issuers": sum(len(d["bulletin"]["issuers"]) for d in docs),
        "articles": sum(len(d["articles"]) for d in docs),
        "keywords": sum(len(a.get("keywords") or []) for d in docs for a in d["articles"]),
        "officials": sum(len(d["officials"]) for d in docs),
        "official_titles": sum(len(o["titles"]) for d in docs for o in d["officials"]),
        "units": sum(len(d["units"]) for d in docs),
        "mentions": mentions,
        "dates": sum(len(d["dates"]) for d in docs),
        "requirement_lists": sum(len(d["requirement_lists"]) for d in docs),
        # every item once: a child is an item of the nested list that reports it
        "requirement_items": sum(len(lst["items"]) for d in docs for lst in d["requirement_lists"]),
        "meetings": len(meetings),
        "meeting_participants": sum(bool(m["host"]) + len(m["speakers"]) + len(m["attendees"]) for m in meetings),
        "title_mentions": sum(len(d.get("title_mentions", [])) for d in docs),
        "warnings": sum(len(d["warnings"]) for d in docs),
        "errors": len(records) - len(docs),
    }


# ----------------------------------------------------------------------------------------- reading

def test_the_batch_has_what_the_tests_need(records):
    docs = docs_of(records)
    assert len(docs) == 5 and len(records) == 6
    assert [r["error"]["type"] for r in records if "error" in r] == ["missing_file"]
    assert any(lst["nested"] for d in docs for lst in d["requirement_lists"])
    assert any(d["warnings"] for d in docs) and any(d["meetings"] for d in docs)
    assert any(d["bulletin"]["title"] is None for d in docs)


def test_folder_and_jsonl_give_the_same_records(results, records, tmp_path):
    jsonl = tmp_path / "batch.jsonl"
    jsonl.write_text("".join(line + "\n" for line in batch_records()), encoding="utf-8")
    key = lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False)  # noqa: E731
    assert sorted(map(key, load_records(jsonl))) == sorted(map(key, records))


def test_the_run_manifest_beside_the_results_is_no_record(tmp_path):
    (tmp_path / "a.json").write_text('{"source": {"path": "a.txt"}}', encoding="utf-8")
    (tmp_path / "manifest.json").write_text('{"status": "complete", "inputs": []}', encoding="utf-8")
    assert [r["source"]["path"] for r in load_records(tmp_path)] == ["a.txt"]


def test_unreadable_results_name_the_file_and_line(tmp_path):
    from nlp_pipeline.export import ResultsError

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": {"path": "a"}}\n{not json\n', encoding="utf-8")
    with pytest.raises(ResultsError, match=r"bad.jsonl line 2: not JSON"):
        load_records(bad)
    with pytest.raises(ResultsError, match="no such file"):
        load_records(tmp_path / "nope")


# ----------------------------------------------------------------------------------------- tables

def test_row_counts_match_the_json(records, tables):
    assert {name: len(rows) for name, rows in tables.items()} == expected_counts(records)
    assert set(tables) == set(TABLES)
    for name, rows in tables.items():
        cols = [c for c, _ in TABLES[name]]
        assert all(list(row) == cols for row in rows), name


def test_joins_lead_back_to_the_json(records, tables):
    docs = {d["source"]["sha256"]: d for d in docs_of(records)}
    articles = {(a["sha256"], a["article_index"]): a for a in tables["articles"]}
    for row in tables["articles"]:
        doc = docs[row["sha256"]]
        art = doc["articles"][row["article_index"]]
        assert (row["title"], row["start"], row["end"]) == (art["title"], art["start"], art["end"])
        assert row["text"] == doc["text"][art["start"]:art["end"]]
    for row in tables["mentions"]:
        doc = docs[row["sha256"]]
        entity = doc["officials" if row["kind"] == "official" else "units"][row["entity_index"]]
        assert entity["name"] == row["name"]
        if row["article_index"] is not None:
            art = articles[(row["sha256"], row["article_index"])]
            assert art["start"] <= row["start"] < art["end"]
    for row in tables["officials"]:
        off = docs[row["sha256"]]["officials"][row["official_index"]]
        assert row["name"] == off["name"] and row["titles"] == ("、".join(off["titles"]) or None)
    titles = Counter((r["sha256"], r["official_index"]) for r in tables["official_titles"])
    assert all(titles[(r["sha256"], r["official_index"])] == r["n_titles"] for r in tables["officials"])
    for row in tables["dates"]:
        date = docs[row["sha256"]]["dates"][row["date_index"]]
        assert (row["text"], row["value"]) == (date["text"], date["value"])
        assert row["value_kind"] == date_bounds(date["value"])[0] is not None
    for row in tables["issuers"]:
        assert docs[row["sha256"]]["bulletin"]["issuers"][row["issuer_index"]] == row["issuer"]
    for row in tables["warnings"]:
        assert docs[row["sha256"]]["warnings"][row["warning_index"]]["code"] == row["code"]
    assert tables["title_mentions"], "the batch names posts"
    for row in tables["title_mentions"]:
        doc = docs[row["sha256"]]
        mention = doc["title_mentions"][row["title_mention_index"]]
        assert (row["text"], row["official"]) == (mention["text"], mention["official"])
        assert doc["text"][row["start"]:row["end"]] == row["text"]
        assert row["official"] is None or row["official"] in {o["name"] for o in doc["officials"]}


def test_requirement_items_join_their_lists(records, tables):
    docs = {d["source"]["sha256"]: d for d in docs_of(records)}
    lists = {(r["sha256"], r["list_index"]): r for r in tables["requirement_lists"]}
    for item in tables["requirement_items"]:
        doc = docs[item["sha256"]]
        lst = doc["requirement_lists"][item["list_index"]]
        assert item["speaker"] == lst["speaker"] == lists[(item["sha256"], item["list_index"])]["speaker"]
        assert item["text"] == doc["text"][item["start"]:item["end"]]
        assert lst["items"][item["item_order"] - 1]["start"] == item["start"]  # all depth 0 here
    nested = [r for r in tables["requirement_lists"] if r["nested"]]
    assert nested
    for row in nested:  # the nested list hangs under the outer item whose children it reports
        outer = next(i for i in tables["requirement_items"] if i["sha256"] == row["sha256"]
                     and i["list_index"] == row["parent_list_index"] and i["item_index"] == row["parent_item_index"])
        doc = docs[row["sha256"]]
        children = doc["requirement_lists"][outer["list_index"]]["items"][outer["item_order"] - 1]["children"]
        assert [c["start"] for c in children] == [c["start"] for c in doc["requirement_lists"][row["list_index"]]["items"]]
        assert outer["n_children"] == len(children)


def test_children_without_a_nested_list_become_deeper_rows():
    text = "要求：（一）抓好学习：1.读原文；2.写心得。（二）抓好落实。"
    items = [{"marker": "（一）", "text": "抓好学习：1.读原文；2.写心得。", "start": 6, "end": 22,
              "children": [{"marker": "1.", "text": "读原文；", "start": 13, "end": 17},
                           {"marker": "2.", "text": "写心得。", "start": 19, "end": 22}]},
             {"marker": "（二）", "text": "抓好落实。", "start": 25, "end": 30}]
    doc = {"pipeline_version": "0", "source": {"path": "x", "sha256": "s"}, "text": text, "bulletin": {},
           "articles": [], "requirement_lists": [{"speaker": None, "declared_count": None, "start": 3, "end": 30,
                                                  "items": items}]}
    rows = build_tables([doc])["requirement_items"]
    assert [(r["item_index"], r["item_order"], r["depth"], r["parent_item_index"], r["marker"]) for r in rows] == [
        (1, 1, 0, None, "（一）"), (2, 1, 1, 1, "1."), (3, 2, 1, 1, "2."), (4, 2, 0, None, "（二）")]


def test_older_results_without_newer_keys_export(records):
    old = copy.deepcopy(docs_of(records)[0])
    for key in ("meetings", "requirement_lists", "paragraphs", "pipeline_version"):
        old.pop(key, None)
    for art in old["articles"]:
        art.pop("meetings", None)
        art.pop("requirement_lists", None)
    tables = build_tables([old])
    assert len(tables["documents"]) == 1 and tables["documents"][0]["pipeline_version"] == ""
    assert tables["meetings"] == tables["requirement_items"] == []
    assert len(tables["articles"]) == len(old["articles"])


def test_same_document_twice_in_a_batch_is_one_document(records):
    doc = docs_of(records)[0]
    tables = build_tables([doc, copy.deepcopy(doc)])
    assert len(tables["documents"]) == 1
    assert len(tables["articles"]) == len(doc["articles"])


# ----------------------------------------------------------------------------------------- formats

def test_csv(records, tables, tmp_path):
    counts = write_csv(tables, tmp_path)
    assert counts == expected_counts(records)
    for name, cols in TABLES.items():
        with (tmp_path / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
        assert rows[0] == [c for c, _ in cols]
        assert len(rows) - 1 == counts[name]
    with (tmp_path / "articles.csv").open(encoding="utf-8", newline="") as fh:
        arts = list(csv.DictReader(fh))
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as fh:
        shas = {row["sha256"] for row in csv.DictReader(fh)}
    assert {a["sha256"] for a in arts} == shas
    docs = {d["source"]["sha256"]: d for d in docs_of(records)}
    for a in arts:  # multi-line cells survive the round trip
        doc = docs[a["sha256"]]
        assert a["text"] == doc["text"][int(a["start"]):int(a["end"])]


def test_parquet(records, tables, tmp_path):
    counts = write_parquet(tables, tmp_path)
    assert counts == expected_counts(records)
    for name in TABLES:
        table = pq.read_table(tmp_path / f"{name}.parquet")
        assert table.schema.equals(arrow_schema(name)), name
        assert table.num_rows == counts[name]
    items = pq.read_table(tmp_path / "requirement_items.parquet").to_pylist()
    lists = {(r["sha256"], r["list_index"]) for r in pq.read_table(tmp_path / "requirement_lists.parquet").to_pylist()}
    assert all((i["sha256"], i["list_index"]) in lists for i in items)
    docs = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    assert {str(d["bulletin_date"]) for d in docs if d["bulletin_date"]} == {
        d["bulletin"]["date"] for d in docs_of(records) if d["bulletin"]["date"]}


def _counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0] for name in TABLES}
    finally:
        con.close()


def test_duckdb_append_is_idempotent(records, results, tmp_path):
    db = tmp_path / "store.duckdb"
    expected = expected_counts(records)
    assert write_duckdb(records, db) == expected
    assert _counts(db) == expected
    # the same results again, as a folder and as JSONL: nothing added
    assert set(write_duckdb(load_records(results), db).values()) == {0}
    jsonl = tmp_path / "again.jsonl"
    jsonl.write_text("".join(line + "\n" for line in batch_records()), encoding="utf-8")
    assert set(write_duckdb(load_records(jsonl), db).values()) == {0}
    assert _counts(db) == expected
    # a later batch: one document already stored, one new, one re-extracted by a newer pipeline version
    docs = docs_of(records)
    new = copy.deepcopy(docs[0])
    new["source"]["sha256"] = "0" * 64
    newer = copy.deepcopy(docs[1])
    newer["pipeline_version"] = "99.0"
    added = write_duckdb([docs[2], new, newer], db)
    assert added["documents"] == 2
    assert added["articles"] == len(new["articles"]) + len(newer["articles"])
    total = _counts(db)
    assert total["documents"] == expected["documents"] + 2
    assert total["requirement_items"] == expected["requirement_items"] + sum(
        len(lst["items"]) for d in (new, newer) for lst in d["requirement_lists"])
    con = duckdb.connect(str(db), read_only=True)
    try:
        orphans = con.execute("SELECT count(*) FROM articles LEFT JOIN documents USING (sha256, pipeline_version) "
                              "WHERE documents.path IS NULL").fetchall()[0][0]
        joined = con.execute("SELECT count(*) FROM requirement_items JOIN requirement_lists "
                             "USING (sha256, pipeline_version, list_index)").fetchall()[0][0]
    finally:
        con.close()
    assert orphans == 0 and joined == total["requirement_items"]


def test_skip_duplicates_drops_the_repeated_document(records, tmp_path):
    from nlp_pipeline.duplicates import mark_duplicates

    marked = copy.deepcopy(records)
    pairs = mark_duplicates(marked)
    docx = next(d for d in docs_of(marked) if d["source"]["format"] == "docx")
    txt = next(d for d in docs_of(marked) if d["source"]["path"].endswith("001_county_safety.txt"))
    assert {later[0] for later, _, _ in pairs} == {docx["source"]["sha256"]}
    assert [a["duplicate_of"] for a in docx["articles"]] == [
        {"sha256": txt["source"]["sha256"], "article_index": i} for i in range(len(txt["articles"]))]
    full = build_tables(marked)
    assert sum(1 for a in full["articles"] if a["duplicate_of_sha256"]) == len(docx["articles"])
    kept = build_tables(marked, skip_duplicates=True)
    assert docx["source"]["sha256"] not in {d["sha256"] for d in kept["documents"]}
    assert len(kept["articles"]) == len(full["articles"]) - len(docx["articles"])
    assert all(r["sha256"] != docx["source"]["sha256"] for name in TABLES if name != "errors" for r in kept[name])


# ----------------------------------------------------------------------------------------- docs

DOCS = ROOT / "docs" / "tables.md"


def test_every_table_and_column_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    sections = re.split(r"^### ", text, flags=re.M)[1:]
    documented = {s.split("\n", 1)[0].strip(): s for s in sections}
    assert set(TABLES) <= set(documented)
    for name, cols in TABLES.items():
        rows = re.findall(r"^\| (`[^|]+`) \|", documented[name], flags=re.M)
        names = {c.strip("` ") for cell in rows for c in cell.split(",")}
        assert names == {c for c, _ in cols}, name


def example_queries() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)


def test_example_queries_run_and_answer_right(records, tmp_path):
    queries = example_queries()
    assert len(queries) == 3
    db = tmp_path / "q.duckdb"
    write_duckdb(records, db)
    con = duckdb.connect(str(db), read_only=True)
    try:
        spoke, per_unit, per_office = (con.execute(q).fetchall() for q in queries)
    finally:
        con.close()
    docs = docs_of(records)
    # who spoke most
    times = Counter(s for d in docs for m in d["meetings"] for s in m["speakers"])
    times.update(lst["speaker"] for d in docs for lst in d["requirement_lists"] if lst["speaker"] and not lst["nested"])
    top = sorted(times.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    assert [(name, n) for name, n, _ in spoke] == top
    # requirement items per unit per month
    items = Counter()
    for d in docs:
        month = (d["bulletin"]["date"] or next(x["value"] for x in d["dates"] if len(x["value"]) == 10))[:7]
        for lst in d["requirement_lists"]:
            art = next((a for a in d["articles"] if a["start"] <= lst["start"] < a["end"]), None)
            unit = (art or {}).get("source_unit") or (d["bulletin"]["issuers"] or [None])[0]
            items[(unit, month)] += len(lst["items"])
    assert {(unit, month): n for unit, month, n in per_unit} == dict(items)
    # documents per issuing office
    offices = Counter(i for d in docs for i in set(d["bulletin"]["issuers"]))
    assert {issuer: n for issuer, n, _, _ in per_office} == dict(offices)


# ----------------------------------------------------------------------------------------- command line

@pytest.fixture(scope="module")
def cli():
    app = typer.Typer()

    @app.callback()
    def _root() -> None:
        pass

    register(app)
    return lambda *args: CliRunner().invoke(app, [str(a) for a in args])


def test_cli_export_formats(cli, results, records, tmp_path):
    expected = expected_counts(records)
    res = cli("export", results, "--format", "csv", "--out", tmp_path / "csv")
    assert res.exit_code == 0, res.output
    assert "documents 5" in res.output
    assert sorted(p.stem for p in (tmp_path / "csv").glob("*.csv")) == sorted(TABLES)
    res = cli("export", results, "--format", "parquet", "--out", tmp_path / "pq")
    assert res.exit_code == 0 and len(list((tmp_path / "pq").glob("*.parquet"))) == len(TABLES)
    db = tmp_path / "store.duckdb"
    assert cli("export", results, "--out", db).exit_code == 0
    assert cli("export", results, "--out", db).exit_code == 0
    assert _counts(db) == expected


def test_cli_export_skip_duplicates_and_keywords(cli, results, records, tmp_path):
    db = tmp_path / "store.duckdb"
    res = cli("export", results, "--out", db, "--skip-duplicates", "--keywords")
    assert res.exit_code == 0, res.output
    counts = _counts(db)
    assert counts["documents"] == 4  # the .docx copy is left out
    assert counts["keywords"] > 0


def test_cli_bad_results(cli, results, tmp_path):
    res = cli("export", tmp_path / "nope", "--out", tmp_path / "x.duckdb")
    assert res.exit_code == 1 and "no such file or folder" in res.output
    res = cli("report", tmp_path / "nope", "--out", tmp_path / "x.html")
    assert res.exit_code == 1 and "no such file or folder" in res.output
    not_a_db = tmp_path / "text.duckdb"
    not_a_db.write_text("not a database\n", encoding="utf-8")
    res = cli("export", results, "--out", not_a_db)
    assert res.exit_code == 1 and "not a valid DuckDB database" in res.output
