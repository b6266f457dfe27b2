"""The plain data every reader hands to the normaliser.

A reader turns bytes into :class:`RawDocument`: the text as a list of :class:`RawLine` in
reading order, each saying what separated it from the previous line (a line break, a blank line
or paragraph boundary, a page break) and, when the source knows (Word paragraphs, PDF geometry),
whether the line continues the previous paragraph. The normaliser decides the unknown cases.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Break(StrEnum):
    """What stood between a line and the line before it in the source."""

    LINE = "line"            # a plain line break inside a block
    PARAGRAPH = "paragraph"  # a blank line, or a paragraph boundary of the source format
    PAGE = "page"            # a page break (form feed, PDF page)


@dataclass(frozen=True)
class RawLine:
    text: str
    brk: Break = Break.LINE
    # Evidence from the source about the boundary before this line:
    # True  = the same paragraph goes on (PDF: previous line ran to the right margin),
    # False = a new paragraph starts here (Word paragraph; PDF: short previous line or indent),
    # None  = unknown (plain text): the normaliser decides.
    continues: bool | None = None
    page: int = 1
    # Largest font size on the line, when the source has one (PDF): mastheads are big.
    size: float | None = None


@dataclass
class RawDocument:
    lines: list[RawLine]
    format: str                      # "text" | "pdf" | "docx"
    encoding: str | None = None      # text files only
    pages: int | None = None         # PDF only
    notes: list[str] = field(default_factory=list)  # what the reader repaired, for warnings
