"""Fuzz the readers behind ``nlp_pipeline.ingest.read_bytes`` (text, PDF, .docx) with atheris.

    make fuzz                                   # seeds from corpora/bulletins, a few minutes
    .venv/bin/python fuzz/fuzz_readers.py --make-seeds build/fuzz/seeds
    .venv/bin/python fuzz/fuzz_readers.py build/fuzz/corpus build/fuzz/seeds -max_total_time=240

The contract under test: ``read_bytes(data, name)`` returns a ``RawDocument`` or raises an
``InputError``, nothing else, within libFuzzer's time and memory limits (``-timeout``,
``-rss_limit_mb``). Any other exception, a hang or a crash is a finding: libFuzzer saves the input
(``-artifact_prefix``); it becomes a fixture in ``tests/fixtures/fuzz_*`` and a case of
``tests/test_hostile.py::test_fuzz_findings_stay_fixed``.

The first byte of each input picks the file name's suffix (.txt, .pdf, .docx or none), so every
reader is reached both by name and by content sniffing. With ``NLP_FUZZ_TARGET=pipeline`` the whole
``extract_document`` runs instead (slower; finds bugs in the later stages too). ``NLP_FUZZ_KNOWN``
(``|``-separated ``Type: message`` fragments) lets a run look past findings not fixed yet.

Needs the ``fuzz`` extra (``pip install -e '.[fuzz]'``): atheris, which ships wheels for Linux x86-64.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = [".txt", ".pdf", ".docx", ""]


def make_seeds(folder: Path) -> int:
    """Seed inputs: our bulletins (.txt, forms/*.pdf, forms/*.docx), each with its suffix byte."""
    folder.mkdir(parents=True, exist_ok=True)
    bulletins = ROOT / "corpora" / "bulletins"
    count = 0
    for path in sorted([*bulletins.glob("*.txt"), *bulletins.glob("forms/*.pdf"), *bulletins.glob("forms/*.docx")]):
        selector = SUFFIXES.index(path.suffix)
        (folder / f"{path.parent.name}_{path.name}").write_bytes(bytes([selector]) + path.read_bytes())
        count += 1
    fixtures = ROOT / "tests" / "fixtures"
    for path in sorted(fixtures.glob("fuzz_*")):  # earlier findings: keep them in the corpus
        selector = SUFFIXES.index(Path(path.name.split("_", 2)[-1]).suffix or "")
        (folder / path.name).write_bytes(bytes([selector]) + path.read_bytes())
        count += 1
    return count


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--make-seeds":
        print(f"{make_seeds(Path(sys.argv[2]))} seed(s) in {sys.argv[2]}")
        return
    import atheris

    sys.path.insert(0, str(ROOT))
    logging.disable(logging.CRITICAL)  # pdfminer's and python-docx's chatter about broken files
    # read_bytes imports its readers lazily: import them here, inside the block, to instrument them
    with atheris.instrument_imports(include=["nlp_pipeline", "docx", "charset_normalizer", "pdfminer", "zipfile"]):
        import zipfile  # noqa: F401

        import docx  # noqa: F401

        import nlp_pipeline.ingest.docx  # noqa: F401
        import nlp_pipeline.ingest.pdf  # noqa: F401
        import nlp_pipeline.ingest.text  # noqa: F401
        from nlp_pipeline.errors import InputError
        from nlp_pipeline.ingest import read_bytes, set_limits
        from nlp_pipeline.pipeline import extract_document

    set_limits(max_bytes=4 * 2**20, max_pages=50)
    whole = os.environ.get("NLP_FUZZ_TARGET") == "pipeline"

    # Known findings not fixed yet, to look past them: NLP_FUZZ_KNOWN="ValueError: day is out of range|..."
    known = [k for k in os.environ.get("NLP_FUZZ_KNOWN", "").split("|") if k]

    def one_input(data: bytes) -> None:
        if not data:
            return
        name = "fuzz" + SUFFIXES[data[0] % len(SUFFIXES)]
        try:
            if whole:
                extract_document(data[1:], name)
            else:
                read_bytes(data[1:], name)
        except InputError:
            pass
        except Exception as exc:
            if not any(k in f"{type(exc).__name__}: {exc}" for k in known):
                raise

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
