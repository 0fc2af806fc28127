"""W3C Web Annotation (JSON-LD): the quote as the target (TextQuoteSelector + TextPositionSelector
in code points), the speaker and cue in the body. Lossless with the project's context: the
original record rides along under `quotes:record`, so `to_record(from_record(r)) == r`."""

from __future__ import annotations

from typing import Any

from quotes.formats import joined_names, speaker_names

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"quotes": "urn:quotes:record/1#"}]


def _source(record: dict[str, Any]) -> str:
    doc = record["doc"]
    return doc.get("path") or f"urn:sha256:{doc['sha256']}"


def from_record(record: dict[str, Any]) -> dict[str, Any]:
    content = record["content"]
    speaker = record.get("speaker") or {}
    cue = record.get("cue") or {}
    selectors = [
        {"type": "TextQuoteSelector", "exact": content["text"], "prefix": content.get("prefix", ""),
         "suffix": content.get("suffix", "")},
        {"type": "TextPositionSelector", "start": content["start"], "end": content["end"]},
    ]
    names = speaker_names(record)
    body = [{"type": "TextualBody", "purpose": "describing", "format": "text/plain",
             "value": f"{speaker.get('name') or 'unknown speaker'}"
                      + (f" ({speaker['role']})" if speaker.get("role") else "")
                      + (f" with {joined_names(names[1:])}" if len(names) > 1 else "")
                      + (f" — {cue['text']}" if cue.get("text") else "")}]
    body += [{"type": "TextualBody", "purpose": "tagging", "value": name} for name in names]
    return {
        "@context": CONTEXT,
        "id": f"urn:uuid:{record['id']}",
        "type": "Annotation",
        "motivation": "describing",
        "body": body,
        "target": {"source": _source(record), "selector": selectors},
        "quotes:record": record,
    }


def to_record(annotation: dict[str, Any]) -> dict[str, Any]:
    return annotation["quotes:record"]


def check_structure(annotation: dict[str, Any]) -> list[str]:
    """Problems with the Web Annotation model's required structure (empty when valid)."""
    problems = []
    context = annotation.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if "http://www.w3.org/ns/anno.jsonld" not in contexts:
        problems.append("@context must include http://www.w3.org/ns/anno.jsonld")
    if annotation.get("type") != "Annotation":
        problems.append("type must be Annotation")
    if not isinstance(annotation.get("id"), str) or ":" not in annotation["id"]:
        problems.append("id must be an IRI")
    target = annotation.get("target")
    if not isinstance(target, dict) or not target.get("source"):
        problems.append("target must have a source")
    else:
        for selector in target.get("selector", []):
            if selector.get("type") == "TextQuoteSelector" and not isinstance(selector.get("exact"), str):
                problems.append("TextQuoteSelector needs exact")
            if selector.get("type") == "TextPositionSelector" and not (
                    isinstance(selector.get("start"), int) and isinstance(selector.get("end"), int)
                    and 0 <= selector["start"] <= selector["end"]):
                problems.append("TextPositionSelector needs 0 <= start <= end")
    for body in annotation.get("body", []):
        if body.get("type") == "TextualBody" and "value" not in body:
            problems.append("TextualBody needs value")
    return problems
