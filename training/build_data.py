"""Build the NER training data: spaCy DocBin files under build/train (not committed).

    .venv/bin/python training/build_data.py [--synth 30000] [--own-repeat 4] [--seed 20251125]

Writes ``words.txt`` (the lexicon words whose bigrams are model features), ``train.spacy`` (synthetic paragraphs from ``training/synth.py`` + our own corpus's dev split
from ``training/corpus_spans.py``, repeated ``--own-repeat`` times) and ``dev.spacy`` (a held-out
synthetic set from another seed, plus our own dev split once: used by ``spacy train`` to pick
model-best). Nothing from ``../shared/datasets`` is read. Same arguments, same files.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from training.corpus_spans import corpus_examples  # noqa: E402
from training.synth import generate  # noqa: E402


def make_doc(nlp, text: str, spans, missing=()):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    ents = []
    for s, e, label in spans:
        span = doc.char_span(s, e, label=label)
        if span is None:
            raise ValueError(f"span {s}-{e} {text[s:e]!r} does not align to tokens in {text!r}")
        ents.append(span)
    miss = [sp for s, e in missing if (sp := doc.char_span(s, e, alignment_mode="expand")) is not None]
    doc.set_ents(ents, missing=miss, default="outside")
    return doc


def known_words() -> list[str]:
    """Words whose inner bigrams the model may use as features (``CharBigrams``): our own word
    lexicons (common words, phrases, titles, unit suffixes, regions, places, organisation parts),
    never names or name parts."""
    from training.synth import CORE_LEX, OWN_LEX, _rows
    words: set[str] = set()
    for path in (OWN_LEX / "common_words.txt", OWN_LEX / "places.txt", OWN_LEX / "org_parts.txt",
                 OWN_LEX / "titles_news.txt", CORE_LEX / "titles.txt", CORE_LEX / "unit_suffixes.txt",
                 CORE_LEX / "regions.txt", CORE_LEX / "user_dict.txt", CORE_LEX / "title_modifiers.txt",
                 CORE_LEX / "not_unit_words.txt", CORE_LEX / "unit_inner_words.txt"):
        for row in _rows(path):
            words.add(row[0].split()[0])
    for row in _rows(OWN_LEX / "phrases.txt"):
        words.update(row[1].replace("，", " ").replace("、", " ").split())
    return sorted(w for w in words if len(w) >= 2)


def build(out: Path, n_synth: int, seed: int, own_repeat: int, n_dev: int) -> dict[str, int]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("zh")
    out.mkdir(parents=True, exist_ok=True)
    stats: Counter[str] = Counter()

    train = DocBin(store_user_data=False)
    own = corpus_examples("dev")
    items = [(t, s, ()) for t, s in generate(n_synth, seed)] + [ex for ex in own for _ in range(own_repeat)]
    random.Random(seed).shuffle(items)
    for text, spans, miss in items:
        train.add(make_doc(nlp, text, spans, miss))
        stats["train_docs"] += 1
        stats["train_chars"] += len(text)
        for *_, label in spans:
            stats[f"train_{label}"] += 1
    train.to_disk(out / "train.spacy")

    dev = DocBin(store_user_data=False)
    for text, spans in generate(n_dev, seed + 1):
        dev.add(make_doc(nlp, text, spans))
        stats["dev_docs"] += 1
    for text, spans, miss in own:
        dev.add(make_doc(nlp, text, spans, miss))
        stats["dev_docs"] += 1
    dev.to_disk(out / "dev.spacy")
    words = known_words()
    (out / "words.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    stats["known_words"] = len(words)
    stats["own_paragraphs"] = len(own)
    stats["own_chars"] = sum(len(t) for t, _, _ in own)
    return dict(stats)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "train")
    ap.add_argument("--synth", type=int, default=30000, help="synthetic training paragraphs")
    ap.add_argument("--dev", type=int, default=1500, help="synthetic dev paragraphs (another seed)")
    ap.add_argument("--own-repeat", type=int, default=4, help="copies of our own dev-split paragraphs")
    ap.add_argument("--seed", type=int, default=20251125)
    args = ap.parse_args(argv)
    stats = build(args.out, args.synth, args.seed, args.own_repeat, args.dev)
    print(" ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
