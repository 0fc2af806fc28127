"""Hand-written dependency parses as Stanza Documents, so that sieve tests do not depend on
what the trained models happen to predict.

Each sentence is a block of lines "form lemma upos head deprel [feats]"; forms are found
in the text in order to give every word its character offsets.
"""

from __future__ import annotations

from stanza.models.common.doc import Document

from quotes.parse import ParsedSentence, ParsedText
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
            start = body.index(form, cursor)
            cursor = start + len(form)
            entry = {"id": number + 1, "text": form, "lemma": lemma, "upos": upos, "head": int(head),
                     "deprel": deprel, "start_char": start, "end_char": cursor}
            if len(parts) > 5:
                entry["feats"] = parts[5]
            words.append(entry)
        stanza_sentence = Document([words], text=body).sentences[0]
        first = words[0]["start_char"]
        paragraph = next(i for i, (s, e) in enumerate(document_text.paragraphs) if s <= first < e + 1)
        result.append(ParsedSentence(len(result), paragraph, stanza_sentence))
    return ParsedText(document_text, tuple(result))
