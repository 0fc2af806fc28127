"""CSV: one row per record, UTF-8 with a header, for spreadsheets."""

from __future__ import annotations

import csv
import io
from typing import Any, Iterable

COLUMNS = ["id", "doc_id", "doc_sha256", "type", "speaker_name", "speaker_role", "speaker_kind",
           "speaker_mention", "speaker_co_speakers", "cue", "cue_lemma", "negated", "content", "content_start",
           "content_end",
           "paragraph", "nested_in", "confidence", "rule"]


def row(record: dict[str, Any]) -> list[Any]:
    speaker = record.get("speaker") or {}
    cue = record.get("cue") or {}
    return [record["id"], record["doc"]["id"], record["doc"]["sha256"], record["type"], speaker.get("name"),
            speaker.get("role"), speaker.get("kind"), (speaker.get("mention") or {}).get("text"),
            "; ".join(speaker.get("co_speakers") or []),
            cue.get("text"), cue.get("lemma"), cue.get("negated"), record["content"]["text"],
            record["content"]["start"], record["content"]["end"], record.get("paragraph"),
            record.get("nested_in"), record.get("confidence"), record.get("rule")]


def dumps(records: Iterable[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for record in records:
        writer.writerow(["" if value is None else value for value in row(record)])
    return buffer.getvalue().encode("utf-8")
