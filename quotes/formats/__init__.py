"""Output formats: pure functions from records to bytes."""

from __future__ import annotations

from typing import Any, Iterable

import orjson

FORMATS = ("jsonl", "w3c", "schemaorg", "csl", "csv")


def speaker_names(record: dict[str, Any]) -> list[str]:
    """The speaker's name and those of the others named with them ("Biden and Xi agreed"),
    none when the speaker is unnamed."""
    speaker = record.get("speaker") or {}
    return [speaker["name"], *(speaker.get("co_speakers") or [])] if speaker.get("name") else []


def joined_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def render(records: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """Records in a format; line-oriented formats give one JSON object per line."""
    if fmt == "csv":
        from quotes.formats import csv

        return csv.dumps(records)
    if fmt == "jsonl":
        return b"".join(orjson.dumps(r) + b"\n" for r in records)
    if fmt == "w3c":
        from quotes.formats.w3c import from_record
    elif fmt == "schemaorg":
        from quotes.formats.schemaorg import from_record
    elif fmt == "csl":
        from quotes.formats.csl import from_record
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return b"".join(orjson.dumps(from_record(r)) + b"\n" for r in records)


def header(fmt: str) -> bytes:
    """What a stream in this format starts with (the CSV header; nothing for the others)."""
    if fmt == "csv":
        from quotes.formats import csv

        return csv.dumps([])
    return b""


def render_rows(records: Iterable[dict[str, Any]], fmt: str) -> bytes:
    """Records of one document for a stream that already has its header."""
    data = render(records, fmt)
    if fmt == "csv":
        return data[len(header("csv")):]
    return data
