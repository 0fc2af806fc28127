"""Decoding and normalisation: the exact text that every offset in a record refers to."""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass

NORMALISATION = "utf-8;bom-stripped;newlines=LF;unicode=NFC"
NORMALISATION_WITHOUT_NFC = "utf-8;bom-stripped;newlines=LF"


class InputError(ValueError):
    """Input that cannot be analysed; the message names the document."""


@dataclass(frozen=True)
class Text:
    id: str
    text: str
    sha256: str
    paragraphs: tuple[tuple[int, int], ...]
    path: str | None = None
    normalisation: str = NORMALISATION


def decode(raw: bytes, name: str, encoding: str | None = None) -> str:
    if encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(f"{name}: not valid UTF-8 at byte {error.start}; "
                             f"pass --encoding (e.g. --encoding latin-1) for other encodings") from error
    try:
        return raw.decode(encoding)
    except (LookupError, UnicodeDecodeError) as error:
        raise InputError(f"{name}: cannot decode as {encoding}: {error}") from error


def normalise(text: str, nfc: bool = True) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text) if nfc else text


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Each line is a paragraph (news files put one paragraph per line); blank lines are skipped."""
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append((start, end))
        start = end + 1
    return tuple(spans)


def make_text(doc_id: str, content: str, path: str | None = None, nfc: bool = True) -> Text:
    name = path or doc_id  # the file a user can find, where there is one
    if "\x00" in content:
        raise InputError(f"{name}: contains NUL characters (binary file?)")
    if not content.strip():
        raise InputError(f"{name}: empty document")
    analysed = normalise(content, nfc)
    return Text(id=doc_id, text=analysed, sha256=hashlib.sha256(analysed.encode("utf-8")).hexdigest(),
                paragraphs=paragraph_spans(analysed), path=path,
                normalisation=NORMALISATION if nfc else NORMALISATION_WITHOUT_NFC)


def in_title_case(words: list[str], small_words: frozenset[str]) -> bool:
    """Every word capitalised but the small ones a title leaves in small letters ("Orange is
    the New Black", "Paul Ryan Joins Growing List"): a title or a headline."""
    lettered = [w for w in words if w[:1].isalpha()]
    return len(lettered) >= 2 and all(w[:1].isupper() or w.lower() in small_words for w in lettered)
