"""The fast path of the name scorer (names.CandidateScorer, used by score_candidates) against the
reference definition of the features (names.features, used for the training rows).

Every sentence here was written for this test.
"""

import pytest

from nlp_pipeline.extract import names
from nlp_pipeline.extract.officials import lexicons

TEXTS = [
    "会上，李晓红说，要抓好落实。",
    "县委书记王建国、副县长欧阳振东、张桂英（女，蒙古族）、刘雨婷等出席会议并讲话。",
    "江泽民主席会见了克林顿总统和阿兰·布朗特先生。",
    "扩大高水平对外开放，于去年和政府签订协议；和李鹏总理一起视察了白沙乡、桂香苑。",
    "王明确表示，提高质量是关键。吴阿姨和王师傅都来了。马平摄\n李明\n",
    "高峰论坛由司马光明主持，黄振华建议在村口设立宣传栏，赵永明、何秋菊同志参加。",
    "2023年5月，陈思远当选为市人大代表；萨达姆·侯赛因、内塔尼亚胡。",
    "王",
    "李四",
]
KNOWN = frozenset({"王建国", "赵永明", "李明"})


def candidates(ctx):
    text = ctx.text
    for i, s, end in names.candidate_spans(text, ctx.lex) + names.foreign_spans(text, ctx.lex):
        if names.scorable(ctx, i, s, end):
            yield i, s, end


@pytest.mark.parametrize("known", [frozenset(), KNOWN])
@pytest.mark.parametrize("text", TEXTS)
def test_fast_sums_equal_the_features_weight(text, known):
    model = names.default_model()
    ctx = names.DocContext(text, known, lexicons())
    fast = names.CandidateScorer(ctx, model)
    seen = 0
    for i, s, end in candidates(ctx):
        reference = model.weight(names.features(ctx, i, s, end))
        got = model.intrinsic(text[i:end], s, ctx.lex) + fast.left_sum(i) + fast.right_sum(i, end)
        assert got == pytest.approx(reference, abs=1e-9), (text[i:end], i, end)
        # The parts are the very same floats as the reference parts (same weights, same order).
        assert fast.left_sum(i) == model.weight(names.left_features(ctx, i))
        assert fast.right_sum(i, end) == model.weight(names.right_features(ctx, i, s, end))
        seen += 1
    assert seen or len(text) < 3


def test_a_made_up_model_too():
    """Every feature name the reference makes has a weight here, so no part of the fast path can hide
    behind weights missing from the fitted model."""
    ctx = names.DocContext(" ".join(TEXTS), KNOWN, lexicons())
    weights: dict[str, float] = {}
    rows = [names.features(ctx, i, s, end) for i, s, end in candidates(ctx)]
    for row in rows:
        for f in row:
            weights.setdefault(f, (len(weights) % 7 - 3) / 3.0)
    model = names.NameModel({"bias": -1.0, "weights": weights, "threshold": 0.5})
    fast = names.CandidateScorer(ctx, model)
    for (i, s, end), row in zip(candidates(ctx), rows, strict=True):
        got = model.intrinsic(ctx.text[i:end], s, ctx.lex) + fast.left_sum(i) + fast.right_sum(i, end)
        assert got == pytest.approx(model.weight(row), abs=1e-9)


def test_score_candidates_floor_keeps_the_likely_ones():
    text = TEXTS[1]
    everything = names.score_candidates(text)
    likely = names.score_candidates(text, floor=names.LIST_THRESHOLD)
    assert likely == [c for c in everything if c.score >= names.LIST_THRESHOLD]
    assert len(likely) < len(everything)


def test_crossing_words():
    ctx = names.DocContext("王明确表示，提高质量", frozenset(), lexicons())
    assert names.right_crossing(ctx, 0, 2) == ("明确", True)
    assert ctx.crossing(3, 8, 7) == "提高质量"
    assert ctx.crossing(4, 6, 6) == ""  # 示，: no word


def naive_crossing(text, lo, hi, edge):
    """DocContext.crossing without its cache and shortcut."""
    lex = names.name_lexicon()
    at, best = 0, 0
    for j in range(max(0, lo), hi):
        n = names._reach_at(text, lex.freq, j) if j < len(text) else 0
        if n > best and j + n > edge:
            at, best = j, n
    return text[at:at + best] if best else ""


@pytest.mark.parametrize("text", TEXTS[:5])
def test_crossing_matches_its_definition_in_any_order(text):
    ctx = names.DocContext(text, frozenset(), lexicons())
    n = len(text)
    queries = [(edge - names.MAX_WORD + 1, edge, edge) for edge in range(n + 1)]
    queries += [(i + 1, end, end) for i in range(n) for end in range(i + 2, min(n, i + 4) + 1)]
    for lo, hi, edge in queries[::-1] + queries:  # right to left first: the cache fills in either order
        assert ctx.crossing(lo, hi, edge) == naive_crossing(text, lo, hi, edge)
