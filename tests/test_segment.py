"""The segment stage: offsets, user-dictionary words, edge cases. Needs no ../shared."""

from __future__ import annotations

import dataclasses

import pytest

from nlp_pipeline import segment as seg
from nlp_pipeline.segment import Token, segment

# (text, the exact tokens expected)
CASES = [
    ("纪检组长李明出席会议", ["纪检组长", "李明", "出席会议"]),
    ("常务副市长王刚主持召开推进会", ["常务副市长", "王刚", "主持", "召开", "推进会"]),
    ("市公安局召开创建全国文明城市动员会", ["市公安局", "召开", "创建", "全国文明城市", "动员会"]),
    ("市文明办、市创建办联合开展督查", ["市文明办", "、", "市创建办", "联合", "开展", "督查"]),
    ("县委常委、政法委书记赵强讲话", ["县委", "常委", "、", "政法委书记", "赵强", "讲话"]),
    # a unit starting with its level gives the level character back to the place before it
    ("福清市公安局、该市纪委", ["福清市", "公安局", "、", "该", "市纪委"]),
    ("国家税务总局沣源市税务局通报", ["国家税务总局", "沣源市", "税务局", "通报"]),
    ("昆山市委宣传部", ["昆山", "市委宣传部"]),
    ("副市长 张三\n出席\r\n  部署会。", ["副市长", "张三", "出席", "部署会", "。"]),
    ("\u3000市委办公室主任", ["市委办公室", "主任"]),
    ("", []),
    (" \n\t ", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tokens(text: str, expected: list[str]) -> None:
    tokens = segment(text)
    assert [t.text for t in tokens] == expected
    for t in tokens:
        assert text[t.start:t.end] == t.text
        assert t.pos  # every token has a tag
    # in order, not overlapping, and only whitespace left between them
    ends = [0] + [t.end for t in tokens]
    for prev_end, t in zip(ends, tokens, strict=False):
        assert prev_end <= t.start
        assert text[prev_end:t.start].strip() == ""
    assert text[ends[-1]:].strip() == ""


@pytest.mark.parametrize(("word", "pos"), [
    ("纪检组长", "nnt"), ("常务副市长", "nnt"), ("政法委书记", "nnt"),
    ("市公安局", "nt"), ("市创建办", "nt"), ("推进会", "n"), ("曾任", "v"),
    # words jieba's dictionary tags as persons' names, retagged (user_dict.txt)
    ("夏令营", "n"), ("荣获", "v"), ("白皮书", "n"),
])
def test_user_dict_words_stay_whole(word: str, pos: str) -> None:
    for text in (word, f"在{word}的会上", f"{word}。"):
        tokens = segment(text)
        hit = [t for t in tokens if t.text == word]
        assert hit, [t.text for t in tokens]
        assert hit[0].pos == pos
        assert text[hit[0].start:hit[0].end] == word


def test_offsets_with_spaces_and_newlines() -> None:
    text = "10月22日上午，\n副市长  王刚\t出席。"
    tokens = segment(text)
    assert [(t.text, t.start, t.end) for t in tokens if t.text in ("副市长", "王刚", "出席")] == [
        ("副市长", 10, 13), ("王刚", 15, 17), ("出席", 18, 20)]
    assert not any(t.text.isspace() for t in tokens)


def test_token_is_frozen() -> None:
    t = Token("市公安局", 0, 4, "nt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        t.start = 1  # type: ignore[misc]


def test_private_tokenizer_leaves_global_jieba_alone() -> None:
    import jieba
    import jieba.posseg
    segment("纪检组长李明")
    ours = seg._default_tokenizer()
    assert ours is not jieba.posseg.dt and ours.tokenizer is not jieba.dt
    assert "纪检组长" in ours.tokenizer.FREQ
    if jieba.dt.initialized:  # someone else may use the global jieba: it must not see our words
        assert "纪检组长" not in jieba.dt.FREQ
    assert "纪检组长" not in jieba.posseg.dt.word_tag_tab


def test_lexicons_are_found_in_the_repo() -> None:
    folder = seg.lexicon_dir()
    assert folder is not None and folder == seg.lexicon_candidates()[0]
    assert (folder / "user_dict.txt").is_file()


def test_user_dict_format() -> None:
    """Plain jieba format (``word freq pos``), no comments, no duplicates: jieba reads it as is."""
    path = seg.user_dict_path()
    assert path is not None
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(" ")
        assert len(parts) == 3 and parts[1].isdigit() and parts[2].isalpha(), line
        assert not line.startswith("#")
        words.append(parts[0])
    assert len(words) == len(set(words))
    assert 100 <= len(words) <= 300


def test_cache_dir_is_not_the_working_dir(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert seg.cache_dir().resolve() != tmp_path.resolve()
    segment("副市长")
    assert not list(tmp_path.iterdir())


def test_no_jieba_chatter_on_build(capfd) -> None:
    seg.new_tokenizer()
    assert "prefix dict" not in capfd.readouterr().err
