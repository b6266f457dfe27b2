"""Our extractors as spaCy components in a blank Chinese pipeline (character tokenizer, no download)."""

import pytest

spacy = pytest.importorskip("spacy")

import nlp_pipeline.spacy_components  # noqa: E402,F401  (registers the factories)


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("zh")
    pipeline.add_pipe("bulletin_dates", config={"reference_date": "2014-10-23"})
    pipeline.add_pipe("bulletin_officials")
    pipeline.add_pipe("bulletin_units")
    return pipeline


def test_components_fill_span_groups(nlp):
    doc = nlp("10月20日下午，副市长、公安局局长宋文元在市公安局讲话，要求本周五前完成自查。")
    assert [(s.text, s.label_, s._.value) for s in doc.spans["bulletin_dates"]] == [
        ("10月20日下午", "DATE", "2014-10-20"), ("本周五前", "DATE", "../2014-10-24")]
    assert [(s.text, s.label_, s._.titles) for s in doc.spans["bulletin_officials"]] == [
        ("宋文元", "PERSON", ["副市长", "公安局局长"])]
    # 公安局 of 公安局局长 is a unit too (a unit inside a title)
    assert [(s.text, s.label_) for s in doc.spans["bulletin_units"]] == [("公安局", "ORG"), ("市公安局", "ORG")]


def test_pipe_names(nlp):
    assert nlp.pipe_names == ["bulletin_dates", "bulletin_officials", "bulletin_units"]
