"""The public-benchmark harness's scorers and parsers on hand-made data (no ../shared needed)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("public_eval", ROOT / "benchmarks" / "public_eval.py")
assert _spec and _spec.loader
pe = importlib.util.module_from_spec(_spec)
sys.modules["public_eval"] = pe
_spec.loader.exec_module(pe)


# ---------------------------------------------------------------- span scoring

@pytest.mark.parametrize(("gold", "pred", "tp", "p", "r", "f1"), [
    ([(0, 2), (5, 7), (9, 12)], [(0, 2), (5, 7), (9, 12)], 3, 1.0, 1.0, 1.0),
    ([(0, 2), (5, 7), (9, 12), (20, 22)], [(0, 2), (5, 8)], 1, 0.5, 0.25, 1 / 3),
    ([(0, 2)], [(0, 3), (1, 2)], 0, 0.0, 0.0, 0.0),             # partial overlaps do not count
    ([(0, 2), (4, 6)], [], 0, None, 0.0, 0.0),                   # nothing predicted: P undefined
    ([], [(0, 2)], 0, 0.0, None, 0.0),                           # nothing to find: R undefined
    ([], [], 0, None, None, None),
    ([("s1", "副市长"), ("s1", "局长")], [("s1", "副市长"), ("s2", "局长")], 1, 0.5, 0.5, 0.5),
])
def test_score(gold, pred, tp, p, r, f1) -> None:
    s = pe.score(gold, pred)
    assert s.tp == tp and s.pred == len(pred) and s.gold == len(gold)
    assert s.precision == pytest.approx(p) if p is not None else s.precision is None
    assert s.recall == pytest.approx(r) if r is not None else s.recall is None
    assert s.f1 == pytest.approx(f1) if f1 is not None else s.f1 is None


def test_score_is_a_multiset_match() -> None:
    s = pe.score(["局长", "局长"], ["局长", "局长", "局长"])
    assert (s.tp, s.pred, s.gold) == (2, 3, 2)


def test_prf_accumulates() -> None:
    total = pe.PRF()
    total.add(pe.score([(0, 1)], [(0, 1)]))
    total.add(pe.score([(0, 1), (2, 3)], []))
    assert (total.tp, total.pred, total.gold) == (1, 1, 3)
    assert total.precision == 1.0 and total.recall == pytest.approx(1 / 3) and total.f1 == pytest.approx(0.5)
    assert pe.fmt(None) == "—" and pe.fmt(0.5) == "50.0"


# ---------------------------------------------------------------- segmentation scoring

def test_score_segmentation() -> None:
    gold = ["市", "公安局", "副", "局长", "王", "伟", "讲话"]
    pred = ["市公安局", "副局长", "王伟", "讲话"]
    s = pe.score_segmentation(gold, pred)
    assert (s.tp, s.pred, s.gold) == (1, 4, 7)
    assert s.precision == pytest.approx(0.25) and s.recall == pytest.approx(1 / 7)
    assert s.f1 == pytest.approx(2 / 11)


def test_score_segmentation_identical_and_line_breaks_ignored() -> None:
    # the same character stream cut into lines differently scores as one stream
    s = pe.score_segmentation(["今天", "“", "天气", "”", "好"], ["今天“", "天气", "”", "好"])
    assert (s.tp, s.pred, s.gold) == (3, 4, 5)
    assert pe.score_segmentation(["甲乙", "丙"], ["甲乙", "丙"]).f1 == 1.0


def test_score_segmentation_rejects_different_texts() -> None:
    with pytest.raises(ValueError):
        pe.score_segmentation(["甲乙"], ["甲丙"])


def test_cut_gold_like_follows_characters_not_lines() -> None:
    gold = [["甲", "乙", "“"], ["丙丁", "。"]]
    assert pe._cut_gold_like(["甲乙"], gold) == [["甲", "乙"]]
    assert pe._cut_gold_like(["甲乙“丙丁"], gold) == [["甲", "乙", "“", "丙丁"]]


# ---------------------------------------------------------------- PFR

# A made-up paragraph in the PFR format (id, two spaces between word/tag items).
PFR_LINE = ("20240305-02-007-003/m  ３月/t  ５日/t  上午/t  ，/w  [东山/ns  县/n  教育局/n]nt  局长/n  "
            "周/nr  明远/nr  会见/v  了/u  马丁/nr  ，/w  [周/nr  明远/nr  基金会/n]nt  与/c  县政府/nt  "
            "、/w  团县委/nt  的/u  林/nr  涛/nr  何/nr  平/nr  也/d  参加/v  。/w  ")


def test_parse_pfr_line() -> None:
    p = pe.parse_pfr_line(PFR_LINE)
    assert p is not None
    assert p.pid == "20240305-02-007-003" and p.doc_id == "20240305-02-007"
    assert p.words[:3] == [("３月", "t"), ("５日", "t"), ("上午", "t")]
    assert p.words[4] == ("东山", "ns")
    assert p.compounds == [(4, 6, "nt"), (14, 16, "nt")]
    assert p.text == "３月５日上午，东山县教育局局长周明远会见了马丁，周明远基金会与县政府、团县委的林涛何平也参加。"
    assert pe.parse_pfr_line("\n") is None
    with pytest.raises(ValueError):
        pe.parse_pfr_line("not-an-id/m  字/n")
    with pytest.raises(ValueError):
        pe.parse_pfr_line("20240305-02-007-004/m  [东山/ns  县/n")


def test_pfr_gold_spans() -> None:
    p = pe.parse_pfr_line(PFR_LINE)
    assert p is not None
    text = p.text
    gold = pe.pfr_gold(p)

    def words(spans):
        return sorted(text[s:e] for s, e in spans)

    assert words(gold["time"]) == ["３月５日上午"]
    assert words(gold["organisation"]) == sorted(["东山县教育局", "周明远基金会", "县政府", "团县委"])
    # surname + given name = one person; a name inside a compound counts; 林 涛 何 平 = two persons
    assert words(gold["person"]) == sorted(["周明远", "马丁", "周明远", "林涛", "何平"])
    assert len(gold["person"]) == 5
    assert (0, 6) in gold["time"]


def test_pfr_articles_run_whole(tmp_path) -> None:
    # Two made-up paragraphs of one article and one of the next: the article's paragraphs are one
    # document, its gold spans shifted past the line break that joins them.
    lines = ["20240305-02-007-001/m  人物/n  速写/v  ",
             "20240305-02-007-002/m  县长/n  周/nr  明远/nr  说/v  ，/w  周/nr  明远/nr  笑/v  了/u  。/w  ",
             "20240305-02-008-001/m  [东山/ns  县/n  教育局/n]nt  召开/v  会议/n  。/w  "]
    path = tmp_path / "199801.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    paras = pe.read_pfr(path)
    assert [len(a) for a in pe.pfr_articles(paras)] == [2, 1]
    rows, info = pe.eval_pfr(path, limit=None, every=1, by="article")
    assert info["articles"] == 2 and info["sample"] == "2 of 2 articles"
    person = next(r for r in rows if r.metric == "person (nr)")
    assert person.dataset == "PFR 1998-01 articles"
    assert (person.ours.tp, person.ours.pred, person.ours.gold) == (2, 2, 2)
    org = next(r for r in rows if r.metric == "organisation (nt)")
    assert org.ours.gold == 1


def test_pfr_neutral_organisation_spans() -> None:
    # A place (ns token or compound) and an abbreviation (j) are not organisations in PFR's
    # scheme but may be units in ours (城厢镇, 地税局): such a prediction is neither right nor wrong.
    p = pe.parse_pfr_line("20240305-02-007-005/m  [大连市/ns  石河/ns  满族镇/ns]ns  和/c  地税局/j  、/w  "
                          "县政府/nt  、/w  东山/ns  ")
    assert p is not None
    text = p.text
    neutral = pe.pfr_neutral_organisations(p)
    assert sorted(text[s:e] for s, e in neutral) == sorted(["大连市石河满族镇", "大连市", "石河", "满族镇",
                                                          "地税局", "东山"])
    gold = pe.pfr_gold(p)["organisation"]
    pred = [(0, 8), (9, 12), (13, 16), (0, 3), (3, 5)]   # town, abbreviation, 县政府, 大连市 (neutral), 石河 too
    assert [text[s:e] for s, e in sorted(pe.without_neutral(pred, neutral, gold))] == ["县政府"]
    s = pe.score(gold, pe.without_neutral(pred, neutral, gold))
    assert (s.tp, s.pred, s.gold) == (1, 1, 1)


def test_pfr_words_with_slash_and_bracket_chars() -> None:
    p = pe.parse_pfr_line("20240101-01-001-001/m  １／２/m  （/w  [某/r  委员会/n]nt  ）/w  ")
    assert p is not None and p.words[0] == ("１／２", "m") and p.compounds == [(2, 3, "nt")]


def test_group_person_tokens() -> None:
    assert pe.group_person_tokens([]) == []
    assert pe.group_person_tokens([(0, 2), (2, 4)]) == [(0, 4)]            # 欧阳 山尊
    assert pe.group_person_tokens([(0, 4), (4, 5), (5, 7)]) == [(0, 4), (4, 7)]
    assert pe.group_person_tokens([(0, 1)]) == [(0, 1)]                   # 江 (主席)


def test_tagged_spans_baseline_rules() -> None:
    # jieba-style tokens: 江泽民/nr 、/x 李/nr 鹏/nr 1998/m 年/m 元旦/t 上午/t 国务院/nt 中共中央/nt
    toks = [(0, 3, "nr"), (3, 4, "x"), (4, 5, "nr"), (5, 6, "nrfg"), (6, 10, "m"), (10, 11, "m"),
            (11, 13, "t"), (13, 15, "t"), (15, 18, "nt"), (18, 22, "nt")]
    out = pe.tagged_spans(toks, is_person=lambda t: t.startswith("nr"), is_org=lambda t: t == "nt",
                          is_time=lambda t: t == "t")
    assert out == {"person": {(0, 3), (4, 6)}, "time": {(11, 15)}, "organisation": {(15, 18), (18, 22)}}
    # a gap (whitespace) breaks a run
    gap = pe.tagged_spans([(0, 2, "t"), (3, 5, "t")], is_person=lambda t: False, is_org=lambda t: False,
                          is_time=lambda t: t == "t")
    assert gap["time"] == {(0, 2), (3, 5)}


# ---------------------------------------------------------------- alignment

@pytest.mark.parametrize(("raw", "norm", "expected"), [
    ("１２月３１日", "12月31日", [0, 1, 2, 3, 4, 5, 6]),
    ("于 １０ 月", "于10月", [0, 2, 3, 5, 6]),
    ("甲\u200b乙", "甲乙", [0, 2, 3]),
    ("会议,开始", "会议，开始", [0, 1, 2, 3, 4, 5]),
    ("", "", [0]),
])
def test_align(raw, norm, expected) -> None:
    assert pe.align(raw, norm) == expected


def test_align_refuses_a_non_one_to_one_map() -> None:
    assert pe.align("甲乙", "甲丙") is None
    assert pe.align("甲", "甲乙") is None


def test_to_raw() -> None:
    mapping = pe.align("于 １０ 月２０日", "于10月20日")
    assert mapping is not None
    assert pe.to_raw((1, 4), mapping) == (2, 6)       # "10月" -> "１０ 月"
    assert pe.to_raw((0, 0), mapping) is None
    assert pe.to_raw((5, 99), mapping) is None


def test_our_spans_reads_the_contract() -> None:
    doc = {"officials": [{"name": "王刚", "titles": ["副市长"], "mentions": [{"start": 3, "end": 5}]}],
           "units": [{"name": "市公安局", "mentions": [{"start": 6, "end": 10}, {"start": 20, "end": 24}]}],
           "dates": [{"text": "10月", "value": "2014-10", "start": 0, "end": 3, "part_of_day": None}]}
    assert pe.our_spans(doc) == {"person": [(3, 5)], "organisation": [(6, 10), (20, 24)], "time": [(0, 3)]}
    assert pe.our_titles(doc) == {"副市长"}
    assert pe.our_spans({}) == {"person": [], "organisation": [], "time": []}


def test_our_title_mentions_reads_the_contract() -> None:
    doc = {"title_mentions": [{"text": "局长", "start": 4, "end": 6, "official": "周明远"},
                              {"text": "记者", "start": 12, "end": 14, "official": None}]}
    assert pe.our_title_mentions(doc) == [(4, 6), (12, 14)]
    assert pe.our_title_mentions({}) == []


def test_cluener_position_rows(tmp_path) -> None:
    """position (span): gold spans (inclusive ends in CLUENER) vs every title mention; the former row:
    distinct title strings per sentence vs officials' titles only."""
    records = [
        {"text": "记者从县公安局获悉", "label": {"position": {"记者": [[0, 1]]}}},      # unbound: spans only
        {"text": "县教育局局长周明远说", "label": {"position": {"局长": [[4, 5]]}}},  # bound: both rows
        {"text": "导演、编剧都来了。", "label": {"position": {"导演": [[0, 1]]}}},     # 编剧: spurious
    ]
    path = tmp_path / "dev.json"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    rows, info = pe.eval_cluener(path, limit=None)
    by_metric = {r.metric: r.ours for r in rows}
    spans, titles = by_metric["position (span)"], by_metric["position (titles, former)"]
    assert (spans.tp, spans.pred, spans.gold) == (3, 4, 3)
    assert (titles.tp, titles.pred, titles.gold) == (1, 1, 3)
    assert info == {"sentences": 3, "unaligned": 0}


# ---------------------------------------------------------------- the script

def test_without_datasets_prints_one_line_and_exits_0(tmp_path, capsys) -> None:
    assert pe.main(["--datasets", str(tmp_path / "nowhere")]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "not present" in out[0]


def test_end_to_end_on_tiny_made_up_datasets(tmp_path, capsys) -> None:
    """A miniature of every data set, in the real layouts; today our entity figures may be 0."""
    (tmp_path / "pfr1998").mkdir()
    (tmp_path / "pfr1998" / "199801.txt").write_text(PFR_LINE + "\n\n", encoding="utf-8")
    (tmp_path / "cluener2020").mkdir()
    rec = {"text": "县教育局局长周明远说", "label": {"government": {"县教育局": [[0, 3]]},
                                                 "position": {"局长": [[4, 5]]}, "name": {"周明远": [[6, 8]]}}}
    (tmp_path / "cluener2020" / "dev.json").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    for sub in ("testing", "gold"):
        (tmp_path / "icwb2" / sub).mkdir(parents=True)
    for key in ("pku", "msr"):
        (tmp_path / "icwb2" / "testing" / f"{key}_test.utf8").write_text("副市长讲话。\r\n", encoding="utf-8")
        (tmp_path / "icwb2" / "gold" / f"{key}_test_gold.utf8").write_text("副  市长  讲话  。\r\n",
                                                                           encoding="utf-8")
    out_json = tmp_path / "out.json"
    assert pe.main(["--datasets", str(tmp_path), "--json", str(out_json)]) == 0
    printed = capsys.readouterr().out
    assert "PFR 1998-01" in printed and "CLUENER dev" in printed and "SIGHAN05 PKU test" in printed
    data = json.loads(out_json.read_text(encoding="utf-8"))
    rows = {(r["dataset"], r["metric"]): r for r in data["rows"]}
    assert rows[("PFR 1998-01", "person (nr)")]["ours"]["gold"] == 5
    assert rows[("PFR 1998-01 articles", "person (nr)")]["ours"]["gold"] == 5
    assert rows[("PFR 1998-01", "time (t)")]["baseline"]["gold"] == 1
    assert rows[("CLUENER dev", "position (titles, former)")]["baseline"] is None
    # position as exact spans: gold 局长 [4, 5] against our title mention 局长 (the unit 县教育局 left out)
    span_row = rows[("CLUENER dev", "position (span)")]
    assert span_row["baseline"] is None
    assert (span_row["ours"]["tp"], span_row["ours"]["pred"], span_row["ours"]["gold"]) == (1, 1, 1)
    pku = rows[("SIGHAN05 PKU test", "word segmentation")]
    assert pku["ours"]["gold"] == 4 and pku["ours"]["pred"] == 3 and pku["ours"]["tp"] == 2  # 副市长 whole
    assert data["info"]["pfr"]["unaligned"] == 0
