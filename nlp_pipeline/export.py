"""Flat tables from a batch's results, and writers for CSV, Parquet and DuckDB.

``load_records(path)`` reads what ``extract --out DIR`` (a folder of ``*.json``, walked) or
``extract --jsonl FILE`` wrote. ``build_tables(records)`` turns the records into the tables of
:data:`TABLES` (every table and column is described in ``docs/tables.md``), each a list of dicts
with exactly the table's columns; ``to_arrow`` gives them as pyarrow tables with fixed types.
Writers: :func:`write_csv`, :func:`write_parquet` (a folder with one file per table) and
:func:`write_duckdb` (one database file; appending is idempotent on ``sha256`` + ``pipeline_version``).

Keys: a document is ``(sha256, pipeline_version)`` — ``sha256`` is ``source.sha256`` — and every
document-scoped table carries both columns; an article is that plus ``article_index`` (its 0-based
position in ``articles``). Keys missing from older results (``meetings``, ``requirement_lists``,
``keywords``, ``duplicate_of`` …) give no rows or nulls, never an error.

>>> doc = {"pipeline_version": "0.1.0", "source": {"path": "a.txt", "sha256": "ab"}, "text": "市公安局开会",
...        "bulletin": {}, "articles": [{"title": "开会", "start": 0, "end": 6}], "officials": [],
...        "units": [{"name": "市公安局", "mentions": [{"start": 0, "end": 4}]}], "warnings": []}
>>> tables = build_tables([doc, {"source": {"path": "b.txt", "sha256": None},
...                              "error": {"type": "empty_input", "message": "empty file"}}])
>>> [(name, len(rows)) for name, rows in tables.items() if rows]
[('documents', 1), ('articles', 1), ('units', 1), ('mentions', 1), ('errors', 1)]
>>> tables["mentions"][0]["article_index"], tables["articles"][0]["text"]
(0, '市公安局开会')
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from .output import MANIFEST_NAME

Record = dict[str, Any]
Row = dict[str, Any]

# Column types: "str", "int", "float", "bool", "date".
_TYPES: dict[str, pa.DataType] = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(),
                                  "bool": pa.bool_(), "date": pa.date32()}
_DOC_KEY = [("sha256", "str"), ("pipeline_version", "str")]

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": _DOC_KEY + [
        ("schema_version", "str"), ("path", "str"), ("format", "str"), ("encoding", "str"), ("pages", "int"),
        ("size", "int"), ("repairs", "str"), ("title", "str"), ("edition", "str"), ("issue", "str"),
        ("issue_number", "int"), ("issue_total", "int"), ("doc_number", "str"), ("issuers", "str"),
        ("bulletin_date", "date"), ("doc_date", "date"), ("text_chars", "int"), ("n_articles", "int"),
        ("n_officials", "int"), ("n_units", "int"), ("n_dates", "int"), ("n_requirement_lists", "int"),
        ("n_meetings", "int"), ("n_warnings", "int")],
    "issuers": _DOC_KEY + [("issuer_index", "int"), ("issuer", "str")],
    "articles": _DOC_KEY + [
        ("article_index", "int"), ("column", "str"), ("title", "str"), ("source_unit", "str"), ("start", "int"),
        ("end", "int"), ("body_start", "int"), ("text", "str"), ("n_dates", "int"), ("n_officials", "int"),
        ("n_units", "int"), ("n_requirement_lists", "int"), ("n_meetings", "int"), ("keywords", "str"),
        ("duplicate_of_sha256", "str"), ("duplicate_of_article", "int"), ("similarity", "float")],
    "keywords": _DOC_KEY + [("article_index", "int"), ("rank", "int"), ("term", "str"), ("score", "float")],
    "officials": _DOC_KEY + [
        ("official_index", "int"), ("name", "str"), ("titles", "str"), ("n_titles", "int"), ("n_mentions", "int"),
        ("first_start", "int"), ("first_article", "int")],
    "official_titles": _DOC_KEY + [("official_index", "int"), ("title_index", "int"), ("name", "str"),
                                   ("title", "str")],
    "units": _DOC_KEY + [
        ("unit_index", "int"), ("name", "str"), ("refers_to", "str"), ("n_mentions", "int"), ("first_start", "int"),
        ("first_article", "int")],
    "mentions": _DOC_KEY + [
        ("kind", "str"), ("entity_index", "int"), ("name", "str"), ("start", "int"), ("end", "int"),
        ("article_index", "int")],
    "dates": _DOC_KEY + [
        ("date_index", "int"), ("article_index", "int"), ("text", "str"), ("value", "str"), ("value_kind", "str"),
        ("value_start", "date"), ("value_end", "date"), ("part_of_day", "str"), ("start", "int"), ("end", "int")],
    "requirement_lists": _DOC_KEY + [
        ("list_index", "int"), ("article_index", "int"), ("speaker", "str"), ("declared_count", "int"),
        ("n_items", "int"), ("nested", "bool"), ("parent_list_index", "int"), ("parent_item_index", "int"),
        ("start", "int"), ("end", "int")],
    "requirement_items": _DOC_KEY + [
        ("list_index", "int"), ("item_index", "int"), ("item_order", "int"), ("depth", "int"),
        ("parent_item_index", "int"), ("marker", "str"), ("text", "str"), ("speaker", "str"),
        ("article_index", "int"), ("n_children", "int"), ("start", "int"), ("end", "int")],
    "meetings": _DOC_KEY + [
        ("meeting_index", "int"), ("article_index", "int"), ("name", "str"), ("kind", "str"), ("date", "str"),
        ("date_start", "date"), ("host", "str"), ("speakers", "str"), ("attendees", "str"), ("place", "str"),
        ("start", "int"), ("end", "int")],
    "meeting_participants": _DOC_KEY + [
        ("meeting_index", "int"), ("role", "str"), ("position", "int"), ("name", "str")],
    "title_mentions": _DOC_KEY + [
        ("title_mention_index", "int"), ("article_index", "int"), ("text", "str"), ("official", "str"),
        ("start", "int"), ("end", "int")],
    "warnings": _DOC_KEY + [
        ("warning_index", "int"), ("article_index", "int"), ("code", "str"), ("message", "str"), ("start", "int"),
        ("end", "int")],
    "errors": [("path", "str"), ("sha256", "str"), ("error_type", "str"), ("message", "str")],
}

JOIN = "、"  # how list-valued fields (titles, issuers, speakers, keywords) are joined into one cell
FORMATS = ("csv", "parquet", "duckdb")


class ResultsError(ValueError):
    """RESULTS cannot be read: missing, or a file or line that is not a JSON object."""


# --------------------------------------------------------------------------------------------- reading

def iter_records(path: str | Path) -> Iterator[Record]:
    """Records from a folder of ``*.json`` (walked, sorted, hidden entries skipped), a JSONL file or one JSON file.

    A JSON file may hold one record or a list of records. Raises :class:`ResultsError` naming the
    file (and line) that is not JSON.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*.json")
                       if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                       and not _is_manifest(p))
        for file in files:
            yield from _json_file(file)
    elif path.is_file():
        if path.suffix.lower() == ".json":
            yield from _json_file(path)
        else:
            with path.open(encoding="utf-8") as fh:
                for no, line in enumerate(fh, 1):
                    if line.strip():
                        yield _as_record(_loads(line, f"{path} line {no}"), f"{path} line {no}")
    else:
        raise ResultsError(f"{path}: no such file or folder")


def _is_manifest(path: Path) -> bool:
    """The run manifest ``extract`` writes beside its outputs (``manifest.json``, ``x.jsonl.manifest.json``)."""
    return path.name == MANIFEST_NAME or path.name.endswith("." + MANIFEST_NAME)


def load_records(path: str | Path) -> list[Record]:
    return list(iter_records(path))


def _loads(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ResultsError(f"{where}: not JSON ({exc.msg})") from None


def _as_record(obj: Any, where: str) -> Record:
    if not isinstance(obj, dict) or "source" not in obj:
        raise ResultsError(f"{where}: not a result record (a JSON object with 'source')")
    return obj


def _json_file(path: Path) -> Iterator[Record]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResultsError(f"{path}: cannot read ({exc})") from None
    obj = _loads(text, str(path))
    for item in obj if isinstance(obj, list) else [obj]:
        yield _as_record(item, str(path))


# --------------------------------------------------------------------------------------------- helpers

def is_error(record: Record) -> bool:
    return "error" in record


def doc_key(record: Record) -> tuple[str, str]:
    """``(sha256, pipeline_version)``: what identifies a document in the store."""
    return (record["source"].get("sha256") or "", record.get("pipeline_version") or "")


def _iso_day(value: Any) -> dt.date | None:
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def date_bounds(value: str | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    """``(kind, first day, last day)`` of a contract date value.

    >>> date_bounds("2025-06-16")
    ('day', datetime.date(2025, 6, 16), datetime.date(2025, 6, 16))
    >>> date_bounds("../2025-06-30")[0], date_bounds("2025-01-01/..")[0], date_bounds("2025-05-01/2025-05-31")[0]
    ('deadline', 'open_start', 'span')
    """
    if not value:
        return None, None, None
    if "/" not in value:
        day = _iso_day(value)
        return ("day" if day else None), day, day
    first, _, last = value.partition("/")
    if first == "..":
        return "deadline", None, _iso_day(last)
    if last == "..":
        return "open_start", _iso_day(first), None
    return "span", _iso_day(first), _iso_day(last)


def _join(values: Iterable[Any] | None) -> str | None:
    items = [str(v) for v in values or [] if v is not None and str(v) != ""]
    return JOIN.join(items) if items else None


class _ArticleLocator:
    """Offset -> index of the first article whose span holds it (None outside every article)."""

    def __init__(self, articles: list[dict[str, Any]]) -> None:
        self._spans = [(a.get("start", 0), a.get("end", 0)) for a in articles]

    def __call__(self, offset: int | None) -> int | None:
        if offset is None:
            return None
        for idx, (start, end) in enumerate(self._spans):  # a handful of articles per document
            if start <= offset < end:
                return idx
        return None


# --------------------------------------------------------------------------------------------- tables

def empty_tables() -> dict[str, list[Row]]:
    return {name: [] for name in TABLES}


def build_tables(records: Iterable[Record], *, skip_duplicates: bool = False,
                 exclude: set[tuple[str, str]] | None = None) -> dict[str, list[Row]]:
    """All tables of :data:`TABLES` from ``records`` (documents and error records, in batch order).

    A document whose ``(sha256, pipeline_version)`` came before (in ``exclude`` or earlier in
    ``records``) is left out. ``skip_duplicates`` drops articles that carry a ``duplicate_of`` and
    every row that belongs to them (rows with their ``article_index``); a document all of whose
    articles are duplicates is dropped whole.
    """
    tables = empty_tables()
    seen: set[tuple[str, str]] = set(exclude or ())
    seen_errors: set[tuple[Any, ...]] = set()
    for record in records:
        if is_error(record):
            src, err = record.get("source") or {}, record.get("error") or {}
            row = {"path": src.get("path"), "sha256": src.get("sha256"), "error_type": err.get("type"),
                   "message": err.get("message")}
            key = tuple(row.values())
            if key not in seen_errors:
                seen_errors.add(key)
                tables["errors"].append(row)
            continue
        key = doc_key(record)
        if key in seen:
            continue
        seen.add(key)
        _add_document(tables, record, skip_duplicates)
    for name, rows in tables.items():  # exactly the table's columns, in its order
        cols = [c for c, _ in TABLES[name]]
        tables[name] = [{c: row.get(c) for c in cols} for row in rows]
    return tables


def _is_duplicate(article: dict[str, Any]) -> bool:
    return bool(article.get("duplicate_of"))


def _add_document(tables: dict[str, list[Row]], doc: Record, skip_duplicates: bool) -> None:
    sha, version = doc_key(doc)
    base = {"sha256": sha, "pipeline_version": version}
    text: str = doc.get("text") or ""
    articles: list[dict[str, Any]] = doc.get("articles") or []
    dropped = {i for i, a in enumerate(articles) if skip_duplicates and _is_duplicate(a)}
    if articles and len(dropped) == len(articles):
        return
    locate = _ArticleLocator(articles)

    def keep(article_index: int | None) -> bool:
        return article_index not in dropped

    src, bul = doc.get("source") or {}, doc.get("bulletin") or {}
    dates = doc.get("dates") or []
    officials = doc.get("officials") or []
    units = doc.get("units") or []
    lists = doc.get("requirement_lists") or []
    meetings = doc.get("meetings") or []
    warnings = doc.get("warnings") or []
    bulletin_date = _iso_day(bul.get("date"))
    first_day = next((d for d in (_iso_day(x.get("value")) for x in dates) if d is not None), None)
    tables["documents"].append({
        **base, "schema_version": doc.get("schema_version"), "path": src.get("path"), "format": src.get("format"),
        "encoding": src.get("encoding"), "pages": src.get("pages"), "size": src.get("size"),
        "repairs": "; ".join(src.get("repairs") or []) or None, "title": bul.get("title"),
        "edition": bul.get("edition"), "issue": bul.get("issue"), "issue_number": bul.get("issue_number"),
        "issue_total": bul.get("issue_total"), "doc_number": bul.get("doc_number"),
        "issuers": _join(bul.get("issuers")), "bulletin_date": bulletin_date,
        "doc_date": bulletin_date or first_day, "text_chars": len(text), "n_articles": len(articles) - len(dropped),
        "n_officials": len(officials), "n_units": len(units), "n_dates": len(dates),
        "n_requirement_lists": len(lists), "n_meetings": len(meetings), "n_warnings": len(warnings)})
    for i, issuer in enumerate(bul.get("issuers") or []):
        tables["issuers"].append({**base, "issuer_index": i, "issuer": issuer})

    for i, art in enumerate(articles):
        if i in dropped:
            continue
        start, end = art.get("start", 0), art.get("end", 0)
        dup = art.get("duplicate_of") or {}
        kws = art.get("keywords")
        tables["articles"].append({
            **base, "article_index": i, "column": art.get("column"), "title": art.get("title"),
            "source_unit": art.get("source_unit"), "start": start, "end": end, "body_start": art.get("body_start"),
            "text": text[start:end], "n_dates": len(art.get("dates") or []),
            "n_officials": len(art.get("officials") or []), "n_units": len(art.get("units") or []),
            "n_requirement_lists": len(art.get("requirement_lists") or []),
            "n_meetings": len(art.get("meetings") or []),
            "keywords": _join(k.get("term") for k in kws) if kws else None,
            "duplicate_of_sha256": dup.get("sha256"), "duplicate_of_article": dup.get("article_index"),
            "similarity": art.get("similarity") if dup else None})
        for rank, kw in enumerate(kws or [], 1):
            tables["keywords"].append({**base, "article_index": i, "rank": rank, "term": kw.get("term"),
                                       "score": kw.get("score")})

    _add_named(tables, base, "official", officials, locate, keep)
    _add_named(tables, base, "unit", units, locate, keep)
    for k, off in enumerate(officials):
        for t, title in enumerate(off.get("titles") or []):
            tables["official_titles"].append({**base, "official_index": k, "title_index": t,
                                              "name": off.get("name"), "title": title})

    for k, d in enumerate(dates):
        art_idx = locate(d.get("start"))
        if not keep(art_idx):
            continue
        kind, first, last = date_bounds(d.get("value"))
        tables["dates"].append({
            **base, "date_index": k, "article_index": art_idx, "text": d.get("text"), "value": d.get("value"),
            "value_kind": kind, "value_start": first, "value_end": last, "part_of_day": d.get("part_of_day"),
            "start": d.get("start"), "end": d.get("end")})

    _add_lists(tables, base, lists, locate, keep)

    for k, m in enumerate(meetings):
        art_idx = locate(m.get("start"))
        if not keep(art_idx):
            continue
        tables["meetings"].append({
            **base, "meeting_index": k, "article_index": art_idx, "name": m.get("name"), "kind": m.get("kind"),
            "date": m.get("date"), "date_start": date_bounds(m.get("date"))[1], "host": m.get("host"),
            "speakers": _join(m.get("speakers")), "attendees": _join(m.get("attendees")), "place": m.get("place"),
            "start": m.get("start"), "end": m.get("end")})
        people = ([("host", m["host"])] if m.get("host") else []) + \
            [("speaker", s) for s in m.get("speakers") or []] + [("attendee", a) for a in m.get("attendees") or []]
        position: dict[str, int] = {}
        for role, name in people:
            position[role] = position.get(role, 0) + 1
            tables["meeting_participants"].append({**base, "meeting_index": k, "role": role,
                                                   "position": position[role], "name": name})

    for k, t in enumerate(doc.get("title_mentions") or []):
        art_idx = locate(t.get("start"))
        if not keep(art_idx):
            continue
        tables["title_mentions"].append({**base, "title_mention_index": k, "article_index": art_idx,
                                         "text": t.get("text"), "official": t.get("official"),
                                         "start": t.get("start"), "end": t.get("end")})

    for k, w in enumerate(warnings):
        art_idx = locate(w.get("start"))
        if not keep(art_idx):
            continue
        tables["warnings"].append({**base, "warning_index": k, "article_index": art_idx, "code": w.get("code"),
                                   "message": w.get("message"), "start": w.get("start"), "end": w.get("end")})


def _add_named(tables: dict[str, list[Row]], base: Row, kind: str, entities: list[dict[str, Any]],
               locate: _ArticleLocator, keep: Callable[[int | None], bool]) -> None:
    """officials/units rows (one per entity per document) and their mentions."""
    for k, ent in enumerate(entities):
        mentions = sorted(ent.get("mentions") or [], key=lambda m: (m.get("start", 0), m.get("end", 0)))
        first = mentions[0]["start"] if mentions else None
        row = {**base, f"{kind}_index": k, "name": ent.get("name"), "n_mentions": len(mentions),
               "first_start": first, "first_article": locate(first)}
        if kind == "official":
            titles = ent.get("titles") or []
            tables["officials"].append({**row, "titles": _join(titles), "n_titles": len(titles)})
        else:
            tables["units"].append({**row, "refers_to": ent.get("refers_to")})
        for m in mentions:
            art_idx = locate(m.get("start"))
            if keep(art_idx):
                tables["mentions"].append({**base, "kind": kind, "entity_index": k, "name": ent.get("name"),
                                           "start": m.get("start"), "end": m.get("end"), "article_index": art_idx})


def _span_key(items: list[dict[str, Any]]) -> tuple[int, int] | None:
    if not items:
        return None
    return (items[0].get("start", 0), items[-1].get("end", 0))


def _add_lists(tables: dict[str, list[Row]], base: Row, lists: list[dict[str, Any]], locate: _ArticleLocator,
               keep: Callable[[int | None], bool]) -> None:
    """requirement_lists and requirement_items.

    An item's ``children`` become rows of the nested list that reports them on its own
    (``nested: true`` with the same items); when no such list exists (older results) they are rows
    of the outer list with ``depth`` > 0.
    """
    nested_by_span: dict[tuple[int, int], int] = {}
    for k, lst in enumerate(lists):
        span = _span_key(lst.get("items") or [])
        if lst.get("nested") and span is not None:
            nested_by_span.setdefault(span, k)
    parent_of: dict[int, tuple[int, int]] = {}  # nested list -> (outer list, outer item_index)
    rows_by_list = [_item_rows(base, k, lst, locate(lst.get("start")), nested_by_span, parent_of)
                    for k, lst in enumerate(lists)]
    for k, lst in enumerate(lists):
        art_idx = locate(lst.get("start"))
        if not keep(art_idx):
            continue
        parent = parent_of.get(k)
        tables["requirement_lists"].append({
            **base, "list_index": k, "article_index": art_idx, "speaker": lst.get("speaker"),
            "declared_count": lst.get("declared_count"), "n_items": len(lst.get("items") or []),
            "nested": bool(lst.get("nested", False)), "parent_list_index": parent[0] if parent else None,
            "parent_item_index": parent[1] if parent else None, "start": lst.get("start"), "end": lst.get("end")})
        tables["requirement_items"].extend(rows_by_list[k])


def _item_rows(base: Row, list_index: int, lst: dict[str, Any], art_idx: int | None,
               nested_by_span: dict[tuple[int, int], int], parent_of: dict[int, tuple[int, int]]) -> list[Row]:
    """The item rows of one list, children walked depth-first (``item_index`` runs in text order)."""
    rows: list[Row] = []
    speaker = lst.get("speaker")

    def walk(items: list[dict[str, Any]], depth: int, parent: int | None) -> None:
        for order, item in enumerate(items, 1):
            index = len(rows) + 1
            children = item.get("children") or []
            rows.append({**base, "list_index": list_index, "item_index": index, "item_order": order,
                         "depth": depth, "parent_item_index": parent, "marker": item.get("marker"),
                         "text": item.get("text"), "speaker": speaker, "article_index": art_idx,
                         "n_children": len(children), "start": item.get("start"), "end": item.get("end")})
            span = _span_key(children)
            inner = nested_by_span.get(span) if span is not None else None
            if inner is not None and inner != list_index and inner not in parent_of:
                parent_of[inner] = (list_index, index)  # the nested list reports these items itself
            elif children:
                walk(children, depth + 1, index)

    walk(lst.get("items") or [], 0, None)
    return rows


# --------------------------------------------------------------------------------------------- arrow

def arrow_schema(name: str) -> pa.Schema:
    return pa.schema([pa.field(col, _TYPES[kind]) for col, kind in TABLES[name]])


def to_arrow(tables: dict[str, list[Row]]) -> dict[str, pa.Table]:
    """The tables as pyarrow tables with the fixed column types of :data:`TABLES`."""
    return {name: pa.Table.from_pylist(rows, schema=arrow_schema(name)) for name, rows in tables.items()}


# --------------------------------------------------------------------------------------------- writers

def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _atomic_path(target: Path) -> Path:
    """A temporary file next to ``target`` (``.<name>.<random>.part``), readable as a normal new file would be."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it 0600
    return Path(tmp)


def write_text_atomic(target: Path, content: str) -> None:
    """Write ``content`` (UTF-8) to ``target`` through a temporary file and a rename."""
    tmp = _atomic_path(target)
    try:
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def write_csv(tables: dict[str, list[Row]], out: Path) -> dict[str, int]:
    """``out/<table>.csv`` for every table: UTF-8, header row, RFC 4180 quoting, empty cell = null."""
    counts = {}
    for name, rows in tables.items():
        target = out / f"{name}.csv"
        tmp = _atomic_path(target)
        try:
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.writer(fh)
                cols = [c for c, _ in TABLES[name]]
                writer.writerow(cols)
                for row in rows:
                    writer.writerow([_csv_cell(row[c]) for c in cols])
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        counts[name] = len(rows)
    return counts


def write_parquet(tables: dict[str, list[Row]], out: Path) -> dict[str, int]:
    """``out/<table>.parquet`` for every table (typed columns, zstd)."""
    import pyarrow.parquet as pq

    counts = {}
    for name, table in to_arrow(tables).items():
        target = out / f"{name}.parquet"
        tmp = _atomic_path(target)
        try:
            pq.write_table(table, tmp, compression="zstd")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        counts[name] = table.num_rows
    return counts


_DUCK_TYPES = {"str": "VARCHAR", "int": "BIGINT", "float": "DOUBLE", "bool": "BOOLEAN", "date": "DATE"}


def _run(con: Any, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    """Execute and fetch everything (DuckDB wants every result consumed before the next statement)."""
    return list(con.execute(sql, params or []).fetchall())


def _ensure_tables(con: Any) -> None:
    """Create missing tables; add columns a store written by an older version lacks."""
    for name, cols in TABLES.items():
        defs = ", ".join(f'"{c}" {_DUCK_TYPES[t]}' for c, t in cols)
        _run(con, f'CREATE TABLE IF NOT EXISTS "{name}" ({defs})')
        have = {row[0] for row in _run(
            con, "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [name])}
        for c, t in cols:
            if c not in have:
                _run(con, f'ALTER TABLE "{name}" ADD COLUMN "{c}" {_DUCK_TYPES[t]}')


def stored_keys(con: Any) -> set[tuple[str, str]]:
    return {(s, v) for s, v in _run(con, "SELECT sha256, pipeline_version FROM documents")}


def write_duckdb(records: Iterable[Record], out: Path, *, skip_duplicates: bool = False) -> dict[str, int]:
    """Append a batch to the DuckDB file ``out`` (created when missing); returns rows added per table.

    Idempotent: a document whose ``(sha256, pipeline_version)`` is already stored is skipped with
    all its rows, and an error record equal to a stored one is not added again; so exporting the
    same results twice leaves every row count unchanged. One transaction: a failed append adds nothing.
    """
    import duckdb

    out.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(out))
    try:
        _run(con, "BEGIN TRANSACTION")
        _ensure_tables(con)
        tables = build_tables(records, skip_duplicates=skip_duplicates, exclude=stored_keys(con))
        counts = {}
        for name, table in to_arrow(tables).items():
            cols = ", ".join(f'"{c}"' for c, _ in TABLES[name])
            con.register("_incoming", table)
            try:
                if name == "errors":
                    sql = (f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM _incoming '
                           f'EXCEPT SELECT {cols} FROM "{name}"')
                else:
                    sql = f'INSERT INTO "{name}" ({cols}) SELECT {cols} FROM _incoming'
                before = _run(con, f'SELECT count(*) FROM "{name}"')[0][0]
                _run(con, sql)
                counts[name] = _run(con, f'SELECT count(*) FROM "{name}"')[0][0] - before
            finally:
                con.unregister("_incoming")
        _run(con, "COMMIT")
    except BaseException:
        _run(con, "ROLLBACK")
        raise
    finally:
        con.close()
    return counts


def export(records: list[Record], fmt: str, out: Path, *, skip_duplicates: bool = False) -> dict[str, int]:
    """Write ``records`` in ``fmt`` (csv, parquet, duckdb) to ``out``; rows written (added) per table."""
    if fmt == "duckdb":
        return write_duckdb(records, out, skip_duplicates=skip_duplicates)
    tables = build_tables(records, skip_duplicates=skip_duplicates)
    if fmt == "csv":
        return write_csv(tables, out)
    if fmt == "parquet":
        return write_parquet(tables, out)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


__all__ = ["TABLES", "FORMATS", "JOIN", "ResultsError", "iter_records", "load_records", "build_tables",
           "to_arrow", "arrow_schema", "write_csv", "write_parquet", "write_duckdb", "export", "doc_key",
           "date_bounds", "stored_keys"]
