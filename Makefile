# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test lint schema bench eval eval-jionlp eval-public clean train

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -rf out
	$(BIN)/nlp-pipeline extract corpora/bulletins --out out --verbose

test: $(STAMP)
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check nlp_pipeline tests
	$(BIN)/mypy nlp_pipeline

schema: $(STAMP)
	$(BIN)/nlp-pipeline schema > nlp_pipeline/schema/output.schema.json

clean:
	rm -rf $(VENV) out build *.egg-info

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/batch_throughput.py --subset 400 --json build/batch_throughput.json
	$(BIN)/python benchmarks/duplicates_speed.py --check
	@if [ -d ../shared/datasets/pdfs ]; then $(BIN)/python benchmarks/pdf_speed.py; \
	 else echo "pdf_speed: ../shared/datasets/pdfs not present, skipped"; fi

eval: $(STAMP)
	$(BIN)/nlp-pipeline evaluate corpora/bulletins --split dev
	$(BIN)/nlp-pipeline evaluate corpora/bulletins --split test
	@if [ -f ../shared/seed/000_630ea70566b667be.gold.json ]; then \
	 $(BIN)/nlp-pipeline evaluate ../shared/seed/000_630ea70566b667be.gold.json; \
	 else echo "seed: ../shared not present, skipped"; fi

# JioNLP is an evaluation-only dependency (pip extra "eval"): installed on demand here.
eval-jionlp: $(STAMP)
	$(BIN)/pip install -q -e '.[eval]'
	$(BIN)/python benchmarks/jionlp_dates.py --split dev
	$(BIN)/python benchmarks/jionlp_dates.py --split test

eval-public: $(STAMP)
	$(BIN)/python benchmarks/public_eval.py

# The models in models/ (models/README.md), from our own corpus and lexicons only: the name scorer
# (scikit-learn, ~20 s), then the statistical NER model (spacy train on the CPU, about 5-10 minutes).
train: $(STAMP)
	$(BIN)/python training/train_name_scorer.py
	$(BIN)/python training/build_data.py --out build/train
	$(BIN)/python -m spacy train training/ner.cfg --code nlp_pipeline/extract/ner.py \
	  --paths.train build/train/train.spacy \
	  --paths.dev build/train/dev.spacy --output build/train/output
	$(BIN)/python training/ship.py build/train/output/model-best --to models/ner

# Fuzz the text, PDF and .docx readers with atheris (pip extra "fuzz"): FUZZ_SECONDS of libFuzzer,
# seeded from corpora/bulletins; findings land in build/fuzz/findings (make them tests/fixtures/fuzz_*).
FUZZ_SECONDS ?= 240
.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/pip install -q -e '.[fuzz]'
	$(BIN)/python fuzz/fuzz_readers.py --make-seeds build/fuzz/seeds
	mkdir -p build/fuzz/corpus build/fuzz/findings
	$(BIN)/python fuzz/fuzz_readers.py build/fuzz/corpus build/fuzz/seeds -max_total_time=$(FUZZ_SECONDS) \
	  -timeout=20 -rss_limit_mb=2048 -max_len=262144 -artifact_prefix=build/fuzz/findings/
