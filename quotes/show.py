"""`quotes show`: who said what, as a readable table with the quote highlighted in context."""

from __future__ import annotations

import textwrap

import orjson

from quotes.formats import joined_names

BOLD, RESET = "\x1b[1m", "\x1b[0m"


def _sentence_text(record: dict, sources: dict) -> tuple[str, int] | None:
    """The record's sentence from its source file, when the file still has the same text."""
    doc = record["doc"]
    path = doc.get("path")
    sentence = record.get("sentence")
    if not path or not sentence:
        return None
    if path not in sources:
        try:
            from quotes.text import make_text

            raw = open(path, "rb").read().decode("utf-8-sig")
            analysed = make_text(doc["id"], raw, path, nfc="NFC" in (doc.get("normalisation") or "NFC"))
            sources[path] = analysed if analysed.sha256 == doc["sha256"] else None
        except (OSError, UnicodeDecodeError, ValueError):
            sources[path] = None
    analysed = sources[path]
    if analysed is None:
        return None
    start = min(sentence["start"], record["content"]["start"])
    end = max(sentence["end"], record["content"]["end"])
    return analysed.text[start:end], start


def render(lines: list[bytes], color: bool = False, width: int = 100) -> str:
    out = []
    sources: dict = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            out.append(f"line {number}: not JSON")
            continue
        speaker = record.get("speaker") or {}
        who = speaker.get("name") or (speaker.get("mention") or {}).get("text") or "(unknown)"
        if speaker.get("role"):
            who += f" ({speaker['role']})"
        if speaker.get("co_speakers"):
            who += f" with {joined_names(speaker['co_speakers'])}"
        cue = record.get("cue") or {}
        verb = cue.get("text") or "-"
        if cue.get("negated"):
            verb = f"NOT {verb}"
        content = record["content"]
        quote = f"{BOLD}{content['text']}{RESET}" if color else f"[{content['text']}]"
        sentence = _sentence_text(record, sources)
        if sentence is not None:
            text, offset = sentence
            start, end = content["start"] - offset, content["end"] - offset
            context = text[:start] + quote + text[end:]
        else:
            context = f"…{content.get('prefix', '')}{quote}{content.get('suffix', '')}…"
        out.append(f"{record['doc']['id']}  {who}  —{verb}→  ({record['type']}, {record['rule']})")
        out.extend(textwrap.wrap(context, width, initial_indent="    ", subsequent_indent="    "))
    return "\n".join(out)
