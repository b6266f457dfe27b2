"""Word (.docx) bulletins: body paragraphs and tables in document order.

Each Word paragraph is a paragraph for certain (``continues=False``); a manual line break inside
one is an ordinary line break the normaliser may join. A table becomes one line per row, cells
separated by a space, so a table reads the same as in the plain-text form of a bulletin.
"""

from __future__ import annotations

import io
import struct
import zipfile

from ..errors import CorruptFile, EmptyInput
from .model import Break, RawDocument, RawLine

W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Zip bombs: every limit is checked on the sizes the archive declares, before anything is
# decompressed. zipfile never inflates a member beyond its declared size (it stops there and the
# CRC check fails), so declared sizes bound what python-docx can be made to read.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # the whole archive: bulletins are small
MAX_XML_PART_BYTES = 32 * 1024 * 1024       # one XML part (lxml needs ~10x that in memory)
MAX_RATIO = 100                             # inflated / deflated, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024                   # ordinary Word XML deflates 5-20x; bombs 1000x
MAX_MEMBERS = 10_000


def _check_container(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile as exc:
        raise CorruptFile(f"not a valid .docx (zip container unreadable: {exc})") from None
    except (ValueError, OverflowError, EOFError, NotImplementedError, struct.error, OSError) as exc:
        raise CorruptFile(f"not a valid .docx (zip container damaged: {type(exc).__name__})") from None
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        raise CorruptFile("not a Word document: the zip has no word/document.xml")
    if len(infos) > MAX_MEMBERS:
        raise CorruptFile(f"refusing .docx with {len(infos):,} zip members (zip bomb?)")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES:
        raise CorruptFile(f"refusing .docx that expands to {total // 2**20} MiB (zip bomb?)")
    for info in infos:
        size = info.file_size
        if info.filename.endswith((".xml", ".rels")) and size > MAX_XML_PART_BYTES:
            raise CorruptFile(f"refusing .docx whose {info.filename} expands to {size // 2**20} MiB (zip bomb?)")
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            ratio = size // max(info.compress_size, 1)
            raise CorruptFile(f"refusing .docx whose {info.filename} expands {ratio:,}x "
                              f"({info.compress_size:,} -> {size:,} bytes; zip bomb?)")


def _paragraph_text(p) -> list[str]:
    """Text of one <w:p>, split at manual line breaks; page breaks count as line breaks."""
    parts: list[str] = [""]
    for node in p.iter():
        tag = node.tag
        if tag == W_NS + "t":
            parts[-1] += node.text or ""
        elif tag == W_NS + "tab":
            parts[-1] += "\t"
        elif tag in (W_NS + "br", W_NS + "cr"):
            parts.append("")
    return parts


def read_docx(data: bytes, name: str) -> RawDocument:
    _check_container(data)
    import docx  # python-docx; imported lazily, it is slow to import

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises KeyError, ValueError, lxml errors...
        raise CorruptFile(f"damaged .docx ({type(exc).__name__}: {exc})") from None
    lines: list[RawLine] = []

    def add(text: str, continues: bool | None) -> None:
        if text.strip():
            lines.append(RawLine(text=text, brk=Break.PARAGRAPH if continues is False else Break.LINE,
                                 continues=continues))

    body = document.element.body
    for block in body.iterchildren():
        if block.tag == W_NS + "p":
            for k, piece in enumerate(_paragraph_text(block)):
                add(piece, False if k == 0 else None)
        elif block.tag == W_NS + "tbl":
            for row in block.iter(W_NS + "tr"):
                cells = []
                for cell in row.iter(W_NS + "tc"):
                    cell_text = "".join("".join(_paragraph_text(p)) for p in cell.iter(W_NS + "p")).strip()
                    if cell_text:
                        cells.append(cell_text)
                add(" ".join(cells), False)
    if not lines:
        raise EmptyInput("the Word document has no text")
    return RawDocument(lines=lines, format="docx")
