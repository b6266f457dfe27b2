"""Stage 1: bytes of a file -> :class:`RawDocument` (lines in reading order with layout hints)."""

from __future__ import annotations

from ..errors import EmptyInput, UnsupportedFormat
from .model import Break, RawDocument, RawLine

TEXT_SUFFIXES = {".txt", ".text", ""}
READABLE_SUFFIXES = {".txt", ".text", ".pdf", ".docx"}


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
    fmt = sniff_format(data, name)
    if fmt == "pdf":
        from .pdf import read_pdf

        return read_pdf(data, name)
    if fmt == "docx":
        from .docx import read_docx

        return read_docx(data, name)
    from .text import read_text

    return read_text(data, name)


__all__ = ["Break", "RawDocument", "RawLine", "read_bytes", "sniff_format", "READABLE_SUFFIXES"]
