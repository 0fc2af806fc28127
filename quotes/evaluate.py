"""`quotes eval`: run the extractor on gold documents (or read predictions) and score them
with the reference scorer's definitions (quotes/scoring.py), with an error listing."""

from __future__ import annotations

import bisect
import sys
from pathlib import Path
from typing import Any, Iterable

import orjson
import regex

from quotes.confidence import confident
from quotes.records import outermost
from quotes.scoring import Evaluation, char_set, score


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def load_gold(gold_path: Path, split: str | None) -> list[dict[str, Any]]:
    return [g for g in load_jsonl(gold_path) if split is None or g.get("split") == split]


def load_texts(doc_ids: Iterable[str], docs_dir: Path) -> dict[str, str]:
    texts = {}
    for doc_id in sorted(set(doc_ids)):
        path = docs_dir / f"{doc_id}.txt"
        texts[doc_id] = path.read_text(encoding="utf-8")
    return texts


def predict(texts: dict[str, str], docs_dir: Path, options) -> list[dict[str, Any]]:
    from quotes.extract import Result, extract
    from quotes.text import make_text

    # Gold offsets refer to the files as they are: analyse them without NFC.
    items = [make_text(doc_id, text, str(docs_dir / f"{doc_id}.txt"), nfc=False) for doc_id, text in texts.items()]
    for item in items:
        if item.text != texts[item.id]:
            raise ValueError(f"{item.id}: gold offsets refer to text with CR newlines")
    records = []
    for result in extract(items, options):
        if isinstance(result, Result):
            records.extend(result.records)
        else:
            # scored as a document with no records: say so, the figures are lower for it
            print(f"quotes eval: {result.message} (scored with no records)", file=sys.stderr)
    return records


def sentence_breaks(text: str, no_break_after: frozenset[str]) -> list[int]:
    """Where the sentences of a text end, roughly: after a newline, or after a full stop, question
    or exclamation mark (and any closing marks) before a space, but not after a title ("Mr. |
    Trump"; [sentences] no_break_after in patterns.toml)."""
    return [match.end() for match in regex.finditer(r"\n|[.?!][\"”’')\]]*(?= )", text)
            if match.group() == "\n"
            or text[text.rfind(" ", 0, match.start()) + 1:match.start() + 1] not in no_break_after]


def _gold_spans(gold: dict[str, Any]) -> dict[str, Any]:
    return {"content": gold["content"]["text"], "source": (gold.get("source") or {}).get("text"),
            "cue": (gold.get("cue") or {}).get("text")}


def _record_spans(record: dict[str, Any]) -> dict[str, Any]:
    return {"content": record["content"]["text"],
            "source": ((record.get("speaker") or {}).get("mention") or {}).get("text"),
            "cue": (record.get("cue") or {}).get("text")}


def _nearest(text: str, span: dict, others: list[dict], content_of) -> tuple[dict | None, float]:
    """The one of `others` whose content overlaps `span` most (the scorer's overlap), and by how much."""
    chars = char_set(text, span)
    best, overlap = None, 0.0
    for other in others:
        theirs = char_set(text, content_of(other))
        shared = len(chars & theirs)
        if shared and shared / len(chars | theirs) > overlap:
            best, overlap = other, shared / len(chars | theirs)
    return best, round(overlap, 2)


def error_rows(evaluation: Evaluation, texts: dict[str, str], no_break_after: frozenset[str] = frozenset(),
               records: Iterable[dict[str, Any]] = (), gold: Iterable[dict[str, Any]] = ()) -> list[dict[str, Any]]:
    """Every miss and spurious record with its sentence; beside a miss the record that overlaps
    it most (and the rule that made it), beside a spurious record the gold statement it
    overlaps most, or none; and every matched statement whose source is wrong."""
    breaks = {doc_id: sentence_breaks(text, no_break_after) for doc_id, text in texts.items()}
    records_of: dict[str, list] = {}
    for record in records:
        if record.get("content"):
            records_of.setdefault((record.get("doc") or {}).get("id"), []).append(record)
    gold_of: dict[str, list] = {}
    for statement in gold:
        gold_of.setdefault(statement["doc_id"], []).append(statement)

    def sentence_around(doc_id: str, start: int, end: int) -> str:
        text, ends = texts[doc_id], breaks[doc_id]
        left = ends[bisect.bisect_right(ends, start) - 1] if bisect.bisect_right(ends, start) else 0
        after = bisect.bisect_left(ends, end)
        right = ends[after] if after < len(ends) else len(text)
        return text[left:right].strip()

    rows = []
    for missed in evaluation.missed:
        content, doc_id = missed["content"], missed["doc_id"]
        nearest, overlap = _nearest(texts[doc_id], content, records_of.get(doc_id, []), lambda r: r["content"])
        rows.append({"error": "missed", "doc": doc_id, "type": missed.get("type"),
                     "rule": nearest.get("rule") if nearest else None, "gold": _gold_spans(missed),
                     "pred": _record_spans(nearest) if nearest else None, "overlap": overlap,
                     "sentence": sentence_around(doc_id, content["start"], content["end"])})
    for record in evaluation.spurious:
        content, doc_id = record["content"], record["doc"]["id"]
        nearest, overlap = _nearest(texts[doc_id], content, gold_of.get(doc_id, []), lambda g: g["content"])
        rows.append({"error": "spurious", "doc": doc_id, "rule": record.get("rule"),
                     "gold": _gold_spans(nearest) if nearest else None, "pred": _record_spans(record),
                     "overlap": overlap, "sentence": sentence_around(doc_id, content["start"], content["end"])})
    for statement, record in evaluation.wrong_source:
        rows.append({"error": "wrong_source", "doc": statement["doc_id"], "rule": record.get("rule"),
                     "gold": _gold_spans(statement), "pred": _record_spans(record)})
    return rows


def evaluate(gold_path: Path, docs_dir: Path, split: str | None, predictions_path: Path | None,
             options) -> tuple[Evaluation, dict[str, str], list[dict[str, Any]]]:
    gold = load_gold(gold_path, split)
    texts = load_texts((g["doc_id"] for g in gold), docs_dir)
    records = load_jsonl(predictions_path) if predictions_path else predict(texts, docs_dir, options)
    if predictions_path and options.min_confidence is not None:
        unscored = [r["id"] for r in records if not isinstance(r.get("confidence"), (int, float))]
        if unscored:
            raise ValueError(f"{predictions_path}: record {unscored[0]} has no confidence to filter by")
        records = confident(records, options.min_confidence)
    if predictions_path and options.outermost:
        records = outermost(records)
    return score(gold, records, texts), texts, records


def fit_confidence(gold_path: Path, docs_dir: Path, split: str, options, l2: float = 1.0,
                   folds: int = 5) -> dict[str, Any]:
    """Fit the confidence model (quotes/confidence.py) on the records of one split and pick its
    threshold: the one with the best content F1 in cross-validation over the documents (each
    document's records scored by a model fitted on the other folds). Returns the model file's
    content, with the figures that chose it."""
    from dataclasses import replace

    from quotes.confidence import FORMAT, ConfidenceModel, fit, record_features

    gold = load_gold(gold_path, split)
    texts = load_texts((g["doc_id"] for g in gold), docs_dir)
    records = predict(texts, docs_dir, replace(options, confidence=False, outermost=False))
    wrong = {id(r) for r in score(gold, records, texts).spurious}
    examples = [(record_features(r), 0 if id(r) in wrong else 1) for r in records]
    documents = sorted(texts)
    fold_of = {doc_id: index % folds for index, doc_id in enumerate(documents)}
    # PolNeAR marks the outermost statements only: a nested record's label says nothing
    outer = [r["nested_in"] is None for r in records]
    held_out = [0.0] * len(records)
    for fold in range(folds):
        weights, bias = fit([e for r, e, o in zip(records, examples, outer) if o and fold_of[r["doc"]["id"]] != fold],
                            l2)
        model = ConfidenceModel(weights, bias, 0.0)
        for index, record in enumerate(records):
            if fold_of[record["doc"]["id"]] == fold:
                held_out[index] = model.probability(record)
    by_threshold = {}
    for step in range(0, 61, 2):
        threshold = step / 100
        kept = [r for r, p in zip(records, held_out) if p >= threshold]
        evaluation = score(gold, kept, texts)
        right = len(kept) - len(evaluation.spurious)
        by_threshold[threshold] = {**evaluation.summary, "f1": 2 * right / (len(kept) + len(gold)) if kept else 0.0}
    best = max(by_threshold, key=lambda t: (round(by_threshold[t]["f1"], 4), -t))
    weights, bias = fit([e for e, o in zip(examples, outer) if o], l2)
    return {
        "format": FORMAT,
        "bias": round(bias, 5),
        "threshold": best,
        "weights": {name: round(value, 5) for name, value in sorted(weights.items()) if abs(value) >= 1e-5},
        "trained_on": {"gold": gold_path.name, "split": split, "documents": len(texts), "records": len(records),
                       "outermost": sum(outer), "right": sum(label for (_, label), o in zip(examples, outer) if o),
                       "l2": l2, "folds": folds},
        "cross_validation": {f"{t:.2f}": {k: s[k]["f1"] for k in ("content", "source", "exact")}
                             for t, s in by_threshold.items()},
    }
