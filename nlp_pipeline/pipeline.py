"""The whole flow for one input: ingest -> normalise -> structure -> (extract) -> output dict.

``extract_document`` is the one-function API every engine calls (the CLI, a batch runner, a
Spark ``mapPartitions``): bytes in, a contract dict out, or an :class:`InputError` raised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from . import __version__
from .extract.dates import document_date, extract_dates, find
from .extract.lists import body_regions, extract_lists
from .extract.meetings import extract_meetings
from .extract.officials import extract_officials
from .extract.positions import extract_title_mentions
from .extract.units import extract_units, link_abbreviations, outside_persons
from .ingest import read_bytes
from .normalize import normalize
from .output import SCHEMA_VERSION, document_dict
from .structure import parse_structure


def extract_document(data: bytes, name: str, reference_date: dt.date | None = None, *,
                     tokens: bool = False) -> dict[str, Any]:
    """Turn one bulletin's bytes into the output contract's dict.

    ``name`` is the path or file name: it is recorded in ``source.path`` and its suffix helps tell
    the format. ``reference_date`` resolves year-less dates when the document carries no date.
    ``tokens`` adds each article's words and POS tags from our segmenter (slower: jieba posseg).
    Raises :class:`nlp_pipeline.errors.InputError` for input that cannot be read.
    """
    raw = read_bytes(data, name)
    normalized = normalize(raw)
    structure = parse_structure(normalized)
    masthead_date = structure.masthead.date_value if structure.masthead else None
    found = find(normalized.text)  # the date expressions, read once for the document's date and its dates
    doc_date = document_date(normalized.text, masthead_date, reference_date, found=found)
    dates = [m.as_dict() for m in extract_dates(normalized.text, doc_date, found=found)]
    staff = tuple(s["name"] for s in (structure.masthead.staff if structure.masthead else [])
                  + (structure.tail.staff if structure.tail else []))
    officials = extract_officials(normalized.text, staff)
    units = link_abbreviations(outside_persons(extract_units(normalized.text), officials),
                               [(a.start, a.end) for a in structure.articles])
    title_mentions = extract_title_mentions(normalized.text, officials, units)
    paragraphs = [(p.start, p.end) for p in normalized.paragraphs]
    regions = body_regions(normalized.text, structure.articles)
    lists, warnings = extract_lists(normalized.text, paragraphs, regions, officials)
    meetings = extract_meetings(normalized.text, regions, structure.articles, dates=dates, officials=officials,
                                units=units)
    source = {
        "path": name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "format": raw.format,
        "encoding": raw.encoding,
        "pages": raw.pages,
        "size": len(data),
        "repairs": normalized.notes,
    }
    doc = document_dict(source, normalized, structure, dates=dates, officials=officials, units=units,
                        requirement_lists=lists, meetings=meetings, warnings=warnings,
                        title_mentions=title_mentions, schema_version=SCHEMA_VERSION, pipeline_version=__version__)
    if tokens:
        from .segment import segment

        for art in doc["articles"]:
            start = art["start"]
            art["tokens"] = [{"text": t.text, "start": start + t.start, "end": start + t.end, "pos": t.pos}
                             for t in segment(normalized.text[start:art["end"]])]
    return doc
