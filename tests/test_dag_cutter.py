"""segment.DagCutter cuts as jieba's ``Tokenizer.cut(text, HMM=False)`` over the same dictionary.

The unit and title-mention extractors rely on it giving jieba's words exactly (their output is
compared byte for byte across versions), so it is checked here on edge cases and on every window of
a few characters of some corpus bulletins.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp_pipeline.ingest.text import decode
from nlp_pipeline.segment import dag_cutter, dictionary

CORPUS = Path(__file__).resolve().parent.parent / "corpora" / "bulletins"

EDGE_CASES = [
    "",
    "市公安局召开创建全国文明城市动员会",
    "IBM公司和3M公司, WCG组委会",
    "副市长 张三\n出席\r\n  部署会。",
    "2014年10月23日 9:30，C++与C#的100%",
    "\u3000\t\f市委办公室主任",
    "中国驻南非大使馆",
    "abc def_ghi-jkl.mno",
    "①②③（一）“一支部一品牌”",
]


def _jieba(text: str) -> list[str]:
    return list(dictionary()[0].cut(text, HMM=False))


@pytest.mark.parametrize("text", EDGE_CASES)
def test_same_words_as_jieba(text: str) -> None:
    assert dag_cutter().cut(text) == _jieba(text)


def test_same_words_as_jieba_on_corpus_windows() -> None:
    files = sorted(CORPUS.glob("*.txt"))[:5]
    if not files:
        pytest.skip("no corpus bulletins")
    checked = 0
    for path in files:
        text = decode(path.read_bytes(), path.name)[0][:3000]
        for start in range(0, len(text), 7):
            window = text[start:start + 15]
            assert dag_cutter().cut(window) == _jieba(window), window
            checked += 1
    assert checked > 100
