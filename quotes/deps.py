"""Small pure helpers over a Stanza sentence's dependency tree (words keep absolute offsets)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Tree:
    """Children lists for one sentence, built once and shared by every sieve."""

    sentence: object  # quotes.parse.ParsedSentence
    children: dict[int, list] = field(default_factory=dict)

    @classmethod
    def of(cls, parsed) -> "Tree":
        tree = cls(parsed)
        for word in parsed.words:
            tree.children.setdefault(word.head, []).append(word)
        return tree

    @property
    def words(self):
        return self.sentence.words

    def word(self, word_id: int):
        return self.sentence.words[word_id - 1] if word_id > 0 else None

    def head(self, word):
        return self.word(word.head)

    def before(self, word):
        """The word written right before this one in the sentence, or None."""
        return self.word(word.id - 1)

    def after(self, word):
        """The word written right after this one in the sentence, or None."""
        return self.word(word.id + 1) if word.id < len(self.sentence.words) else None

    def kids(self, word, deprels=None) -> list:
        found = self.children.get(word.id, [])
        if deprels is None:
            return list(found)
        return [w for w in found if base(w.deprel) in deprels or w.deprel in deprels]

    def first_word(self, word):
        """The first word of the word's phrase that is no punctuation mark (the parser may hang
        the comma before a phrase on it); the word itself when there is none."""
        return next((w for w in self.subtree(word) if w.upos != "PUNCT"), word)

    def to_infinitive(self, word) -> bool:
        """The word is marked as an infinitive by "to" ("urged women | to vote")."""
        return any(m.text.lower() == "to" for m in self.kids(word, {"mark"}))

    def subtree(self, word, exclude=()) -> list:
        """The word and its descendants, in sentence order, minus excluded subtrees."""
        excluded = {w.id for w in exclude}
        stack, found = [word], []
        while stack:
            current = stack.pop()
            if current.id in excluded:
                continue
            found.append(current)
            stack.extend(self.children.get(current.id, []))
        return sorted(found, key=lambda w: w.id)


def base(deprel: str | None) -> str:
    return (deprel or "").split(":")[0]


def span_of(words) -> tuple[int, int]:
    return min(w.start_char for w in words), max(w.end_char for w in words)


def feats(word) -> dict[str, str]:
    if not word.feats:
        return {}
    return dict(item.split("=", 1) for item in word.feats.split("|") if "=" in item)


def indefinite_article(word) -> bool:
    """"a", "an": by the determiner's UD features."""
    return word.upos == "DET" and feats(word).get("Definite") == "Ind"


def present_participle(word) -> bool:
    """"building", "shaming": by the tag, else the features, else the spelling."""
    if word.xpos:
        return word.xpos == "VBG"
    features = feats(word)
    if features:
        form = features.get("VerbForm")
        return form == "Ger" or form == "Part" and features.get("Tense") == "Pres"
    return word.text.lower().endswith("ing")


def past_participle(word) -> bool:
    """"called", "named" modifying a noun: by the tag, else the features."""
    if word.xpos:
        return word.xpos == "VBN"
    features = feats(word)
    return features.get("VerbForm") == "Part" and features.get("Tense") == "Past"


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def finite(word) -> bool:
    """"would", "has", "brought" as a past tense: by the tag, else the features."""
    if word.xpos:
        return word.xpos in FINITE_TAGS
    return feats(word).get("VerbForm") == "Fin"


def contiguous_block(words, anchor) -> list:
    """The run of consecutive word ids that contains the anchor word."""
    ids = {w.id for w in words}
    by_id = {w.id: w for w in words}
    low = high = anchor.id
    while low - 1 in ids:
        low -= 1
    while high + 1 in ids:
        high += 1
    return [by_id[i] for i in range(low, high + 1)]


def relative_or_question_word(word) -> bool:
    """"which", "what", "who", "when" by their tags, not the possessive "whose" (WP$)."""
    return word.xpos in ("WP", "WDT", "WRB")
