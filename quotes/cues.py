"""Cues: the words that introduce reported content (verbs, nouns, "according to", colons).

A cue is found from the lexicons in rules/cues.toml over Stanza's lemmas, and remembers
whether it is negated ("does not expect") by the negation patterns in rules/patterns.toml.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.deps import Tree, base, feats, past_participle, present_participle
from quotes.rules import Rules

VERB, NOUN, ACCORDING_TO, COLON, NONE = "verb", "noun", "according_to", "colon", "none"
SIGNATURE = "signature"  # "“…” ― Krystal Correa"
ADVERB = "adverb"  # "was reportedly targeted"
LABEL = "label"  # a name and a colon opening a line: "CUOMO: ...", "Trump: “...”"


@dataclass(frozen=True)
class Cue:
    kind: str
    lemma: str
    word: object  # the cue's head word
    start: int
    end: int
    negated: bool
    classes: tuple[str, ...] = ()
    extra_words: tuple = ()  # other words of a multi-word cue ("according to")


def _lemma(word) -> str:
    return (word.lemma or word.text).lower()


def lexicon_lemma(word, rules: Rules) -> str:
    """The word's lemma, or the lexicon entry a lemmatizer slip stands for: small models
    give "vowe", "echoe", "slamm", "underscor", "warning" for "vowed", "echoed", "slammed",
    "underscored", "warning"."""
    lemma = _lemma(word)
    if rules.verb_classes_of(lemma):
        return lemma
    if lemma == word.text.lower() and lemma in rules.irregular_forms and word.id == 1:
        # "Said Ellis: ...": the capital of a sentence's first word hid the form from the
        # lemmatizer (not a headline's "... Things Latinos Said That Got Us Thinking")
        return rules.irregular_forms[lemma]
    candidates = [lemma[:-1]] if lemma.endswith("e") else []
    if len(lemma) > 3 and lemma[-1] == lemma[-2]:
        candidates.append(lemma[:-1])
    candidates.append(lemma + "e")
    form = word.text.lower()
    for suffix in ("ing", "ed"):
        stem = form[:-len(suffix)]
        if form.endswith(suffix) and len(stem) > 2:
            candidates += [stem, stem + "e"] + ([stem[:-1]] if stem[-1] == stem[-2] else [])
    return next((c for c in candidates if rules.verb_classes_of(c)), lemma)


def is_negated(tree: Tree, word, rules: Rules) -> bool:
    negation = rules.patterns["negation"]
    lemmas, deprels = set(negation["lemmas"]), set(negation["deprels"])
    return any(_lemma(k) in lemmas or k.text.lower() in lemmas
               for k in tree.kids(word) if base(k.deprel) in deprels or k.deprel in deprels)


def verb_cue(tree: Tree, verb, rules: Rules) -> Cue:
    """A verb taken as a cue by where it stands (a lead-in, the clause a quotation is in),
    with the lexicon's classes for it, if any."""
    lemma = (verb.lemma or verb.text).lower()
    return Cue(VERB, lemma, verb, verb.start_char, verb.end_char, is_negated(tree, verb, rules),
               tuple(c.name for c in rules.verb_classes_of(lemma)))


def verb_cues(tree: Tree, rules: Rules) -> list[Cue]:
    cues = []
    for word in tree.words:
        if word.upos not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN") or word.upos == "AUX" and word.deprel == "aux":
            continue
        if word.deprel == "amod" or _inside_a_title(tree, word, rules) or _first_name(tree, word) \
                or _end_of_a_hyphenated_word(tree, word) or _opens_an_according_to_source(tree, word, rules):
            continue  # "despite repeated attempts": a participle describing a noun reports nothing
        if feats(word).get("Mood") == "Imp" and not tree.kids(word, {"nsubj", "nsubj:pass", "expl"}):
            continue  # "Imagine paying ...", "Ask them which state ...": the writer bids the reader
        if word.deprel == "acl" and past_participle(word) and _lemma(word) in rules.words("naming_verbs") \
                and not _with_its_phrasal_preposition(tree, word, rules):
            continue  # "a program called Sandy Hook Promise" names the program (not "..., called for X")
        lemma = lexicon_lemma(word, rules)
        made = made_adjective(tree, word, rules)
        idiom = _idiom_object(tree, word, lemma, rules)
        if made is not None:
            lemma = made
        elif idiom is not None:
            lemma = next(entry for entry in (f"{lemma} {idiom.text.lower()}", f"{lemma} {_lemma(idiom)}")
                         if rules.verb_classes_of(entry))
        elif word.upos in ("NOUN", "PROPN") and word.text.lower() in rules.mistagged_verbs:
            if not word.text.lower().endswith("s") and tree.kids(word, {"det", "nmod:poss", "amod", "nummod"}):
                continue  # "a say in the matter" (where "the survey shows" is a misparse, not a noun)
            following = tree.after(word)
            if following is not None and (following.upos == "VERB" or following.text.lower() in rules.mistagged_verbs):
                continue  # "campaign-finance reports | shows": the noun is the verb's subject
            lemma = rules.mistagged_verbs[word.text.lower()]
        elif word.upos == "PROPN":
            continue
        classes = rules.verb_classes_of(lemma)
        if word.upos == "ADJ" and made is None and any(c.adjectives for c in classes):
            if _predicate_adjective(tree, word):
                cues.append(Cue(VERB, lemma, word, word.start_char, word.end_char, is_negated(tree, word, rules),
                                tuple(c.name for c in classes if c.adjectives)))
            continue
        classes = [c for c in classes if not c.adjectives] or _phrasal_only_classes(tree, word, lemma, rules)
        if word.upos == "NOUN" and word.text.lower().endswith("ing") and tree.kids(word, {"det"}):
            continue  # "during the Senate Benghazi hearing": a noun with its article, not a gerund
        if not classes or word.upos in ("NOUN", "ADJ") and not word.text.lower().endswith(("ing", "ed")) \
                and word.text.lower() not in rules.mistagged_verbs and made is None \
                and not _verb_read_as_a_noun(tree, word):
            continue
        particles = tree.kids(word, {"compound:prt"})
        if any((lemma, p.text.lower()) in rules.not_cue_particles for p in particles + _adjacent_particle(tree, word)):
            continue
        end = max([word.end_char] + [p.end_char for p in particles if p.start_char - word.end_char <= 1]
                  + ([idiom.end_char] if idiom is not None else []))
        cues.append(Cue(VERB, lemma, word, word.start_char, end, is_negated(tree, word, rules),
                        tuple(c.name for c in classes)))
    return cues


PHRASAL_WINDOW = 4
"""Words after a verb within which its phrasal entry's particle and preposition stand."""


def _phrasal_only_classes(tree: Tree, word, lemma: str, rules: Rules) -> list:
    """The classes of a phrasal entry whose verb is a cue only with the entry's words after it
    (`phrasal_only`: "went | after Rubio", not "crime has gone down"): its particle, if any, and
    its preposition, hung on the verb or on a dependent of the verb."""
    entries = [(c, particle, preposition) for c in rules.verb_classes
               for verb, particle, preposition in c.phrasal_only if verb == lemma]
    if not entries:
        return []  # (most words: asked of every word no class takes)
    following = [w for w in tree.words if word.id < w.id <= word.id + PHRASAL_WINDOW]

    def belongs(w) -> bool:
        head = tree.head(w)
        return w.head == word.id or head is not None and head.head == word.id

    def followed_by(particle: str, preposition: str) -> bool:
        place = next((i for i, w in enumerate(following) if w.text.lower() == preposition and belongs(w)), None)
        return place is not None and (not particle or any(w.text.lower() == particle for w in following[:place]))

    return [c for c, particle, preposition in entries if followed_by(particle, preposition)]


def _predicate_adjective(tree: Tree, word) -> bool:
    """"Trump is confident that ...", "Sanders was critical of the deal": an adjective of
    stance said of a subject of its own with a copula (an expletive subject names no one, as
    for every cue: "It is certain that ..." is no one's statement)."""
    return bool(tree.kids(word, {"cop"})) and bool(tree.kids(word, {"nsubj"}))


def _opens_an_according_to_source(tree: Tree, word, rules: Rules) -> bool:
    """"according to | show insiders": the tagger made a verb of the source's first word."""
    longest = max((len(phrase) for phrase in rules.according_to), default=0)
    before = tuple(tree.word(i).text.lower() for i in range(max(1, word.id - longest), word.id))
    return any(before[-len(phrase):] == phrase for phrase in rules.according_to)


def _end_of_a_hyphenated_word(tree: Tree, word) -> bool:
    """"Clinton-|Supporting Super PACs", "most strength-|projecting": the tokenizer cut a
    compound modifier at its hyphen; its last part is no verb of its own."""
    previous = tree.before(word)
    if previous is None or not previous.text.endswith("-") or previous.end_char != word.start_char:
        return False
    if any(c.isalnum() for c in previous.text):
        return True
    first_part = tree.before(previous)
    return first_part is not None and first_part.end_char == previous.start_char and first_part.text[-1:].isalnum()


def _with_its_phrasal_preposition(tree: Tree, word, rules: Rules) -> bool:
    """The word right after the verb makes one of its phrasal entries ("called | for",
    "called | on")."""
    following = tree.after(word)
    lemma = _lemma(word)
    return following is not None and any(
        following.text.lower() in (particle, preposition)
        for c in rules.verb_classes for particle, preposition in c.phrasal_of(lemma))


def _verb_read_as_a_noun(tree: Tree, word) -> bool:
    """"1 percent | support | the Green Party's Jill Stein": a noun with a subject of many (a
    share, a plural, a pronoun) before it and an object after it, and no determiner of its
    own, is a verb the tagger misread (a singular noun before one is its compound: "the
    reality TV | show")."""
    subjects = [k for k in tree.kids(word, {"nsubj"}) if k.id < word.id]
    many = any(tree.kids(k, {"nummod", "conj"}) or feats(k).get("Number") == "Plur" or k.upos == "PRON"
               for k in subjects)
    # ("leaked documents from his 1995 tax return | show | he took ...", "Obama | plans | to
    # send a nominee": a subject and a clause after it make any noun a verb)
    clause_after = subjects and any(k.id > word.id and (k.upos in ("VERB", "AUX") or tree.kids(k, {"cop"}))
                                    for k in tree.kids(word, {"ccomp", "xcomp"}))
    return word.upos == "NOUN" and (many and any(k.id > word.id for k in tree.kids(word, {"obj"})) or clause_after) \
        and not tree.kids(word, {"det", "nmod:poss", "amod", "cop"})


def made_adjective(tree: Tree, word, rules: Rules) -> str | None:
    """"made it clear that ...": an adjective a verb makes of its object, which the lexicon
    lists with the verb ("make clear"), is a cue; its statement hangs on it. Returns the
    lexicon entry, or None."""
    if word.upos != "ADJ" or base(word.deprel) != "xcomp":
        return None
    verb = tree.head(word)
    phrase = f"{_lemma(verb)} {_lemma(word)}" if verb is not None else ""
    return phrase if rules.verb_classes_of(phrase) else None


def _inside_a_title(tree: Tree, word, rules: Rules) -> bool:
    """"former State policy planning director Anne-Marie Slaughter": a participle between a
    noun and a title is a word of the title, whatever the parser made of it."""
    before, after = tree.before(word), tree.after(word)
    return present_participle(word) and before is not None and before.xpos == "NN" \
        and after is not None and after.xpos == "NN" and after.text.lower() in rules.titles


BASE_FORM_TAGS = ("VB", "VBP")  # Penn tags of a verb's base form: "Hope", not a headline's "Says"


def _first_name(tree: Tree, word) -> bool:
    """"Trump campaign spokeswoman Hope Hicks said": a capitalised base form inside the
    sentence, before a name, is a first name ("Hope", "Will"); a headline's verbs are
    inflected ("Lindsey Graham Says Trump ...")."""
    before, after = tree.before(word), tree.after(word)
    return word.xpos in BASE_FORM_TAGS and word.text[:1].isupper() and not word.text.isupper() \
        and before is not None and before.upos != "PUNCT" \
        and after is not None and after.upos == "PROPN" and after.text[:1].isupper()


def _idiom_object(tree: Tree, word, lemma: str, rules: Rules):
    """"as Tom Ridge put it", "took aim at", "made no secret of": the verb's object that the
    lexicon lists with it ("put it", "take aim", "make secret") as one cue, or None. The object
    follows the verb, with at most its determiners and modifiers between ("took | multiple |
    swipes"), and is matched by its form or its lemma."""
    after = tree.after(word)
    while after is not None and after.head != word.id and after.upos in ("DET", "ADJ", "NUM", "ADV") \
            and tree.head(after) is not None and tree.head(after).id > after.id:
        after = tree.after(after)
    if after is None or after.head != word.id or base(after.deprel) != "obj":
        return None
    forms = {after.text.lower(), _lemma(after)}
    return after if any(rules.verb_classes_of(f"{lemma} {form}") for form in forms) else None


def _adjacent_particle(tree: Tree, word) -> list:
    """"backed off some of his proposals": the particle written right after the verb, which
    parsers often hang on the noun after it as a preposition."""
    after = tree.after(word)
    return [after] if after is not None and after.upos in ("ADP", "ADV", "PART") else []


def noun_cues(tree: Tree, rules: Rules) -> list[Cue]:
    return [Cue(NOUN, _lemma(w), w, w.start_char, w.end_char, is_negated(tree, w, rules))
            for w in tree.words if w.upos == "NOUN" and _lemma(w) in rules.noun_lemmas]


def adverb_cues(tree: Tree, rules: Rules) -> list[Cue]:
    return [Cue(ADVERB, _lemma(w), w, w.start_char, w.end_char, False)
            for w in tree.words if w.text.lower() in rules.source_adverbs]


def according_to_cues(tree: Tree, rules: Rules) -> list[Cue]:
    """Multi-word phrases from rules ("according to X"), matched on the word sequence."""
    cues = []
    words = tree.words
    lowered = [w.text.lower() for w in words]
    for phrase in rules.according_to:
        size = len(phrase)
        for i in range(len(words) - size + 1):
            if tuple(lowered[i:i + size]) != phrase:
                continue
            phrase_words = words[i:i + size]
            cues.append(Cue(ACCORDING_TO, " ".join(phrase), phrase_words[0], phrase_words[0].start_char,
                            phrase_words[-1].end_char, False, (), tuple(phrase_words[1:])))
    return cues


def finding_cues(tree: Tree, rules: Rules) -> list[Cue]:
    """"In a new poll, ...": the preposition of a finding's noun phrase opening the sentence
    (inside a sentence, "ahead in the polls" mostly says where a lead holds: taking a trailing
    "in the polls" for a finding made 129 more PolNeAR train records, 13 more right)."""
    first = tree.words[0] if tree.words else None
    if first is None or first.text.lower() not in rules.finding_prepositions:
        return []
    head = tree.head(first)
    parsed = head is not None and first.deprel == "case" \
        and bool({(head.lemma or "").lower(), head.text.lower()} & rules.finding_heads)
    if not parsed and not finding_before_comma(tree, rules):
        return []
    return [Cue(ACCORDING_TO, first.text.lower(), first, first.start_char, first.end_char, False, (), ())]


def finding_before_comma(tree: Tree, rules: Rules):
    """"In an NBC News/Wall Street Journal poll released Monday, ...": word order's answer
    when the parse lost the phrase, the noun of findings before the opening phrase's comma."""
    comma = next((w for w in tree.words if w.text == ","), None)
    if comma is None or comma.id > FINDING_PHRASE_WORDS:
        return None
    return next((w for w in tree.words[1:comma.id - 1]
                 if {(w.lemma or "").lower(), w.text.lower()} & rules.finding_heads), None)


FINDING_PHRASE_WORDS = 15
