import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.scoring import score

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "tools" / "score.py"
TEXT = ("Miller said that the talks were useful. “We will meet again,” Qin said.\n"
        "According to the ministry, trade grew. Critics doubt it.")


def span(text, after=0):
    start = TEXT.index(text, after)
    return {"text": text, "start": start, "end": start + len(text)}


GOLD = [
    {"doc_id": "d1", "split": "dev", "type": "indirect", "source": span("Miller"), "cue": span("said"),
     "content": span("that the talks were useful"), "speaker": "Matthew Miller"},
    {"doc_id": "d1", "split": "dev", "type": "direct", "source": span("Qin"), "cue": span("said", 50),
     "content": span("“We will meet again,”"), "speaker": "Qin Gang"},
    {"doc_id": "d1", "split": "dev", "type": "indirect", "source": span("the ministry"),
     "cue": span("According to"), "content": span("trade grew"), "speaker": None},
    {"doc_id": "d1", "split": "dev", "type": "indirect", "source": span("Critics"), "cue": span("doubt"),
     "content": span("it"), "speaker": None},
]


def record(content, mention=None, cue=None, name=None):
    return {"doc": {"id": "d1"}, "content": content, "cue": cue,
            "speaker": {"mention": mention, "name": name} if mention or name else None}


PRED = [
    record(span("the talks were useful"), span("Miller"), span("said"), "Matthew Miller"),
    record(span("We will meet again"), span("Miller"), span("said", 50), "Miller"),
    record(span("trade grew."), None, span("According to")),
    record(span("Critics doubt it"), span("Critics"), None),
]


def test_scores_by_hand():
    summary = score(GOLD, PRED, {"d1": TEXT}).summary
    assert summary["content"] == {"p": 0.75, "r": 0.75, "f1": 0.75}
    assert summary["source"]["r"] == 0.25  # the ministry missed, Qin's quote given to Miller
    assert summary["exact"]["r"] == 0.75
    assert summary["speaker_name_acc"] == 0.5


@pytest.mark.skipif(not REFERENCE.exists(), reason="../shared/tools/score.py is absent")
def test_same_figures_as_the_reference_scorer(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(p) + "\n" for p in PRED), encoding="utf-8")
    output = subprocess.run([sys.executable, str(REFERENCE), str(tmp_path / "gold.jsonl"),
                             str(tmp_path / "pred.jsonl"), "--json"], capture_output=True, text=True, check=True)
    reference = json.loads(output.stdout)
    assert score(GOLD, PRED, {"d1": TEXT}).summary == reference


def test_eval_names_a_document_that_failed(monkeypatch, capsys, tmp_path):
    from quotes import evaluate, extract
    from quotes.io import Failure

    monkeypatch.setattr(extract, "extract", lambda items, options: iter(
        [Failure(item.id, item.path, "ValueError", f"{item.id}: broke") for item in items]))
    records = evaluate.predict({"d1": TEXT}, tmp_path, None)
    assert records == []
    assert "d1: broke (scored with no records)" in capsys.readouterr().err


def test_an_error_row_shows_the_whole_sentence_around_the_statement():
    from quotes.evaluate import error_rows
    from quotes.rules import load_rules

    text = 'Polls closed. Mr. Trump said, "We won." Mrs. Clinton disagreed? Yes.'
    gold = [{"doc_id": "d2", "type": "direct", "source": None, "cue": None,
             "content": {"start": text.index("We"), "end": text.index("won") + 3, "text": "We won"}}]
    no_break_after = frozenset(load_rules().patterns["sentences"]["no_break_after"])
    [row] = error_rows(score(gold, [], {"d2": text}), {"d2": text}, no_break_after)
    assert row["error"] == "missed"
    assert row["sentence"] == 'Mr. Trump said, "We won."'


def test_an_error_row_sets_the_nearest_statement_of_the_other_side_beside_it():
    from quotes.evaluate import error_rows

    # the record covers too much of the talks statement to pair with it, and Critics' doubt is
    # no one's in the gold
    predictions = [record(span("Miller said that the talks were useful. “We will meet again,”"), span("Miller"),
                          span("said"), "Matthew Miller"),
                   record(span("Critics doubt it"), span("Critics"), span("doubt"))]
    gold = GOLD[:1]
    rows = error_rows(score(gold, predictions, {"d1": TEXT}), {"d1": TEXT}, frozenset(), predictions, gold)
    missed = next(r for r in rows if r["error"] == "missed")
    assert missed["pred"]["content"] == "Miller said that the talks were useful. “We will meet again,”"
    assert 0 < missed["overlap"] < 0.5 and missed["gold"]["content"] == "that the talks were useful"
    spurious = {r["pred"]["content"]: r for r in rows if r["error"] == "spurious"}
    assert spurious["Critics doubt it"]["gold"] is None and spurious["Critics doubt it"]["overlap"] == 0


def test_a_wrong_source_row_sets_the_same_spans_side_by_side_as_the_other_rows():
    from quotes.evaluate import error_rows

    predictions = [record(span("that the talks were useful"), span("Qin"), span("said"), "Qin Gang")]
    gold = GOLD[:1]
    [row] = [r for r in error_rows(score(gold, predictions, {"d1": TEXT}), {"d1": TEXT}, frozenset(), predictions,
                                   gold) if r["error"] == "wrong_source"]
    assert row["gold"] == {"content": "that the talks were useful", "source": "Miller", "cue": "said"}
    assert row["pred"] == {"content": "that the talks were useful", "source": "Qin", "cue": "said"}


def test_eval_lists_the_errors_of_another_tools_predictions_without_rules(tmp_path):
    from typer.testing import CliRunner

    from quotes.cli import app

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "d1.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in GOLD), encoding="utf-8")
    (tmp_path / "pred.jsonl").write_text("".join(json.dumps(p) + "\n" for p in PRED), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path / "gold.jsonl"), "--pred", str(tmp_path / "pred.jsonl"),
                                      "--errors", str(tmp_path / "errors.jsonl")])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    spurious = [r for r in rows if r["error"] == "spurious"]
    assert [r["pred"]["content"] for r in spurious] == ["Critics doubt it"] and spurious[0]["rule"] is None
