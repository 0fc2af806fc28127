"""CSL-JSON: the source article as the cited item, the quote in `note` and a character locator."""

from __future__ import annotations

from typing import Any

from quotes.formats import joined_names, speaker_names


def from_record(record: dict[str, Any]) -> dict[str, Any]:
    doc = record["doc"]
    content = record["content"]
    speaker = record.get("speaker") or {}
    speaker_text = joined_names(speaker_names(record)) if speaker.get("name") else "unknown speaker"
    item = {
        "id": record["id"],
        "type": "article-newspaper",
        "title": doc["id"],
        "note": f"{speaker_text}: {content['text']}",
        "locator": f"{content['start']}-{content['end']}",
        "label": "character",
        "custom": {"quotes_record_id": record["id"], "sha256": doc["sha256"], "speaker": speaker.get("name"),
                   "co_speakers": speaker.get("co_speakers") or [],
                   "cue": (record.get("cue") or {}).get("text"), "type": record["type"]},
    }
    if doc.get("path"):
        item["URL"] = doc["path"]
    return item
