"""What every sieve shares: the attribution record and the context of one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes.cues import ACCORDING_TO, LABEL, Cue, according_to_cues, adverb_cues, finding_cues, noun_cues, verb_cues
from quotes.deps import Tree
from quotes.marks import QuoteSpan
from quotes.parse import ParsedSentence, ParsedText
from quotes.rules import Rules

DIRECT, INDIRECT, MIXED = "direct", "indirect", "mixed"


MAX_CUE_DISTANCE = 80  # characters between a direct quote and its "X said"
MAX_APPOSITION_DISTANCE = 250  # the same when a name and its apposition stand between
HOLDING_KINDS = {ACCORDING_TO, LABEL}  # cues whose statement may hold one found before it
MAX_FOLLOWING_CUE_CHARS = 3  # a quote's own cue right after it: "“B,” wrote Dana"



@dataclass
class Attribution:
    fragments: tuple[tuple[int, int], ...]
    cue: Cue | None
    source: object | None  # head word of the source mention
    source_words: tuple = ()
    sentence: ParsedSentence | None = None
    rule: str = ""
    type: str = INDIRECT
    no_source_reason: str | None = None
    inherited_speaker: "Attribution | None" = None  # quote continuations

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


NO_ONES_RULES = frozenset({"evidential_clause", "passive_raising"})
"""Sieves whose statements name no source by their nature ("it seems ...", "X is expected to
..."), not because the parse hid it."""


@dataclass
class Context:
    parsed: ParsedText
    rules: Rules
    quotes: list[QuoteSpan]
    trees: list[Tree] = field(default_factory=list)
    cues: list[list[Cue]] = field(default_factory=list)
    names: frozenset[str] = frozenset()
    found: list[Attribution] = field(default_factory=list)
    _used: set[int] = field(default_factory=set)
    _used_for: int = -1

    @classmethod
    def build(cls, parsed: ParsedText, rules: Rules, quotes: list[QuoteSpan]) -> "Context":
        context = cls(parsed, rules, [q for q in quotes if q.depth == 0], names=document_names(parsed))
        for sentence in parsed.sentences:
            tree = Tree.of(sentence)
            context.trees.append(tree)
            context.cues.append(verb_cues(tree, rules) + noun_cues(tree, rules)
                                + according_to_cues(tree, rules) + finding_cues(tree, rules)
                                + adverb_cues(tree, rules))
        return context

    @property
    def text(self) -> str:
        return self.parsed.text.text

    def claimed(self, start: int, end: int, cue: Cue | None = None) -> bool:
        """True when [start, end) mostly lies inside content already attributed, unless the
        new cue itself lies inside that content (a nested attribution), or the new cue's kind
        may hold a statement found before it and that statement's cue lies in [start, end)."""
        size = max(1, end - start)
        for attribution in self.found:
            if cue is not None and attribution.cue is not None and cue.kind in HOLDING_KINDS \
                    and start <= attribution.cue.start < end:
                continue  # "According to the Journal, Apple has stated it will ...": it holds Apple's
            if cue is not None and cue.start >= end and attribution.cue is not None \
                    and attribution.source is not None \
                    and start <= attribution.cue.start < end and start <= attribution.source.start_char < end:
                continue  # "Newsom believes ..., his spokeswoman told reporters": his belief is in her statement
            if cue is not None and attribution.rule in NO_ONES_RULES and attribution.source is None \
                    and start <= attribution.cue.start < end and not start <= cue.start < end:
                # "Clinton Says | EgyptAir Crash Seems Like ...": a statement no one is named for
                # ("seems", "is expected to") is part of hers
                continue
            for fragment_start, fragment_end in attribution.fragments:
                if cue is not None and fragment_start <= cue.start < fragment_end:
                    continue
                if min(end, fragment_end) - max(start, fragment_start) > size / 2:
                    return True
        return False

    def sentence_cues(self):
        """Every cue of the document with its sentence and tree, in text order."""
        for sentence, tree, cues in zip(self.parsed.sentences, self.trees, self.cues):
            for cue in cues:
                yield sentence, tree, cue

    def keep(self, attribution: Attribution, found: list[Attribution]) -> None:
        """Record an attribution a sieve made: in the sieve's own list and in the document's."""
        found.append(attribution)
        self.found.append(attribution)

    def cue_used(self, cue: Cue) -> bool:
        # Sieves only ever append to `found`: the set of used cue offsets is rebuilt when it grew.
        if self._used_for != len(self.found):
            self._used = {a.cue.start for a in self.found if a.cue is not None}
            self._used_for = len(self.found)
        return cue.start in self._used

    def quotation_only(self, cue: Cue) -> bool:
        """A cue that reports quotations only ("“...,” he continued"), never a clause."""
        return cue.lemma in self.rules.words("quotation_cues")

    def inside_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quotes)

    def sentence_at(self, position: int) -> ParsedSentence | None:
        """The sentence a character of the text stands in."""
        return next((s for s in self.parsed.sentences if s.start <= position < s.end), None)


def document_names(parsed: ParsedText) -> frozenset[str]:
    """The words the document uses as names somewhere: where the tagger takes one of them for
    a common noun elsewhere ("Sanders" at the start of a sentence, read as the plural of
    "sander"), it is still the name."""
    return frozenset(word.text for sentence in parsed.sentences for word in sentence.words
                     if word.upos == "PROPN" and word.text[:1].isupper())
