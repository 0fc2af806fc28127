"""`quotes eval`: run the extractor on gold documents (or read predictions) and score them
with the reference scorer's definitions (quotes/scoring.py), with an error listing."""

from __future__ import annotations

import sys

from pathlib import Path
from typing import Any, Iterable

import orjson

from quotes.records import outermost
from quotes.scoring import Evaluation, score


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


def error_rows(evaluation: Evaluation, texts: dict[str, str]) -> list[dict[str, Any]]:
    def sentence_around(doc_id: str, start: int, end: int) -> str:
        text = texts[doc_id]
        left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start) + 1)
        right_candidates = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
        right = min(right_candidates) + 1 if right_candidates else len(text)
        return text[max(0, left):right].strip()

    rows = []
    for gold in evaluation.missed:
        content = gold["content"]
        rows.append({"error": "missed", "doc": gold["doc_id"], "type": gold.get("type"),
                     "gold": {"content": content["text"], "source": (gold.get("source") or {}).get("text"),
                              "cue": (gold.get("cue") or {}).get("text")},
                     "sentence": sentence_around(gold["doc_id"], content["start"], content["end"])})
    for record in evaluation.spurious:
        content = record["content"]
        rows.append({"error": "spurious", "doc": record["doc"]["id"], "rule": record["rule"],
                     "pred": {"content": content["text"],
                              "source": ((record.get("speaker") or {}).get("mention") or {}).get("text"),
                              "cue": (record.get("cue") or {}).get("text")},
                     "sentence": sentence_around(record["doc"]["id"], content["start"], content["end"])})
    for gold, record in evaluation.wrong_source:
        rows.append({"error": "wrong_source", "doc": gold["doc_id"], "rule": record["rule"],
                     "gold": {"source": (gold.get("source") or {}).get("text"), "content": gold["content"]["text"]},
                     "pred": {"source": ((record.get("speaker") or {}).get("mention") or {}).get("text"),
                              "cue": (record.get("cue") or {}).get("text")}})
    return rows


def evaluate(gold_path: Path, docs_dir: Path, split: str | None, predictions_path: Path | None,
             options) -> tuple[Evaluation, dict[str, str], list[dict[str, Any]]]:
    gold = load_gold(gold_path, split)
    texts = load_texts((g["doc_id"] for g in gold), docs_dir)
    records = load_jsonl(predictions_path) if predictions_path else predict(texts, docs_dir, options)
    if predictions_path and options.outermost:
        records = outermost(records)
    return score(gold, records, texts), texts, records
