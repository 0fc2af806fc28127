"""The records' confidence: features from the record alone, a checked model file, the
threshold that leaves records out, and the fit that makes the model."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.confidence import (ConfidenceError, ConfidenceModel, confident, fit, load_confidence, record_features,
                               with_confidence)
from quotes.parse import PACKAGE_MODEL_DIR


def record(record_id="a", rule="verb_complement", lemma="say", nested_in=None, content="that it works", start=10):
    return {"id": record_id, "rule": rule, "type": "indirect", "nested_in": nested_in, "paragraph": 1,
            "content": {"text": content, "start": start, "end": start + len(content)},
            "cue": {"text": lemma, "start": 0, "end": len(lemma), "lemma": lemma, "kind": "verb",
                    "negated": False, "classes": ["speech"]},
            "speaker": {"mention": {"text": "Miller", "start": 0, "end": 6}, "name": "Miller",
                        "kind": "person", "resolution": "name"}}


def test_features_come_from_the_record_and_name_its_rule_and_cue():
    features = record_features(record(lemma="note"))
    assert "rule=verb_complement" in features and "cue_lemma=note" in features
    assert "cue_class=speech" in features
    assert record_features(record(lemma="note")) == features
    # PolNeAR marks no nested statement: nesting is no evidence either way
    assert record_features(record(lemma="note", nested_in="b")) == features


def test_a_weighted_feature_moves_the_probability():
    model = ConfidenceModel({"cue_lemma=say": 2.0, "cue_lemma=hold": -2.0}, 0.0, 0.5)
    assert model.probability(record(lemma="tell")) == pytest.approx(0.5)
    assert model.probability(record(lemma="say")) == pytest.approx(1 / (1 + 2.718281828 ** -2), rel=1e-6)
    assert model.probability(record(lemma="hold")) < 0.5
    [scored] = with_confidence([record(lemma="say")], model)
    assert scored["confidence"] == round(model.probability(record(lemma="say")), 3)


def test_records_below_the_threshold_go_and_nested_ones_name_a_holder_that_stays():
    outer = {**record("outer"), "confidence": 0.9}
    middle = {**record("middle", nested_in="outer"), "confidence": 0.1}
    inner = {**record("inner", nested_in="middle"), "confidence": 0.8}
    kept = confident([outer, middle, inner], 0.5)
    assert [r["id"] for r in kept] == ["outer", "inner"]
    assert kept[1]["nested_in"] == "outer"
    alone = confident([{**outer, "confidence": 0.2}, middle, inner], 0.5)
    assert [(r["id"], r["nested_in"]) for r in alone] == [("inner", None)]
    assert len(confident([outer, middle, inner], 0.0)) == 3


def test_fit_learns_which_features_make_records_right():
    examples = [(["cue_lemma=say", "rule=x"], 1)] * 40 + [(["cue_lemma=say", "rule=x"], 0)] * 5 \
        + [(["cue_lemma=hold", "rule=x"], 0)] * 40 + [(["cue_lemma=hold", "rule=x"], 1)] * 5
    weights, bias = fit(examples, l2=1.0)
    model = ConfidenceModel(weights, bias, 0.5)
    said, held = model.probability(record(lemma="say")), model.probability(record(lemma="hold"))
    assert said > 0.8 > 0.2 > held
    assert weights["cue_lemma=say"] > 0 > weights["cue_lemma=hold"]


@pytest.mark.parametrize("content, message", [
    (None, "confidence model missing"),
    (b"{not json", "not JSON"),
    (b'{"format": "other"}', "not a confidence model"),
    (b'{"format": "quotes.confidence/1", "weights": {"a": "x"}, "bias": 0, "threshold": 0.3}', "weights"),
    (b'{"format": "quotes.confidence/1", "weights": {}, "bias": 0, "threshold": 1.5}', "threshold"),
    (b'{"format": "quotes.confidence/1", "weights": {}, "bias": true, "threshold": 0.3}', "bias"),
])
def test_a_broken_model_file_is_refused_with_its_name(tmp_path, content, message):
    path = tmp_path / "confidence.json"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfidenceError, match=message) as error:
        load_confidence(path)
    assert str(path) in str(error.value)


def test_the_shipped_model_loads_and_its_threshold_is_a_probability():
    model = load_confidence(PACKAGE_MODEL_DIR / "confidence.json")
    assert 0.0 <= model.threshold < 1.0 and model.weights
    # "X said that ..." is right more often than a quotation with no cue and no speaker near it
    lone_quote = {**record(rule="quote_without_cue", content="“It works”"), "cue": None, "speaker": None}
    assert model.probability(record(lemma="say")) > model.probability(lone_quote)


def test_cli_refuses_a_broken_confidence_model_and_min_confidence_zero_keeps_more(tmp_path):
    models = tmp_path / "models"
    models.mkdir()
    for path in PACKAGE_MODEL_DIR.iterdir():
        if path.suffix == ".pt" or path.name == "resources.json":
            (models / path.name).symlink_to(path)
    text = ("Miller said that the talks were useful. The plan, he thinks, is fine. "
            "Critics had a field day with it, and they question the deal.")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "QUOTES_CACHE_DIR": str(tmp_path / "cache"), "QUOTES_MODEL_DIR": str(models)}
    command = [sys.executable, "-m", "quotes.cli", "extract", "a.txt"]
    # a model set with no confidence model of its own uses the shipped one
    shipped = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True)
    assert shipped.returncode == 0, shipped.stderr.decode()
    default = [json.loads(line) for line in shipped.stdout.splitlines()]
    threshold = load_confidence(PACKAGE_MODEL_DIR / "confidence.json").threshold
    assert default and all(threshold <= r["confidence"] <= 1 for r in default)
    everything = subprocess.run(command + ["--min-confidence", "0"], cwd=tmp_path, env=env, capture_output=True)
    all_records = [json.loads(line) for line in everything.stdout.splitlines()]
    assert {r["id"] for r in default} <= {r["id"] for r in all_records}
    strict = subprocess.run(command + ["--min-confidence", "1"], cwd=tmp_path, env=env, capture_output=True)
    assert strict.returncode == 0 and strict.stdout == b""
    (models / "confidence.json").write_text('{"format": "quotes.confidence/1"}', encoding="utf-8")
    broken = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True)
    assert broken.returncode == 3 and str(Path(models / "confidence.json")).encode() in broken.stderr


def test_eval_filters_saved_records_by_confidence_and_names_records_without_one(tmp_path):
    text = "Miller said that it works."
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d.txt").write_text(text, encoding="utf-8")
    content = {"text": "it works", "start": 17, "end": 25}
    (tmp_path / "gold.jsonl").write_text(json.dumps({"doc_id": "d", "content": content, "source": None,
                                                     "cue": None, "type": "indirect"}) + "\n", encoding="utf-8")
    scored = {**record("r1", content="it works", start=17), "doc": {"id": "d"}, "confidence": 0.4}
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(json.dumps(scored) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "quotes.cli", "eval", "gold.jsonl", "--pred", "pred.jsonl", "--json"]
    kept = subprocess.run(command + ["--min-confidence", "0.3"], cwd=tmp_path, capture_output=True)
    dropped = subprocess.run(command + ["--min-confidence", "0.5"], cwd=tmp_path, capture_output=True)
    assert json.loads(kept.stdout)["content"]["r"] == 1.0
    assert json.loads(dropped.stdout)["content"]["r"] == 0.0
    predictions.write_text(json.dumps({**scored, "confidence": None}) + "\n", encoding="utf-8")
    unscored = subprocess.run(command + ["--min-confidence", "0.5"], cwd=tmp_path, capture_output=True)
    assert unscored.returncode == 2 and b"r1 has no confidence" in unscored.stderr
