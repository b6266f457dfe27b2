"""Copy a trained pipeline into models/ner (the last step of ``make train``).

    .venv/bin/python training/ship.py build/train/output/model-best [--to models/ner]

Only what ``spacy.load`` needs is copied (config.cfg, meta.json, tokenizer, vocab, and the
components char_bigrams, tok2vec, ner);
``meta.json`` gets the model's name, version, labels, licence and data description, and loses the
training-time dev scores (they are on synthetic data: the real scores are in models/README.md).
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
KEEP = ("config.cfg", "meta.json", "tokenizer", "vocab", "char_bigrams", "tok2vec", "ner")


def ship(src: Path, dst: Path) -> int:
    if dst.exists():
        shutil.rmtree(dst)
    dst.mkdir(parents=True)
    for name in KEEP:
        item = src / name
        if item.is_dir():
            shutil.copytree(item, dst / name)
        elif item.is_file():
            shutil.copy2(item, dst / name)
    meta = json.loads((dst / "meta.json").read_text(encoding="utf-8"))
    for key in ("performance", "speed"):
        meta.pop(key, None)
    meta.update({
        "name": "bulletin_ner",
        "version": "0.1.0",
        "description": "Persons (PERSON), organisations (ORG) and companies (COMPANY) in Chinese news and "
                       "government bulletins; characters as tokens. Trained only on the project's own "
                       "annotated bulletins and on sentences generated from its own lexicons and templates "
                       "(see models/README.md).",
        "license": "same as the nlp-pipeline project",
        "sources": [{"name": "nlp-pipeline corpora/bulletins (dev split) and training/synth.py", "license":
                     "project's own"}],
    })
    (dst / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return sum(f.stat().st_size for f in dst.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("src", type=Path)
    ap.add_argument("--to", type=Path, default=ROOT / "models" / "ner")
    args = ap.parse_args(argv)
    size = ship(args.src, args.to)
    print(f"shipped {args.src} -> {args.to} ({size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
