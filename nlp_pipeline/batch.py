"""Running the pipeline over many inputs: walk paths, process each, never stop on a bad file.

Pure wiring over :func:`nlp_pipeline.pipeline.extract_document`; the CLI adds the terminal side.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError, MissingFile, NoReadableFiles
from .ingest import READABLE_SUFFIXES
from .output import error_record
from .pipeline import extract_document

STDIN = "-"


@dataclass(frozen=True)
class InputItem:
    path: str            # as the user will recognise it
    output_name: str     # relative name for --out (without .json)
    error: InputError | None = None  # the path itself is unusable (missing, empty folder)


def _safe_relative(rel: Path) -> str:
    """An output name that stays inside --out whatever the input path looked like."""
    parts = [p for p in rel.parts if p not in ("", ".", "..", "/")]
    return "/".join(parts) or "stdin"


def iter_inputs(paths: list[str]) -> Iterator[InputItem]:
    """Expand files and folders (walked recursively, sorted, hidden entries and symlinked folders skipped)."""
    for raw in paths:
        if raw == STDIN:
            yield InputItem(STDIN, "stdin")
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for folder, dirs, files in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or Path(name).suffix.lower() not in READABLE_SUFFIXES:
                        continue
                    found = True
                    full = Path(folder) / name
                    rel = full.relative_to(path).with_suffix("")
                    yield InputItem(str(full), _safe_relative(Path(path.name) / rel))
            if not found:
                yield InputItem(raw, _safe_relative(Path(path.name)),
                                NoReadableFiles("no .txt, .pdf or .docx file in this folder"))
        elif path.exists():
            yield InputItem(raw, _safe_relative(Path(path.name).with_suffix("")))
        else:
            yield InputItem(raw, _safe_relative(Path(path.name).with_suffix("")),
                            MissingFile("no such file or folder"))


def read_input(item: InputItem) -> bytes:
    if item.path == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(item.path).read_bytes()
    except FileNotFoundError:
        raise MissingFile("no such file") from None
    except IsADirectoryError:
        raise MissingFile("is a folder, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def process(item: InputItem, reference_date: dt.date | None = None, tokens: bool = False) -> dict[str, Any]:
    """The document dict, or an error record; never raises for a bad input."""
    if item.error is not None:
        return error_record(item.path, item.error.type, item.error.message)
    try:
        data = read_input(item)
        return extract_document(data, item.path, reference_date=reference_date, tokens=tokens)
    except InputError as exc:
        return error_record(item.path, exc.type, exc.message)
    except RecursionError:
        return error_record(item.path, "internal_error", "input nested too deeply")
    except MemoryError:
        return error_record(item.path, "internal_error", "out of memory")
    except Exception as exc:  # a bug in a stage must not stop the batch
        return error_record(item.path, "internal_error", f"{type(exc).__name__}: {exc}".splitlines()[0])


def is_error(record: dict[str, Any]) -> bool:
    return "error" in record


def one_line_error(record: dict[str, Any]) -> str:
    return f"{record['source']['path']}: {record['error']['message']}"


def summary_line(doc: dict[str, Any]) -> str:
    """``path  format  title issue date  N articles`` — what a person checks at a glance."""
    src, bul = doc["source"], doc["bulletin"]
    fmt = src["format"] + (f"/{src['encoding']}" if src["encoding"] else "") + (
        f"/{src['pages']}p" if src["pages"] else "")
    head = " ".join(str(v) for v in (bul["title"], bul["issue"], bul["date"]) if v) or "(no masthead)"
    return f"{src['path']}  [{fmt}]  {head}  {len(doc['articles'])} article(s)"


def unique_output_names(items: list[InputItem]) -> dict[int, str]:
    """Map item index -> output name, adding the input suffix where two inputs share a name."""
    seen: dict[str, int] = {}
    names: dict[int, str] = {}
    for idx, item in enumerate(items):
        name = item.output_name
        if name in seen:
            suffix = Path(item.path).suffix.lstrip(".") or "input"
            name = f"{name}.{suffix}"
            n = 2
            while name in seen:
                name = f"{item.output_name}.{suffix}{n}"
                n += 1
        seen[name] = idx
        names[idx] = name
    return names
