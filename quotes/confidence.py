"""Confidence: how likely a record is to be right, measured, and the records worth citing.

A record's `confidence` is the probability, estimated by a logistic model over what the record
itself says (the rule that made it, its type, its cue's lemma and classes, what kind of speaker
it names, how long its content is ...), that a trained annotator marks the same statement: it
was fitted on PolNeAR train, where a record counts as right when the reference scorer pairs it
with a gold statement (content overlap >= 0.5). PolNeAR marks only the outermost statement, so
it says nothing of a statement inside another ("Miller stated that Blinken highlighted X"):
those records are left out of the fit, and are judged as the same statement would be on its
own. The model is a small JSON file of feature weights (`quotes/models/en/confidence.json`,
see the model card), read and checked once at start.

Records below the model's threshold are left out by default: a record a user cannot trust is
worse than none. The threshold is the one that gave the best content F1 on PolNeAR train in
cross-validation; `--min-confidence 0` keeps every record.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import orjson

from quotes.parse import ModelError

FORMAT = "quotes.confidence/1"
FILE_NAME = "confidence.json"


class ConfidenceError(ModelError):
    """A confidence model file that cannot be used (reported as any broken model file is)."""


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, record: dict[str, Any]) -> float:
        z = self.bias + sum(self.weights.get(feature, 0.0) for feature in record_features(record))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _length_band(words: int) -> int:
    """1, 2-3, 4-7, 8-15, ... words: statements of a word or two are mostly objects."""
    return min(int(math.log2(words + 1)), 6)


def record_features(record: dict[str, Any]) -> list[str]:
    """The record's features, as names: everything comes from the record itself."""
    cue = record.get("cue") or {}
    speaker = record.get("speaker") or {}
    mention = speaker.get("mention") or {}
    content = record["content"]
    rule, kind = record.get("rule", ""), record.get("type", "")
    words = content["text"].split()
    features = [
        f"rule={rule}",
        f"type={kind}",
        f"rule+type={rule}+{kind}",
        f"cue_lemma={(cue.get('lemma') or '').lower()}",
        f"cue_kind={cue.get('kind')}",
        f"negated={bool(cue.get('negated'))}",
        f"speaker_kind={speaker.get('kind')}",
        f"resolution={speaker.get('resolution')}",
        f"mention={bool(mention)}",
        f"mention_words={min(len(mention.get('text', '').split()), 4)}",
        f"length={_length_band(len(words))}",
        f"opens_with_that={bool(words) and words[0].lower() == 'that'}",
        f"cue_after_content={bool(cue) and cue.get('start', 0) >= content['end']}",
        f"fragments={min(len(content.get('fragments') or [content]), 3)}",
        f"first_paragraph={record.get('paragraph') == 0}",
    ]
    features += [f"cue_class={name}" for name in cue.get("classes") or ()]
    return features


def load_confidence(path: Path) -> ConfidenceModel:
    """Read and check a confidence model file; every problem names the file."""
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        raise ConfidenceError(f"confidence model missing: {path}") from None
    except orjson.JSONDecodeError as error:
        raise ConfidenceError(f"{path}: not JSON ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConfidenceError(f"{path}: not a confidence model (expected \"format\": \"{FORMAT}\")")
    weights, bias, threshold = data.get("weights"), data.get("bias"), data.get("threshold")
    if not isinstance(weights, dict) or not all(isinstance(k, str) and _number(v) for k, v in weights.items()):
        raise ConfidenceError(f"{path}: \"weights\" must map feature names to numbers")
    if not _number(bias):
        raise ConfidenceError(f"{path}: \"bias\" must be a number")
    if not _number(threshold) or not 0.0 <= threshold <= 1.0:
        raise ConfidenceError(f"{path}: \"threshold\" must be a number from 0 to 1")
    return ConfidenceModel({k: float(v) for k, v in weights.items()}, float(bias), float(threshold))


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def with_confidence(records: list[dict[str, Any]], model: ConfidenceModel) -> list[dict[str, Any]]:
    """The records, each with its estimated probability of being right."""
    return [{**record, "confidence": round(model.probability(record), 3)} for record in records]


def confident(records: list[dict[str, Any]], threshold: float) -> list[dict[str, Any]]:
    """The records at or above the threshold. A record held by one left out is re-linked to
    the nearest holder kept (or to none), so that `nested_in` names only records written."""
    kept_ids = {r["id"] for r in records if r["confidence"] >= threshold}
    holder = {r["id"]: r["nested_in"] for r in records}

    def kept_holder(record_id: str | None) -> str | None:
        seen = set()
        while record_id is not None and record_id not in kept_ids and record_id not in seen:
            seen.add(record_id)
            record_id = holder.get(record_id)
        return record_id if record_id in kept_ids else None

    return [{**r, "nested_in": kept_holder(r["nested_in"])} for r in records if r["id"] in kept_ids]


def fit(examples: Iterable[tuple[list[str], int]], l2: float = 1.0, steps: int = 25) -> tuple[dict[str, float], float]:
    """Logistic regression (L2 on the weights, not the bias) by Newton's method."""
    import numpy

    examples = list(examples)
    names: dict[str, int] = {}
    for features, _ in examples:
        for name in features:
            names.setdefault(name, len(names))
    matrix = numpy.zeros((len(examples), len(names) + 1))
    for row, (features, _) in enumerate(examples):
        for name in features:
            matrix[row, names[name]] = 1.0
    matrix[:, -1] = 1.0
    labels = numpy.array([label for _, label in examples], dtype=float)
    penalty = numpy.full(len(names) + 1, l2)
    penalty[-1] = 1e-6
    weights = numpy.zeros(len(names) + 1)
    for _ in range(steps):
        probabilities = 1.0 / (1.0 + numpy.exp(-numpy.clip(matrix @ weights, -30, 30)))
        gradient = matrix.T @ (probabilities - labels) + penalty * weights
        hessian = (matrix.T * (probabilities * (1 - probabilities))) @ matrix + numpy.diag(penalty)
        step = numpy.linalg.solve(hessian, gradient)
        weights -= step
        if numpy.abs(step).max() < 1e-6:
            break
    return {name: float(weights[index]) for name, index in names.items()}, float(weights[-1])


def model_file(model_dir: Path) -> Path:
    return model_dir / FILE_NAME
