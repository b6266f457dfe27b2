"""Stage 6: assemble the contract dict and write it — atomically, never half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .normalize import NormalizedDocument
from .structure import Structure, bulletin_dict

SCHEMA_VERSION = "1.0"  # the contract's version: the major part changes only if a contract key does


def _within(items: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    return [it for it in items if start <= it["start"] and it["end"] <= end]


def _named_within(items: list[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    """Officials or units mentioned inside a span, with only those mentions."""
    out = []
    for it in items:
        mentions = _within(it["mentions"], start, end)
        if mentions:
            out.append({**it, "mentions": mentions})
    return out


def document_dict(source: dict[str, Any], normalized: NormalizedDocument, structure: Structure, *,
                  dates: list[dict[str, Any]], officials: list[dict[str, Any]], units: list[dict[str, Any]],
                  schema_version: str, pipeline_version: str) -> dict[str, Any]:
    articles: list[dict[str, Any]] = []
    for art in structure.articles:
        articles.append({
            "column": art.column, "title": art.title, "source_unit": art.source_unit,
            "start": art.start, "end": art.end, "body_start": art.body_start,
            "dates": _within(dates, art.start, art.end),
            "officials": _named_within(officials, art.start, art.end),
            "units": _named_within(units, art.start, art.end),
            # Filled by the extractors of issue 6; empty until they land.
            "requirement_lists": [], "meetings": [],
        })
    return {
        "schema_version": schema_version,
        "pipeline_version": pipeline_version,
        "source": source,
        "text": normalized.text,
        "paragraphs": [{"start": p.start, "end": p.end, "page": p.page} for p in normalized.paragraphs],
        "bulletin": bulletin_dict(structure),
        "articles": articles,
        "dates": dates,
        "officials": officials,
        "units": units,
        "requirement_lists": [],
        "warnings": [],
    }


def error_record(path: str, error_type: str, message: str, sha256: str | None = None) -> dict[str, Any]:
    return {"source": {"path": path, "sha256": sha256}, "error": {"type": error_type, "message": message}}


def to_json(obj: Any, *, indent: int | None = 2) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def write_atomic(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` via a temporary file in the same folder and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
