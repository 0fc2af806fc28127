"""Scoring records against gold attributions, with the reference scorer's definitions.

Per document, gold and predicted contents are paired one to one, greedily by the Jaccard
overlap of their non-space character positions; a pair counts at overlap >= 0.5.
content@0.5, exact (both trimmed of space, quotes, punctuation and a leading "that"),
+source (the speaker mention overlaps the gold source; null == null), +cue (overlap),
both, recall by gold type, and speaker-name accuracy where gold names exist.
"""

from __future__ import annotations

import collections
import re
from dataclasses import dataclass, field
from typing import Any

TRIM = " \t\n\"'“”‘’«»,.;:—–-()[]"
THRESHOLD = 0.5


def char_set(text: str, span: dict) -> set[int]:
    fragments = span.get("fragments") or [span]
    return {i for f in fragments for i in range(f["start"], f["end"]) if not text[i].isspace()}


def trimmed(text: str, span: dict) -> tuple[int, int]:
    start, end = span["start"], span["end"]
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    match = re.match(r"that\s+", text[start:end], re.I)
    if match:
        start += match.end()
    return start, end


def overlaps(a: dict | None, b: dict | None) -> bool:
    return a is not None and b is not None and a["start"] < b["end"] and b["start"] < a["end"]


def name_match(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return False

    def norm(s: str) -> list[str]:
        return [t for t in re.findall(r"\w+", s.replace("’", "'").lower()) if len(t) > 1]

    pred_tokens, gold_tokens = set(norm(predicted)), norm(gold)
    return bool(gold_tokens) and (gold_tokens[-1] in pred_tokens or gold_tokens[0] in pred_tokens)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Evaluation:
    summary: dict[str, Any]
    missed: list[dict] = field(default_factory=list)  # gold relations with no pair
    spurious: list[dict] = field(default_factory=list)  # records with no pair
    wrong_source: list[tuple[dict, dict]] = field(default_factory=list)


def score(gold: list[dict], predictions: list[dict], texts: dict[str, str]) -> Evaluation:
    doc_ids = {g["doc_id"] for g in gold}
    predictions = [r for r in predictions if (r.get("doc") or {}).get("id") in doc_ids and r.get("content")]
    by_doc: dict[str, tuple[list, list]] = collections.defaultdict(lambda: ([], []))
    for g in gold:
        by_doc[g["doc_id"]][0].append(g)
    for r in predictions:
        by_doc[r["doc"]["id"]][1].append(r)
    counts: collections.Counter = collections.Counter()
    per_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    evaluation = Evaluation({})
    for doc_id, (golds, preds) in by_doc.items():
        text = texts[doc_id]
        gold_sets = [char_set(text, g["content"]) for g in golds]
        pred_sets = [char_set(text, p["content"]) for p in preds]
        candidates = []
        for i, a in enumerate(gold_sets):
            for j, b in enumerate(pred_sets):
                inter = len(a & b)
                if inter:
                    candidates.append((inter / len(a | b), i, j))
        candidates.sort(reverse=True)
        used_gold, used_pred = set(), set()
        for overlap, i, j in candidates:
            if overlap < THRESHOLD or i in used_gold or j in used_pred:
                continue
            used_gold.add(i)
            used_pred.add(j)
            g, p = golds[i], preds[j]
            kind = g.get("type", "all")
            speaker = p.get("speaker") or {}
            mention = speaker.get("mention")
            source_ok = overlaps(mention, g.get("source")) or (g.get("source") is None and mention is None)
            cue_ok = overlaps(p.get("cue"), g.get("cue")) or (g.get("cue") is None and not p.get("cue"))
            exact = trimmed(text, g["content"]) == trimmed(text, p["content"])
            for key, ok in (("content", True), ("exact", exact), ("source", source_ok), ("cue", cue_ok),
                            ("both", source_ok and cue_ok)):
                if ok:
                    counts[key] += 1
                    per_type[kind][key] += 1
            if not source_ok:
                evaluation.wrong_source.append((g, p))
            if g.get("speaker"):
                counts["named"] += 1
                counts["name_ok"] += name_match(speaker.get("name"), g["speaker"])
        for g in golds:
            per_type[g.get("type", "all")]["gold"] += 1
        evaluation.missed.extend(g for i, g in enumerate(golds) if i not in used_gold)
        evaluation.spurious.extend(p for j, p in enumerate(preds) if j not in used_pred)
    summary: dict[str, Any] = {"docs": len(by_doc), "gold": len(gold), "pred": len(predictions)}
    for key in ("content", "exact", "source", "cue", "both"):
        p, r, f = prf(counts[key], len(predictions), len(gold))
        summary[key] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
    summary["recall_by_type"] = {t: {k: round(v[k] / v["gold"], 3) for k in ("content", "source")}
                                 for t, v in sorted(per_type.items())}
    if counts["named"]:
        summary["speaker_name_acc"] = round(counts["name_ok"] / counts["named"], 3)
    evaluation.summary = summary
    return evaluation


def format_summary(summary: dict[str, Any]) -> str:
    return "\n".join(f"{key:16} {value}" for key, value in summary.items())
