"""``export`` and ``report`` commands, ready for typer: ``register(app)`` adds them to the CLI.

RESULTS is what ``extract`` wrote: a folder of ``*.json`` (``--out``, walked) or a JSONL file
(``--jsonl``). Messages go to stderr; a RESULTS that cannot be read is one line and exit status 1.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer


class TableFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"
    duckdb = "duckdb"


def _load(results: Path, command: str) -> list[dict[str, Any]]:
    from .export import ResultsError, load_records

    try:
        return load_records(results)
    except ResultsError as exc:
        typer.echo(f"{command}: {exc}", err=True)
        raise typer.Exit(1) from None


def _annotate(records: list[dict[str, Any]], *, keywords: bool, idf: Path | None, duplicates: bool,
              threshold: float) -> None:
    """Add keywords / duplicate marks where asked and the results do not carry them yet."""
    if keywords and not any("keywords" in a for r in records if "error" not in r for a in r.get("articles") or []):
        from .keywords import KeywordModel, add_keywords

        model = KeywordModel.load(idf) if idf is not None else None
        add_keywords(records, model=model)
    if duplicates:
        from .duplicates import has_duplicate_marks, mark_duplicates

        if not has_duplicate_marks(records):
            mark_duplicates(records, threshold=threshold)


def export_command(
    results: Annotated[Path, typer.Argument(help="A folder of *.json written by `extract --out`, or a JSONL file.")],
    out: Annotated[Path, typer.Option("--out", help="csv/parquet: a folder (one file per table); duckdb: the "
                                                    "database file, appended to when it exists.")],
    fmt: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.duckdb,
    skip_duplicates: Annotated[bool, typer.Option(
        "--skip-duplicates", help="Leave out near-duplicate articles (found now when the results carry no "
                                  "duplicate_of marks) and documents made only of them.")] = False,
    threshold: Annotated[float, typer.Option(
        "--threshold", min=0.0, max=1.0, help="Similarity from which an article is a near-duplicate.")] = 0.75,
    keywords: Annotated[bool, typer.Option(
        "--keywords", help="Compute per-article keywords (TF-IDF) when the results carry none.")] = False,
    idf: Annotated[Path | None, typer.Option(
        "--idf", help="With --keywords: a saved IDF model (models/keywords_idf.json) instead of this batch's.")] = None,
) -> None:
    """Flatten results into tables (documents, articles, officials, units, dates, requirement items, …)."""
    from .export import export

    records = _load(results, "export")
    _annotate(records, keywords=keywords, idf=idf, duplicates=skip_duplicates, threshold=threshold)
    try:
        counts = export(records, fmt.value, out, skip_duplicates=skip_duplicates)
    except OSError as exc:
        typer.echo(f"export: {out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    except Exception as exc:
        import duckdb

        if not isinstance(exc, duckdb.Error):
            raise
        typer.echo(f"export: {out}: {str(exc).splitlines()[0]}", err=True)  # not a DuckDB file, locked, …
        raise typer.Exit(1) from None
    docs = sum(1 for r in records if "error" not in r)
    verb = "added" if fmt is TableFormat.duckdb else "rows"
    detail = ", ".join(f"{name} {n}" for name, n in counts.items())
    typer.echo(f"export: {docs} document(s), {len(records) - docs} error record(s) -> {out} ({fmt.value}); "
               f"{verb}: {detail}", err=True)


def report_command(
    results: Annotated[Path, typer.Argument(help="A folder of *.json written by `extract --out`, or a JSONL file.")],
    out: Annotated[Path, typer.Option("--out", help="The HTML file to write.")] = Path("report.html"),
    title: Annotated[str | None, typer.Option("--title", help="Page title.")] = None,
    keywords: Annotated[bool, typer.Option(
        "--keywords", help="Compute per-article keywords when the results carry none.")] = False,
    duplicates: Annotated[bool, typer.Option(
        "--duplicates", help="Mark near-duplicate articles when the results carry no marks.")] = False,
    threshold: Annotated[float, typer.Option("--threshold", min=0.0, max=1.0,
                                             help="Similarity threshold for --duplicates.")] = 0.75,
) -> None:
    """One self-contained HTML review page: documents, masthead, warnings, highlighted text."""
    from .report import write_report

    records = _load(results, "report")
    _annotate(records, keywords=keywords, idf=None, duplicates=duplicates, threshold=threshold)
    try:
        write_report(records, out, title=title)
    except OSError as exc:
        typer.echo(f"report: {out}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"report: {len(records)} record(s) -> {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add ``export`` and ``report`` to ``app``."""
    app.command("export")(export_command)
    app.command("report")(report_command)


__all__ = ["export_command", "report_command", "register", "TableFormat"]
