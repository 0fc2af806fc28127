"""Reading documents: .txt files, directories, JSON Lines and standard input.

Each item read is either a `Text` ready for analysis or a `Failure` that names the input,
so one unreadable document never stops the others.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import orjson

from quotes.text import InputError, Text, decode, make_text

JSONL_SUFFIXES = (".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
DEFAULT_MAX_CHARS = 2_000_000


@dataclass(frozen=True)
class Failure:
    doc_id: str
    path: str | None
    error: str
    message: str


@dataclass(frozen=True)
class ReadOptions:
    text_key: str = "text"
    id_key: str = "id"
    encoding: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    nfc: bool = True


def _checked(text: Text, options: ReadOptions) -> Text:
    if len(text.text) > options.max_chars:
        raise InputError(f"{text.id}: {len(text.text)} characters, over the limit of "
                         f"{options.max_chars} (--max-chars)")
    return text


def _text_item(doc_id: str, raw: bytes, path: str | None, options: ReadOptions) -> Text | Failure:
    try:
        return _checked(make_text(doc_id, decode(raw, path or doc_id, options.encoding), path, options.nfc),
                        options)
    except InputError as error:
        return Failure(doc_id, path, "InputError", str(error))


def read_jsonl(lines: Iterable[bytes], name: str, options: ReadOptions) -> Iterator[Text | Failure]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            obj = orjson.loads(line)
        except orjson.JSONDecodeError as error:
            yield Failure(where, name, "InputError", f"{where}: not JSON: {error}")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get(options.text_key), str):
            yield Failure(where, name, "InputError",
                          f"{where}: expected an object with a string field {options.text_key!r}")
            continue
        doc_id = str(obj.get(options.id_key) or where)
        try:
            yield _checked(make_text(doc_id, obj[options.text_key], name, options.nfc), options)
        except InputError as error:
            yield Failure(doc_id, name, "InputError", f"{where}: {error}")


def _expand(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*")
                      if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES + JSONL_SUFFIXES)
    return [path]


def read_inputs(inputs: Iterable[str], options: ReadOptions = ReadOptions(),
                stdin=None) -> Iterator[Text | Failure]:
    for given in inputs:
        if given == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            raw = stream.read()
            if raw.lstrip().startswith(b"{"):
                yield from read_jsonl(raw.splitlines(), "<stdin>", options)
            else:
                yield _text_item("stdin", raw, None, options)
            continue
        path = Path(given)
        if not path.exists():
            yield Failure(path.stem or given, given, "FileNotFoundError", f"{given}: no such file or directory")
            continue
        for file in _expand(path):
            try:
                raw = file.read_bytes()
            except OSError as error:
                yield Failure(file.stem, str(file), type(error).__name__, f"{file}: {error.strerror}")
                continue
            if file.suffix.lower() in JSONL_SUFFIXES:
                yield from read_jsonl(raw.splitlines(), str(file), options)
            else:
                yield _text_item(file.stem, raw, str(file), options)
