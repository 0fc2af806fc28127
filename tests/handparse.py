"""Hand-written dependency parses, so that sieve tests do not depend on what the trained
models happen to predict.

Each sentence is a block of lines "form lemma upos head deprel [feats] [xpos=TAG]"; forms are found
in the text in order to give every word its character offsets.
"""

from __future__ import annotations

from quotes.parse import ParsedSentence, ParsedText, Word
from quotes.text import make_text


def parsed(text: str, *sentences: str) -> ParsedText:
    document_text = make_text("hand", text)
    body = document_text.text
    cursor = 0
    result = []
    for sentence_block in sentences:
        words = []
        for number, line in enumerate(l for l in sentence_block.strip().splitlines() if l.strip()):
            parts = line.split()
            form, lemma, upos, head, deprel = parts[:5]
            extra = parts[5:]
            xpos = next((p[5:] for p in extra if p.startswith("xpos=")), None)
            feats = next((p for p in extra if not p.startswith("xpos=")), None)
            start = body.index(form, cursor)
            cursor = start + len(form)
            words.append(Word(number + 1, form, lemma, upos, xpos, feats, int(head), deprel, start, cursor))
        _check_tree(words, sentence_block)
        first = words[0].start_char
        paragraph = next(i for i, (s, e) in enumerate(document_text.paragraphs) if s <= first < e + 1)
        result.append(ParsedSentence(len(result), paragraph, tuple(words)))
    return ParsedText(document_text, tuple(result))


def _check_tree(words: list, block: str) -> None:
    """A head cycle would send the sieves round it forever: fail at once, naming the word."""
    for word in words:
        seen, current = set(), word
        while current.head != 0:
            if current.id in seen or not 0 < current.head <= len(words):
                raise ValueError(f"hand parse is no tree at {word.text!r} (id {word.id}):\n{block}")
            seen.add(current.id)
            current = words[current.head - 1]
