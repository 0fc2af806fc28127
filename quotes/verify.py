"""`quotes verify`: re-anchor records in their sources, as a citation must be checkable later.

For each record: the source's sha256 still matches -> intact; otherwise the quote is looked
for at its old offsets (intact), then as exact text, choosing among repeats by the
prefix/suffix around it (moved), then by a fuzzy match (changed); else missing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from quotes.text import Text, make_text

INTACT, MOVED, CHANGED, MISSING = "intact", "moved", "changed", "missing"
FUZZY_THRESHOLD = 0.8


@dataclass(frozen=True)
class Verdict:
    record_id: str
    status: str
    start: int | None
    end: int | None
    similarity: float = 1.0


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    before = text[max(0, start - len(prefix)):start]
    after = text[end:end + len(suffix)]
    score = 0
    for a, b in zip(reversed(before), reversed(prefix)):
        if a != b:
            break
        score += 1
    for a, b in zip(after, suffix):
        if a != b:
            break
        score += 1
    return score


def anchor(record: dict[str, Any], text: str, sha256: str) -> Verdict:
    content = record["content"]
    exact, start, end = content["text"], content["start"], content["end"]
    if sha256 == record["doc"]["sha256"] or text[start:end] == exact:
        return Verdict(record["id"], INTACT, start, end)
    positions, found = [], text.find(exact)
    while found >= 0:
        positions.append(found)
        found = text.find(exact, found + 1)
    if positions:
        best = max(positions, key=lambda p: (_context_score(text, p, p + len(exact), content.get("prefix", ""),
                                                            content.get("suffix", "")), -abs(p - start)))
        return Verdict(record["id"], MOVED, best, best + len(exact))
    matcher = difflib.SequenceMatcher(None, exact, text, autojunk=False)
    block = max(matcher.get_matching_blocks(), key=lambda b: b.size)
    if block.size:
        window_start = max(0, block.b - block.a)
        window = text[window_start:window_start + len(exact)]
        similarity = difflib.SequenceMatcher(None, exact, window, autojunk=False).ratio()
        if similarity >= FUZZY_THRESHOLD:
            return Verdict(record["id"], CHANGED, window_start, window_start + len(window), round(similarity, 3))
    return Verdict(record["id"], MISSING, None, None, 0.0)


def source_index(sources: Iterable[str]) -> dict[str, Path]:
    index: dict[str, Path] = {}
    for given in sources:
        path = Path(given)
        files = sorted(path.rglob("*.txt")) if path.is_dir() else [path]
        for file in files:
            index[file.stem] = file
    return index


def load_source(doc: dict[str, Any], index: dict[str, Path]) -> "Text | str":
    """A record's source analysed as at extraction time, or a message saying why it cannot be had."""
    path = index.get(doc["id"]) or (Path(doc["path"]) if doc.get("path") else None)
    if path is None or not path.is_file():
        return f"source not found for document {doc['id']!r} ({path})"
    nfc = "NFC" in (doc.get("normalisation") or "NFC")
    try:
        return make_text(doc["id"], path.read_bytes().decode("utf-8-sig"), str(path), nfc=nfc)
    except (OSError, UnicodeDecodeError) as error:
        return f"source of document {doc['id']!r} unreadable ({path}): {error}"


def verify(records: list[dict[str, Any]], sources: Iterable[str] = ()) -> list[tuple[dict, Verdict | str]]:
    """Each record with its verdict, or with a message when its source cannot be read."""
    index = source_index(sources)
    texts: dict[tuple[str, str | None], Text | str] = {}
    results = []
    for record in records:
        doc = record["doc"]
        key = (doc["id"], doc.get("path"))
        if key not in texts:
            texts[key] = load_source(doc, index)
        loaded = texts[key]
        results.append((record, loaded if isinstance(loaded, str) else anchor(record, loaded.text, loaded.sha256)))
    return results
