"""Sieves over reporting clauses: verbs with their complements, appearance verbs, inverted and noun cues."""

from __future__ import annotations

from quotes.cues import NOUN, VERB, Cue, is_negated, made_adjective
from quotes.deps import Tree, base, contiguous_block, present_participle
from quotes.rules import Rules
from quotes.sieves.content import (
    before_main_clause,
    before_writers_words,
    content_deprels,
    extend_over_colon,
    make_attribution,
    that_clause_by_word_order,
    verb_content_words,
    with_parenthetical_opening,
    with_question_word,
)
from quotes.sieves.context import INDIRECT, Attribution, Context
from quotes.sieves.sources import (NO_SOURCE, adjacent_phrase, find_source, inverted_subject, nominal_run, noun_owner,
                                   phrase_head, plausible_source, preceding_phrase, quoted_after_the_cue,
                                   quoted_as_saying, relative_antecedent, speaker_like)


def verb_complement(context: Context) -> list[Attribution]:
    """A reporting verb with its content: "X stated that ...", "X does not expect Y to ...",
    "Biden expressed his hope to ...", "..., suggesting that ..." (participial)."""
    found = []
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start) \
                or context.quotation_only(cue):
            continue
        if quoted_as_saying(tree, cue.word, context.rules):
            continue  # "quoted the president | as saying ...": the one quoted is no statement
        words = verb_content_words(tree, cue, context.rules) or that_clause_by_word_order(tree, cue, context.rules)
        rule = "verb_complement"
        source, reason = find_source(tree, cue.word, context.rules)
        phrase: list = []
        joined = _joined_to_statement(context, tree, cue)
        if joined is not None:
            source, reason, phrase = joined.source, None, list(joined.source_words)
        quoted = _quotation_holding(context, sentence, cue, source) if not context.inside_quote(cue.start) else None
        if quoted is not None:
            source, reason, phrase = quoted.source, None, list(quoted.source_words)
        aside = _parenthetical_clause(context, tree, cue, source)
        if aside is not None:
            phrase, words = aside
            source, reason = phrase_head(phrase), None
        if not words:
            continue
        if quoted_after_the_cue(context, source, cue):
            continue
        words = with_question_word(tree, cue, extend_over_colon(context, tree, cue, source, words), context.rules)
        words = before_writers_words(context, tree, cue, words)
        words = before_main_clause(tree, cue, words, context.rules)
        if not words:
            continue  # the writer's words from the first on
        if source is None and tree.to_infinitive(cue.word):
            continue  # "It is important to note that ...": the writer's own aside
        if _not_permitted(context, tree, cue) or _asked_not_to_be_named(context, tree, cue) \
                or _writers_suggestion(context, tree, cue):
            continue  # "he was not authorized to discuss the matter": nothing was said
        if _moved_to(tree, cue, words, context.rules):
            continue  # "Washington added a dozen firms to a trade blacklist": nothing was said
        if source is not None and cue.word.id < source.id and source in words:
            # "..., while arguing | the U.S. should increase ...": the parser hung the participle
            # on the statement, whose own subject is then no speaker
            source, reason = None, NO_SOURCE
        if source is None and reason == NO_SOURCE and min(w.id for w in words) > cue.word.id:
            phrase = preceding_phrase(context, tree, cue)
            source = phrase_head(phrase) if phrase else None
            reason = None if source is not None else reason
        elif source is None and reason == NO_SOURCE and max(w.id for w in words) < cue.word.id:
            # "Cruz electrified the crowds ..., Stovall said": the parser hung the speaker on a
            # word of the statement; it is the name right before the cue.
            phrase = adjacent_phrase(context, tree, cue)
            source = phrase_head(phrase) if phrase else None
            reason = None if source is not None else reason
            speaker_words = set(phrase)
            words = [w for w in words if w not in speaker_words]
        swapped = _speaker_read_as_the_statements_subject(tree, cue, source, words) \
            or _speaker_read_as_the_cues_object(tree, cue, source, words)
        if swapped is not None:
            source, phrase, words = swapped
            reason = None
        if not plausible_source(source, cue, context.rules, context.names):
            continue
        words = with_parenthetical_opening(tree, cue, source, words, context.rules)
        # "Trump made it clear that ...": the adjective's subject is the verb's that makes it
        holder = tree.head(cue.word) if made_adjective(tree, cue.word, context.rules) else cue.word
        if not tree.kids(holder, set(context.rules.patterns["source"]["deprels"])) and source is not None:
            rule = "participial_cue"
        attribution = make_attribution(context, sentence, tree, words, cue, rule, source, reason)
        if attribution:
            if phrase:
                attribution.source_words = tuple(phrase)  # "Biden and Xi", not just "Xi"
            context.keep(attribution, found)
    return found


def _speaker_read_as_the_statements_subject(tree: Tree, cue: Cue, source, words: list):
    """"A cashier who “steals a handful of $20s” is held accountable, | Warren | said": the
    parser swapped the subjects, giving the verb of saying the statement's and the statement
    the speaker, who stands set off right before the verb. Returns the speaker, their phrase
    and the statement's words, or None when the parse is not so."""
    if source is None or not words or max(w.id for w in words) != cue.word.id - 1 or source.id > words[0].id:
        return None
    inside = {w.id for w in words}
    speaker = next((w for w in words if base(w.deprel) == "nsubj" and tree.head(w) is not None
                    and tree.head(w).id in inside and w.id > tree.head(w).id), None)
    if speaker is None:
        return None
    phrase = tree.subtree(speaker)
    if phrase[-1].id != cue.word.id - 1 or phrase[0].id < 2 or tree.word(phrase[0].id - 1).text != ",":
        return None
    statement = tree.subtree(source) + [w for w in words if w.id < phrase[0].id - 1]
    return speaker, phrase, sorted(statement, key=lambda w: w.id)


def _speaker_read_as_the_cues_object(tree: Tree, cue: Cue, source, words: list):
    """"The program “is gaining traction,” | Deputy Secretary Alejandro Mayorkas | told
    reporters": the parser made the statement's subject the verb's and the speaker, named
    between the statement and the verb, its object. Returns the speaker, their phrase and
    the statement's words, or None when the parse is not so."""
    if source is None or not words or source.upos not in ("NOUN", "PROPN") or source.id > words[0].id:
        return None
    between = [w for w in tree.words if max(w.id for w in words) < w.id < cue.word.id]
    objects = [k for k in tree.kids(cue.word, {"obj"}) if k in between]
    if not between or len(objects) != 1 or objects[0].upos != "PROPN" \
            or tree.subtree(objects[0]) != between:
        return None
    subject = tree.subtree(source)
    if subject[-1].id + 1 != words[0].id and not (subject[-1].id + 2 == words[0].id
                                                  and tree.word(subject[-1].id + 1).upos == "PUNCT"):
        return None
    return objects[0], between, sorted(subject + words, key=lambda w: w.id)


def _quotation_holding(context: Context, sentence, cue: Cue, word):
    """The attribution, reported in this sentence before the cue, of someone's quotation that
    holds the word: a cue outside quotation marks whose parse gave it a subject inside one
    ("“... I think we need him back,” Hannity said ..., | remarking that ...": not "I") has
    the quotation's speaker for its own."""
    if word is None or not context.inside_quote(word.start_char):
        return None
    return next((a for a in context.found if a.source is not None and a.type != INDIRECT and a.sentence is sentence
                 and a.end <= cue.start and any(start <= word.start_char < end for start, end in a.fragments)), None)


def opening_question(context: Context) -> list[Attribution]:
    """"Asked during a debate why he trailed ..., Sanders said ...", "When asked by a reporter
    whether ..., Trump said ...": a verb of asking that opens the sentence as a participle
    reports the question up to the comma before the main clause's subject, by word order (the
    parser often hangs the question on the main verb). The question runs from its opener
    ([words] complement_openers and question_openers); the one asking is the agent ("by a
    reporter"), else unnamed."""
    found = []
    openers = context.rules.words("complement_openers") | context.rules.words("question_openers")
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start) \
                or cue.lemma not in context.rules.words("question_verbs"):
            continue
        words = list(tree.words)
        before = [w for w in words if w.id < cue.word.id]
        if cue.word.xpos not in ("VBN", "VBD") or tree.kids(cue.word, {"nsubj", "nsubj:pass"}) \
                or len(before) > 1 or before and before[0].text.lower() not in context.rules.words("question_times"):
            continue
        # the main clause's subject by word order (the parser often makes it part of the
        # question): the noun phrase right before the main verb, after a comma
        root = next((w for w in words if w.head == 0), None)
        if root is None or root is cue.word or root.upos not in ("VERB", "AUX"):
            continue
        last = root.id - 2
        while last > 0 and words[last].upos in ("AUX", "ADV"):
            last -= 1
        comma = nominal_run(words, last, -1, context.rules)
        if comma >= last or comma <= cue.word.id - 1 or words[comma].text != ",":
            continue
        phrase = [w for w in words if cue.word.id < w.id < words[comma].id]
        opener = next((i for i, w in enumerate(phrase) if w.text.lower() in openers), None)
        if opener is None:
            continue
        source = next((w for w in phrase[:opener] if w.deprel == "obl:agent"), None)
        attribution = make_attribution(context, sentence, tree, phrase[opener:], cue, "opening_question", source,
                                       None if source is not None else "passive cue (no agent named)")
        if attribution:
            context.keep(attribution, found)
    return found


def _joined_to_statement(context: Context, tree: Tree, cue: Cue) -> Attribution | None:
    """"Piñon said she was relieved | but cautioned that ...", "Cruz ... defended his record |
    , chiding the media": a cue with no subject of its own, joined (as a conjunct) inside the
    complement of an earlier cue whose statement ends before it (`content._statement_of_its_own`
    cuts there), speaks for that cue's speaker, whichever word the parser joined it to."""
    if cue.word.deprel != "conj" or tree.kids(cue.word, {"nsubj", "nsubj:pass", "expl"}):
        return None
    before = next((w for w in reversed(tree.words[:cue.word.id - 1]) if w.upos not in ("ADV", "AUX")), None)
    if before is not None and before.upos in ("NOUN", "PROPN", "PRON", "NUM"):
        return None  # "... the investigation and Democrats accused ...": a subject of its own by word order
    for attribution in reversed(context.found):
        if attribution.sentence is None or attribution.cue is None or attribution.source is None \
                or attribution.cue.kind != VERB or attribution.end > cue.start \
                or attribution.cue.start >= cue.start \
                or not attribution.sentence.start <= cue.start < attribution.sentence.end:
            continue
        if cue.word in attribution.source_words:
            continue  # what the speaker's own phrase says of them
        if cue.word in tree.subtree(attribution.cue.word):
            return None if _inside_a_relative_clause(context, tree, cue.word, attribution.cue.word) else attribution
    return None


def _inside_a_relative_clause(context: Context, tree: Tree, word, above) -> bool:
    """"said Kopa, a pollster with the party who worked with him | and called him ...": a
    relative clause on someone between the word and the cue above it says what that person
    did, not what the one above said. (On a thing or a pronoun, "stressed her support of the
    raid that killed bin Laden | and said ...", the parser has joined the verb to the wrong
    clause.)"""
    current = tree.head(word)
    while current is not None and current is not above:
        if base(current.deprel) == "acl":
            relative = next((k for k in tree.kids(current, {"nsubj"})
                             if k.text.lower() in context.rules.words("relative_pronouns")), None)
            antecedent = relative_antecedent(tree, relative, context.rules) if relative is not None else None
            if antecedent is not None and antecedent.upos in ("NOUN", "PROPN") \
                    and speaker_like(antecedent, context.rules, context.names):
                return True
        current = tree.head(current)
    return False


def _moved_to(tree: Tree, cue: Cue, words: list, rules: Rules) -> bool:
    """A verb of adding whose object goes somewhere ("added a dozen firms | to a blacklist")
    reports nothing ([words] adding_verbs, goal_prepositions)."""
    if cue.lemma not in rules.words("adding_verbs"):
        return False
    objects = [k for k in tree.kids(cue.word, {"obj"}) if k in words]
    # the goal hangs on the verb, or on the object as parsers often have it
    goals = [k for holder in [cue.word, *objects] for k in tree.kids(holder, {"obl", "nmod"})
             if k.id > cue.word.id and any(c.text.lower() in rules.words("goal_prepositions")
                                           for c in tree.kids(k, {"case"}))]
    return bool(objects and goals)


def as_parenthetical(context: Context) -> list[Attribution]:
    """"As stated in Davis' commentary, there are conflicting stories", "If, as I've suggested,
    he benefits ...", "Patriot failed as predicted": a cue in an "as" clause reports the
    clause it hangs from; its subject, agent or "in" phrase is the source."""
    found = []
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start) \
                or base(cue.word.deprel) != "advcl" \
                or not {"speech", "belief"} & set(cue.classes) or cue.lemma in context.rules.words("manner_verbs") \
                or not any(m.text.lower() in context.rules.words("parenthetical_marks")
                           for m in tree.kids(cue.word, {"mark"})) \
                or any(k.end_char > cue.end for k in tree.kids(cue.word, {"ccomp", "obj", "xcomp"})):
            continue  # (the object of "as he put it" is part of its cue)
        head = tree.head(cue.word)
        if head is None or head.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
            continue
        if quoted_as_saying(tree, head, context.rules):
            continue  # "quoted the president | as saying ...": no aside; it reports what follows
        aside = {w.id for w in _aside_of(tree, cue.word, head)}
        words = [w for w in tree.subtree(head) if w.id not in aside]
        words = contiguous_block(words, head) if words else []
        subjects = tree.kids(cue.word, {"nsubj", "obl:agent"})
        places = [k for k in tree.kids(cue.word, {"obl"}) if any(
            c.text.lower() in context.rules.words("parenthetical_sources") for c in tree.kids(k, {"case"}))]
        source = (subjects or places or [None])[0]
        attribution = make_attribution(context, sentence, tree, words, cue, "as_parenthetical", source,
                                       None if source is not None else "the writer names no source")
        if attribution:
            context.keep(attribution, found)
    return found


def _aside_of(tree: Tree, cue_word, head) -> list:
    """The words of an "as" clause. One that opens the sentence ends at its comma when the
    clause it hangs from has no subject: the parser then took that subject for part of the
    aside ("As one user pointed out with a side-by-side, | the gap between ... is so vast")."""
    aside = tree.subtree(cue_word)
    if cue_word.id > head.id or tree.kids(head, {"nsubj", "nsubj:pass", "csubj", "expl"}):
        return aside
    comma = next((w for w in aside if w.id > cue_word.id and w.text == ","), None)
    return aside if comma is None else [w for w in aside if w.id <= comma.id]


def passive_object(context: Context) -> list[Attribution]:
    """"These proposals have been applauded by Wall Street critics": the passive subject of a
    verb whose object is its content is the content, and the agent, when named, the source."""
    found = []
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start) \
                or "obj" not in content_deprels(cue, context.rules) \
                or not tree.kids(cue.word, {"aux:pass"}):
            continue
        subjects = [k for k in tree.kids(cue.word, {"nsubj:pass"}) if k.upos in ("NOUN", "PROPN")]
        agents = tree.kids(cue.word, {"obl:agent"})
        if not subjects or quoted_as_saying(tree, cue.word, context.rules):
            continue
        _keep_passive(context, found, sentence, tree, tree.subtree(subjects[0]), cue, "passive_object", agents)
    return found


def _not_permitted(context: Context, tree: Tree, cue: Cue) -> bool:
    """A cue in an infinitive under a denied permission ("was not authorized to discuss",
    "is not allowed to comment"): the anonymity boilerplate of news copy, no statement."""
    head = tree.head(cue.word)
    return head is not None and base(cue.word.deprel) in ("xcomp", "advcl") and head.upos == "VERB" \
        and (head.lemma or "").lower() in context.rules.words("permission_verbs") \
        and is_negated(tree, head, context.rules)


def _writers_suggestion(context: Context, tree: Tree, cue: Cue) -> bool:
    """"Let's say you think ...", "let's hope it stays that way", "let's focus on understanding
    how ...": the writer puts a case to the reader, or hopes or thinks with them; no one is
    reported."""
    word = cue.word
    while base(word.deprel) in ("xcomp", "advcl") and not tree.kids(word, {"nsubj", "nsubj:pass"}):
        head = tree.head(word)
        if head is None:
            return False
        if (head.lemma or "").lower() in context.rules.words("suggestion_verbs"):
            return any((k.lemma or "").lower() in context.rules.words("suggestion_objects")
                       for k in tree.kids(head, {"obj"}))
        word = head
    return False


def _asked_not_to_be_named(context: Context, tree: Tree, cue: Cue) -> bool:
    """"an official, who asked not to be identified because ...": a request for anonymity, the
    boilerplate of news copy, no statement."""
    rules = context.rules
    negations = set(rules.patterns["negation"]["lemmas"])
    for passive in tree.kids(cue.word, {"xcomp"}):
        if (passive.lemma or "").lower() not in rules.words("naming_in_print_verbs") \
                or not tree.kids(passive, {"aux:pass"}):
            continue
        # the parser hangs the "not" on the infinitive or on the verb of asking, before "to"
        before = tree.before(tree.subtree(passive)[0])
        if is_negated(tree, passive, rules) or before is not None and before.text.lower() in negations:
            return True
    return False


def _keep_passive(context: Context, found: list, sentence, tree, words: list, cue, rule: str, agents: list) -> None:
    """Keep a passive cue's attribution: the agent, when named, is the source."""
    source = agents[0] if agents else None
    attribution = make_attribution(context, sentence, tree, words, cue, rule, source,
                                   None if source is not None else "passive cue (no agent named)")
    if attribution:
        context.keep(attribution, found)


def passive_raising(context: Context) -> list[Attribution]:
    """"The fight is expected to be a top-dollar operation", "the process is seen as one way
    ...": a passive verb of saying or believing with a complement says something of its
    subject; the whole clause is the content, the agent (when named) its source."""
    found = []
    markers = context.rules.words("predicate_markers")
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.inside_quote(cue.start) \
                or not tree.kids(cue.word, {"aux:pass"}) or cue.lemma in context.rules.words("listener_verbs"):
            continue  # "Trump was asked what he thought": the question is the content
        subjects = [k for k in tree.kids(cue.word, {"nsubj:pass"}) if k.id < cue.word.id
                    and k.text.lower() not in context.rules.words("relative_pronouns")]
        # a verb of another kind says something of its subject with "as" ("Atkinson was
        # identified as the protester"), not with its object ("was projected the winner")
        saying = bool({"speech", "belief"} & set(cue.classes))
        complements = [k for k in tree.kids(cue.word, {"xcomp", "obj", "obl", "advcl"}) if k.id > cue.word.id
                       and (saying and base(k.deprel) in ("xcomp", "obj")
                            or any((c.lemma or c.text).lower() in markers for c in tree.kids(k, {"case", "mark"})))]
        if not subjects or not complements:
            continue
        if quoted_as_saying(tree, cue.word, context.rules):
            continue
        first = tree.subtree(subjects[0])[0].id
        last = tree.subtree(complements[0])[-1].id
        agents = tree.kids(cue.word, {"obl:agent"})
        agent_words = {w.id for a in agents for w in tree.subtree(a)}
        words = [w for w in tree.words if first <= w.id <= last and w.id not in agent_words]
        _keep_passive(context, found, sentence, tree, words, cue, "passive_raising", agents)
    return found


def evidential_clause(context: Context) -> list[Attribution]:
    """"Sanders appears to be spending more heavily", "it seems likely that Trump will win":
    the clause around a verb of appearance, from its subject to the end of its complement."""
    found = []
    expletives = set(context.rules.patterns["source"]["expletives"])
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or "evidential" not in cue.classes or context.cue_used(cue) \
                or context.inside_quote(cue.start) or cue.word.upos != "VERB":
            continue
        complements = [k for k in tree.kids(cue.word, {"xcomp", "ccomp"}) if k.id > cue.word.id]
        predicate = _predicate_read_as_an_object(tree, cue, context.rules) if not complements else None
        if not complements and predicate is None:
            continue  # "she appeared on television": no statement
        if predicate is not None:
            # "The economy seemed | impervious to all but the largest shocks": the predicate
            # with what the parser hung on the verb after it
            after = [k for k in tree.kids(cue.word) if k.id >= predicate.id and base(k.deprel) not in
                     ("punct", "conj", "parataxis", "cc")]
            words = [w for k in after for w in tree.subtree(k)]
        else:
            words = [w for w in tree.subtree(complements[0])] + _statement_of_the_hedged_verb(context, sentence, tree,
                                                                                              complements[0])
        words = sorted(set(words), key=lambda w: w.id)
        # ("it seemed like an impossible task": the subject of a predicate is part of it)
        subjects = [k for k in tree.kids(cue.word, {"nsubj"}) if k.text.lower() not in expletives
                    or predicate is not None]
        if subjects:
            first = tree.subtree(subjects[0])[0].id
            words = [w for w in tree.words if first <= w.id <= words[-1].id]
        experiencer = next((k for k in tree.kids(cue.word, {"obl"}) if k not in words
                            and any(c.text.lower() == "to" for c in tree.kids(k, {"case"}))), None)
        attribution = make_attribution(context, sentence, tree, words, cue, "evidential_clause", experiencer,
                                   None if experiencer else "no one named to whom it seems so")
        if attribution:
            context.keep(attribution, found)
    return found


def _statement_of_the_hedged_verb(context: Context, sentence, tree: Tree, complement) -> list:
    """"appeared | to suggest that veterans who suffer from PTSD | might not be as strong ...":
    the statement of a verb of saying that a verb of appearance hedges runs as far as that
    verb's own would, wherever the parser hung its words."""
    inner = next((c for c in context.cues[sentence.index] if c.word is complement), None)
    if inner is None or inner.kind != VERB or "evidential" in inner.classes:
        return []
    statement = verb_content_words(tree, inner, context.rules)
    if not statement or min(w.id for w in statement) < complement.id:
        return []
    last = max(w.id for w in statement)
    return [w for w in tree.words if complement.id < w.id <= last]


def _predicate_read_as_an_object(tree: Tree, cue: Cue, rules: Rules):
    """"seemed | impervious", "seemed | a reminder that ...", "seemed | like an impossible
    task": the predicate of a verb of appearance ([words] appearance_verbs) that the parser
    made its object or, after "like", its oblique, when the verb has a subject of its own; None
    for anything else ("appeared | on television")."""
    if cue.lemma not in rules.words("appearance_verbs") or not tree.kids(cue.word, {"nsubj"}):
        return None  # ("makes him seem kinder": the verb of another's doing)
    following = [k for k in tree.kids(cue.word) if k.id > cue.word.id]
    first = next((k for k in following if base(k.deprel) not in ("punct", "advmod")), None)
    if first is None:
        return None
    if base(first.deprel) == "obj" and first.upos in ("ADJ", "NOUN") \
            and first.text.lower() not in rules.words("time_words"):
        return first  # (not "to appear | next time")
    if base(first.deprel) == "obl" and any(c.text.lower() in rules.words("likeness_prepositions")
                                          for c in tree.kids(first, {"case"})):
        return first
    return None


def inverted_cue(context: Context) -> list[Attribution]:
    """"The talks were useful, Miller said." — the cue hangs from its content's head."""
    found = []
    inverted = set(context.rules.patterns["inverted"]["deprels"])
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or context.quotation_only(cue):
            continue
        # "That would create a “summer of agony” ..., said Brad Bannon": parsers also join the
        # verb to the statement as its last conjunct
        if cue.word.deprel not in inverted and not _ends_on_its_speaker(tree, cue, context.rules):
            continue
        if "speech" not in cue.classes and "belief" not in cue.classes or context.inside_quote(cue.start):
            continue
        head = tree.head(cue.word)
        source, reason = find_source(tree, cue.word, context.rules)
        if head is None or source is None or source.id == head.id:
            continue
        if source.text.lower() in context.rules.words("discourse_subjects"):
            continue  # "I think", "you know" inside someone's words are not new statements
        if not tree.kids(cue.word, set(context.rules.patterns["source"]["deprels"])) \
                and inverted_subject(tree, cue.word, context.rules) is None:
            continue
        if cue.lemma not in context.rules.words("listener_verbs") and any(
                k.id > cue.word.id and k is not source and not _apposition_of(tree, k, source)
                for k in tree.kids(cue.word, {"obj"})):
            continue  # "since President Joe Biden assumed office": a clause with its own object
        words = tree.subtree(head, exclude=[cue.word])
        words = [w for w in words if (w.end_char <= cue.start) == (head.end_char <= cue.start)]
        if not words:
            continue
        words = contiguous_block(words, head)
        attribution = make_attribution(context, sentence, tree, words, cue, "inverted_cue", source, reason)
        if attribution:
            context.keep(attribution, found)
    return found


PARENTHETICAL_SOURCE_WORDS = 6  # at most this many words name the speaker of an aside


def _parenthetical_clause(context: Context, tree: Tree, cue: Cue, parsed_source):
    """"Whatever progress Mr. Kerry has made, officials said, could easily be unraveled": a
    verb of saying between commas with a short noun phrase before it is an aside in the
    statement, whatever the parse made of it (`parsed_source`: what the parse says speaks).
    (source phrase, statement words), or None."""
    words = list(tree.words)
    position = cue.word.id - 1
    if "speech" not in cue.classes or position + 1 >= len(words) or words[position + 1].text != ",":
        return None
    start = nominal_run(words, position - 1, -1, context.rules)
    phrase = words[start + 1:position]
    if not phrase or start < 1 or words[start].text != "," or len(phrase) > PARENTHETICAL_SOURCE_WORDS \
            or phrase_head(phrase) is None:
        return None
    if tree.kids(cue.word, {"ccomp", "obj", "xcomp"}) and any(
            k.id > cue.word.id + 1 and k.deprel != "punct" for k in tree.subtree(cue.word)) \
            and parsed_source in phrase:
        return None  # the parse already reads it so
    opening = words[:start]
    if opening[-1].text.lower() in context.rules.words("relative_pronouns"):
        opening = opening[-1:]  # "the stadium, which, Tompkins said, is full ...": the relative clause
    statement = [w for w in opening + words[position + 2:] if not (w.upos == "PUNCT" and w is words[-1])]
    return (phrase, statement) if len(statement) >= 4 else None


def _apposition_of(tree: Tree, word, speaker) -> bool:
    """"said Wilcox, an Orlando Republican who ...": a noun the parser made the verb's object
    that follows the speaker's comma describes him."""
    if word.upos not in ("NOUN", "PROPN"):
        return False
    last = tree.subtree(speaker)[-1]
    first = next(w for w in tree.subtree(word) if w.upos != "PUNCT")
    return first.id == last.id + 2 and tree.word(last.id + 1).text == ","


def _ends_on_its_speaker(tree: Tree, cue: Cue, rules) -> bool:
    """A verb joined as the last conjunct that closes on its inverted speaker and his
    apposition, nothing else ("described the demonstrations | as peaceful" goes on)."""
    head = tree.head(cue.word)
    speaker = None
    if base(cue.word.deprel) == "conj":
        # the speaker right after the comma and the verb, as an object ("said Brad Bannon" read
        # as one) or as the verb's subject
        speaker = inverted_subject(tree, cue.word, rules) or next(
            (k for k in tree.kids(cue.word, {"nsubj"}) if k.id > cue.word.id and cue.word.id > 1
             and tree.word(cue.word.id - 1).text == ","), None)
    if speaker is None or head is None or head.deprel not in ("root", "parataxis", "ccomp"):
        return False  # joined to a relative or adverbial clause, it is no statement's verb
    # (a phrase set off by a comma after the speaker goes on with the statement the parser
    # hung it from: "..., said Ms. Gil, | with games of capture the flag, ...")
    speaker_end = tree.subtree(speaker)[-1].id
    return all(k is speaker or speaker.head == k.id or base(k.deprel) in ("punct", "appos", "acl")
               or base(k.deprel) in ("ccomp", "xcomp") and k.upos in ("NOUN", "PROPN")
               or base(k.deprel) == "obl" and k.id > speaker_end and _after_a_comma(tree, k)
               for k in tree.kids(cue.word) if k.id > cue.word.id)


def _after_a_comma(tree: Tree, word) -> bool:
    """The word's phrase follows a comma (which the parser may have hung on it)."""
    before = tree.before(tree.first_word(word))
    return before is not None and before.text == ","


def noun_cue(context: Context) -> list[Attribution]:
    """"his view that ...", "X's claim that ...": a cue noun with a clausal complement."""
    found = []
    content_deprels = set(context.rules.noun_content)
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != NOUN or context.cue_used(cue) or context.inside_quote(cue.start):
            continue  # a noun in someone's quoted words ("out of fear that ...") is part of them
        clauses = [k for k in tree.kids(cue.word) if k.deprel in content_deprels
                   and any((m.lemma or m.text).lower() in context.rules.words("complement_marks")
                           for m in tree.kids(k, {"mark"}))]
        if not clauses:
            continue
        words = before_writers_words(context, tree, cue, [w for clause in clauses for w in tree.subtree(clause)])
        owner = noun_owner(tree, cue.word, context.rules)
        source, reason = (owner, None) if owner is not None else find_source(tree, cue.word, context.rules)
        doer = _doer_of_holding_verb(context, tree, cue) if source is None else None
        if doer is not None:
            source, reason = doer, None
        source = _speaking(source, context)
        attribution = make_attribution(context, sentence, tree, words, cue, "noun_cue", source, reason)
        if attribution:
            context.keep(attribution, found)
    return found


def noun_with_preposition(context: Context) -> list[Attribution]:
    """"Republican calls for a special prosecutor", "her demand for an apology": a noun whose
    content is the object of its preposition (`nouns.prepositional`); the possessor, else an
    adjective or name before the noun ("Republican", "Trump's"), speaks, when there is one."""
    found = []
    entries = context.rules.noun_prepositions
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        for noun in tree.words:
            if noun.upos != "NOUN" or context.inside_quote(noun.start_char):
                continue
            lemma = (noun.lemma or noun.text).lower()
            objects = [(k, case) for k in tree.kids(noun, {"nmod"}) if k.id > noun.id
                       for case in tree.kids(k, {"case"}) if (lemma, case.text.lower()) in entries]
            if not objects:
                continue
            kid, case = objects[0]
            cue = Cue(NOUN, lemma, noun, noun.start_char, noun.end_char, is_negated(tree, noun, context.rules))
            if context.cue_used(cue):
                continue
            owners = tree.kids(noun, {"nmod:poss"}) or [k for k in tree.kids(noun, {"amod", "compound"})
                                                        if k.id < noun.id and k.text[:1].isupper()]
            source = _speaking(owners[0], context) if owners else _doer_of_holding_verb(context, tree, cue)
            words = [w for w in tree.subtree(kid) if w is not case]
            attribution = make_attribution(context, sentence, tree, words, cue, "noun_with_preposition", source,
                                           None if source else NO_SOURCE)
            if attribution:
                context.keep(attribution, found)
    return found


def _doer_of_holding_verb(context: Context, tree: Tree, cue: Cue):
    """"Trump made the claim that ...", "bristle at the suggestion that ...", "Sanders launched
    an attack on Clinton": a noun cue with no owner of its own is the act of whoever does the
    verb it is the object of."""
    holder = tree.head(cue.word)
    if base(cue.word.deprel) not in ("obj", "obl") or holder is None:
        return None
    doer, _ = find_source(tree, holder, context.rules)
    return doer if doer is not None and plausible_source(doer, cue, context.rules, context.names) else None


def _speaking(source, context: Context):
    """A noun cue's owner, unless it stands for a thing ("its call for ...")."""
    if source is not None and source.upos == "PRON" and source.text.lower() in context.rules.words("thing_possessives"):
        return None
    return source


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
                   and a.cue is not None and a.cue.start < cue.start
                   and cue.word not in a.source_words]  # (a speaker is never the verb of speaking)
        if earlier:
            donor = earlier[-1]
            attribution.source, attribution.source_words = donor.source, donor.source_words
            attribution.no_source_reason = None


def without_speaker_descriptions(found: list[Attribution]) -> list[Attribution]:
    """"..., people briefed on the inquiry said", "a book analyzing the debates": a participle
    that describes another statement's speaker (hangs on it, or stands inside its mention)
    reports nothing. (A relative clause there may: "Elliott Management, which has argued
    that ...".)"""
    mentions = [(min(w.start_char for w in a.source_words), max(w.end_char for w in a.source_words))
                for a in found if a.source_words]
    speakers = [(a, (a.source.start_char, a.source.end_char)) for a in found if a.source is not None]

    def describes_a_speaker(attribution: Attribution) -> bool:
        cue = attribution.cue
        if cue is None or cue.kind != VERB or cue.word.deprel != "acl":
            return False
        noun = next((w for w in attribution.sentence.words if w.id == cue.word.head), None) \
            if attribution.sentence is not None else None
        return noun is not None and any(other is not attribution and span == (noun.start_char, noun.end_char)
                                        for other, span in speakers) \
            or any(start <= cue.start and cue.end <= end for start, end in mentions)

    return [a for a in found if not describes_a_speaker(a)]
