"""Command line: wiring only (``nlp-pipeline extract|schema``)."""

from __future__ import annotations

import datetime as dt
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .batch import (
    STDIN,
    is_error,
    iter_inputs,
    one_line_error,
    process,
    summary_line,
    unique_output_names,
)
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
) -> None:
    """Extract structured JSON from bulletins (.txt in any common encoding, .pdf, .docx)."""
    ref = _parse_date(reference_date)
    if out is not None and jsonl is not None:
        raise typer.BadParameter("give either --out or --jsonl, not both")
    items = list(iter_inputs(paths))
    indent = None if compact else 2
    single = out is None and jsonl is None and len(items) == 1 and not Path(paths[0]).is_dir()
    if single:
        record = process(items[0], ref, tokens)
        if is_error(record):
            typer.echo(one_line_error(record), err=True)
            raise typer.Exit(1)
        typer.echo(to_json(record, indent=indent))
        return

    names = unique_output_names(items)
    ok = failed = 0
    lines: list[str] = []
    progress = _progress(len(items))
    try:
        for idx, item in enumerate(items):
            record = process(item, ref, tokens)
            if is_error(record):
                failed += 1
                typer.echo(one_line_error(record), err=True)
            else:
                ok += 1
                if verbose:
                    typer.echo(summary_line(record), err=True)
            if out is not None:
                write_atomic(out / f"{names[idx]}.json", to_json(record, indent=indent) + "\n")
            elif jsonl is not None:
                lines.append(to_json(record, indent=None))
            else:
                typer.echo(to_json(record, indent=None))
            if progress is not None:
                progress.advance()
    finally:
        if progress is not None:
            progress.close()
    if jsonl is not None:
        write_atomic(jsonl, "".join(line + "\n" for line in lines))
    where = f" -> {out}/" if out is not None else (f" -> {jsonl}" if jsonl is not None else "")
    typer.echo(f"{len(items)} file(s): {ok} ok, {failed} failed{where}", err=True)
    if failed:
        raise typer.Exit(1)


class _Bar:
    def __init__(self, total: int) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), transient=True, console=None)
        self._progress.start()
        self._task = self._progress.add_task("extracting", total=total)

    def advance(self) -> None:
        self._progress.advance(self._task)

    def close(self) -> None:
        self._progress.stop()


def _progress(total: int) -> _Bar | None:
    """A progress bar on an interactive terminal only; batch logs stay clean."""
    if total > 1 and sys.stderr.isatty():
        return _Bar(total)
    return None


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


def main() -> None:
    try:
        app(prog_name="nlp-pipeline")
    except Exception as exc:  # a bug: say so on one line rather than with a traceback
        first = f"{type(exc).__name__}: {exc}".splitlines()[0]
        typer.echo(f"nlp-pipeline: internal error: {first}", err=True)
        raise SystemExit(70) from None


__all__ = ["app", "main", "STDIN"]
