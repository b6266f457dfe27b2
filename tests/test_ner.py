"""The shipped statistical NER model (models/ner, nlp_pipeline.extract.ner).

The sentences are written for this test (invented people, places and bodies). The model is
committed, so it must load; the expected spans are what the shipped model returns, exactly.
"""

from __future__ import annotations

import pytest

from nlp_pipeline.extract.ner import chunks, load_ner, model_dir, ner_spans


def test_model_is_shipped_and_loads() -> None:
    assert model_dir() is not None
    nlp = load_ner()
    assert set(nlp.get_pipe("ner").labels) == {"PERSON", "ORG", "COMPANY"}
    assert nlp.pipe_names == ["char_bigrams", "tok2vec", "ner"]


CASES = [
    # a name with no title, as the subject of a news sentence
    ("昨天下午，王建新在村口向记者介绍了今年的收成。", [("王建新", "PERSON")]),
    # title + name, organisations with their region
    ("浙江省公安厅副厅长宋文元主持会议。", [("浙江省公安厅", "ORG"), ("宋文元", "PERSON")]),
    ("市人社局局长刘芳参加会议。", [("市人社局", "ORG"), ("刘芳", "PERSON")]),
    ("桐溪县人民政府召开常务会议。", [("桐溪县人民政府", "ORG")]),
    # a list of names
    ("出席会议的有李明辉、张红梅、陈国华等。", [("李明辉", "PERSON"), ("张红梅", "PERSON"), ("陈国华", "PERSON")]),
    # a foreign name after a country and a title
    ("美国总统克莱顿说，两国关系很好。", [("克莱顿", "PERSON")]),
    ("国务院总理李国强今天会见了客人。", [("李国强", "PERSON")]),
    # places are not entities
    ("伊拉克和北京之间的航线今天开通。", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_exact_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[s:e], label) for s, e, label in ner_spans(text)] == expected


def test_offsets_index_the_whole_text() -> None:
    line = "浙江省公安厅副厅长宋文元主持会议。"
    text = "\n\n" + line + "\n" + line
    spans = ner_spans(text)
    assert [(text[s:e], lab) for s, e, lab in spans] == [("浙江省公安厅", "ORG"), ("宋文元", "PERSON")] * 2
    assert spans[2][0] == spans[0][0] + len(line) + 1


def test_long_lines_are_cut_after_sentences() -> None:
    text = "甲。" * 300
    pieces = chunks(text)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= 400 for _, p in pieces)
    assert [off for off, _ in pieces] == [sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))]
