"""chars.has_chinese accepts exactly the characters chars.is_chinese accepts (it replaces a loop
of is_chinese calls in the normaliser, whose output must not change)."""

from __future__ import annotations

from nlp_pipeline.chars import has_chinese, is_chinese


def test_has_chinese_is_is_chinese_on_every_code_point() -> None:
    differ = [o for o in range(0x110000) if has_chinese(chr(o)) != is_chinese(chr(o))]
    assert differ == []


def test_has_chinese_finds_one_anywhere() -> None:
    assert has_chinese("GM/T 0031—2014") and not has_chinese("GM/T 0031-2014")
    assert has_chinese("abc" * 100 + "〇") and not has_chinese("")
