"""Property tests: for any text the pipeline never raises and every offset points at its surface text."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp_pipeline import extract_document
from nlp_pipeline.errors import InputError

# Text made of the characters bulletins are made of, so the rules actually fire.
ALPHABET = list("王李张陈欧阳司马副市长县委书记局长政委公安局交警大队派出所科镇办主任、，。；：（）()年月日号"
                "上下本周内前起至今明去0123456789〇一二三四五六七八九十旬季度半·一是二是要求强调表示 \n\f\t"
                "①②首先其次最后第、.召开座谈会推进会议主持出席参加提出点")
bulletin_text = st.text(alphabet=st.sampled_from(ALPHABET), max_size=300) | st.text(max_size=200)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(bulletin_text)
def test_any_text_extracts_with_valid_offsets(text):
    try:
        doc = extract_document(text.encode("utf-8"), "x.txt", reference_date=dt.date(2014, 10, 23))
    except InputError:
        return  # empty or whitespace-only input is refused with a clear error, by design
    body = doc["text"]
    for d in doc["dates"]:
        assert body[d["start"]:d["end"]] == d["text"]
    for o in doc["officials"]:
        assert all(body[m["start"]:m["end"]] == o["name"] for m in o["mentions"])
    for u in doc["units"]:
        assert all(body[m["start"]:m["end"]] == u["name"] for m in u["mentions"])
    for a in doc["articles"]:
        assert 0 <= a["start"] <= a["body_start"] <= a["end"] <= len(body)
    for lst in doc["requirement_lists"]:
        assert 0 <= lst["start"] <= lst["end"] <= len(body)
        for item in lst["items"] + [c for it in lst["items"] for c in it["children"]]:
            assert body[item["start"]:item["end"]] == item["text"]
    for meeting in doc["meetings"]:
        assert body[meeting["start"]:meeting["end"]] == meeting["name"]
    for w in doc["warnings"]:
        assert 0 <= w["start"] <= w["end"] <= len(body)
