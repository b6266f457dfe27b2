"""Running the pipeline over many inputs: walk paths, process each, never stop on a bad file.

Pure wiring over :func:`nlp_pipeline.pipeline.extract_document`; the CLI adds the terminal side and
:mod:`nlp_pipeline.engines` runs the tasks (in this process, a local process pool, or Dask).

How a batch run (:func:`run_batch`) works:

- **Streaming.** Inputs are walked lazily (:func:`iter_inputs`) and handed to the engine one at a
  time; the engine keeps a bounded number in flight and yields results as they finish; each result
  is written at once and dropped. Memory does not grow with the number of files (beyond one short
  name per input for collision checks and, for ``--jsonl`` resume, one entry per existing line).
- **Resume.** An input is skipped when its output already holds a document for the same path,
  the same content (``source.sha256``) and the same ``pipeline_version``: the per-file JSON under
  ``--out``, or the last line for that path in the ``--jsonl`` file. Failed inputs are retried.
  ``--force``, or options that differ from the last run's manifest, redo everything.
- **Kill safety.** Per-file JSON is written to a temporary file and renamed; JSONL lines are
  appended whole, one ``write`` each, fsynced in small batches; a line cut by ``kill -9`` is
  dropped at the next start. The manifest and ``--errors`` report are written atomically.
  SIGINT / SIGTERM stop the run between two writes, close everything and print a summary.
- **Bad inputs** become error records (``{"source": ..., "error": {"type", "message"}}``) in
  place of their document; the run goes on and its exit status is 1.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import os
import signal
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any

from . import __version__
from .errors import InputError, MissingFile, NoReadableFiles, OutputError, SymlinkLoop, TimedOut
from .ingest import LIMITS, READABLE_SUFFIXES, InputTooLarge, set_limits
from .output import (
    MANIFEST_NAME,
    SCHEMA_VERSION,
    TEMP_SUFFIX,
    AtomicFile,
    JsonlAppender,
    error_record,
    is_temp_name,
    to_json,
    write_atomic,
)
from .pipeline import extract_document

STDIN = "-"
DEFAULT_TIMEOUT = 60.0
MAX_NAME_BYTES = 200  # one output path component, before ".json" (file systems allow 255)

Result = dict[str, Any]  # what an engine yields for one input (see :func:`work`)


@dataclass(frozen=True)
class InputItem:
    path: str            # as the user will recognise it
    output_name: str     # relative name for --out (without .json)
    error: InputError | None = None  # the path itself is unusable (missing, empty folder, loop)


# ---------------------------------------------------------------- walking inputs
def _clean_part(part: str) -> str:
    """One path component made safe for a file name: no control characters, not too long."""
    cleaned = "".join("_" if ord(ch) < 32 or ch in "\x7f\\" else ch for ch in part)
    raw = cleaned.encode("utf-8", "surrogateescape")
    if len(raw) > MAX_NAME_BYTES:
        digest = hashlib.sha256(raw).hexdigest()[:8]
        cleaned = raw[:MAX_NAME_BYTES - 9].decode("utf-8", "ignore") + "~" + digest
    return cleaned


def _safe_relative(rel: PurePosixPath | Path) -> str:
    """An output name that stays inside --out whatever the input path looked like.

    >>> _safe_relative(PurePosixPath("../../etc/passwd")), _safe_relative(PurePosixPath("/abs/x"))
    ('etc/passwd', 'abs/x')
    """
    parts = [_clean_part(p) for p in rel.parts if p not in ("", ".", "..", "/") and not p.endswith("/")]
    return "/".join(p for p in parts if p) or "stdin"


def _stem(name: str) -> str:
    return PurePosixPath(name).stem if PurePosixPath(name).suffix else name


def iter_inputs(paths: list[str]) -> Iterator[InputItem]:
    """Expand files and folders, lazily.

    Folders are walked depth first, sorted, a folder's files before its subfolders; hidden entries
    are skipped. Symbolic links to folders are followed, but no folder is walked twice and a link
    back to an ancestor yields a ``symlink_loop`` error item instead of an endless walk.
    """
    for raw in paths:
        if raw == STDIN:
            yield InputItem(STDIN, "stdin")
            continue
        path = Path(raw)
        label = PurePosixPath(_clean_part(path.name) if path.name not in ("", ".", "..") else "")
        if path.is_dir():
            found = False
            for item in _walk(path, label):
                found = True
                yield item
            if not found:
                yield InputItem(raw, _safe_relative(label), NoReadableFiles("no .txt, .pdf or .docx file in this folder"))
        elif path.exists():
            yield InputItem(raw, _safe_relative(PurePosixPath(_stem(path.name))))
        else:
            yield InputItem(raw, _safe_relative(PurePosixPath(_stem(path.name))), MissingFile("no such file or folder"))


def _walk(root: Path, label: PurePosixPath) -> Iterator[InputItem]:
    try:
        st = root.stat()
    except OSError as exc:
        yield InputItem(str(root), _safe_relative(label), InputError(f"cannot read folder: {exc.strerror or exc}"))
        return
    visited = {(st.st_dev, st.st_ino)}
    # stack of (folder, its output label, its ancestors as {(dev, ino): path})
    stack: list[tuple[Path, PurePosixPath, dict[tuple[int, int], str]]] = [
        (root, label, {(st.st_dev, st.st_ino): str(root)})]
    while stack:
        folder, rel, ancestors = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            yield InputItem(str(folder), _safe_relative(rel), InputError(f"cannot list folder: {exc.strerror or exc}"))
            continue
        subfolders: list[tuple[Path, PurePosixPath, dict[tuple[int, int], str]]] = []
        for entry in entries:
            full = Path(entry.path)
            try:
                info = entry.stat()  # follows symbolic links
            except OSError:
                if entry.is_symlink() and Path(entry.name).suffix.lower() in READABLE_SUFFIXES:
                    yield InputItem(str(full), _safe_relative(rel / _stem(entry.name)),
                                    MissingFile("broken symbolic link"))
                continue
            if stat.S_ISDIR(info.st_mode):
                key = (info.st_dev, info.st_ino)
                if key in ancestors:
                    yield InputItem(str(full), _safe_relative(rel / entry.name),
                                    SymlinkLoop(f"symbolic link loop: points back to {ancestors[key]}; not followed"))
                    continue
                if key in visited:  # reached again through another link: walked once already
                    continue
                visited.add(key)
                subfolders.append((full, rel / _clean_part(entry.name), {**ancestors, key: str(full)}))
            elif stat.S_ISREG(info.st_mode) and Path(entry.name).suffix.lower() in READABLE_SUFFIXES:
                yield InputItem(str(full), _safe_relative(rel / _stem(entry.name)))
        stack.extend(reversed(subfolders))


def count_inputs(paths: list[str]) -> int:
    """How many items :func:`iter_inputs` will yield (a walk that keeps nothing: for ETAs)."""
    return sum(1 for _ in iter_inputs(paths))


# ---------------------------------------------------------------- output names
class OutputNamer:
    """Gives each input a distinct output name under --out, the same on every run of a command.

    The first input to want a name gets it; a later one gets its input suffix (``x.pdf``), then a
    short hash of its path (``x.1a2b3c4d``). A name never clashes with a folder another output
    needs, nor with a reserved name (the run manifest).
    """

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._files: set[str] = set(reserved)  # relative paths without ".json"
        self._dirs: set[str] = set()

    def _free(self, name: str) -> bool:
        if name in self._files or name + ".json" in self._dirs or name in self._dirs:
            return False
        parts = name.split("/")
        return not any("/".join(parts[:k]).removesuffix(".json") in self._files
                       and "/".join(parts[:k]).endswith(".json") for k in range(1, len(parts)))

    def assign(self, item: InputItem) -> str:
        base = item.output_name
        suffix = _clean_part(Path(item.path).suffix.lstrip(".")) or "input"
        digest = hashlib.sha256(item.path.encode("utf-8", "surrogateescape")).hexdigest()[:8]
        candidates = itertools.chain([base, f"{base}.{suffix}", f"{base}.{digest}"],
                                     (f"{base}.{digest}.{n}" for n in itertools.count(2)))
        name = next(c for c in candidates if self._free(c))
        self._files.add(name)
        parts = name.split("/")
        for k in range(1, len(parts)):
            self._dirs.add("/".join(parts[:k]))
        return name


def unique_output_names(items: list[InputItem]) -> dict[int, str]:
    """Map item index -> output name (see :class:`OutputNamer`)."""
    namer = OutputNamer()
    return {idx: namer.assign(item) for idx, item in enumerate(items)}


# ---------------------------------------------------------------- one input
def read_input(item: InputItem, max_bytes: int | None = None) -> bytes:
    """The input's bytes; refuses (before reading) a file over ``max_bytes`` (default: the limit)."""
    limit = LIMITS.max_bytes if max_bytes is None else max_bytes
    if item.path == STDIN:
        data = sys.stdin.buffer.read(limit + 1)
        if len(data) > limit:
            raise _too_large(len(data), limit, at_least=True)
        return data
    try:
        with open(item.path, "rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise InputError("not a regular file")
            if size > limit:
                raise _too_large(size, limit)
            data = fh.read(limit + 1)
            if len(data) > limit:  # grew while we read
                raise _too_large(len(data), limit, at_least=True)
            return data
    except FileNotFoundError:
        raise MissingFile("no such file") from None
    except IsADirectoryError:
        raise MissingFile("is a folder, not a file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def _too_large(size: int, limit: int, at_least: bool = False) -> InputTooLarge:
    what = f"more than {limit:,} bytes" if at_least else f"{size:,} bytes > limit {limit:,}"
    return InputTooLarge(f"file too large ({what}; raise the limit with --max-bytes)")


def _extract(path: str, data: bytes | None, reference_date: dt.date | None, tokens: bool,
             max_bytes: int | None = None) -> dict[str, Any]:
    """The document dict, or an error record; never raises for a bad input."""
    sha256 = None
    try:
        if data is None:
            data = read_input(InputItem(path, ""), max_bytes)
        sha256 = hashlib.sha256(data).hexdigest()
        return extract_document(data, path, reference_date=reference_date, tokens=tokens)
    except InputError as exc:
        return error_record(path, exc.type, exc.message, sha256)
    except RecursionError:
        return error_record(path, "internal_error", "input nested too deeply", sha256)
    except MemoryError:
        return error_record(path, "internal_error", "out of memory", sha256)
    except Exception as exc:  # a bug in a stage must not stop the batch
        return error_record(path, "internal_error", f"{type(exc).__name__}: {exc}".splitlines()[0], sha256)


def process(item: InputItem, reference_date: dt.date | None = None, tokens: bool = False) -> dict[str, Any]:
    """The document dict, or an error record; never raises for a bad input."""
    if item.error is not None:
        return error_record(item.path, item.error.type, item.error.message)
    return _extract(item.path, None, reference_date, tokens)


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


def file_sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


# ---------------------------------------------------------------- tasks: what engines run
@dataclass(frozen=True)
class Options:
    """Everything a worker needs besides the task; picklable, the same on every worker."""

    reference_date: dt.date | None = None
    tokens: bool = False
    indent: int | None = 2          # of the serialised output (None: one line, for JSONL)
    timeout: float | None = DEFAULT_TIMEOUT
    max_bytes: int = LIMITS.max_bytes
    max_pages: int = LIMITS.max_pages

    def fingerprint(self) -> dict[str, Any]:
        """What decides the bytes of an output (besides input and pipeline version)."""
        return {"reference_date": self.reference_date.isoformat() if self.reference_date else None,
                "tokens": self.tokens, "indent": self.indent}


@dataclass(frozen=True)
class Task:
    index: int
    path: str
    name: str                  # output name (relative, without .json)
    data: bytes | None = None  # stdin only: the bytes themselves


_WARM_TEXT = "城乡治理工作简报\n第1期\n县政府办公室编 2025年6月18日\n县里召开推进会\n6月12日上午，张三主持召开推进会。\n"


def warm_pipeline() -> None:
    """Load what every document needs (the segmenter's dictionary, lexicons, compiled patterns)
    by extracting a tiny bulletin once."""
    from .segment import dictionary

    dictionary()
    try:
        extract_document(_WARM_TEXT.encode("utf-8"), "warm-up.txt")
    except Exception:  # noqa: BLE001 - warming is an optimisation; a real input will show the bug
        pass


def warm(options: Options) -> None:
    """Per-worker set-up: the resource limits, and the pipeline warmed (:func:`warm_pipeline`)."""
    set_limits(max_bytes=options.max_bytes, max_pages=options.max_pages)
    warm_pipeline()


def work(task: Task, options: Options) -> Result:
    """Run one input: read it, extract, serialise. Never raises for a bad input."""
    start = time.perf_counter()
    record = _extract(task.path, task.data, options.reference_date, options.tokens, options.max_bytes)
    return make_result(task, record, options, time.perf_counter() - start)


def make_result(task: Task, record: dict[str, Any], options: Options, seconds: float | None) -> Result:
    ok = not is_error(record)
    return {
        "index": task.index, "path": task.path, "name": task.name,
        "status": "ok" if ok else "failed",
        "sha256": record["source"].get("sha256"),
        "error_type": None if ok else record["error"]["type"],
        "error_message": None if ok else record["error"]["message"],
        "summary": summary_line(record) if ok else one_line_error(record),
        "text": to_json(record, indent=options.indent) + "\n",
        "seconds": None if seconds is None else round(seconds, 4),
    }


def failure_result(task: Task, error: InputError, options: Options, seconds: float | None = None,
                   sha256: str | None = None) -> Result:
    return make_result(task, error_record(task.path, error.type, error.message, sha256), options, seconds)


def timeout_error(timeout: float) -> TimedOut:
    return TimedOut(f"took longer than {timeout:g} s (--timeout); stopped")


# ---------------------------------------------------------------- where results go
class OutDirSink:
    """``--out DIR``: one ``DIR/<name>.json`` per input, each written atomically."""

    resumable = True

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.manifest_path: Path | None = self.root / MANIFEST_NAME
        self._real_root = ""
        self._safe_dirs: set[Path] = set()

    def open(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self._real_root = os.path.realpath(self.root)

    def done_sha(self, item: InputItem, name: str) -> str | None:
        try:
            with open(self.root / f"{name}.json", "rb") as fh:
                record = json.load(fh)
            source = record["source"]
            if ("error" in record or record.get("pipeline_version") != __version__
                    or source.get("path") != item.path):
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        sha = file_sha256(item.path)
        return sha if sha is not None and sha == source.get("sha256") else None

    def _inside(self, folder: Path) -> bool:
        probe = folder
        while not os.path.lexists(probe) and probe != probe.parent:
            probe = probe.parent
        real = os.path.realpath(probe)
        return real == self._real_root or real.startswith(self._real_root.rstrip(os.sep) + os.sep)

    def write(self, result: Result) -> None:
        target = self.root / f"{result['name']}.json"
        folder = target.parent
        if folder not in self._safe_dirs:
            if not self._inside(folder):
                raise OutputError(f"output {target} would be written outside --out "
                                  "(a symbolic link inside it); not written")
            self._safe_dirs.add(folder)
        try:
            write_atomic(target, result["text"])
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None

    def close(self, complete: bool) -> list[str]:
        """Remove temporaries a killed earlier run left behind (``.<name>.<random>.part``)."""
        removed = 0
        for folder, _dirs, files in os.walk(self.root):
            for name in files:
                if is_temp_name(name):
                    try:
                        os.unlink(os.path.join(folder, name))
                        removed += 1
                    except OSError:
                        pass
        return [f"removed {removed} temporary file(s) left by an interrupted run"] if removed else []


class JsonlSink:
    """``--jsonl FILE``: one line per input, appended as results come (completion order).

    At start the existing file is read once: a partial last line (a killed run) is cut off, and
    for each ``source.path`` the last record's hash and version are kept to decide skips. A path
    that gets a new record leaves its old line stale; stale lines are dropped at the end of a
    complete run by rewriting the file atomically (kept order otherwise).
    """

    resumable = True

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.manifest_path: Path | None = self.path.with_name(self.path.name + ".manifest.json")
        self._index: dict[str, tuple[str | None, bool]] = {}  # path -> (sha256, reusable)
        self._count: dict[str, int] = {}  # lines per path, for paths present at start
        self._stale = 0
        self._appender: JsonlAppender | None = None
        self.notes: list[str] = []

    def open(self) -> None:
        for stale in self.path.parent.glob(f".{self.path.name}.*{TEMP_SUFFIX}"):  # a rewrite cut by kill -9
            stale.unlink(missing_ok=True)
        self._appender = JsonlAppender(self.path)
        if self._appender.dropped:
            self.notes.append(f"dropped a partial last line ({self._appender.dropped} bytes) "
                              f"from {self.path}: an interrupted run")
        with open(self.path, "rb") as fh:
            for raw in fh:
                try:
                    record = json.loads(raw)
                    path = record["source"]["path"]
                    reusable = "error" not in record and record.get("pipeline_version") == __version__
                    sha = record["source"].get("sha256")
                except (ValueError, KeyError, TypeError):
                    self._stale += 1  # not one of our records: dropped at the next rewrite
                    continue
                if path in self._count:
                    self._stale += 1
                self._count[path] = self._count.get(path, 0) + 1
                self._index[path] = (sha, reusable)

    def done_sha(self, item: InputItem, name: str) -> str | None:
        known = self._index.get(item.path)
        if known is None or not known[1] or known[0] is None:
            return None
        sha = file_sha256(item.path)
        return sha if sha == known[0] else None

    def write(self, result: Result) -> None:
        assert self._appender is not None
        try:
            self._appender.write_line(result["text"])
        except OSError as exc:
            raise OutputError(f"cannot append to {self.path}: {exc.strerror or exc}") from None
        path = result["path"]
        if path in self._count:
            self._count[path] += 1
            self._stale += 1

    def close(self, complete: bool) -> list[str]:
        if self._appender is not None:
            self._appender.close()
        if not (complete and self._stale):
            return []
        counts = dict(self._count)
        kept = dropped = 0
        with open(self.path, "rb") as src, AtomicFile(self.path, binary=True) as dst:
            for raw in src:
                try:
                    path = json.loads(raw)["source"]["path"]
                except (ValueError, KeyError, TypeError):
                    dropped += 1
                    continue
                left = counts.get(path, 1)
                if left > 1:  # a later line supersedes this one
                    counts[path] = left - 1
                    dropped += 1
                    continue
                dst.write(raw)
                kept += 1
        return [f"rewrote {self.path}: dropped {dropped} superseded line(s), kept {kept}"]


class StreamSink:
    """No --out / --jsonl with several inputs: one JSON line per input on stdout."""

    resumable = False
    manifest_path: Path | None = None

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def open(self) -> None:
        pass

    def done_sha(self, item: InputItem, name: str) -> str | None:
        return None

    def write(self, result: Result) -> None:
        self.stream.write(result["text"])
        self.stream.flush()

    def close(self, complete: bool) -> list[str]:
        return []


# ---------------------------------------------------------------- manifest and error report
class Manifest:
    """``<out>/manifest.json`` or ``<jsonl>.manifest.json``: what a run did, written atomically.

    Written at the start (``"status": "running"``) and at the end (``complete`` or
    ``interrupted``). Per-input entries are spooled to an anonymous temporary file meanwhile,
    so memory stays flat.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")
        self._header: dict[str, Any] = {}

    def previous(self) -> dict[str, Any] | None:
        try:
            with open(self.path, encoding="utf-8") as fh:
                data = json.load(fh)
            return data if isinstance(data, dict) else None
        except (OSError, ValueError):
            return None

    def start(self, header: dict[str, Any]) -> None:
        self._header = header
        write_atomic(self.path, to_json({**header, "status": "running"}) + "\n")

    def add(self, result: Result) -> None:
        entry = {"path": result["path"], "output": result.get("output"),
                 "sha256": result["sha256"], "status": result["status"]}
        if result["error_type"]:
            entry["error"] = result["error_type"]
        entry["seconds"] = result["seconds"]
        self._spool.write(json.dumps(entry, ensure_ascii=False) + "\n")

    def finish(self, **fields: Any) -> None:
        head = to_json({**self._header, **fields})
        assert head.endswith("\n}")
        self._spool.flush()
        self._spool.seek(0)
        with AtomicFile(self.path) as fh:
            fh.write(head[:-2] + ',\n  "inputs": [')
            first = True
            for line in self._spool:
                fh.write(("\n    " if first else ",\n    ") + line.rstrip("\n"))
                first = False
            fh.write("]\n}\n" if first else "\n  ]\n}\n")
        self._spool.close()


class ErrorReport:
    """``--errors FILE``: the failed inputs, as JSONL (``path``, ``type``, ``message``) or, for a
    ``.tsv`` name, tab-separated with a header line. Written atomically at the end of the run."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.tsv = self.path.suffix.lower() == ".tsv"
        self._spool = tempfile.TemporaryFile("w+", encoding="utf-8")

    def add(self, path: str, error_type: str, message: str) -> None:
        if self.tsv:
            self._spool.write("\t".join(" ".join(v.split()) for v in (path, error_type, message)) + "\n")
        else:
            self._spool.write(json.dumps({"path": path, "type": error_type, "message": message},
                                         ensure_ascii=False) + "\n")

    def commit(self) -> None:
        self._spool.flush()
        self._spool.seek(0)
        with AtomicFile(self.path) as fh:
            if self.tsv:
                fh.write("path\ttype\tmessage\n")
            for line in self._spool:
                fh.write(line)
        self._spool.close()


# ---------------------------------------------------------------- signals
class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: the run stops between two writes."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class SignalGuard:
    """Turns SIGINT / SIGTERM into :class:`Interrupted`, but never inside a critical section
    (writing one result): there the signal waits for the section to end."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending: int | None = None
        self._old: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            self._old[signum] = signal.signal(signum, self._handler)

    def restore(self) -> None:
        for signum, handler in self._old.items():
            signal.signal(signum, handler)
        self._old.clear()

    def _handler(self, signum: int, frame: Any) -> None:
        if self.depth:
            if self.pending is None:
                self.pending = signum
            return
        raise Interrupted(signum)

    @contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
        if self.depth == 0 and self.pending is not None:
            signum, self.pending = self.pending, None
            raise Interrupted(signum)


# ---------------------------------------------------------------- the run
@dataclass
class Summary:
    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    startup: float = 0.0            # engine start (workers warmed)
    engine: str = ""
    workers: int = 0
    interrupted: int | None = None  # the signal number
    notes: list[str] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    @property
    def processed_per_s(self) -> float:
        """Processed (not skipped) inputs per second once the engine was up."""
        busy = self.elapsed - self.startup
        return (self.ok + self.failed) / busy if busy > 0 else 0.0

    @property
    def exit_code(self) -> int:
        if self.interrupted is not None:
            return 128 + self.interrupted
        return 1 if self.failed else 0


def run_batch(paths: list[str], options: Options, *, out: Path | None = None, jsonl: Path | None = None,
              stream: IO[str] | None = None, engine: str = "local", workers: int | None = None,
              scheduler: str | None = None, force: bool = False, errors_path: Path | None = None,
              on_start: Callable[[Summary], None] | None = None,
              on_result: Callable[[Result, Summary], None] | None = None) -> Summary:
    """Process every input of ``paths`` (see the module docstring); returns the counts.

    ``on_start`` is called once the total is known, ``on_result`` after each input is written (or
    skipped); both in this thread. The engine starts only when the first input needs processing.
    """
    from .engines import make_engine

    t0, started = time.perf_counter(), dt.datetime.now(dt.UTC)
    paths = list(dict.fromkeys(paths))  # the same argument twice is one input
    guard = SignalGuard()
    guard.install()
    summary = Summary()
    sink: OutDirSink | JsonlSink | StreamSink
    if out is not None:
        sink = OutDirSink(out)
    elif jsonl is not None:
        sink = JsonlSink(jsonl)
    else:
        sink = StreamSink(stream if stream is not None else sys.stdout)
    manifest = Manifest(sink.manifest_path) if sink.manifest_path is not None else None
    if manifest is not None and not force:
        previous = manifest.previous()
        if previous is not None and previous.get("options") not in (None, options.fingerprint()):
            force = True
            summary.notes.append("options differ from the last run's manifest: every input is redone")
    report = ErrorReport(errors_path) if errors_path is not None else None
    reserved = (MANIFEST_NAME.removesuffix(".json"),) if isinstance(sink, OutDirSink) else ()
    runner = None
    manifest_started = False
    status = "failed"  # until proven otherwise (a bug escaping below)

    def handle(result: Result) -> None:
        with guard.critical():
            if result["status"] != "skipped":
                try:
                    sink.write(result)
                except OutputError as exc:
                    result = failure_result(Task(result["index"], result["path"], result["name"]), exc, options,
                                            result["seconds"], result["sha256"])
            result["output"] = f"{result['name']}.json" if isinstance(sink, OutDirSink) else None
            if result["status"] == "ok":
                summary.ok += 1
            elif result["status"] == "skipped":
                summary.skipped += 1
            else:
                summary.failed += 1
                if report is not None:
                    report.add(result["path"], result["error_type"], result["error_message"])
            if manifest is not None:
                manifest.add(result)
            if on_result is not None:
                on_result(result, summary)

    def tasks() -> Iterator[Task]:
        namer = OutputNamer(reserved)
        for index, item in enumerate(iter_inputs(paths)):
            name = namer.assign(item)
            task = Task(index, item.path, name)
            if item.error is not None:
                handle(failure_result(task, item.error, options))
                continue
            if not force and sink.resumable:
                sha = sink.done_sha(item, name)
                if sha is not None:
                    handle({"index": index, "path": item.path, "name": name, "status": "skipped",
                            "sha256": sha, "error_type": None, "error_message": None, "summary": f"{item.path}: skipped",
                            "text": "", "seconds": None})
                    continue
            if item.path == STDIN:
                try:
                    task = Task(index, item.path, name, read_input(item, options.max_bytes))
                except InputError as exc:
                    handle(failure_result(task, exc, options))
                    continue
            yield task

    try:
        summary.total = count_inputs(paths)
        sink.open()
        summary.notes.extend(getattr(sink, "notes", []))
        if manifest is not None:
            manifest_started = True
            manifest.start({
                "tool": "nlp-pipeline", "pipeline_version": __version__, "schema_version": SCHEMA_VERSION,
                "command": sys.argv, "paths": paths,
                "output": {"out": str(out)} if out is not None else {"jsonl": str(jsonl)},
                "options": options.fingerprint(), "force": force,
                "limits": {"timeout_s": options.timeout, "max_bytes": options.max_bytes,
                           "max_pages": options.max_pages},
                "engine": {"name": engine, "workers": workers, "scheduler": scheduler},
                "started": started.isoformat(timespec="seconds"),
            })
        if on_start is not None:
            on_start(summary)
        pending = tasks()
        first = next(pending, None)  # skips and bad paths before it are handled already
        if first is not None:  # start workers only when there is work
            runner = make_engine(engine, workers, options, scheduler=scheduler,
                                 total=summary.total - summary.done)
            summary.engine, summary.workers = runner.name, runner.workers
            summary.startup = time.perf_counter() - t0
            for result in runner.map(itertools.chain([first], pending)):
                handle(result)
        status = "complete"
    except Interrupted as exc:
        status = "interrupted"
        summary.interrupted = exc.signum
    finally:
        guard.depth += 1  # closing down: a second Ctrl-C must not cut the manifest in half
        try:
            if runner is not None:
                runner.close(kill=status != "complete")
            summary.notes.extend(sink.close(complete=status == "complete"))
            summary.elapsed = time.perf_counter() - t0
            if report is not None:
                report.commit()
            if manifest is not None and manifest_started:
                manifest.finish(
                    status=status,
                    engine={"name": summary.engine or engine, "workers": summary.workers, "scheduler": scheduler},
                    counts={"inputs": summary.total, "ok": summary.ok, "failed": summary.failed,
                            "skipped": summary.skipped, "not_done": summary.total - summary.done},
                    timings={"started": started.isoformat(timespec="seconds"),
                             "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                             "elapsed_s": round(summary.elapsed, 3), "startup_s": round(summary.startup, 3),
                             "processed_per_s": round(summary.processed_per_s, 2)})
        finally:
            guard.restore()
    return summary
