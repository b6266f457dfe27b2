"""Command line: wiring only (``nlp-pipeline extract|schema``)."""

from __future__ import annotations

import datetime as dt
import signal
import sys
import time
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from . import __version__
from .batch import (
    DEFAULT_TIMEOUT,
    STDIN,
    Options,
    Result,
    Summary,
    Task,
    iter_inputs,
    run_batch,
)
from .cli_tables import register as register_tables
from .ingest import LIMITS, set_limits
from .output import to_json, write_atomic

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn Chinese government bulletins (简报, 工作动态, 政务信息) into structured JSON.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"nlp-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False) -> None:
    pass


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _parse_size(value: str) -> int:
    """``50M`` -> 52428800; plain numbers are bytes."""
    text = value.strip().upper().removesuffix("B").removesuffix("I")
    scale = {"K": 2**10, "M": 2**20, "G": 2**30}.get(text[-1:], 1)
    try:
        number = float(text[:-1] if scale > 1 else text)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a size (e.g. 50M, 200K, 1G, 1000000)") from None
    if number <= 0:
        raise typer.BadParameter("must be positive")
    return int(number * scale)


class EngineKind(StrEnum):
    local = "local"
    dask = "dask"


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (walked); '-' reads stdin.")],
    out: Annotated[Path | None, typer.Option("--out", help="Write one <name>.json per input into this folder.")] = None,
    jsonl: Annotated[Path | None, typer.Option("--jsonl", help="Write one JSON object per line to this file.")] = None,
    reference_date: Annotated[str | None, typer.Option(
        "--reference-date", help="YYYY-MM-DD used for year-less dates when the document has no date.")] = None,
    compact: Annotated[bool, typer.Option("--compact", help="No indentation in --out and stdout JSON.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="One summary line per file on stderr.")] = False,
    tokens: Annotated[bool, typer.Option("--tokens", help="Add each article's words (text, start, end, pos).")] = False,
    workers: Annotated[int, typer.Option("--workers", "-j", min=0, help=(
        "Worker processes (0: one per core; 1: in this process). With --engine dask: local cluster size."))] = 0,
    engine: Annotated[EngineKind, typer.Option("--engine", help="local (processes here) or dask.")] = EngineKind.local,
    scheduler: Annotated[str | None, typer.Option("--scheduler", help=(
        "Dask scheduler address (tcp://host:8786); without it --engine dask starts a local cluster."))] = None,
    timeout: Annotated[float, typer.Option("--timeout", min=0, help=(
        "Seconds one input may take before it is stopped and reported (0: no limit)."))] = DEFAULT_TIMEOUT,
    max_bytes: Annotated[str, typer.Option("--max-bytes", help="Refuse inputs larger than this (K/M/G).")] = "50M",
    max_pages: Annotated[int, typer.Option("--max-pages", min=1, help="Refuse PDFs with more pages.")] = LIMITS.max_pages,
    force: Annotated[bool, typer.Option("--force", help="Redo inputs whose output is already up to date.")] = False,
    errors: Annotated[Path | None, typer.Option("--errors", help=(
        "Also list the failed inputs in this file (JSONL; TSV if it ends in .tsv)."))] = None,
) -> None:
    """Extract structured JSON from bulletins (.txt in any common encoding, .pdf, .docx).

    A batch (--out or --jsonl) runs in parallel, resumes where an earlier run of the same command
    stopped (inputs whose output is up to date are skipped), and writes a manifest next to its output.
    """
    ref = _parse_date(reference_date)
    if out is not None and jsonl is not None:
        raise typer.BadParameter("give either --out or --jsonl, not both")
    if scheduler is not None and engine is not EngineKind.dask:
        raise typer.BadParameter("--scheduler goes with --engine dask")
    indent = None if compact else 2
    options = Options(reference_date=ref, tokens=tokens, indent=indent, timeout=timeout or None,
                      max_bytes=_parse_size(max_bytes), max_pages=max_pages)
    single = out is None and jsonl is None and len(paths) == 1 and not Path(paths[0]).is_dir()
    if single:
        _extract_one(paths[0], options)
        return
    if out is None and jsonl is None:  # JSON lines on stdout
        options = replace(options, indent=None)
    elif jsonl is not None:
        options = replace(options, indent=None)
    from .engines import EngineError

    reporter = _Reporter(verbose)
    try:
        summary = run_batch(paths, options, out=out, jsonl=jsonl, engine=engine.value, workers=workers or None,
                            scheduler=scheduler, force=force, errors_path=errors,
                            on_start=reporter.start, on_result=reporter.result)
    except EngineError as exc:
        reporter.close()
        typer.echo(f"nlp-pipeline: {exc}", err=True)
        raise typer.Exit(2) from None
    reporter.close()
    for note in summary.notes:
        typer.echo(f"nlp-pipeline: {note}", err=True)
    typer.echo(_summary_text(summary, out, jsonl), err=True)
    if summary.exit_code:
        raise typer.Exit(summary.exit_code)


def _extract_one(path: str, options: Options) -> None:
    """One file (or stdin) to stdout, in this process."""
    from .engines import call_with_timeout

    item = next(iter_inputs([path]))
    if item.error is not None:
        typer.echo(f"{item.path}: {item.error.message}", err=True)
        raise typer.Exit(1)
    old = set_limits(max_bytes=options.max_bytes, max_pages=options.max_pages)
    try:
        result = call_with_timeout(Task(0, item.path, item.output_name), options)
    finally:
        set_limits(**vars(old))
    if result["status"] != "ok":
        typer.echo(result["summary"], err=True)
        raise typer.Exit(1)
    typer.echo(result["text"], nl=False)


def _summary_text(s: Summary, out: Path | None, jsonl: Path | None) -> str:
    where = f" -> {out}/" if out is not None else (f" -> {jsonl}" if jsonl is not None else "")
    counts = f"{s.ok} ok, {s.failed} failed, {s.skipped} skipped"
    timing = f"{s.elapsed:.1f} s" + (f", {s.processed_per_s:.1f} files/s, {s.workers} {s.engine} worker(s)"
                                     if s.workers else "")
    if s.interrupted is not None:
        name = signal.Signals(s.interrupted).name
        return (f"interrupted by {name}: {s.done} of {s.total} file(s) done ({counts}){where} ({timing}); "
                "run the same command again to resume")
    return f"{s.total} file(s): {counts}{where} ({timing})"


LOG_EVERY = 10.0  # seconds between progress lines when stderr is not a terminal


class _Reporter:
    """The terminal side of a batch: one line per failure (and per file with --verbose), and a
    progress bar with files/s and ETA on a terminal, or a plain progress line every ten seconds."""

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.tty = sys.stderr.isatty()
        self._bar: Any = None
        self._task: Any = None
        self._t0 = self._last = time.monotonic()
        self._total = 0

    def start(self, summary: Summary) -> None:
        self._total = summary.total
        self._t0 = self._last = time.monotonic()
        if self.tty and summary.total > 1:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TaskProgressColumn(),
                                 TextColumn("{task.fields[rate]} files/s"), TimeElapsedColumn(),
                                 TextColumn("ETA"), TimeRemainingColumn(), TextColumn("{task.fields[failed]}"),
                                 transient=True, console=Console(stderr=True))
            self._bar.start()
            self._task = self._bar.add_task("extracting", total=summary.total, rate="-", failed="")

    def _echo(self, line: str) -> None:
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            typer.echo(line, err=True)

    def result(self, result: Result, summary: Summary) -> None:
        if result["status"] == "failed":
            self._echo(result["summary"])
        elif self.verbose and result["status"] == "ok":
            self._echo(result["summary"])
        now = time.monotonic()
        elapsed = max(now - self._t0, 1e-9)
        done = summary.done
        rate = (summary.ok + summary.failed) / elapsed
        if self._bar is not None:
            self._bar.update(self._task, completed=done, rate=f"{rate:.1f}",
                             failed=f"{summary.failed} failed" if summary.failed else "")
        elif now - self._last >= LOG_EVERY:
            self._last = now
            left = self._total - done
            eta = left / rate if rate > 0 else float("nan")
            eta_text = time.strftime("%H:%M:%S", time.gmtime(eta)) if eta == eta else "?"
            typer.echo(f"nlp-pipeline: {done}/{self._total} ({100 * done / max(self._total, 1):.0f}%), "
                       f"{rate:.1f} files/s, ETA {eta_text}; {summary.failed} failed, {summary.skipped} skipped",
                       err=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


class Split(StrEnum):
    dev = "dev"
    test = "test"


@app.command()
def evaluate(
    gold: Annotated[list[str], typer.Argument(help="Gold files (*.gold.json) or folders holding them.")],
    split: Annotated[Split | None, typer.Option("--split", help="Only gold files of this split.")] = None,
    misses: Annotated[bool, typer.Option("--misses", help="List every missed and spurious item per document.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the figures to this JSON file.")] = None,
) -> None:
    """Score the pipeline against gold annotations: P/R/F1 per field, list and structure accuracy."""
    from .errors import InputError
    from .evaluate import (
        aggregate,
        figures,
        format_misses,
        format_table,
        run_gold,
        score_document,
        select_gold,
    )

    per_doc = {}
    failed = 0
    try:
        golds = list(select_gold(gold, split.value if split else None))
    except (OSError, ValueError) as exc:
        typer.echo(f"evaluate: {exc}", err=True)
        raise typer.Exit(1) from None
    for path, g in golds:
        try:
            doc = run_gold(path, g)
        except InputError as exc:
            typer.echo(f"{path}: {exc.message}", err=True)
            failed += 1
            continue
        except (OSError, ValueError, KeyError) as exc:
            typer.echo(f"{path}: {exc}", err=True)
            failed += 1
            continue
        per_doc[str(path)] = score_document(g, doc)
    total = aggregate(per_doc.values())
    label = f"{len(per_doc)} document(s)" + (f", split {split.value}" if split else "")
    typer.echo(format_table(total, label))
    if misses:
        for name, scores in per_doc.items():
            typer.echo(format_misses(name, scores))
    if json_out is not None:
        report = {"documents": len(per_doc), "split": split.value if split else None, "figures": figures(total),
                  "per_document": {name: figures(aggregate([s])) for name, s in per_doc.items()}}
        write_atomic(json_out, to_json(report) + "\n")
    if failed or not per_doc:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .schema import json_schema_text  # pydantic is slow to import: only here

    typer.echo(json_schema_text(), nl=False)


register_tables(app)  # export, report


def main() -> None:
    try:
        app(prog_name="nlp-pipeline")
    except Exception as exc:  # a bug: say so on one line rather than with a traceback
        first = f"{type(exc).__name__}: {exc}".splitlines()[0]
        typer.echo(f"nlp-pipeline: internal error: {first}", err=True)
        raise SystemExit(70) from None


__all__ = ["app", "main", "STDIN"]
