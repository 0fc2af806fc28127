# Set-up installs the CPU build of torch that lies on disk first, so that the range in
# pyproject.toml is already satisfied and no CUDA build is downloaded.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test bench fuzz train clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0 || echo 'torch 2.13.0 (CPU) not on this machine: pip will pick a torch in range'
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	mkdir -p build
	$(BIN)/quotes extract seeds/ -o build/seeds.jsonl --force
	cat build/seeds.jsonl
	$(BIN)/quotes show build/seeds.jsonl
	$(BIN)/quotes report build/seeds.jsonl -o build/seeds.html --force

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/perf.py
	$(BIN)/python benchmarks/polnear_dev.py
	$(BIN)/python benchmarks/gum_speakers.py

fuzz: $(STAMP)
	QUOTES_FUZZ_MARKS=100000 QUOTES_FUZZ_ENGINE=2000 QUOTES_FUZZ_TREES=20000 $(BIN)/python -m pytest -q tests/test_properties.py tests/test_sieve_properties.py

# The shipped parser is an ensemble of the small parser trained with the other models and a
# large one trained on the same data and word vectors (quotes/models/en/README.md); the
# other files are then stored in float16, and the records' confidence model is refitted on
# PolNeAR train with the new parser.
LARGE := build/train-large
train: $(STAMP)
	$(BIN)/quotes model train --ud ../shared/ud --text ../shared/polnear/docs --out quotes/models/en
	$(BIN)/python -m quotes.training --ud ../shared/ud --work $(LARGE) --only layout
	mkdir -p $(LARGE)/saved_models/pretrain
	cp build/train/saved_models/pretrain/en_quotes.pretrain.pt $(LARGE)/saved_models/pretrain/
	$(BIN)/python -m quotes.training --ud ../shared/ud --work $(LARGE) --only depparse --parser-size large
	$(BIN)/quotes model ensemble build/train/saved_models/depparse/en_quotes_parser.pt \
		$(LARGE)/saved_models/depparse/en_quotes_parser.pt \
		--pretrain quotes/models/en/pretrain.pt --out quotes/models/en/depparse.pt
	$(BIN)/quotes model float16 quotes/models/en/pos.pt quotes/models/en/lemma.pt quotes/models/en/mwt.pt \
		quotes/models/en/tokenize.pt quotes/models/en/pretrain.pt
	$(BIN)/quotes model confidence ../shared/polnear/gold.jsonl --split train --out quotes/models/en/confidence.json

clean:
	rm -rf $(VENV) build
