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
                  schema_version: str, pipeline_version: str, requirement_lists: list[dict[str, Any]] | None = None,
                  meetings: list[dict[str, Any]] | None = None,
                  warnings: list[dict[str, Any]] | None = None,
                  title_mentions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    lists, meetings, titles = requirement_lists or [], meetings or [], title_mentions or []
    articles: list[dict[str, Any]] = []
    for art in structure.articles:
        articles.append({
            "column": art.column, "title": art.title, "source_unit": art.source_unit,
            "start": art.start, "end": art.end, "body_start": art.body_start,
            "dates": _within(dates, art.start, art.end),
            "officials": _named_within(officials, art.start, art.end),
            "units": _named_within(units, art.start, art.end),
            "requirement_lists": _within(lists, art.start, art.end),
            "meetings": _within(meetings, art.start, art.end),
            "title_mentions": _within(titles, art.start, art.end),
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
        "requirement_lists": lists,
        "meetings": meetings,
        "title_mentions": titles,
        "warnings": warnings or [],
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


# ---------------------------------------------------------------- kill-safe writing helpers
MANIFEST_NAME = "manifest.json"  # the run manifest extract writes beside its outputs (batch.py)
TEMP_SUFFIX = ".part"  # write_atomic / AtomicFile temporaries: ".<name>.<random>.part"


def is_temp_name(name: str) -> bool:
    """A temporary left by :func:`write_atomic` or :class:`AtomicFile` (e.g. after ``kill -9``)."""
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def fsync_dir(path: Path) -> None:
    """Make a rename in ``path`` durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class AtomicFile:
    """``with AtomicFile(path) as fh: ...`` writes ``path`` whole or not at all.

    The content goes to a temporary file beside ``path``; leaving the block normally flushes, fsyncs
    and renames it over ``path``; leaving it by an exception (``KeyboardInterrupt`` included)
    deletes it. A reader sees the old file or the new one, never a mixture.
    """

    def __init__(self, path: Path, *, binary: bool = False) -> None:
        self.path = Path(path)
        self.binary = binary
        self._tmp: str | None = None
        self._fh: Any = None

    def __enter__(self) -> Any:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=TEMP_SUFFIX, dir=self.path.parent)
        self._fh = os.fdopen(fd, "wb") if self.binary else os.fdopen(fd, "w", encoding="utf-8")
        return self._fh

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        assert self._tmp is not None
        try:
            if exc_type is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
                os.replace(self._tmp, self.path)
                fsync_dir(self.path.parent)
                return
        except BaseException:
            self._discard()
            raise
        self._discard()

    def _discard(self) -> None:
        try:
            self._fh.close()
        except Exception:  # noqa: BLE001 - already failing; the temporary goes anyway
            pass
        try:
            os.unlink(self._tmp)  # type: ignore[arg-type]
        except FileNotFoundError:
            pass


def repair_jsonl(path: Path) -> int:
    """Cut a partial last line (a run killed mid-write) off a JSONL file; returns bytes dropped.

    A last line that is whole JSON but lacks its newline only gets the newline.
    """
    try:
        size = os.path.getsize(path)
    except FileNotFoundError:
        return 0
    if size == 0:
        return 0
    with open(path, "rb") as fh:
        # find the last newline, reading backwards in blocks
        pos, block = size, 1 << 16
        while pos > 0:
            start = max(0, pos - block)
            fh.seek(start)
            chunk = fh.read(pos - start)
            k = chunk.rfind(b"\n")
            if k >= 0:
                keep = start + k + 1
                break
            pos = start
        else:
            keep = 0
    if keep == size:
        return 0
    with open(path, "rb") as fh:
        fh.seek(keep)
        tail = fh.read()
    try:
        json.loads(tail)
    except ValueError:
        os.truncate(path, keep)  # half a record: drop it, the run that wrote it redoes it
        return size - keep
    with open(path, "ab") as fh:  # a whole record that only lacks its newline: keep it
        fh.write(b"\n")
    return 0


class JsonlAppender:
    """Append whole lines to a JSONL file so that ``kill -9`` at any moment loses no line it wrote.

    Each line goes to the file in one ``write`` on an ``O_APPEND`` descriptor (no user-space
    buffer: a killed process loses nothing it has written); it is fsynced every ``sync_every``
    lines or ``sync_seconds`` seconds and on :meth:`close` (what a power cut could still lose).
    A line cut by a kill in mid-``write`` is dropped by :func:`repair_jsonl` before appending.
    """

    def __init__(self, path: Path, *, sync_every: int = 64, sync_seconds: float = 1.0) -> None:
        import time

        self._time = time.monotonic
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.dropped = repair_jsonl(self.path)
        self._fd: int | None = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        self._sync_every, self._sync_seconds = sync_every, sync_seconds
        self._unsynced, self._last_sync = 0, self._time()

    def write_line(self, line: str) -> None:
        assert self._fd is not None, "closed"
        data = (line if line.endswith("\n") else line + "\n").encode("utf-8")
        view = memoryview(data)
        while view:
            n = os.write(self._fd, view)
            view = view[n:]
        self._unsynced += 1
        if self._unsynced >= self._sync_every or self._time() - self._last_sync >= self._sync_seconds:
            self.sync()

    def sync(self) -> None:
        if self._fd is not None and self._unsynced:
            os.fsync(self._fd)
        self._unsynced, self._last_sync = 0, self._time()

    def close(self) -> None:
        if self._fd is not None:
            self.sync()
            os.close(self._fd)
            self._fd = None
