"""keywords: TF-IDF top terms per article on a fixed small batch, the saved IDF model, stop words."""

from __future__ import annotations

import copy

import pytest
from conftest import ROOT

from nlp_pipeline.keywords import KeywordModel, add_keywords, load_model, stopwords, terms

ARTICLES = [
    ("我县全面部署主汛期防汛工作",
     "7月1日，县防汛抗旱指挥部召开防汛工作会议，部署主汛期防汛抢险工作。会议要求，各乡镇要加强水库巡查，"
     "落实水库防汛责任人，做好山洪灾害预警，提前转移危险区群众，储备防汛物资，确保安全度汛。"),
    ("市城管局推进生活垃圾分类",
     "市城管局在全市推进生活垃圾分类工作，新建垃圾分类投放点120个，配备分类督导员，开展垃圾分类进社区宣传，"
     "指导居民分类投放厨余垃圾和可回收物，垃圾分类覆盖率达到九成。"),
    ("开发区招商引资签约项目12个",
     "开发区举行招商引资项目集中签约仪式，签约项目12个，总投资85亿元，涵盖新能源、生物医药等产业。"
     "开发区将优化营商环境，为签约项目提供全程代办服务，推动项目早落地、早投产。"),
    ("县卫生健康局开展老年人疫苗接种",
     "县卫生健康局组织各乡镇卫生院为65岁以上老年人免费接种流感疫苗，设置接种点28个，"
     "安排医务人员上门接种，已接种疫苗3200余剂，接种后留观30分钟。"),
]


def batch(articles=ARTICLES) -> list[dict]:
    """One document per article, plus an error record (skipped) and an empty article."""
    records = []
    for i, (title, body) in enumerate(articles):
        text = title + "\n" + body
        records.append({"source": {"path": f"{i}.txt", "sha256": f"{i:064d}"}, "text": text,
                        "articles": [{"start": 0, "end": len(text)}], "officials": []})
    records.append({"source": {"path": "bad.txt", "sha256": None}, "error": {"type": "empty_input", "message": "x"}})
    return records


def top(records, k=3):
    return [[kw["term"] for kw in r["articles"][0]["keywords"][:k]] for r in records if "error" not in r]


def test_exact_top_terms():
    records = batch()
    model = add_keywords(records, top_k=5)
    assert model.documents == 4
    assert top(records) == [
        ["防汛", "水库", "储备"],          # ties (储备, 危险区, 巡查 at one weight) go by term
        ["分类", "垃圾", "市城管局"],
        ["项目", "签约", "开发区"],
        ["接种", "卫生", "疫苗"],
    ]
    first = records[0]["articles"][0]["keywords"]
    assert [kw["score"] for kw in first] == [0.5622, 0.341, 0.2014, 0.2014, 0.2014]
    assert all(len(r["articles"][0]["keywords"]) == 5 for r in records if "error" not in r)
    assert "keywords" not in records[-1]


def test_scores_are_scikit_learns_tfidf():
    from sklearn.feature_extraction.text import TfidfVectorizer

    term_lists = [terms(t + "\n" + b) for t, b in ARTICLES]
    vec = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True, smooth_idf=True, norm="l2")
    matrix = vec.fit_transform(term_lists)
    vocab = vec.vocabulary_
    records = batch()
    add_keywords(records, top_k=50)
    for row, rec in enumerate(r for r in records if "error" not in r):
        for kw in rec["articles"][0]["keywords"]:
            assert kw["score"] == pytest.approx(matrix[row, vocab[kw["term"]]], abs=5e-5)


def test_stop_words_titles_and_names_are_never_keywords():
    text = "县委书记王建国在会议上强调，要进一步加强防汛工作，切实做好安全生产。王建国要求各部门落实责任。"
    doc = {"source": {"path": "x", "sha256": "x"}, "text": text, "articles": [{"start": 0, "end": len(text)}],
           "officials": [{"name": "王建国", "titles": ["县委书记"], "mentions": []}]}
    add_keywords([doc, *batch()], top_k=20)
    got = [kw["term"] for kw in doc["articles"][0]["keywords"]]
    assert got and not set(got) & stopwords()
    assert not {"县委书记", "建国", "王建国"} & set(got)
    assert {"防汛", "安全"} <= set(got)


def test_an_article_without_terms_gets_an_empty_list():
    records = batch()
    records[0]["articles"].append({"start": 0, "end": 0})
    add_keywords(records)
    assert records[0]["articles"][1]["keywords"] == []


def test_saved_model_is_reused_across_batches(tmp_path):
    model = add_keywords(batch())
    path = tmp_path / "idf.json"
    model.save(path)
    loaded = KeywordModel.load(path)
    assert loaded == model
    # a later batch of one article: with the saved IDF its weights are those it had in the whole batch
    later = batch(ARTICLES[:1])
    assert add_keywords(later, model=loaded) is loaded
    whole = batch()
    add_keywords(whole)
    assert later[0]["articles"][0]["keywords"] == whole[0]["articles"][0]["keywords"]
    # update=True adds the batch's document frequencies; the saved model is not changed
    updated = add_keywords(batch(ARTICLES[:1]), model=loaded, update=True)
    assert updated.documents == 5 and updated.df["防汛"] == loaded.df["防汛"] + 1
    assert loaded.documents == 4
    assert loaded.idf("从未见过的词") == loaded.idf("__unseen__") > loaded.idf("防汛")


def test_shipped_model_loads(tmp_path):
    model = load_model()
    assert model is not None and model.documents > 50 and "防汛" in model.df
    assert not set(model.df) & stopwords()
    assert load_model(tmp_path / "none.json") is None
    bad = tmp_path / "other.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a keywords IDF model"):
        KeywordModel.load(bad)


def test_stopword_file_is_a_proper_lexicon():
    path = ROOT / "corpora" / "lexicons" / "stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(line.startswith("#") for line in lines[:3])
    words = [w for w in lines if w.strip() and not w.startswith("#")]
    assert len(words) == len(set(words)) > 200
    assert all(w == w.strip() and "\t" not in w for w in words)
    assert {"工作", "进一步", "加强", "我县"} <= stopwords()


def test_input_records_are_only_annotated():
    records = batch()
    before = copy.deepcopy(records)
    add_keywords(records)
    for old, new in zip(before, records, strict=True):
        if "error" in old:
            assert old == new
            continue
        new_art = dict(new["articles"][0])
        new_art.pop("keywords")
        assert new_art == old["articles"][0]
