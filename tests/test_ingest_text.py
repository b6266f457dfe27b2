import codecs
import os

import pytest

from nlp_pipeline.errors import EmptyInput, UndecodableText
from nlp_pipeline.ingest import read_bytes
from nlp_pipeline.ingest.model import Break
from nlp_pipeline.ingest.text import decode, text_to_lines

SAMPLE = "精神文明建设工作简报\n第3期\n市公安局召开创建全国文明城市工作推进会，会议由公安局政委主持。"

ENCODING_CASES = [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("gb18030"), "gb18030"),
    (SAMPLE.encode("gbk"), "gb18030"),  # GBK is a subset of GB18030: recorded as the superset
    (SAMPLE.encode("utf-16"), "utf-16"),
    ("简报：镕、堃、喆".encode("gb18030"), "gb18030"),
]


@pytest.mark.parametrize(("data", "encoding"), ENCODING_CASES)
def test_decode_detects_encoding(data, encoding):
    text, found = decode(data, "x.txt")
    assert found == encoding
    assert text.lstrip("\ufeff") in (SAMPLE, "简报：镕、堃、喆")


def test_encoding_recorded_in_document():
    doc = read_bytes(SAMPLE.encode("gb18030"), "x.txt")
    assert (doc.format, doc.encoding) == ("text", "gb18030")
    assert [ln.text for ln in doc.lines] == SAMPLE.split("\n")


@pytest.mark.parametrize("data", [os.urandom(4000), bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n" + os.urandom(500)])
def test_binary_garbage_is_rejected(data):
    with pytest.raises(UndecodableText):
        read_bytes(data, "garbage.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t \r\n"])
def test_empty_text_is_rejected(data):
    with pytest.raises(EmptyInput):
        read_bytes(data, "empty.txt")


def test_blank_lines_and_form_feeds_become_breaks():
    lines = text_to_lines("甲\n乙\n\n丙\f丁\r\n戊")
    assert [(ln.text, ln.brk, ln.page) for ln in lines] == [
        ("甲", Break.LINE, 1), ("乙", Break.LINE, 1), ("丙", Break.PARAGRAPH, 1),
        ("丁", Break.PAGE, 2), ("戊", Break.LINE, 2),
    ]
