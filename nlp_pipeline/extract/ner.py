"""Statistical NER: persons and organisations found by the trained spaCy model in ``models/ner``.

``ner_spans(text)`` returns ``[(start, end, label), ...]`` with offsets into ``text``
(``text[start:end]`` is the entity) and labels

- ``PERSON``: a person's name without title (张建国, 克林顿, 阿不都热合曼·吐尔逊); a surname written
  alone before a title (江主席 -> 江) may come out as a one-character person;
- ``ORG``: a named organisation or body, with the region written in it (浙江省公安厅, 县委农办);
- ``COMPANY``: a company or bank (禾阳华通包装材料有限公司, 中国工商银行).

The model (``models/README.md``: data, licence, scores) tokenises text into characters
(``spacy.blank("zh")``), so spans are exact character offsets. It is loaded once, lazily
(:func:`load_ner`), from the first folder of :func:`model_candidates` that holds one:

1. ``<repo>/models/ner`` — a source checkout or an editable install;
2. ``nlp_pipeline/models/ner`` — inside the package (a symlink to ``../models`` in the repository;
   a wheel ships a copy there).

No network access and no download: a missing model raises :class:`FileNotFoundError`.
Text is processed one line at a time (lines longer than ``MAX_CHUNK`` are cut after sentence
punctuation), which keeps memory flat on long documents and gives the same spans as a single pass
(the model's context is a few characters).
"""

from __future__ import annotations

import re
import threading
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

LABELS = ("PERSON", "ORG", "COMPANY")
MAX_CHUNK = 400
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])")
_lock = threading.Lock()


class CharBigrams:
    """The model's first component: each character token's ``norm_`` becomes its right bigram
    (the character and the next one) when that bigram occurs inside a known word, else the
    character alone.

    The tok2vec layer embeds ``ORTH`` (the character), ``NORM`` (this feature) and ``SHAPE``, so
    words such as 许多 or 刚刚 get features of their own. Only bigrams of a fixed word list count
    (built at training time from the project's lexicons, saved with the model as
    ``bigrams.txt``): a bigram never seen in training would otherwise get an arbitrary embedding,
    and unseen bigrams, in training mostly those of random names, would look like names.
    ``training/ner.cfg`` lists the component in ``annotating_components``.

    >>> import spacy
    >>> c = CharBigrams({"许多", "多人"})
    >>> [t.norm_ for t in c(spacy.blank("zh")("许多人来"))]
    ['许多', '多人', '人', '来']
    """

    def __init__(self, bigrams: set[str] | None = None) -> None:
        self.bigrams: set[str] = set(bigrams or ())

    def __call__(self, doc: Doc) -> Doc:
        n, known = len(doc), self.bigrams
        for i, tok in enumerate(doc):
            pair = tok.text + doc[i + 1].text if i + 1 < n else ""
            tok.norm_ = pair if pair in known else tok.text
        return doc

    def initialize(self, get_examples=None, *, nlp=None, words: str | None = None) -> None:  # type: ignore[no-untyped-def]
        """Take the bigrams inside the words of a file (one word per line; training only)."""
        if words:
            for w in Path(words).read_text(encoding="utf-8").split():
                self.bigrams.update(w[i:i + 2] for i in range(len(w) - 1))

    def to_disk(self, path, *, exclude=()) -> None:  # type: ignore[no-untyped-def]
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "bigrams.txt").write_text("\n".join(sorted(self.bigrams)) + "\n", encoding="utf-8")

    def from_disk(self, path, *, exclude=()):  # type: ignore[no-untyped-def]
        self.bigrams = set((Path(path) / "bigrams.txt").read_text(encoding="utf-8").split())
        return self


@Language.factory("bulletin_char_bigrams")
def make_char_bigrams(nlp: Language, name: str) -> CharBigrams:
    return CharBigrams()


def model_candidates() -> list[Path]:
    """Where the model folder may be, in the order tried."""
    package = Path(__file__).resolve().parent.parent
    return [package.parent / "models" / "ner", package / "models" / "ner"]


def model_dir() -> Path | None:
    for folder in model_candidates():
        if (folder / "meta.json").is_file():
            return folder
    return None


@cache
def load_ner() -> Language:
    """The trained pipeline (cached: loaded once per process)."""
    import spacy
    folder = model_dir()
    if folder is None:
        raise FileNotFoundError("NER model not found in " + ", ".join(str(p) for p in model_candidates()))
    with _lock:
        return spacy.load(folder)


def chunks(text: str, max_len: int = MAX_CHUNK) -> list[tuple[int, str]]:
    """``(offset, piece)`` pairs covering ``text``: its lines, long lines cut after 。！？；.

    >>> chunks("甲。乙\\n丙", max_len=2)
    [(0, '甲。'), (2, '乙'), (4, '丙')]
    """
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        if len(line) <= max_len:
            out.append((start, line))
            continue
        piece_start, piece = start, ""
        for sent in _SENTENCE_END.split(line):
            if piece and len(piece) + len(sent) > max_len:
                out.append((piece_start, piece))
                piece_start, piece = piece_start + len(piece), ""
            piece += sent
        if piece:
            out.append((piece_start, piece))
    return out


def ner_spans(text: str, *, batch_size: int = 64) -> list[tuple[int, int, str]]:
    """Entities of ``text`` as ``(start, end, label)``, in text order.

    >>> ner_spans("")
    []
    """
    pieces = chunks(text)
    if not pieces:
        return []
    nlp = load_ner()
    out: list[tuple[int, int, str]] = []
    for (offset, _), doc in zip(pieces, nlp.pipe((p for _, p in pieces), batch_size=batch_size), strict=True):
        out += [(offset + e.start_char, offset + e.end_char, e.label_) for e in doc.ents]
    return out
