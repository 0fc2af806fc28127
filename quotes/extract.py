"""The pipeline for analysed texts: parse -> quote marks -> sieves -> speakers -> records.

Texts are parsed in batches (one bulk Stanza call per batch); everything after the parse
runs per document, and a document that fails becomes a `Failure` without touching others.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from quotes import __version__
from quotes.confidence import ConfidenceModel, confident, load_confidence, model_file, with_confidence
from quotes.deps import Tree
from quotes.io import Failure
from quotes.marks import find_quotes
from quotes.nesting import standalone_statements
from quotes.parse import (PACKAGE_MODEL_DIR, ModelError, ParseCache, ParsedText, Tokenizing, default_cache_dir,
                          load_pipeline, model_identity, parse_identity, parse_texts, resolve_model_dir)
from quotes.records import build_records, outermost
from quotes.rules import Rules, load_rules
from quotes.sieves import attribute
from quotes.speakers import resolve_speakers
from quotes.text import Text


@dataclass(frozen=True)
class Options:
    model_dir: str | None = None
    rules_dir: str | None = None
    batch_size: int = 16
    device: str | None = None
    cache: bool = True
    cache_dir: str | None = None
    outermost: bool = False  # drop records nested inside another record's content
    min_confidence: float | None = None  # None: the confidence model's own threshold
    confidence: bool = True  # False: no estimate, no record left out (to fit a confidence model)


@dataclass
class Stats:
    """Where the time went: Stanza (model loading and parsing) versus everything else."""

    documents: int = 0
    words: int = 0
    stanza_seconds: float = 0.0
    total_seconds: float = 0.0


@dataclass(frozen=True)
class Result:
    text: Text
    records: list[dict[str, Any]]


def extractor_info(models: str) -> dict[str, Any]:
    return {"name": "quotes", "version": __version__, "models": models}


def records_for(parsed: ParsedText, rules: Rules, extractor: dict[str, Any]) -> list[dict[str, Any]]:
    """All records of one parsed document: a pure function of the parse and the rules."""
    quotes = find_quotes(parsed.text, rules)
    attributions = attribute(parsed, rules, quotes)
    trees = {s.index: Tree.of(s) for s in parsed.sentences}
    speakers = resolve_speakers(attributions, parsed, rules, trees)
    attributions, speakers = standalone_statements(attributions, speakers, parsed.text.text, rules)
    return build_records(parsed, attributions, speakers, extractor)


def confidence_model(model_dir: Path) -> ConfidenceModel:
    """The model set's confidence model, or the shipped one for a set that has none (it
    depends on the rules more than on the parser)."""
    path = model_file(model_dir)
    return load_confidence(path if path.is_file() else model_file(PACKAGE_MODEL_DIR))


def cited(records: list[dict[str, Any]], model: ConfidenceModel | None, options: Options) -> list[dict[str, Any]]:
    """The records with their confidence, less those below the threshold (and the nested
    ones when only the outermost are wanted)."""
    if model is not None:
        threshold = model.threshold if options.min_confidence is None else options.min_confidence
        records = confident(with_confidence(records, model), threshold)
    return outermost(records) if options.outermost else records


def _batches(items: Iterable, size: int) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract(items: Iterable[Text | Failure], options: Options = Options(),
            stats: Stats | None = None) -> Iterator[Result | Failure]:
    stats = stats if stats is not None else Stats()
    started = time.perf_counter()
    rules = load_rules(options.rules_dir)
    model_dir = resolve_model_dir(options.model_dir)
    if not model_dir.is_dir():
        raise ModelError(f"model directory not found: {model_dir}")
    models = model_identity(model_dir)
    confidence = confidence_model(model_dir) if options.confidence else None
    extractor = extractor_info(models)
    tokenizing = Tokenizing.from_patterns(rules.patterns)
    cache = ParseCache(Path(options.cache_dir) if options.cache_dir else default_cache_dir(),
                       parse_identity(models, tokenizing)) if options.cache else None

    class _TimedPipeline:
        """Counts the seconds spent inside Stanza (loading included)."""

        def __init__(self):
            loading = time.perf_counter()
            self.pipeline = load_pipeline(str(model_dir), options.device, options.batch_size,
                                          tokenizing=tokenizing)
            stats.stanza_seconds += time.perf_counter() - loading

        def bulk_process(self, documents):
            parsing = time.perf_counter()
            try:
                return self.pipeline.bulk_process(documents)
            finally:
                stats.stanza_seconds += time.perf_counter() - parsing

    def get_pipeline():
        return _TimedPipeline()

    for batch in _batches(items, options.batch_size):
        texts = [item for item in batch if isinstance(item, Text)]
        parsed_by_id: dict[int, ParsedText | Failure] = {}
        if texts:
            try:
                for text, parsed in zip(texts, parse_texts(texts, get_pipeline, cache)):
                    parsed_by_id[id(text)] = parsed
            except ModelError:
                raise
            except Exception:  # one bad text must not cost the batch: parse one by one
                for text in texts:
                    try:
                        parsed_by_id[id(text)] = parse_texts([text], get_pipeline, cache)[0]
                    except Exception as error:  # noqa: BLE001 - reported per document
                        parsed_by_id[id(text)] = Failure(text.id, text.path, type(error).__name__, str(error))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            parsed = parsed_by_id[id(item)]
            if isinstance(parsed, Failure):
                yield parsed
                continue
            try:
                result = Result(item, cited(records_for(parsed, rules, extractor), confidence, options))
            except Exception as error:  # noqa: BLE001 - reported per document
                yield Failure(item.id, item.path, type(error).__name__, f"{item.id}: {error}")
                continue
            stats.documents += 1
            stats.words += sum(len(s.words) for s in parsed.sentences)
            stats.total_seconds = time.perf_counter() - started
            yield result
