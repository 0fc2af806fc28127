"""Speaker resolution measured on GUM's coreference layer (issue: quality).

For each news and interview document of UD English GUM, the gold trees are turned into
parsed sentences (no model involved, so only the resolver is measured). Every pronoun that
is the source of an attribution found by the sieves is checked: its resolved name must
match a named mention (one holding a proper noun) of the pronoun's own gold entity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from quotes.parse import ParsedSentence, ParsedText, words_from_stanza_dict
from quotes.scoring import name_match
from quotes.text import make_text

ENTITY_OPEN = regex.compile(r"\((\d+)-")
ENTITY_CLOSE = regex.compile(r"(?<![(\d])(\d+)\)|\((\d+)-[^()|]*\)")


@dataclass
class GumDocument:
    doc_id: str
    parsed: ParsedText
    entity_of_word: dict[tuple[int, int], set[str]]  # (sentence, word id) -> entity ids
    named_mentions: dict[str, list[str]]  # entity id -> texts of its named mentions


def _documents(conllu_text: str):
    current: list[str] = []
    doc_id = None
    for line in conllu_text.splitlines():
        if line.startswith("# newdoc id = "):
            if current:
                yield doc_id, current
            doc_id, current = line.split("=", 1)[1].strip(), []
        current.append(line)
    if current:
        yield doc_id, current


def load_gum_document(doc_id: str, lines: list[str]) -> GumDocument:
    sentences: list[list[dict]] = []
    paragraph_of_sentence: list[int] = []
    misc_of: list[list[str]] = []
    paragraph = -1
    current: list[dict] = []
    current_misc: list[str] = []
    for line in lines + [""]:
        if line.startswith("# newpar") or line.startswith("# newdoc"):
            paragraph += 1
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            current.append({"id": int(cols[0]), "text": cols[1], "lemma": cols[2], "upos": cols[3],
                            "xpos": cols[4], "feats": None if cols[5] == "_" else cols[5],
                            "head": int(cols[6]), "deprel": cols[7], "misc": cols[9]})
            current_misc.append(cols[9])
        elif not line and current:
            sentences.append(current)
            paragraph_of_sentence.append(max(paragraph, 0))
            misc_of.append(current_misc)
            current, current_misc = [], []
    text_parts: list[str] = []
    position = 0
    last_paragraph = None
    for sentence, sentence_paragraph in zip(sentences, paragraph_of_sentence):
        if last_paragraph is not None:
            separator = "\n" if sentence_paragraph != last_paragraph else " "
            text_parts.append(separator)
            position += 1
        last_paragraph = sentence_paragraph
        for word in sentence:
            word["start_char"] = position
            position += len(word["text"])
            word["end_char"] = position
            text_parts.append(word["text"])
            if "SpaceAfter=No" not in word["misc"] and word is not sentence[-1]:
                text_parts.append(" ")
                position += 1
            del word["misc"]
    text = make_text(doc_id, "".join(text_parts))
    assert text.text == "".join(text_parts)
    parsed_sentences = []
    entity_of_word: dict[tuple[int, int], set[str]] = {}
    open_entities: list[tuple[str, int, int]] = []  # (entity, sentence, word)
    mention_words: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    for index, (sentence, misc) in enumerate(zip(sentences, misc_of)):
        parsed_sentences.append(ParsedSentence(index, paragraph_of_sentence[index],
                                               words_from_stanza_dict(sentence, 0)))
        for word_number, field in enumerate(misc, start=1):
            entity_field = next((p[len("Entity="):] for p in field.split("|") if p.startswith("Entity=")), "")
            for match in ENTITY_OPEN.finditer(entity_field):
                open_entities.append((match.group(1), index, word_number))
            for entity, sentence_index, word_id in open_entities:
                entity_of_word.setdefault((index, word_number), set()).add(entity)
                mention_words.setdefault((entity, sentence_index, word_id), []).append((index, word_number))
            for match in ENTITY_CLOSE.finditer(entity_field):
                entity = match.group(1) or match.group(2)
                for position_in_stack in range(len(open_entities) - 1, -1, -1):
                    if open_entities[position_in_stack][0] == entity:
                        open_entities.pop(position_in_stack)
                        break
    named: dict[str, list[str]] = {}
    for (entity, _, _), words in mention_words.items():
        forms = [parsed_sentences[s].words[w - 1] for s, w in words]
        if any(f.upos == "PROPN" for f in forms):
            named.setdefault(entity, []).append(" ".join(f.text for f in forms if f.upos == "PROPN"))
    return GumDocument(doc_id, ParsedText(text, tuple(parsed_sentences)), entity_of_word, named)


@dataclass
class CorefResult:
    checked: int
    correct: int
    examples: list[tuple[str, str, str | None, list[str]]]

    @property
    def accuracy(self) -> float:
        return self.correct / self.checked if self.checked else 0.0


def evaluate_pronoun_speakers(conllu_paths: list[Path], genres=("news", "interview")) -> CorefResult:
    from quotes.deps import Tree
    from quotes.marks import find_quotes
    from quotes.rules import load_rules
    from quotes.sieves import attribute
    from quotes.speakers import resolve_speakers

    rules = load_rules()
    result = CorefResult(0, 0, [])
    for path in conllu_paths:
        for doc_id, lines in _documents(path.read_text(encoding="utf-8")):
            if not any(f"_{genre}_" in doc_id for genre in genres):
                continue
            document = load_gum_document(doc_id, lines)
            parsed = document.parsed
            attributions = attribute(parsed, rules, find_quotes(parsed.text, rules))
            trees = {s.index: Tree.of(s) for s in parsed.sentences}
            speakers = resolve_speakers(attributions, parsed, rules, trees)
            for attribution, speaker in zip(attributions, speakers):
                source = attribution.source
                if source is None or source.upos != "PRON" or source.text.lower() not in (
                        "he", "she", "they", "him", "her"):
                    continue
                entities = document.entity_of_word.get((attribution.sentence.index, source.id), set())
                gold_names = [n for e in entities for n in document.named_mentions.get(e, [])]
                if not gold_names:
                    continue  # the pronoun's entity is never named: nothing to resolve to
                result.checked += 1
                predicted = speaker.name if speaker else None
                ok = any(name_match(predicted, gold) for gold in gold_names)
                result.correct += ok
                if not ok and len(result.examples) < 20:
                    result.examples.append((doc_id, source.text, predicted, sorted(set(gold_names))[:3]))
    return result
