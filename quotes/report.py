"""`quotes report`: gather articles and their records for the HTML page.

Inputs are records files written by `quotes extract` (their sources are found as `verify`
finds them) or articles, which are extracted first. A source that is missing or has changed
since extraction keeps its records in the report, listed without highlights.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

import orjson

from quotes.extract import Result
from quotes.formats.html import ReportDocument
from quotes.io import Failure
from quotes.records import SCHEMA
from quotes.verify import load_source, source_index


def is_records_file(path: Path) -> bool:
    """A JSONL file whose first record is a `quotes` record (not an input document)."""
    if not path.is_file() or path.suffix.lower() not in (".jsonl", ".ndjson"):
        return False
    with path.open("rb") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = orjson.loads(line)
                except orjson.JSONDecodeError:
                    return False
                return isinstance(first, dict) and first.get("schema") == SCHEMA
    return False


def read_records(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_bytes().splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            raise ValueError(f"{path}:{number}: not JSON: {error}") from None
        if not isinstance(record, dict) or record.get("schema") != SCHEMA:
            raise ValueError(f"{path}:{number}: not a {SCHEMA} record")
        records.append(record)
    return records


def documents_from_records(records: Iterable[dict[str, Any]], sources: Iterable[str] = ()) -> list[ReportDocument]:
    """One document per (doc id, sha256), in first-seen order, with its source text when it still holds."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault((record["doc"]["id"], record["doc"]["sha256"]), []).append(record)
    index = source_index(sources)
    documents = []
    for (doc_id, sha256), group in groups.items():
        doc = group[0]["doc"]
        loaded = load_source(doc, index)
        if isinstance(loaded, str):
            documents.append(ReportDocument(doc_id, doc.get("path"), None, group, loaded, sha256))
        elif loaded.sha256 != sha256:
            documents.append(ReportDocument(
                doc_id, loaded.path, None, group,
                f"{loaded.path} has changed since these records were extracted (sha256 differs); "
                "run `quotes verify` to re-anchor them", sha256))
        else:
            documents.append(ReportDocument(doc_id, loaded.path, loaded.text, group, None, sha256))
    return documents


def document_from_result(result: Result | Failure) -> ReportDocument:
    if isinstance(result, Failure):
        return ReportDocument(result.doc_id, result.path, None, [], result.message)
    text = result.text
    return ReportDocument(text.id, text.path, text.text, result.records, None, text.sha256)
