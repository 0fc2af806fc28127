"""Attribution sieves, most precise first (after Muzny et al. 2017 and Lee et al.'s sieves).

Each sieve is a small function `sieve(context) -> list[Attribution]` over the parse, the
quote spans and the cues. Sieves run in `SIEVES` order; a later sieve never claims content
that an earlier one already attributed, and every attribution names the sieve (`rule`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quotes.cues import (ACCORDING_TO, ADVERB, COLON, NOUN, SIGNATURE, VERB, Cue, according_to_cues, adverb_cues,
                         noun_cues, verb_cues)
from quotes.deps import Tree, base, contiguous_block, span_of
from quotes.marks import QuoteSpan
from quotes.parse import ParsedSentence, ParsedText
from quotes.rules import Rules

DIRECT, INDIRECT, MIXED = "direct", "indirect", "mixed"
MAX_CUE_DISTANCE = 80  # characters between a direct quote and its "X said"

CONFIDENCE = {
    "direct_quote_with_cue": 0.95,
    "verb_complement": 0.85,
    "inverted_cue": 0.8,
    "according_to": 0.85,
    "colon_lead_in": 0.7,
    "participial_cue": 0.75,
    "noun_cue": 0.7,
    "surface_reporting_clause": 0.6,
    "quote_continuation": 0.6,
    "quote_without_cue": 0.3,
    "quote_signature": 0.8,
    "evidential_clause": 0.6,
    "adverb_cue": 0.6,
}


@dataclass
class Attribution:
    fragments: tuple[tuple[int, int], ...]
    cue: Cue | None
    source: object | None  # head word of the source mention
    source_words: tuple = ()
    sentence: ParsedSentence | None = None
    rule: str = ""
    confidence: float = 0.0
    type: str = INDIRECT
    no_source_reason: str | None = None
    inherited_speaker: "Attribution | None" = None  # quote continuations

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass
class Context:
    parsed: ParsedText
    rules: Rules
    quotes: list[QuoteSpan]
    trees: list[Tree] = field(default_factory=list)
    cues: list[list[Cue]] = field(default_factory=list)
    found: list[Attribution] = field(default_factory=list)

    @classmethod
    def build(cls, parsed: ParsedText, rules: Rules, quotes: list[QuoteSpan]) -> "Context":
        context = cls(parsed, rules, [q for q in quotes if q.depth == 0])
        for sentence in parsed.sentences:
            tree = Tree.of(sentence)
            context.trees.append(tree)
            context.cues.append(verb_cues(tree, rules) + noun_cues(tree, rules)
                                + according_to_cues(tree, rules) + adverb_cues(tree, rules))
        return context

    @property
    def text(self) -> str:
        return self.parsed.text.text

    def claimed(self, start: int, end: int, cue: Cue | None = None) -> bool:
        """True when [start, end) mostly lies inside content already attributed, unless the
        new cue itself lies inside that content (a nested attribution)."""
        size = max(1, end - start)
        for attribution in self.found:
            for fragment_start, fragment_end in attribution.fragments:
                if cue is not None and fragment_start <= cue.start < fragment_end:
                    continue
                if min(end, fragment_end) - max(start, fragment_start) > size / 2:
                    return True
        return False

    def cue_used(self, cue: Cue) -> bool:
        return any(a.cue is not None and a.cue.start == cue.start for a in self.found)

    def inside_quote(self, position: int) -> bool:
        return any(q.start <= position < q.end for q in self.quotes)


# ---------------------------------------------------------------- shared helpers
def find_source(tree: Tree, word, rules: Rules) -> tuple[object | None, str | None]:
    """The word naming who speaks for a cue, climbing from participles and complements."""
    source_rules = rules.patterns["source"]
    deprels, expletives = set(source_rules["deprels"]), set(source_rules["expletives"])
    if is_passive(tree, word):
        return None, "passive cue (no agent named)"
    # "The report ..., it says, ...": "it" is expletive, except as the subject of a verb of saying.
    speaks = any(c.name == "speech" for c in rules.verb_classes_of((word.lemma or word.text).lower()))
    current = word
    for _ in range(4):
        subjects = tree.kids(current, deprels)
        named = [s for s in subjects if s.text.lower() not in expletives
                 or speaks and current is word and s.text.lower() == "it" and s.deprel == "nsubj"]
        if named:
            # Several subjects only come from a misparse: the one nearest the verb heads the phrase.
            subject = min(named, key=lambda s: (s.upos not in ("PROPN", "NOUN", "PRON"), s.id > current.id,
                                                abs(s.id - current.id)))
            if subject.text.lower() in rules.words("relative_pronouns") and base(current.deprel) == "acl":
                antecedent = tree.head(current)  # "Smith, who said ...": Smith speaks
                if antecedent is not None:
                    return antecedent, None
            return subject, None
        if subjects or tree.kids(current, {"nsubj:pass", "expl"}):
            return None, "impersonal or passive cue (no source named)"
        if base(current.deprel) == "acl" and current is word:
            head = tree.head(current)
            if head is not None and head.upos in ("NOUN", "PROPN", "PRON"):
                return head, None
        if base(current.deprel) not in source_rules["climb"] and current.deprel not in source_rules["climb"]:
            break
        head = tree.head(current)
        if head is None:
            break
        infinitive = base(current.deprel) == "xcomp" or base(current.deprel) == "advcl" and any(
            m.text.lower() == "to" for m in tree.kids(current, {"mark"}))
        controller = [k for k in tree.kids(head, {"obj", "iobj"}) if k.id < current.id]
        if infinitive and controller and controller[-1].upos in ("PROPN", "NOUN", "PRON"):
            # "requires candidates to disclose ...": the object does what the infinitive says.
            return controller[-1], None
        current = head
    return None, NO_SOURCE


NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "NUM"}
NO_SOURCE = "no source found in the sentence"


def is_passive(tree: Tree, word) -> bool:
    """"is anticipated to ...", "was seen as ...": the subject is what is talked about."""
    kids = tree.kids(word)
    if any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids):
        return True
    return word.xpos == "VBN" and any(base(k.deprel) in ("aux", "cop") and (k.lemma or "").lower() == "be"
                                      for k in kids)


def source_mention_words(tree: Tree, source) -> list:
    """The full noun phrase of a source ("State Department spokesperson Matthew Miller").

    Starts from the source's own phrase and takes in the neighbouring nominal words that a
    parser attached elsewhere (to the verb, or as a separate subject), so that a misparsed
    compound still gives the whole name and title.
    """
    words = tree.subtree(source, exclude=[k for k in tree.kids(source)
                                          if k.deprel in ("acl:relcl", "acl", "parataxis")
                                          and k.start_char > source.start_char])
    block = contiguous_block(words, source)
    by_id = {w.id: w for w in tree.words}
    ids = {w.id for w in block}
    governor = source.head
    low, high = min(ids), max(ids)
    def attached(word) -> bool:
        """The word hangs from the phrase, from the verb, or from another subject of the verb."""
        for _ in range(3):
            if word.head in ids or word.head == governor:
                return True
            parent = by_id.get(word.head)
            if parent is None or parent.upos in ("VERB", "AUX"):
                return False
            word = parent
        return False

    while low - 1 in by_id:
        previous = by_id[low - 1]
        if previous.upos not in NOMINAL or not attached(previous):
            break
        low -= 1
        ids.add(low)
    while high + 1 in by_id:
        following = by_id[high + 1]
        if following.upos != "PROPN" or not (following.head in ids or following.head == governor):
            break
        high += 1
        ids.add(high)
    block = [by_id[i] for i in range(low, high + 1)]
    while block and (base(block[-1].deprel) in ("punct", "cc") or block[-1].upos in ("ADP", "CCONJ")) \
            and block[-1] is not source:
        block.pop()
    while block and (base(block[0].deprel) in ("punct", "cc") or block[0].upos == "CCONJ") \
            and block[0] is not source:
        block.pop(0)
    return block


def plausible_source(source, cue: Cue, rules: Rules) -> bool:
    """Only speech verbs ("the report said", "polls show") take things as sources; believing,
    intending and emphasising need a speaker ("The talks aimed to ..." is no attribution)."""
    if source is None or source.upos != "NOUN" or "speech" in cue.classes:
        return True
    words = {source.text.lower(), (source.lemma or "").lower()}
    return bool(words & (rules.organisation_heads | rules.media_heads | rules.group_heads
                         | rules.anonymous_heads | rules.titles))


def phrase_object(tree: Tree, last_phrase_word, rules: Rules) -> list:
    """The noun phrase right after a phrase cue ("according to | the US Department of State")."""
    following = [w for w in tree.words if w.id > last_phrase_word.id]
    run: list = []
    for position, word in enumerate(following):
        nxt = following[position + 1] if position + 1 < len(following) else None
        # a modifier before a noun counts, even one the tagger took for a verb ("exit polls")
        modifier = word.upos in ("VERB", "ADJ", "NUM") and nxt is not None and nxt.upos in NOMINAL
        if word.upos in NOMINAL or word.upos == "PRON" and not run or modifier:
            run.append(word)
        elif run and word.text.lower() in rules.words("phrase_joiners") and nxt is not None \
                and nxt.upos in NOMINAL:
            run.append(word)
        else:
            break
    return run


def trim_edges(words: list, rules: Rules, text: str) -> list:
    """Drop punctuation and conjunctions at the edges, keeping paired quotation marks."""
    edge = set(rules.patterns["content"]["edge_deprels"])
    quote_chars = {c for pair in rules.marks.pairs for c in pair[:2]} | {rules.marks.ambiguous_double}

    def droppable(word, at_end: bool) -> bool:
        if base(word.deprel) not in edge and word.deprel not in edge:
            return False
        if word.text in quote_chars:
            inside = "".join(w.text for w in words)
            return inside.count(word.text) % 2 == 1 and word.text in (rules.marks.ambiguous_double,) \
                or (word.text in "“‘«" and at_end) or (word.text in "”’»" and not at_end)
        return True

    while words and droppable(words[-1], True):
        words = words[:-1]
    while words and droppable(words[0], False):
        words = words[1:]
    return words


def content_type(fragments, quotes: list[QuoteSpan], text: str) -> str:
    letters = quoted = 0
    for start, end in fragments:
        for position in range(start, end):
            if text[position].isalpha():
                letters += 1
                if any(q.start <= position < q.end for q in quotes):
                    quoted += 1
    if not letters or not quoted:
        return INDIRECT
    return DIRECT if quoted / letters >= 0.85 else MIXED


def _content_deprels(cue: Cue, rules: Rules) -> list[str]:
    ordered: list[str] = []
    for verb_class in rules.verb_classes:
        if verb_class.name in cue.classes:
            ordered.extend(d for d in verb_class.content if d not in ordered)
    return ordered


def _prepositions(cue: Cue, rules: Rules) -> set[str]:
    found: set[str] = set()
    for verb_class in rules.verb_classes:
        if verb_class.name in cue.classes:
            found |= verb_class.prepositions
    return found


def _phrasal_preposition(tree: Tree, cue: Cue, kid, rules: Rules):
    """"called for steep new tariffs", "talked about bringing communities together": the
    preposition of the cue's own phrasal entry that opens this dependent, when it follows the
    verb with at most adverbs and a particle between (so "called him on Monday" is not "call on")."""
    relation = base(kid.deprel)
    if relation not in ("obl", "advcl") or kid.text.lower() in rules.words("time_words"):
        return None
    openers = tree.kids(kid, {"case"} if relation == "obl" else {"mark"})
    for particle, preposition in phrasal_entries(cue, rules):
        opener = next((w for w in openers if (w.lemma or w.text).lower() == preposition
                       and cue.word.id < w.id < kid.id), None)
        if opener is None:
            continue
        between = [w for w in tree.words if cue.word.id < w.id < opener.id]
        particles = [w for w in between if w.text.lower() == particle]
        if (not particle or particles) and all(w.upos == "ADV" or w in particles for w in between):
            return opener
    return None


def _entry_words(entry: tuple[str, str]) -> list[str]:
    return [word for word in entry if word]


def phrasal_entries(cue: Cue, rules: Rules) -> list[tuple[str, str]]:
    return [entry for c in rules.verb_classes if c.name in cue.classes for entry in c.phrasal_of(cue.lemma)]


def content_moved_out(tree: Tree, cue: Cue, rules: Rules) -> bool:
    """"the ones he refused to answer", "what he called Machado's sex tape", "to do what": in a
    relative or wh-clause whose object was moved out, the cue's content is not all there."""
    wh_words = rules.words("relative_pronouns") | rules.words("wh_words")
    if any(base(k.deprel) in ("obj", "xcomp", "ccomp") and k.text.lower() in wh_words
           for k in tree.kids(cue.word)):
        return True
    if cue.word.deprel == "acl:relcl":
        # "the ones [he refused to answer]": no relative word, so the noun is the object;
        # "the interview [in which he said ...]" and "groups [that support ...]" keep theirs.
        clause = tree.subtree(cue.word)
        return not any(w.text.lower() in wh_words for w in clause) \
            and any(base(k.deprel) == "nsubj" for k in tree.kids(cue.word))
    return False


def _misparsed_clause(tree: Tree, cue: Cue, kid) -> bool:
    """A that-clause the parser labelled an adverbial clause ("told reporters [that ...]"), or
    an "infinitive" with a subject of its own ("said [the talks were useful]"): a complement."""
    if kid.id < cue.word.id:
        return False
    if base(kid.deprel) == "advcl":
        return any(m.text.lower() == "that" for m in tree.kids(kid, {"mark"}))
    if base(kid.deprel) == "xcomp":
        return any(base(k.deprel) == "nsubj" for k in tree.kids(kid))
    return False


def _after_quote(tree: Tree, cue: Cue) -> bool:
    """"“…,” said Reince Priebus": after a comma or quotation mark the object is the speaker."""
    before = [w for w in tree.words if w.id < cue.word.id and w.upos != "ADV"]
    return bool(before) and before[-1].upos == "PUNCT"


def verb_content_words(tree: Tree, cue: Cue, rules: Rules) -> list:
    """Words of a verb cue's content: its clausal complement, else object/oblique content."""
    allowed = _content_deprels(cue, rules)
    kids = tree.kids(cue.word)
    if content_moved_out(tree, cue, rules):
        return []
    min_words = rules.patterns["content"]["min_words"]
    clausal = [k for k in kids if k.deprel in ("ccomp", "parataxis") and k.deprel in allowed
               or "ccomp" in allowed and _misparsed_clause(tree, cue, k)]
    chosen = []
    dropped: list = []  # the preposition of a phrasal cue stays outside its content
    if clausal:
        after = [k for k in clausal if k.start_char > cue.start]
        chosen = after or clausal
        if after and "obj" in allowed:
            # "says such techniques are inhumane": parsers often take the clause's subject
            # for the verb's object; it belongs to the statement.
            chosen = [k for k in kids if base(k.deprel) == "obj"
                      and cue.word.id < k.id < chosen[0].id] + chosen
    elif any(_phrasal_preposition(tree, cue, kid, rules) for kid in kids):
        kid = next(k for k in kids if _phrasal_preposition(tree, cue, k, rules))
        dropped.append(_phrasal_preposition(tree, cue, kid, rules))
        chosen = [kid]
    else:
        for kid in kids:
            relation = kid.deprel
            infinitive = relation == "advcl" and any(m.text.lower() == "to" for m in tree.kids(kid, {"mark"}))
            if (relation == "xcomp" or infinitive) and "xcomp" in allowed and kid.upos in ("VERB", "AUX", "ADJ"):
                chosen.append(kid)
            elif base(relation) == "obj" and "obj" in allowed:
                if (len(tree.subtree(kid)) >= min_words or kid.upos == "PROPN") \
                        and not _after_quote(tree, cue) and kid.text.lower() not in rules.words("relative_pronouns") \
                        and kid.text.lower() not in rules.words("time_words"):
                    chosen.append(kid)
            elif base(relation) == "obl" and "obl" in allowed:
                cases = {(c.lemma or c.text).lower() for c in tree.kids(kid, {"case"})}
                if cases & _prepositions(cue, rules):
                    chosen.append(kid)
            if base(relation) == "obj" and "obl" in allowed:
                # "assured Blinken of China's commitment": parsers hang the "of" phrase on the object.
                for modifier in tree.kids(kid, {"nmod"}):
                    opening = tree.subtree(modifier)[0]  # the preposition, wherever it hangs
                    if opening.upos == "ADP" and opening.text.lower() in _prepositions(cue, rules):
                        chosen.append(modifier)
        xcomps = [k for k in chosen if k.deprel in ("xcomp", "advcl")]
        if xcomps:
            # "expect the visit to lead to ...": the object is the subject of the complement.
            objects = [k for k in kids if base(k.deprel) == "obj" and k.start_char < xcomps[0].start_char]
            chosen = objects[:1] + xcomps
        if any(base(k.deprel) == "nmod" for k in chosen):
            chosen = [k for k in chosen if base(k.deprel) == "nmod"]
        if chosen and all(base(k.deprel) == "obj" for k in chosen) and "obj" not in _object_classes(cue, rules):
            chosen = []
    chosen = _with_following_siblings(tree, cue, chosen, rules)
    words: list = []
    for kid in chosen:
        words.extend(tree.subtree(kid))
    words = [w for w in words if (w.start_char > cue.end or w.end_char <= cue.start) and w not in dropped]
    if not words:
        return []
    words.sort(key=lambda w: w.id)
    side = [w for w in words if w.start_char > cue.end] or words
    return side


def _with_following_siblings(tree: Tree, cue: Cue, chosen: list, rules: Rules) -> list:
    """Dependents of the cue that follow its content and continue it ("expressed his hope |
    to meet ...", "emphasized the importance | of communication | in order to ..."): parsers
    often attach these to the verb. A dependent that is itself a cue starts a new statement."""
    if not chosen:
        return chosen
    extend = set(rules.patterns["content"]["extend_deprels"])
    first = min(k.id for k in chosen)
    if first < cue.word.id:
        return chosen
    result = list(chosen)
    object_only = all(base(k.deprel) == "obj" for k in chosen)
    for kid in tree.kids(cue.word):
        if kid.id <= first or kid in result:
            continue
        nominal_conj = kid.deprel == "conj" and kid.upos in ("NOUN", "PROPN", "PRON", "ADJ", "NUM")
        if base(kid.deprel) not in extend and kid.deprel not in extend and not nominal_conj \
                and not _coordinated_content(tree, kid, rules):
            break
        if object_only and not _continues_object(tree, kid, rules):
            break
        if kid.upos in ("VERB", "AUX") and rules.verb_classes_of((kid.lemma or kid.text).lower()):
            # A new statement starts here; what stands before its comma still belongs to ours.
            last = max(w.id for k in result for w in tree.subtree(k))
            comma = next((w for w in tree.words if last < w.id < kid.id and w.text == ","), None)
            if comma is not None:
                result.extend(w for w in tree.words if last < w.id < comma.id)
            break
        result.append(kid)
    return result


def _continues_object(tree: Tree, kid, rules: Rules) -> bool:
    """After an object, only a complement goes on with it ("described the incident | as a
    terrible situation", "emphasized the importance | in order to ..."); adjuncts of time,
    place and reason ("mentioned Machado | since the debate") do not."""
    content = rules.patterns["content"]
    if base(kid.deprel) in content["object_extend_deprels"] or kid.deprel == "conj" and kid.upos != "VERB":
        return True
    openers = tree.kids(kid, {"case", "mark"})
    if not openers and kid.upos == "VERB" and kid.xpos == "VBG":
        return True  # "his tweets | shaming a former Miss Universe": a participle on the object
    return any(w.text.lower() in content["object_extend_openers"] for w in openers)


def _coordinated_content(tree: Tree, kid, rules: Rules) -> bool:
    """"said that A, and that B", "could not explain why A or why B", "plans to join A and
    live stream B": parsers hang the second part on the cue; it goes on with the content
    when it opens like a complement or has no subject of its own."""
    if kid.deprel != "conj" or kid.upos not in ("VERB", "AUX"):
        return False
    opening = {w.text.lower() for w in tree.kids(kid, {"mark", "advmod"}) if w.id < kid.id}
    if opening & rules.words("complement_openers"):
        return True
    contrast = {w.text.lower() for w in tree.kids(kid, {"cc"})} & rules.words("contrast_conjunctions")
    return not contrast and not any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(kid))


def _object_classes(cue: Cue, rules: Rules) -> set[str]:
    return {"obj"} if any(base(d) == "obj" for d in _content_deprels(cue, rules)) else set()


def _with_parenthetical_opening(tree: Tree, cue: Cue, source, words: list) -> list:
    """"The latest test, North Korea said, was its biggest yet": the statement runs around the
    parenthetical reporting clause, from the sentence's start."""
    if source is None or not words:
        return words
    mention = source_mention_words(tree, source)
    first = min(w.id for w in mention + [cue.word])
    last = max(w.id for w in mention + [cue.word])
    before = [w for w in tree.words if w.id < first]
    after = tree.word(last + 1) if last < len(tree.words) else None
    # Both commas around the reporting clause; "On Sunday, Trump said that ..." has only one.
    if len(before) < 3 or before[-1].text != "," or after is None or after.text != "," \
            or min(w.id for w in words) < cue.word.id:
        return words
    return before + [w for w in words if w.id > cue.word.id]


def _extend_over_colon(context: Context, tree: Tree, words: list) -> list:
    """"X outlined three objectives: A, B and C" — the content runs on after the colon."""
    colon_marks = set(context.rules.patterns["colon"]["marks"])
    first, last = min(w.id for w in words), max(w.id for w in words)
    colon = next((w for w in tree.words if first < w.id <= last + 1 and w.text in colon_marks), None)
    following = [w for w in tree.words if w.id > last]
    if colon is not None and len([w for w in tree.words if w.id > colon.id]) > 2:
        return words + following
    return words


def _source_leaves_outer_content(context: Context, cue: Cue, source) -> bool:
    """A cue inside another statement's content is a nested statement only when its source is
    there too ("Miller stated that Blinken highlighted ..."); "and directly addressing related
    concerns" inside Blinken's list of objectives is part of that list."""
    for attribution in context.found:
        for start, end in attribution.fragments:
            if start <= cue.start < end and not start <= source.start_char < end:
                return True
    return False


def _attribution(context: Context, sentence: ParsedSentence, tree: Tree, words: list, cue: Cue | None,
                 rule: str, source=None, reason=None) -> Attribution | None:
    words = trim_edges(sorted(words, key=lambda w: w.start_char), context.rules, context.text)
    if not words:
        return None
    start, end = span_of(words)
    if context.claimed(start, end, cue):
        return None
    if cue is not None and source is None and not ({"speech", "belief", "evidential"} & set(cue.classes)) \
            and cue.kind == VERB:
        return None  # "These contacts aim to ...": no one states or believes anything
    if cue is not None and source is not None and _source_leaves_outer_content(context, cue, source):
        return None
    source_words = tuple(source_mention_words(tree, source)) if source is not None else ()
    return Attribution(((start, end),), cue, source, source_words, sentence, rule, CONFIDENCE[rule],
                       content_type(((start, end),), context.quotes, context.text), reason)


# ---------------------------------------------------------------- sieves
def direct_quote_with_cue(context: Context) -> list[Attribution]:
    """A quote with an adjacent reporting clause: "...," X said / X said, "..." / "A," he said, "B"."""
    found: list[Attribution] = []
    used_quotes: set[int] = set()
    minimum = context.rules.marks.min_words_without_cue
    for quote in context.quotes:
        if id(quote) in used_quotes:
            continue
        if not quote.closed and len(regex_words(context.text[quote.start:quote.end])) < minimum:
            continue  # a stray mark before a word or two: not a quotation
        if is_title(context, quote):
            continue
        inner = context.text[quote.start + 1:quote.end - 1].rstrip()
        if len(regex_words(inner)) < minimum and not inner.endswith((",", ".", "!", "?", "…")):
            continue  # “outrageous”: a quoted word inside a paraphrase, not an utterance
        best = None
        for index, sentence in enumerate(context.parsed.sentences):
            if sentence.end <= quote.start - 2 or sentence.start >= quote.end + 2:
                continue
            tree = context.trees[index]
            for cue in context.cues[index]:
                if cue.kind != VERB or context.inside_quote(cue.start) or context.cue_used(cue):
                    continue
                distance = cue.start - quote.end if cue.start >= quote.end else quote.start - cue.end
                if distance < 0 or distance > MAX_CUE_DISTANCE:
                    continue
                if _reported_by_another(context, tree, cue, quote):
                    continue  # "Cruz said Rubio will continue to be “a champion”": Cruz's words
                between = context.text[min(cue.end, quote.end):max(cue.start, quote.start)]
                if any(q.start >= min(cue.end, quote.end) and q.end <= max(cue.start, quote.start)
                       for q in context.quotes if q is not quote) or "\n" in between:
                    continue
                source, reason = find_source(tree, cue.word, context.rules)
                if source is None or context.inside_quote(source.start_char):
                    source = adjacent_source(context, tree, cue)
                if source is None:
                    continue
                mention = source_mention_words(tree, source)
                if not _only_attribution_between(context, quote, cue, mention + _listener(tree, cue, quote)):
                    continue  # "she said X favors a “strongman approach”": a mixed quote
                content = verb_content_words(tree, cue, context.rules)
                if content and _mixed_not_direct(content, quote, context):
                    continue
                # A verb of saying beats a nearer verb of another class ("X said he had
                # fought “for the nation's rights”": the quote is what X said).
                rank = (not {"speech", "belief"} & set(cue.classes), distance)
                if best is None or rank < best[0]:
                    best = (rank, index, cue, source, mention)
        if best is None:
            continue
        _, index, cue, source, mention = best
        sentence, tree = context.parsed.sentences[index], context.trees[index]
        # A split quote ("A," he said, "B"): the next quote on the far side of the same cue.
        group = [q for q in context.quotes if id(q) not in used_quotes and q is not quote
                 and (q.start > cue.end) != (quote.start > cue.end)
                 and "\n" not in context.text[min(q.start, cue.start):max(q.start, cue.end)]
                 and (q.start - cue.end if q.start > cue.end else cue.start - q.end) <= MAX_CUE_DISTANCE
                 and _only_attribution_between(context, q, cue, mention)
                 and not _other_cue_between(context, index, cue, q)]
        fragments = sorted([quote, *group[:1]], key=lambda q: q.start)
        if context.claimed(fragments[0].start, fragments[-1].end):
            continue
        for member in fragments:
            used_quotes.add(id(member))
        pieces = tuple(f for q in fragments for f in q.fragments)
        attribution = Attribution(pieces, cue, source, tuple(source_mention_words(tree, source)), sentence,
                                  "direct_quote_with_cue", CONFIDENCE["direct_quote_with_cue"], DIRECT)
        found.append(attribution)
        context.found.append(attribution)
    return found


def is_title(context: Context, quote: QuoteSpan) -> bool:
    """"On CBS's “Face the Nation,” Ryan said ...": a quoted name after a preposition or
    "titled/called" is a title, not something said."""
    for sentence in context.parsed.sentences:
        if not sentence.start <= quote.start < sentence.end:
            continue
        previous = [w for w in sentence.words if w.end_char <= quote.start]
        if not previous:
            return False
        word = previous[-1]
        return word.upos == "ADP" or word.text.lower() in context.rules.words("title_lead")
    return False


def _only_attribution_between(context: Context, quote: QuoteSpan, cue: Cue, mention: list) -> bool:
    """Between a direct quote and its cue stand only the source and a few filler words."""
    low, high = (quote.end, cue.start) if cue.start >= quote.end else (cue.end, quote.start)
    text = context.text
    covered = set()
    for word in mention:
        covered.update(range(word.start_char, word.end_char))
    remainder = "".join(c if i not in covered else " " for i, c in enumerate(text[low:high], start=low))
    fillers = context.rules.words("attribution_fillers")
    words = [t for t in regex_words(remainder) if t.lower() not in fillers]
    return len(words) <= 2


def _reported_by_another(context: Context, tree: Tree, cue: Cue, quote: QuoteSpan) -> bool:
    """The cue and the quote both stand in the complement of a verb of saying above the cue."""
    current = tree.head(cue.word)
    while current is not None:
        classes = {c.name for c in context.rules.verb_classes_of((current.lemma or current.text).lower())}
        if current.upos == "VERB" and {"speech", "belief"} & classes:
            span = tree.subtree(current)
            complement = [w for w in span if w.id > current.id]
            if complement and complement[0].start_char <= min(cue.start, quote.start) \
                    and quote.end <= complement[-1].end_char + 2:
                return True
        current = tree.head(current)
    return False


def _listener(tree: Tree, cue: Cue, quote: QuoteSpan) -> list:
    """"Limbaugh told his radio audience of Monday, “...”": the cue's own object and adjuncts
    standing between it and the quote that follows (whom and when it was said to)."""
    if cue.start > quote.start:
        return []
    words = []
    for kid in tree.kids(cue.word, {"obj", "iobj", "obl", "obl:tmod", "obl:npmod"}):
        subtree = tree.subtree(kid)
        if cue.end <= subtree[0].start_char and subtree[-1].end_char <= quote.start:
            words.extend(subtree)
    return words


def regex_words(value: str) -> list[str]:
    return [t for t in value.replace(",", " ").replace(":", " ").split() if any(c.isalnum() for c in t)]


def _mixed_not_direct(content_words: list, quote: QuoteSpan, context: Context) -> bool:
    """True when the cue's clausal content holds the quote plus several words of paraphrase."""
    start, end = span_of(content_words)
    if not (start <= quote.start + 1 and quote.end - 1 <= end):
        return False
    outside = context.text[start:quote.start] + context.text[quote.end:end]
    return len([t for t in outside.split() if any(c.isalpha() for c in t)]) > 3


def _other_cue_between(context: Context, index: int, cue: Cue, quote: QuoteSpan) -> bool:
    low, high = sorted((cue.start, quote.start))
    return any(other.kind == VERB and other is not cue and low < other.start < high
               and not context.inside_quote(other.start) and find_source(context.trees[index], other.word,
                                                                         context.rules)[0] is not None
               for other in context.cues[index])


def verb_complement(context: Context) -> list[Attribution]:
    """A reporting verb with its content: "X stated that ...", "X does not expect Y to ...",
    "Biden expressed his hope to ...", "..., suggesting that ..." (participial)."""
    found = []
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start):
                continue
            words = verb_content_words(tree, cue, context.rules) or that_clause_by_word_order(tree, cue, context.rules)
            rule = "verb_complement"
            if not words:
                continue
            words = _extend_over_colon(context, tree, words)
            source, reason = find_source(tree, cue.word, context.rules)
            if source is None and reason == NO_SOURCE and min(w.id for w in words) > cue.word.id:
                source = preceding_source(context, tree, cue)
                reason = None if source is not None else reason
            if not plausible_source(source, cue, context.rules):
                continue
            words = _with_parenthetical_opening(tree, cue, source, words)
            if not tree.kids(cue.word, set(context.rules.patterns["source"]["deprels"])) and source is not None:
                rule = "participial_cue"
            attribution = _attribution(context, sentence, tree, words, cue, rule, source, reason)
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def evidential_clause(context: Context) -> list[Attribution]:
    """"Sanders appears to be spending more heavily", "it seems likely that Trump will win":
    the clause around a verb of appearance, from its subject to the end of its complement."""
    found = []
    expletives = set(context.rules.patterns["source"]["expletives"])
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != VERB or "evidential" not in cue.classes or context.cue_used(cue) \
                    or context.inside_quote(cue.start) or cue.word.upos != "VERB":
                continue
            complements = [k for k in tree.kids(cue.word, {"xcomp", "ccomp"}) if k.id > cue.word.id]
            if not complements:
                continue  # "she appeared on television": no statement
            words = [w for w in tree.subtree(complements[0])]
            subjects = [k for k in tree.kids(cue.word, {"nsubj"}) if k.text.lower() not in expletives]
            if subjects:
                first = tree.subtree(subjects[0])[0].id
                words = [w for w in tree.words if first <= w.id <= words[-1].id]
            experiencer = next((k for k in tree.kids(cue.word, {"obl"})
                                if any(c.text.lower() == "to" for c in tree.kids(k, {"case"}))), None)
            attribution = _attribution(context, sentence, tree, words, cue, "evidential_clause", experiencer,
                                       None if experiencer else "no one named to whom it seems so")
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def adverb_cue(context: Context) -> list[Attribution]:
    """"He was reportedly targeted by the cartel": the clause the adverb qualifies (with the
    clauses coordinated with it) is a statement whose source the writer does not name."""
    found = []
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != ADVERB or context.inside_quote(cue.start):
                continue
            clause = tree.head(cue.word)
            while clause is not None and base(clause.deprel) == "conj" and tree.head(clause) is not None:
                clause = tree.head(clause)
            if clause is None:
                continue
            attribution = _attribution(context, sentence, tree, tree.subtree(clause), cue, "adverb_cue", None,
                                       "the writer names no source")
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def inverted_cue(context: Context) -> list[Attribution]:
    """"The talks were useful, Miller said." — the cue hangs from its content's head."""
    found = []
    inverted = set(context.rules.patterns["inverted"]["deprels"])
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != VERB or context.cue_used(cue) or cue.word.deprel not in inverted:
                continue
            if "speech" not in cue.classes and "belief" not in cue.classes or context.inside_quote(cue.start):
                continue
            head = tree.head(cue.word)
            source, reason = find_source(tree, cue.word, context.rules)
            if head is None or source is None or source.id == head.id:
                continue
            if source.text.lower() in context.rules.words("discourse_subjects"):
                continue  # "I think", "you know" inside someone's words are not new statements
            if not tree.kids(cue.word, set(context.rules.patterns["source"]["deprels"])):
                continue
            words = tree.subtree(head, exclude=[cue.word])
            words = [w for w in words if (w.end_char <= cue.start) == (head.end_char <= cue.start)]
            if not words:
                continue
            words = contiguous_block(words, head)
            attribution = _attribution(context, sentence, tree, words, cue, "inverted_cue", source, reason)
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def according_to(context: Context) -> list[Attribution]:
    """"..., according to the US Department of State." The source is the phrase's object."""
    found = []
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != ACCORDING_TO:
                continue
            phrase_ids = {cue.word.id, *(w.id for w in cue.extra_words)}
            last = max(phrase_ids)
            source_words = phrase_object(tree, tree.word(last), context.rules)
            if not source_words:
                continue
            before_of = [w for w in source_words if w.upos in ("NOUN", "PROPN", "PRON")]
            of_position = next((w.id for w in source_words if w.text.lower() == "of"), None)
            if of_position is not None:
                before_of = [w for w in before_of if w.id < of_position] or before_of
            source = before_of[-1] if before_of else source_words[-1]
            excluded = {w.id for w in source_words} | phrase_ids
            # "according to X" qualifies the clause it stands in: the whole sentence around it
            # (parsers often hang the phrase on a word inside that clause).
            governor = next((w for w in tree.words if w.head == 0), source)
            scope = tree.subtree(governor) if governor is not source else list(tree.words)
            words = [w for w in scope if w.id not in excluded]
            if not words:
                continue
            anchor = min(words, key=lambda w: abs(w.id - cue.word.id))
            side = [w for w in words if (w.id < cue.word.id) == (anchor.id < cue.word.id)]
            words = contiguous_block(side, anchor) if side else []
            attribution = _attribution(context, sentence, tree, words, cue, "according_to", source)
            if attribution:
                attribution.source_words = tuple(source_words)
                found.append(attribution)
                context.found.append(attribution)
    return found


def colon_lead_in(context: Context) -> list[Attribution]:
    """"X said: ..." with nothing after the cue but a colon: the content is the rest of the sentence."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != VERB or context.cue_used(cue) or "speech" not in cue.classes:
                continue
            colon = next((w for w in tree.words if w.id > cue.word.id and w.text in marks
                          and w.id - cue.word.id <= 4), None)
            if colon is None:
                continue
            words = [w for w in tree.words if w.id > colon.id]
            source, reason = find_source(tree, cue.word, context.rules)
            if source is None:
                continue
            if len(words) < 2:
                # "Correa said:" closing its paragraph: the next paragraph's quotation is hers.
                attribution = _quote_after_colon(context, sentence, tree, cue, source)
            else:
                attribution = _attribution(context, sentence, tree, words, cue, "colon_lead_in", source, reason)
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def _quote_after_colon(context: Context, sentence: ParsedSentence, tree: Tree, cue: Cue, source):
    paragraphs = context.parsed.text.paragraphs
    if sentence.paragraph + 1 >= len(paragraphs):
        return None
    next_start = paragraphs[sentence.paragraph + 1][0]
    quote = next((q for q in context.quotes if next_start <= q.start <= next_start + 1), None)
    if quote is None or context.claimed(quote.start, quote.end):
        return None
    return Attribution(quote.fragments, cue, source, tuple(source_mention_words(tree, source)), sentence,
                       "colon_lead_in", CONFIDENCE["colon_lead_in"], DIRECT)


def sentence_opens_paragraph(context: Context, sentence: ParsedSentence) -> bool:
    return sentence.index == 0 or context.parsed.sentences[sentence.index - 1].paragraph != sentence.paragraph


def colon_after_name(context: Context) -> list[Attribution]:
    """"Trump: “We are going to win.”" — a short noun phrase, a colon, then a quotation."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        words = list(tree.words)
        colon = next((w for w in words[:8] if w.text in marks), None)
        if colon is None or colon.id < 2 or colon.id >= len(words):
            continue
        before = words[:colon.id - 1]
        after = words[colon.id:]
        if any(w.upos in ("VERB", "AUX") for w in before):
            continue
        # A transcript's speaker label ("CUOMO: ...", "Mr. Trump: ...") opens its paragraph and
        # speaks to the paragraph's end.
        label = sentence_opens_paragraph(context, sentence) and len(before) <= 4 \
            and all(w.text[:1].isupper() or w.upos == "PUNCT" for w in before)
        if not label and not context.inside_quote(after[0].start_char):
            continue
        heads = [w for w in before if not (0 < w.head < colon.id)]
        if not label and (len(heads) != 1 or heads[0].upos not in ("PROPN", "NOUN")):
            continue
        if label:
            heads = [w for w in before if w.upos in ("PROPN", "NOUN")][-1:] or before[-1:]
            after = after + [w for later in context.parsed.sentences[index + 1:]
                             if later.paragraph == sentence.paragraph for w in later.words]
        cue = Cue(COLON, ":", colon, colon.start_char, colon.end_char, False)
        attribution = _attribution(context, sentence, tree, after, cue, "colon_lead_in", heads[0])
        if attribution:
            attribution.source_words = tuple(before)
            found.append(attribution)
            context.found.append(attribution)
    return found


def noun_cue(context: Context) -> list[Attribution]:
    """"his view that ...", "X's claim that ...": a cue noun with a clausal complement."""
    found = []
    content_deprels = set(context.rules.noun_content)
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for cue in context.cues[index]:
            if cue.kind != NOUN or context.cue_used(cue):
                continue
            clauses = [k for k in tree.kids(cue.word) if k.deprel in content_deprels
                       and any((m.lemma or m.text).lower() in context.rules.words("complement_marks")
                               for m in tree.kids(k, {"mark"}))]
            if not clauses:
                continue
            words = [w for clause in clauses for w in tree.subtree(clause)]
            owners = tree.kids(cue.word, {"nmod:poss"})
            source, reason = (owners[0], None) if owners else find_source(tree, cue.word, context.rules)
            if source is not None and source.upos == "PRON" and source.text.lower() in ("its",):
                source = None
            attribution = _attribution(context, sentence, tree, words, cue, "noun_cue", source, reason)
            if attribution:
                found.append(attribution)
                context.found.append(attribution)
    return found


def _nominal_run(words: list, start: int, step: int, rules: Rules) -> int:
    """Walk from `start` in direction `step` over a noun phrase; return the first index past it."""
    position = start
    while 0 <= position < len(words):
        word = words[position]
        if word.text.lower() in rules.words("relative_pronouns") or word.text.lower() in rules.mistagged_verbs:
            break
        # a participle before a noun modifies it ("another leading Supreme Court advocate")
        modifier = word.upos == "VERB" and position + 1 < len(words) and words[position + 1].upos in NOMINAL \
            and word.text.lower().endswith(("ing", "ed"))
        if word.upos in NOMINAL or word.upos == "PRON" or modifier or \
                word.text.lower() in rules.words("phrase_joiners") | {"(", ")", "-"} \
                and 0 <= position + step < len(words):
            position += step
        else:
            break
    return position


def adjacent_source(context: Context, tree: Tree, cue: Cue):
    """Word order's answer when the parse has no subject: "..., said Ryan Ellis" or
    "..., Ryan Ellis said" — the noun phrase right after or right before the cue."""
    words = list(tree.words)
    position = cue.word.id - 1
    after = _nominal_run(words, position + 1, 1, context.rules)
    if after > position + 1 and not context.inside_quote(words[position + 1].start_char):
        return _phrase_head(words[position + 1:after])
    start = position - 1
    while start >= 0 and words[start].upos in ("AUX", "ADV"):
        start -= 1
    before = _nominal_run(words, start, -1, context.rules)
    if before < start and not context.inside_quote(words[start].start_char):
        return _phrase_head(words[before + 1:start + 1])
    return None


def preceding_source(context: Context, tree: Tree, cue: Cue):
    """Word order's answer when the parse lost the subject before a cue, also across an
    apposition: "Megan Hester, senior associate at the Institute, said ..." -> Hester."""
    words = list(tree.words)
    start = cue.word.id - 2
    while start >= 0 and words[start].upos in ("AUX", "ADV"):
        start -= 1
    if start >= 0 and words[start].text == ",":
        opening = next((i for i in range(start - 1, -1, -1) if words[i].text == ","), None)
        if opening is None:
            return None
        start = opening - 1
    before = _nominal_run(words, start, -1, context.rules)
    if before < start and not context.inside_quote(words[start].start_char):
        return _phrase_head(words[before + 1:start + 1])
    return None


def _phrase_head(phrase: list):
    heads = [w for w in phrase if w.upos in ("NOUN", "PROPN", "PRON")]
    of_index = next((i for i, w in enumerate(phrase) if w.text.lower() == "of"), None)
    if of_index is not None:
        heads = [w for w in phrase[:of_index] if w.upos in ("NOUN", "PROPN", "PRON")] or heads
    return heads[-1] if heads else None


def that_clause_by_word_order(tree: Tree, cue: Cue, rules: Rules) -> list:
    """"..., saying that about 5,500 troops would remain ...", where the parser hung the clause
    elsewhere: a that-clause right after a verb of saying or believing is its content."""
    if not {"speech", "belief"} & set(cue.classes):
        return []
    words = list(tree.words)
    position = cue.word.id  # index of the word after the cue
    while position < len(words) and words[position].deprel == "compound:prt":
        position += 1
    if position >= len(words) or words[position].text.lower() != "that" or words[position].upos != "SCONJ":
        return []
    end = len(words)
    while end > position and words[end - 1].upos == "PUNCT":
        end -= 1
    return words[position:_statement_end(words, position, end, rules)]


def _statement_end(words: list, position: int, end: int, rules: Rules) -> int:
    """Where a statement opened at `position` stops: the sentence's end, or a comma before a
    new cue ("..., particularly emphasising ...")."""
    for index in range(position + 1, end):
        if words[index].text not in (",", ";"):
            continue
        following = index + 1
        while following < end and words[following].upos in ("ADV", "CCONJ"):
            following += 1
        if following < end and words[following].upos == "VERB" and \
                rules.verb_classes_of((words[following].lemma or words[following].text).lower()):
            return index
        # ", and Republicans want ...": a new clause with a subject of its own.
        clause_verb = _nominal_run(words, following, 1, rules)
        if words[index].text == ";" or (clause_verb > following and clause_verb < end
                                         and words[clause_verb].upos in ("VERB", "AUX")
                                         and words[following - 1].upos == "CCONJ"):
            return index
    return end


def surface_reporting_clause(context: Context) -> list[Attribution]:
    """Fallback over word order when the parse gives no structure: "NP said (that) ...",
    "..., NP said.", "..., said NP." and "..., emphasising ..." after such a clause, with the
    cue lexicon; sources are plain noun phrases."""
    found = []
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        words = list(tree.words)
        end = len(words)
        while end > 0 and words[end - 1].upos == "PUNCT":
            end -= 1
        previous_source = None
        for cue in context.cues[index]:
            if cue.kind != VERB or context.inside_quote(cue.start) or cue.word.upos != "VERB" \
                    and cue.word.text.lower() not in context.rules.mistagged_verbs:
                continue
            if context.cue_used(cue):
                used = next(a for a in context.found if a.cue is not None and a.cue.start == cue.start)
                previous_source = (used.source, used.source_words) if used.source is not None else previous_source
                continue
            position = cue.word.id - 1
            content_start = position + 1
            if set(cue.classes) <= {"evidential"}:
                continue  # "she appeared on television": only its parse tells a statement
            if not {"ccomp", "obj", "xcomp", "parataxis"} & set(_content_deprels(cue, context.rules)):
                # A phrasal cue ("spoke about ...") only with its preposition next to it.
                following = [w.text.lower() for w in words[position + 1:end]]
                entry = next((e for e in map(_entry_words, phrasal_entries(cue, context.rules))
                              if following[:len(e)] == e), None)
                if entry is None or following[-1] in context.rules.words("time_words"):
                    continue
                content_start = position + 1 + len(entry)
            speech_like = bool({"speech", "belief"} & set(cue.classes))
            if position > 0 and (words[position - 1].lemma or "").lower() == "be":
                continue  # passive: "the visit itself is seen as ..."
            content = source_phrase = None
            if speech_like and position >= end - 6 and position > 3:
                before = _nominal_run(words, position - 1, -1, context.rules)
                after = _nominal_run(words, position + 1, 1, context.rules)
                if before >= 2 and words[before].text == "," and before < position - 1 and after >= end:
                    content, source_phrase = words[:before], words[before + 1:position]
                elif words[position - 1].text == "," and position + 1 < end and after >= end:
                    content, source_phrase = words[:position - 1], words[position + 1:end]
            if content is None and end - position > 2:
                stop = _statement_end(words, position, end, context.rules)
                start = position - 1
                while start >= 0 and (words[start].upos in ("AUX", "ADV") and words[start].deprel != "punct"):
                    start -= 1
                before = _nominal_run(words, start, -1, context.rules)
                opening = before < 0 or words[before].text in (",", "“", '"', ":")
                if before < start and opening and start - before <= 10:
                    source_phrase, content = words[before + 1:start + 1], words[content_start:stop]
                elif previous_source is not None and cue.word.text.lower().endswith("ing") and \
                        start >= 0 and words[start].text == ",":
                    source_phrase, content = list(previous_source[1]), words[content_start:stop]
            if not content or not source_phrase:
                continue
            source = previous_source[0] if source_phrase and previous_source and \
                list(previous_source[1]) == source_phrase else _phrase_head(source_phrase)
            if source is None or not plausible_source(source, cue, context.rules):
                continue
            attribution = _attribution(context, sentence, tree, content, cue, "surface_reporting_clause", source)
            if attribution:
                attribution.source_words = tuple(source_phrase)
                previous_source = (source, attribution.source_words)
                found.append(attribution)
                context.found.append(attribution)
    return found


def quote_continuation(context: Context) -> list[Attribution]:
    """Quotes with no cue nearby: the speaker of the paragraph's (or the previous one's) quotes."""
    found = []
    minimum = context.rules.marks.min_words_without_cue
    for quote in context.quotes:
        if context.claimed(quote.start, quote.end):
            continue
        inner = context.text[quote.start + 1:quote.end - 1]
        if len(regex_words(inner)) < minimum:
            continue  # scare quotes, titles and quoted terms are not attributions
        sentence = next((s for s in context.parsed.sentences if s.start <= quote.start < s.end + 1), None)
        if sentence is None:
            continue
        previous = [a for a in context.found if a.start < quote.start and a.sentence is not None
                    and sentence.paragraph - a.sentence.paragraph <= 1 and a.type != INDIRECT
                    and (a.source is not None or a.inherited_speaker is not None)]
        if previous:
            speaker_record = max(previous, key=lambda a: a.start)
            if _continues(context, speaker_record, quote, sentence):
                # "“A,” said Caddell, speaking of X. “B.”": one statement, in fragments.
                speaker_record.fragments = speaker_record.fragments + tuple(quote.fragments)
                continue
            attribution = Attribution(quote.fragments, None, None, (), sentence, "quote_continuation",
                                      CONFIDENCE["quote_continuation"], DIRECT,
                                      inherited_speaker=speaker_record.inherited_speaker or speaker_record)
        else:
            attribution = Attribution(quote.fragments, None, None, (), sentence, "quote_without_cue",
                                      CONFIDENCE["quote_without_cue"], DIRECT,
                                      "no cue or earlier speaker near this quote")
        found.append(attribution)
        context.found.append(attribution)
    return found


def _signature_name(context: Context, quote: QuoteSpan) -> tuple[int, int, int, int] | None:
    """(dash start, dash end, name start, name end) of "― Name" right after a quote, ending its line."""
    signature = context.rules.patterns["signature"]
    text = context.text
    position = quote.end
    while position < len(text) and text[position] in " \u00a0\t":
        position += 1
    dash = next((d for d in signature["dashes"] if text.startswith(d, position)), None)
    if dash is None:
        return None
    dash_end = position + len(dash)
    line_end = text.find("\n", dash_end)
    line_end = len(text) if line_end < 0 else line_end
    name = text[dash_end:line_end]
    start = dash_end + len(name) - len(name.lstrip(" \u00a0\t"))
    end = start + len(name.strip(" \u00a0\t").rstrip("."))
    tokens = text[start:end].split()
    particles = set(signature["name_particles"])
    if not 0 < len(tokens) <= signature["max_words"] or \
            not all(t[:1].isupper() or t in particles for t in tokens) or not tokens[0][:1].isupper():
        return None
    return position, dash_end, start, end


def quote_signature(context: Context) -> list[Attribution]:
    """"“Donald Trump scares me.” ― Krystal Correa": a quotation signed by the name after it."""
    found = []
    for quote in context.quotes:
        if quote.depth > 0 or context.claimed(quote.start, quote.end):
            continue
        located = _signature_name(context, quote)
        if located is None:
            continue
        dash_start, dash_end, name_start, name_end = located
        name_words = [(s, w) for s in context.parsed.sentences for w in s.words
                      if name_start <= w.start_char and w.end_char <= name_end]
        dash_word = next((w for s in context.parsed.sentences for w in s.words
                          if w.start_char < dash_end and w.end_char > dash_start), None)
        if not name_words:
            continue
        sentence = next((s for s in context.parsed.sentences if s.start <= quote.start < s.end + 1),
                        name_words[0][0])
        words = [w for _, w in name_words]
        source = next((w for w in reversed(words) if w.upos in ("PROPN", "NOUN")), words[-1])
        cue = Cue(SIGNATURE, context.text[dash_start:dash_end], dash_word or words[0], dash_start, dash_end, False)
        attribution = Attribution(quote.fragments, cue, source, tuple(words), sentence, "quote_signature",
                                  CONFIDENCE["quote_signature"], DIRECT)
        found.append(attribution)
        context.found.append(attribution)
    return found


def _continues(context: Context, earlier: Attribution, quote: QuoteSpan, sentence: ParsedSentence) -> bool:
    """A quote right after a direct quote of the same paragraph (or the next), with no other
    statement between them, goes on with that quote."""
    if earlier.type != DIRECT or earlier.sentence is None or sentence.paragraph - earlier.sentence.paragraph > 1:
        return False
    return not any(earlier.end <= a.start < quote.start for a in context.found if a is not earlier)


SIEVES = (direct_quote_with_cue, quote_signature, evidential_clause, verb_complement, inverted_cue, according_to, adverb_cue, colon_lead_in,
          colon_after_name, noun_cue, surface_reporting_clause, quote_continuation)


def inherit_participle_sources(context: Context) -> None:
    """"Qin expressed ..., particularly emphasising ...": a participle cue left without a source
    (a misparse) takes the source of the statement before it in the same sentence."""
    ordered = sorted(context.found, key=lambda a: a.start)
    for attribution in ordered:
        cue = attribution.cue
        if attribution.source is not None or cue is None or cue.kind != VERB \
                or not cue.word.text.lower().endswith("ing"):
            continue
        earlier = [a for a in ordered if a.sentence is attribution.sentence and a.source is not None
                   and a.cue is not None and a.cue.start < cue.start]
        if earlier:
            donor = earlier[-1]
            attribution.source, attribution.source_words = donor.source, donor.source_words
            attribution.no_source_reason = None


def attribute(parsed: ParsedText, rules: Rules, quotes: list[QuoteSpan]) -> list[Attribution]:
    context = Context.build(parsed, rules, quotes)
    for sieve in SIEVES:
        sieve(context)
    inherit_participle_sources(context)
    return sorted(context.found, key=lambda a: (a.start, a.end))
