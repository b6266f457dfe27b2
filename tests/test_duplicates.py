"""duplicates: planted near-copies (slight edits) are found, distinct articles on the same topics are not."""

from __future__ import annotations

import copy
import json

import pytest
from test_export import batch_records

from nlp_pipeline import duplicates
from nlp_pipeline.duplicates import has_duplicate_marks, mark_duplicates, near_duplicates

FLOOD = ("6月16日上午，我县召开汛期安全生产工作调度会，分析研判当前全县安全生产形势，安排部署主汛期防汛减灾和重点行业"
         "领域安全防范工作。县委副书记、县长邵文澜出席会议并讲话，副县长唐继明主持会议。会议要求，各乡镇要压紧压实责任"
         "链条，深入开展隐患排查整治，6月30日前完成新一轮全覆盖排查，全力做好应急准备，确保一旦发生险情能够快速响应。")
FLOOD_OTHER = ("6月20日下午，县防汛抗旱指挥部在县应急管理局召开防汛工作视频调度会，听取各乡镇水库山塘巡查情况汇报。"
               "副县长唐继明要求，各乡镇要落实水库防汛行政责任人和技术责任人，加强24小时值班值守，及时发布山洪灾害"
               "预警信息，提前转移危险区群众，确保人民群众生命财产安全。县防办将组织督查组开展明查暗访。")
WASTE = ("市城管局近日在全市推进生活垃圾分类工作，新建垃圾分类投放点120个，配备分类督导员300名，开展垃圾分类进社区、"
         "进学校、进机关宣传活动46场，指导居民分类投放厨余垃圾和可回收物。截至目前，全市垃圾分类覆盖率达到九成，"
         "居民参与率稳步提升。下一步，市城管局将完善收运体系，建立分类收运台账。")
VACCINE = ("县卫生健康局组织各乡镇卫生院为65岁以上老年人免费接种流感疫苗，设置接种点28个，安排医务人员上门接种，"
           "已接种疫苗3200余剂。接种后留观30分钟，卫生院对行动不便的老人提供上门服务，确保应接尽接。县卫生健康局"
           "要求各卫生院做好冷链管理和不良反应监测，每周报送接种进度。")


def edit(text: str, *pairs: tuple[str, str]) -> str:
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new, 1)
    return text


def sentences(text: str) -> list[str]:
    return [s + "。" for s in text.split("。") if s]


PLANTED = {
    # index in TEXTS -> index of the original
    4: 0,   # FLOOD with a few characters changed
    5: 2,   # WASTE re-wrapped over lines, punctuation changed, one number changed
    6: 3,   # VACCINE with its last sentence dropped
    7: 0,   # FLOOD with two sentences swapped
}
TEXTS = [
    FLOOD, FLOOD_OTHER, WASTE, VACCINE,
    edit(FLOOD, ("分析研判", "分析"), ("6月30日前", "7月5日前"), ("快速响应", "迅速响应")),
    "\n".join(edit(WASTE, ("，新建", ",新建"), ("300名", "320名"), ("。截至", "；截至")).split("，", 3)),
    "".join(sentences(VACCINE)[:-1]),
    "".join([sentences(FLOOD)[1], sentences(FLOOD)[0], *sentences(FLOOD)[2:]]),
    # the same topic and a sentence of boilerplate in common, but another article: no duplicate
    "会议要求，各乡镇要压紧压实责任链条，深入开展隐患排查整治。7月2日，县应急管理局联合县水利局对全县32座小型水库"
    "开展汛前安全检查，重点检查大坝渗漏、溢洪道畅通和防汛物资储备情况，现场发现问题9处，已全部交办所在乡镇限期整改。",
]


def test_planted_duplicates_are_found_and_distinct_articles_are_not():
    found = near_duplicates(TEXTS)
    assert {later: earlier for later, earlier, _ in found} == PLANTED
    assert all(0.75 <= sim <= 1.0 for _, _, sim in found)


def test_the_earliest_earlier_article_is_chosen():
    texts = [WASTE, VACCINE, WASTE, edit(WASTE, ("300名", "30名")), WASTE]
    assert [(a, b) for a, b, _ in near_duplicates(texts)] == [(2, 0), (3, 0), (4, 0)]
    assert near_duplicates([WASTE, WASTE])[0][2] == pytest.approx(1.0)


def test_threshold_and_short_articles():
    sim = {later: s for later, _, s in near_duplicates(TEXTS)}
    strict = near_duplicates(TEXTS, threshold=min(sim.values()) + 1e-3)
    assert len(strict) == len(PLANTED) - 1
    assert near_duplicates(["市公安局召开会议。", "市公安局召开会议。"]) == []  # under min_chars
    assert near_duplicates(["市公安局召开会议。", "市公安局召开会议。"], min_chars=5)[0][:2] == (1, 0)
    assert near_duplicates([]) == near_duplicates([FLOOD]) == []


def test_blocks_do_not_change_the_result(monkeypatch):
    whole = near_duplicates(TEXTS)
    monkeypatch.setattr(duplicates, "_BLOCK_CELLS", 1)  # one row per block
    assert near_duplicates(TEXTS) == whole


def records_of(texts: list[str], per_doc: int = 3) -> list[dict]:
    records = []
    for d in range(0, len(texts), per_doc):
        text, arts = "", []
        for t in texts[d:d + per_doc]:
            arts.append({"start": len(text), "end": len(text) + len(t)})
            text += t + "\n"
        records.append({"source": {"path": f"{d}.txt", "sha256": f"{d:064x}"}, "text": text, "articles": arts})
    records.insert(1, {"source": {"path": "bad.txt", "sha256": None}, "error": {"type": "x", "message": "y"}})
    return records


def test_mark_duplicates_annotates_records():
    records = records_of(TEXTS)
    error = copy.deepcopy(records[1])
    assert not has_duplicate_marks(records)
    pairs = mark_duplicates(records)
    assert has_duplicate_marks(records) and records[1] == error
    flat = [(rec["source"]["sha256"], i, art) for rec in records if "error" not in rec
            for i, art in enumerate(rec["articles"])]
    for n, (_sha, _i, art) in enumerate(flat):
        if n in PLANTED:
            o_sha, o_i, _ = flat[PLANTED[n]]
            assert art["duplicate_of"] == {"sha256": o_sha, "article_index": o_i}
            assert 0.75 <= art["similarity"] <= 1 and round(art["similarity"], 4) == art["similarity"]
        else:
            assert art["duplicate_of"] is None and art["similarity"] is None
    assert [(later, earlier) for later, earlier, _ in pairs] == [
        ((flat[n][0], flat[n][1]), (flat[o][0], flat[o][1])) for n, o in sorted(PLANTED.items())]
    json.dumps(records)  # plain JSON values only


def test_real_bulletins_are_distinct_but_their_docx_copy_is_not():
    records = [json.loads(line) for line in batch_records()]
    mark_duplicates(records)
    docs = [r for r in records if "error" not in r]
    marked = {r["source"]["format"]: [a["duplicate_of"] is not None for a in r["articles"]] for r in docs}
    assert all(marked["docx"]) and len(marked["docx"]) == 3
    assert sum(a["duplicate_of"] is not None for r in docs if r["source"]["format"] == "text" for a in r["articles"]) == 0
