"""Records: the one place an attribution becomes a citable JSON object (schema quotes.record/1).

Every span is {text, start, end} with Python str offsets into the analysed text, and
`text == analysed[start:end]` holds for each; ids are UUIDv5 over the document hash and spans.
"""

from __future__ import annotations

import uuid
from typing import Any

from quotes.cues import NONE
from quotes.nesting import holder_of
from quotes.parse import ParsedText
from quotes.sieves import Attribution
from quotes.speakers import Speaker

SCHEMA = "quotes.record/1"
NAMESPACE = uuid.UUID("5b0e6f0c-3c1b-5d7e-9a43-71f0e0c1a7d2")
CONTEXT_CHARS = 32


def span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"text": text[start:end], "start": start, "end": end}


def record_id(sha256: str, attribution: Attribution) -> str:
    cue = f"{attribution.cue.start}-{attribution.cue.end}" if attribution.cue else "-"
    fragments = ",".join(f"{s}-{e}" for s, e in attribution.fragments)
    return str(uuid.uuid5(NAMESPACE, f"{sha256}|{fragments}|{cue}"))


def _speaker(text: str, speaker: Speaker | None, attribution: Attribution) -> dict[str, Any] | None:
    if speaker is None:
        return None
    return {
        "mention": span(text, *speaker.mention) if speaker.mention else None,
        "name": speaker.name,
        "role": speaker.role,
        "affiliation": speaker.affiliation,
        "kind": speaker.kind,
        "resolution": speaker.resolution,
        "co_speakers": list(speaker.co_speakers),
    }


def _cue(text: str, attribution: Attribution) -> dict[str, Any] | None:
    cue = attribution.cue
    if cue is None:
        return None
    return {**span(text, cue.start, cue.end), "lemma": cue.lemma, "kind": cue.kind or NONE,
            "negated": cue.negated, "classes": list(cue.classes)}


def build_records(parsed: ParsedText, attributions: list[Attribution], speakers: list[Speaker | None],
                  extractor: dict[str, Any]) -> list[dict[str, Any]]:
    document = parsed.text
    text = document.text
    ids = [record_id(document.sha256, a) for a in attributions]
    records = []
    for index, (attribution, speaker) in enumerate(zip(attributions, speakers)):
        start, end = attribution.start, attribution.end
        content = {**span(text, start, end),
                   "prefix": text[max(0, start - CONTEXT_CHARS):start],
                   "suffix": text[end:end + CONTEXT_CHARS]}
        if len(attribution.fragments) > 1:
            content["fragments"] = [span(text, s, e) for s, e in attribution.fragments]
        sentence = attribution.sentence
        record = {
            "schema": SCHEMA,
            "id": ids[index],
            "doc": {"id": document.id, "sha256": document.sha256, "length": len(text),
                    "path": document.path, "normalisation": document.normalisation},
            "type": attribution.type,
            "content": content,
            "cue": _cue(text, attribution),
            "speaker": _speaker(text, speaker, attribution),
            "no_speaker_reason": None if speaker is not None and speaker.name else
            (attribution.no_source_reason or ("speaker not resolved" if speaker else "no source found")),
            "sentence": {"index": sentence.index, "start": sentence.start, "end": sentence.end}
            if sentence is not None else None,
            "paragraph": sentence.paragraph if sentence is not None else None,
            "nested_in": _nested_in(index, attributions, ids),
            "confidence": None,  # estimated later, by quotes.confidence
            "rule": attribution.rule,
            "extractor": extractor,
        }
        records.append(record)
    return records


def _nested_in(index: int, attributions: list[Attribution], ids: list[str]) -> str | None:
    holder = holder_of(index, attributions)
    return None if holder is None else ids[holder]


def outermost(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Only the records no other record holds ("Miller stated that Blinken highlighted X"
    keeps Miller's statement): the convention of corpora that mark the outermost only."""
    return [record for record in records if record["nested_in"] is None]
