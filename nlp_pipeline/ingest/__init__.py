"""Stage 1: bytes of a file -> :class:`RawDocument` (lines in reading order with layout hints).

Resource limits (:data:`LIMITS`) bound what one hostile input can cost: inputs larger than
``max_bytes`` are refused before any reader sees them, PDFs with more than ``max_pages`` pages are
refused by the PDF reader, and the .docx reader refuses zip bombs. The batch runner sets them from
``--max-bytes`` / ``--max-pages`` in every worker (:func:`set_limits`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import EmptyInput, InputTooLarge, UnsupportedFormat
from .model import Break, RawDocument, RawLine

TEXT_SUFFIXES = {".txt", ".text", ""}
READABLE_SUFFIXES = {".txt", ".text", ".pdf", ".docx"}


@dataclass
class Limits:
    max_bytes: int = 50 * 1024 * 1024   # a bulletin is a few KB to a few MB
    max_pages: int = 2000               # PDF pages


LIMITS = Limits()  # mutated in place by set_limits: readers look it up at call time


def set_limits(max_bytes: int | None = None, max_pages: int | None = None) -> Limits:
    """Change the limits for this process; returns the previous ones (to restore them).

    >>> old = set_limits(max_pages=10); LIMITS.max_pages, set_limits(**vars(old)).max_pages
    (10, 10)
    """
    old = Limits(LIMITS.max_bytes, LIMITS.max_pages)
    if max_bytes is not None:
        LIMITS.max_bytes = max_bytes
    if max_pages is not None:
        LIMITS.max_pages = max_pages
    return old


def check_size(size: int) -> None:
    """Raise :class:`InputTooLarge` when an input of ``size`` bytes is over ``LIMITS.max_bytes``."""
    if size > LIMITS.max_bytes:
        raise InputTooLarge(f"file too large ({size:,} bytes > limit {LIMITS.max_bytes:,}; "
                            "raise the limit with --max-bytes)")


def sniff_format(data: bytes, name: str) -> str:
    """Decide the format from the content first (a PDF named .txt is still a PDF), then the name."""
    lowered = name.lower()
    if data[:1024].lstrip().startswith(b"%PDF-") or lowered.endswith(".pdf"):
        return "pdf"
    if lowered.endswith(".docx") or (data.startswith(b"PK\x03\x04") and b"word/" in data[:4096]):
        return "docx"
    if lowered.endswith(".doc"):
        raise UnsupportedFormat("legacy Word .doc is not supported: save it as .docx")
    return "text"


def read_bytes(data: bytes, name: str) -> RawDocument:
    """Read one input. Raises an :class:`~nlp_pipeline.errors.InputError` on bad input."""
    if not data:
        raise EmptyInput("empty file (0 bytes)")
    check_size(len(data))
    fmt = sniff_format(data, name)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    from .text import read_text

    return read_text(data, name)


__all__ = ["Break", "RawDocument", "RawLine", "read_bytes", "sniff_format", "READABLE_SUFFIXES",
           "LIMITS", "Limits", "set_limits", "check_size", "InputTooLarge"]
