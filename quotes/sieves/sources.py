"""Who speaks: the source word of a cue, from the parse or, where it fails, from word order."""

from __future__ import annotations

from quotes.cues import Cue
from quotes.deps import (Tree, base, contiguous_block, feats, finite, indefinite_article, past_participle,
                         present_participle)
from quotes.rules import Rules
from quotes.sieves.context import Context


def verb_of_saying(word, rules: Rules) -> bool:
    """The word's lemma is in the lexicon's class of speech verbs ("say", "caution")."""
    return any(c.name == "speech" for c in rules.verb_classes_of((word.lemma or word.text).lower()))


def find_source(tree: Tree, word, rules: Rules) -> tuple[object | None, str | None]:
    """The word naming who speaks for a cue, climbing from participles and complements."""
    source_rules = rules.patterns["source"]
    deprels, expletives = set(source_rules["deprels"]), set(source_rules["expletives"])
    persuaded = _persuaded_subject(tree, word, rules) or _controlling_object(tree, word, rules)
    if persuaded is not None:
        return persuaded, None
    if is_passive(tree, word, rules) or _opening_passive_participle(tree, word, rules):
        return None, "passive cue (no agent named)"
    inverted = inverted_subject(tree, word, rules)
    if inverted is not None:
        return inverted, None
    joined = _subject_before_joined_verb(tree, word, rules) or _subject_of_participle_read_as_a_clause(tree, word)
    if joined is not None:
        return joined, None
    # "Sen. Maria Lopez, who requested the review, | called ...": the verb the parser joined to
    # the relative clause after its comma is the main clause's
    if word.deprel == "conj" and not tree.kids(word, {"cc"}) and tree.head(word) is not None:
        antecedent = _antecedent_of_relative_clause_before(tree, word, tree.head(word))
        if antecedent is not None:
            return antecedent, None
    # "The report ..., it says, ...": "it" is expletive, except as the subject of a verb of saying.
    speaks = verb_of_saying(word, rules)
    current = _main_clause_of_set_off_participle(tree, word) or word
    quoted_as = False
    for _ in range(4):
        # A passive subject with no form of "be" is an active verb's subject (see is_passive);
        # the agent of a participle the cue was joined to is not the cue's ("a forum sponsored
        # by NBC News and said she ..."); one "quoted as saying" said it.
        wanted = deprels | {"nsubj:pass"} if current is word or quoted_as else deprels - {"obl:agent"}
        # "and on Monday announced ...": a day the parser made the subject is no speaker
        # "It said current officials have ...": the parser's expletive "it" of an active verb of
        # saying (the passive "it is said" left above) is the one that said it
        referential_it = [s for s in tree.kids(current, {"expl"}) if s.text.lower() == "it"] \
            if current is word and speaks else []
        subjects = [s for s in tree.kids(current, wanted) + referential_it
                    if not (s.text.lower() in rules.words("time_words") and s.id > 1
                            and tree.word(s.id - 1).upos == "ADP")]
        # "Also Monday, Goodlatte and Gowdy sent ...": the names the parser joined to the day
        subjects = [next(iter(tree.kids(s, {"conj"})), None) if is_bare_date(tree, s, rules) else s
                    for s in subjects]
        subjects = [s for s in subjects if s is not None and not is_bare_date(tree, s, rules)]
        # "Dianne Feinstein (D-Calif.) last week said ...": a time phrase beside the speaker
        subjects = [s for s in subjects if not (s.text.islower() and s.text in rules.words("time_words"))] \
            or subjects
        # "at the party convention Sen. Elizabeth Warren said": a place the parser made the
        # subject, with the speaker as its apposition
        subjects = [next((a for a in tree.kids(s, {"appos"}) if a.upos == "PROPN"), s)
                    if any(c.upos == "ADP" for c in tree.kids(s, {"case"})) else s for s in subjects]
        subjects = [_after_label(tree, s, rules) for s in subjects]
        # ... or of the verb a participle of saying is set off from ("it attacked Trump, saying ...")
        named = [s for s in subjects if s.text.lower() not in expletives
                 or speaks and s.text.lower() == "it" and s.deprel in ("nsubj", "expl")
                 and (current is word
                      or word.deprel == "advcl" and current is tree.head(word) and current.upos == "VERB")]
        if len(named) > 1:
            # "Others in the community have opposed ...": a "subject" with a preposition of its
            # own modifies the other one
            named = [s for s in named if not tree.kids(s, {"case"})] or named
        speaker = _subject_after_inverted_verb(tree, word, named, rules) if current is word else None
        if speaker is not None:
            return speaker, None
        if named:
            # Several subjects only come from a misparse: the one nearest the verb heads the phrase.
            subject = min(named, key=lambda s: (s.upos not in ("PROPN", "NOUN", "PRON"), s.id > current.id,
                                                abs(s.id - current.id)))
            subject = _name_before_apposition(tree, named, subject)
            return subject, None
        if subjects or tree.kids(current, {"nsubj:pass", "expl"}):
            return None, IMPERSONAL
        absolute = _absolute_subject(tree, word, rules) if current is word else None
        if absolute is not None:
            return absolute, None
        # "Most believe that ...", "Small, who attended the rally, said ...": the parser took a
        # subject that is also an adjective for the verb's modifier
        first = tree.first_word(current)
        if current is word and word.upos == "VERB" and first.upos == "ADJ" \
                and first.deprel == "advmod" and first.head == current.id:
            return first, None
        if base(current.deprel) == "acl" and current is word:
            head = tree.head(current)
            if head is not None and head.upos in ("NOUN", "PROPN", "PRON") and not is_bare_date(tree, head, rules):
                holder = tree.head(head)
                placed = any(c.upos == "ADP" for c in tree.kids(head, {"case"})) \
                    and (head.lemma or head.text).lower() in source_rules["occasions"]
                antecedent = _antecedent_of_relative_clause_before(tree, word, head)
                if antecedent is not None:
                    return antecedent, None
                if tree.kids(head, {"cop"}) and tree.kids(head, {"nsubj"}):
                    # "Sanders was on CNN | talking about ...", "Obama has been on the sidelines,
                    # | arguing ...": the participle the parser hung on a predicate is its subject's
                    current = head
                    continue
                clause = _clause_with_subject(tree, head) if _set_off_participle(tree, word, head) else None
                if clause is not None:
                    current = clause
                    continue
                # ("has a rare chance | to show ...", "used a socially unacceptable word | to
                # describe ...": a thing's infinitive is done by whoever has or uses the thing)
                thing_to_do = tree.to_infinitive(word) and not speaker_like(head, rules, frozenset())
                if not (base(head.deprel) in ("obj", "obl") and head.upos == "NOUN" and holder is not None
                        and (present_participle(word) or thing_to_do) and tree.kids(holder, {"nsubj"})
                        and (base(head.deprel) == "obj" or placed)):
                    return head, None
                # "issued a statement saying ...", "emailed supporters saying ...", "said at a news
                # conference announcing ...": the one who issued, emailed or spoke speaks, not the
                # object or the occasion (parsers hang the participle on it)
                current = holder
                continue
        if base(current.deprel) not in source_rules["climb"] and current.deprel not in source_rules["climb"]:
            break
        head = tree.head(current)
        if head is None or _title_read_as_a_predicate(tree, current, head):
            break
        infinitive = base(current.deprel) == "xcomp" or base(current.deprel) == "advcl" and tree.to_infinitive(current)
        controller = [k for k in tree.kids(head, {"obj", "iobj"}) if k.id < current.id
                      and not is_bare_date(tree, k, rules)]
        # "issued a statement calling ...", "filed a motion to unseal the records, arguing ...":
        # a thing the parser made the participle's controller does not speak; the one who
        # issued or filed it does
        thing = (present_participle(current) or present_participle(word)) and controller \
            and controller[-1].upos == "NOUN"
        # ("has a rare chance | to show ...": an object that names no one does not do what the
        # infinitive says; the subject does. An acronym names a body: "empower the DNC to name")
        if infinitive and controller and controller[-1].upos in ("PROPN", "NOUN", "PRON") and not thing \
                and current.upos != "ADJ" and (controller[-1].upos != "NOUN" or controller[-1].text.isupper()
                                               or speaker_like(controller[-1], rules, frozenset())):
            # "requires candidates to disclose ...": the object does what the infinitive says
            # (not what "made it clear" makes of it: the one who makes it speaks).
            return controller[-1], None
        quoted_as = base(current.deprel) == "advcl" and present_participle(current) \
            and (head.lemma or "").lower() in rules.words("quoting_verbs") \
            and any(m.text.lower() in rules.words("predicate_markers") for m in tree.kids(current, {"mark", "case"}))
        current = head
    return None, NO_SOURCE


def _subject_of_participle_read_as_a_clause(tree: Tree, word):
    """"Many people involved in the negotiations | assumed that ...": a participle right after
    the subject that the parser read as a past tense (or an adjective as a predicate: "people
    familiar with the matter"), making subject and participle a clause of the cue's; the cue,
    with no subject of its own, has that clause's subject."""
    if tree.kids(word, {"nsubj", "nsubj:pass", "expl", "csubj"}) or not finite(word):
        return None
    for clause in tree.kids(word, {"ccomp", "advcl", "parataxis"}):
        # (the sentence's full stop the parser may have hung on it)
        phrase = [w for w in tree.subtree(clause) if w.id < word.id or w.upos != "PUNCT"]
        # ("People familiar with the matter | said ...": an adjective with its preposition, too)
        modifier = clause.xpos in ("VBN", "VBD") or clause.upos == "ADJ" and any(
            tree.kids(o, {"case"}) for o in tree.kids(clause, {"obl"}))
        if clause.id > word.id or phrase[-1].id != word.id - 1 or not modifier \
                or tree.kids(clause, {"obj", "ccomp", "xcomp", "mark", "aux", "aux:pass", "cop"}):
            continue
        subjects = [k for k in tree.kids(clause, {"nsubj"}) if k.id < clause.id]
        if subjects and tree.subtree(subjects[0])[0].id == phrase[0].id \
                and tree.subtree(subjects[0])[-1].id == clause.id - 1:
            return subjects[0]
    return None


def _subject_before_joined_verb(tree: Tree, word, rules: Rules):
    """"Kasich has won nothing and Cruz strongly suggested ...", "a day after a CNN/ORC poll
    showed ...": a tensed verb the parser joined to an earlier one, with a noun phrase right
    before it and no conjunction or comma between, has that phrase for its subject (the
    parser took the phrase for part of the earlier clause)."""
    if base(word.deprel) not in ("conj", "advcl") or tree.kids(word, {"nsubj", "nsubj:pass", "expl", "csubj"}) \
            or not (finite(word) or tree.kids(word, {"aux"})):
        return None
    words = list(tree.words)
    end = word.id - 2
    while end >= 0 and words[end].upos in ("AUX", "ADV") and words[end].head == word.id:
        end -= 1
    if end >= 0 and words[end].text == ")":  # "Sen. Bernie Sanders (I-Vt.) has criticized"
        opening = next((i for i in range(end - 1, -1, -1) if words[i].text == "("), None)
        end = opening - 1 if opening is not None else -1
    if end < 0 or words[end].upos not in ("NOUN", "PROPN", "PRON", "NUM"):
        return None
    start = nominal_run(words, end, -1, rules) + 1
    phrase = words[start:end + 1]
    openers = rules.patterns["source"]["clause_openers"]
    joiners = [i for i, w in enumerate(phrase) if w.upos == "CCONJ"]
    cut = bool(joiners) and (start == 0 or words[start - 1].upos in ("ADP", "VERB", "AUX")
                             and words[start - 1].text.lower() not in openers)
    if cut:
        # "asked for a photo and | Clinton said ...": the words before the conjunction are
        # the earlier verb's (and the parser's join of the two is no phrase of the speaker's)
        phrase = phrase[joiners[-1] + 1:]
    ids = {w.id for w in phrase}
    # the phrase's own head in the parse, which gives the mention its title ("Sen.")
    head = next((w for w in reversed(phrase) if w.head not in ids and w.upos in ("NOUN", "PROPN", "PRON", "NUM")),
                None) or phrase_head(phrase)
    if head is None or names_a_time(head, rules) or _object_of_preposition(tree, head, openers, not cut):
        return None  # "grinned behind his eyeglasses and invoked ...": a preposition's object
    return head


def _object_of_preposition(tree: Tree, word, openers, through_joins: bool = True) -> bool:
    """The word, or the phrase it is joined or named in ("credited to Reuters/Libya"), is the
    object of a preposition other than one that opens a clause."""
    current = word
    while current is not None:
        if any((c.lemma or c.text).lower() not in openers for c in tree.kids(current, {"case"})):
            return True
        if base(current.deprel) not in ("conj", "flat", "compound", "appos") \
                or base(current.deprel) == "conj" and not through_joins:
            return False
        current = tree.head(current)
    return False


def _absolute_subject(tree: Tree, word, rules: Rules):
    """"The interview ended with Maddow | asking Clinton whether ...", "with about three in 10 |
    saying they are very liberal": the noun of a "with" phrase that ends right before a
    participle is the participle's subject, wherever the parser hung the participle."""
    if not present_participle(word) or word.id < 3:
        return None
    own = {w.id for w in tree.subtree(word)}
    for head in tree.words:
        if head.id >= word.id or head.upos not in ("NOUN", "PROPN", "PRON", "NUM"):
            continue
        # "sided with Cruz and bankrolled ads attacking ...": a phrase joined to the noun is
        # another's subject
        joined = {w.id for k in tree.kids(head, {"conj"}) for w in tree.subtree(k)}
        phrase = [w for w in tree.subtree(head) if w.id not in own and w.id not in joined]
        if phrase and phrase[-1].id == word.id - 1 and any(
                (c.lemma or c.text).lower() in rules.words("absolute_openers") for c in tree.kids(head, {"case"})):
            return head
    return None


def _opening_passive_participle(tree: Tree, word, rules: Rules) -> bool:
    """"Asked later about the interview, Anna Berg said ...": a verb of telling or asking that
    opens the sentence as a participle with no subject was done to the main clause's subject,
    by someone the writer does not name."""
    return word.id == 1 and base(word.deprel) == "advcl" and word.xpos in ("VBN", "VBD") \
        and (word.lemma or "").lower() in rules.words("listener_verbs") \
        and not tree.kids(word, {"nsubj", "nsubj:pass"})


EMBEDDING = {"ccomp", "acl:relcl", "acl", "csubj"}


def _main_clause_of_set_off_participle(tree: Tree, word):
    """"Obama threatened to veto the bill that allows lawsuits ..., | arguing ...": a participle
    after a comma that the parser hung inside an embedded clause is the main clause's."""
    if not _set_off_by_comma(tree, word) or base(word.deprel) not in ("advcl", "acl", "conj", "xcomp"):
        return None
    embedded = False
    current = tree.head(word)
    while current is not None and current.deprel != "root":
        embedded = embedded or current.deprel in EMBEDDING
        current = tree.head(current)
    if not embedded or current is None or not tree.kids(current, {"nsubj", "nsubj:pass"}):
        return None
    return current


def _title_read_as_a_predicate(tree: Tree, verb, head) -> bool:
    """"White House press secretary Josh Earnest said ...", parsed with "press" as a predicate
    over "said": a noun before the verb with no copula names the speaker; word order finds him."""
    return head.upos in ("NOUN", "PROPN") and head.id < verb.id and base(verb.deprel) in ("ccomp", "parataxis") \
        and not tree.kids(head, {"cop"})


def _set_off_participle(tree: Tree, word, head) -> bool:
    """"rejected a request to open the file on Trump's divorce, | saying ...": a participle
    after a comma that the parser hung on a thing deep in a phrase (not on a name) belongs to
    the clause, whose subject speaks."""
    return _set_off_by_comma(tree, word) and head.upos == "NOUN" and base(head.deprel) == "nmod"


def _antecedent_of_relative_clause_before(tree: Tree, verb, head):
    """"Trump, who has nearly 9 million followers, | tweeted ...": a past form after the comma
    that closes a relative clause, which the parser hung on the clause's last noun as a
    participle ("followers tweeted"), is the verb of the one the relative clause describes."""
    before = tree.before(verb)
    if present_participle(verb) or before is None or before.text != ",":
        return None
    current = head
    while current is not None and base(current.deprel) in ("obj", "obl", "nmod"):
        current = tree.head(current)
    if current is None or current.deprel != "acl:relcl" \
            or tree.subtree(current, exclude=[verb])[-1].id != before.id - 1:
        return None
    antecedent = tree.head(current)
    return antecedent if antecedent is not None and antecedent.upos in ("PROPN", "NOUN", "PRON") else None


def _set_off_by_comma(tree: Tree, word) -> bool:
    """A present participle right after a comma (", saying ...")."""
    before = tree.before(word)
    return present_participle(word) and before is not None and before.text == ","


def _clause_with_subject(tree: Tree, word):
    """The nearest verb above `word` that has a subject of its own, or None."""
    current = tree.head(word)
    while current is not None:
        if tree.kids(current, {"nsubj", "nsubj:pass"}):
            return current
        current = tree.head(current)
    return None


def _subject_after_inverted_verb(tree: Tree, verb, subjects: list, rules: Rules):
    """"Both parties “saw Burma as ...,” said Victor Cha": the parser gave "said" the
    statement's subject too; the one right after a verb that follows a quotation mark or comma
    is the speaker's. Not after a speaker's apposition ("Luntz, a Republican expert, said
    Mr. Cameron ...": the comma closes the speaker's phrase)."""
    marks = rules.patterns["inverted"]["subject_after"]
    if len(subjects) < 2 or verb.id < 2 or tree.word(verb.id - 1).text not in marks:
        return None
    after = [s for s in subjects if tree.subtree(s)[0].id == verb.id + 1]
    last_before = next((w for w in reversed(tree.words) if w.id < verb.id and w.upos != "PUNCT"), None)
    if not after or any(last_before in tree.subtree(other) for other in subjects if other.id < verb.id):
        return None
    return after[0]


NOMINAL = {"PROPN", "NOUN", "ADJ", "DET", "NUM"}
# "Friday, Bill Clinton announced": a time phrase the parser hung on the verb, no part of a name
# (UD 2.15 merged obl:tmod and obl:npmod into obl:unmarked, which the shipped parser, trained
# on it, gives; the older names stay for hand parses and other models)
TIME_RELATIONS = {"obl:tmod", "nmod:tmod", "obl:npmod", "obl:unmarked"}


def quoted_as_saying(tree: Tree, verb, rules: Rules) -> bool:
    """"was quoted as saying that ...", "quoted the president as saying “...”": a verb of
    quoting whose participle of saying after "as" reports the words (`find_source` gives the
    participle the quoting verb's subject)."""
    markers = rules.words("predicate_markers")
    return (verb.lemma or "").lower() in rules.words("quoting_verbs") and any(
        present_participle(k) and any(m.text.lower() in markers for m in tree.kids(k, {"mark", "case"}))
        and {"speech", "belief"} & {c.name for c in rules.verb_classes_of((k.lemma or "").lower())}
        for k in tree.kids(verb, {"advcl", "xcomp"}))


def is_bare_date(tree: Tree, word, rules: Rules) -> bool:
    """"Friday", "Sunday on CNN": a day as a phrase's head, not "Monday's results"."""
    return word.text.lower() in rules.patterns["source"]["dates"] \
        and not tree.kids(word, {"case", "nmod:poss"}) and not any(
            k.deprel in ("flat", "compound") and k.upos == "PROPN" for k in tree.kids(word))


NO_SOURCE = "no source found in the sentence"
IMPERSONAL = "impersonal or passive cue (no source named)"


def quoted_after_the_cue(context: Context, source, cue: Cue) -> bool:
    """"rallied supporters, saying: “We have to ...”": a "source" inside a quotation after the
    cue is the quotation's own subject, where the parser made the quotation the main clause."""
    return source is not None and source.start_char > cue.end and context.inside_quote(source.start_char)


def inverted_subject(tree: Tree, word, rules: Rules):
    """"..., said DeSantis, who was elected ...": the speaker after a verb of saying that
    follows its statement, which parsers hang on the verb as an object. None otherwise."""
    inverted = rules.patterns["inverted"]
    lemma = (word.lemma or word.text).lower()
    if word.upos != "VERB" or not verb_of_saying(word, rules):
        return None
    if present_participle(word):
        return None  # "..., claiming Trump University is a fraud": a participle does not invert
    before = tree.before(word)
    if before is None or before.text not in inverted["subject_after"]:
        return None
    if lemma in rules.words("listener_verbs") and before.text not in inverted["listener_after"]:
        return None
    # The statement stands before the verb: the verb hangs from it, or holds it as a clause.
    head = tree.head(word)
    # After a quotation the parser may also make the quoted words the verb's subject, or, with
    # the speaker read as the listener, an adverbial clause ("“Asking a superdelegate to get rid
    # of themselves?” asked Sen. Barbara Mikulski")
    holding = {"nsubj", "obj", "advcl"} if lemma in rules.words("listener_verbs") else {"nsubj", "obj"}
    quoted_before = before.text in inverted["listener_after"] and any(
        before in tree.subtree(k) for k in tree.kids(word, holding) if k.id < word.id)
    clause_before = any(k.id < word.id and not aside_after_the_subject(tree, word, k)
                        for k in tree.kids(word, {"ccomp", "parataxis"}))
    # "Defending that terrain is squarely within the Biden wheelhouse, said a handful of
    # Democrats": a statement the parser read as an adverbial clause, where the verb has no subject
    clause_before = clause_before or opening_statement(tree, word) is not None
    statement_before = head is not None and head.id < word.id or quoted_before or clause_before \
        or statement_read_as_subject(tree, word, rules) is not None
    if not statement_before:
        return None
    # A subject before the comma is a misparse here ("Even if the department no longer
    # existed, ..., said DeSantis"); one after it is the speaker's own.
    if any(k.id > word.id for k in tree.kids(word, {"nsubj", "nsubj:pass", "nsubj:outer", "expl"})):
        return None
    objects = [k for k in tree.kids(word, set(inverted["object_deprels"]))
               if tree.subtree(k)[0].id == word.id + 1
               and (k.upos in ("PROPN", "NOUN") or _noun_read_as_adjective(k, rules))
               and k.text.lower() not in rules.words("time_words")]  # "..., said Sunday"
    objects = objects or [k for k in tree.kids(word, {"ccomp"}) if _noun_phrase_closing(tree, word, k)] \
        or [n for k in tree.kids(word, {"ccomp"}) for n in [_speaker_read_as_a_subject(tree, word, k, rules)] if n]
    # "..., voiced the frustration of many Republicans": a thing with a complement of its own is
    # what was said, not who said it ("..., asked the boy" is someone)
    if not objects or not speaker_like(objects[0], rules, frozenset()) \
            and tree.kids(objects[0], {"nmod", "acl", "acl:relcl"}):
        return None
    speaker = objects[0]
    # "..., said Howard, but ..." ends the reporting clause; "..., said the measure would ..."
    # goes on with a statement of its own, and the noun is its subject.
    # A noun "clause" with no verb of its own is the speaker's apposition ("said Howard Rubel,
    # a senior analyst at Jefferies, who notes ...").
    follows = [k for k in tree.kids(word) if k.id > speaker.id and base(k.deprel) in ("ccomp", "xcomp")
               and k.id != speaker.head
               and tree.first_word(k).text.lower() not in rules.words("relative_pronouns")
               and (k.upos in ("VERB", "AUX") or tree.kids(k, {"cop", "nsubj", "nsubj:pass"}))]
    return None if follows else speaker


def opening_statement(tree: Tree, word):
    """"Defending that terrain is squarely within the Biden wheelhouse, | said ...": a statement
    opening the sentence (a verb with a tense of its own in it) that the parser made an
    adverbial clause or clausal subject of a verb with no subject; not an opening participle
    ("Boasting 108,000 residents who ..., Hammond is called ..."). That clause's head, or None."""
    if tree.kids(word, {"nsubj", "nsubj:pass", "expl"}):
        return None
    return next((k for k in tree.kids(word, {"advcl", "csubj"})
                 if k.id < word.id and k.upos == "VERB" and tree.subtree(k)[0].id == 1
                 and (finite(k) or any(finite(w) and w.deprel in ("cop", "aux", "ccomp", "conj")
                                       for w in tree.subtree(k)))), None)


def statement_read_as_subject(tree: Tree, word, rules: Rules):
    """"Moves against Voice of America led to their removal ..., | said Jeffrey N. Trimble": the
    parser made the statement's subject the verb's, and its verb a modifier of that subject; a
    "subject" set off by the comma right before the verb that holds a past or present tense of
    its own (not in a relative clause) is the statement. That "subject", or None."""
    for subject in tree.kids(word, {"nsubj"}):
        phrase = [w for w in tree.subtree(subject) if w.upos != "PUNCT"]
        if subject.id > word.id or word.id < 3 or not phrase or phrase[-1].id != word.id - 2 \
                or tree.word(word.id - 1).text != ",":
            continue
        if any(w.xpos in ("VBD", "VBZ", "VBP") and w.deprel in ("acl", "conj", "parataxis")
               and not any(m.text.lower() in rules.words("relative_pronouns") for m in tree.kids(w)) for w in phrase):
            return subject
    return None


def aside_after_the_subject(tree: Tree, verb, kid) -> bool:
    """"Mike Shields, president of the Fund, | a super PAC allied with House leadership, | said
    ...": words set off between a verb's subject and the verb describe the subject, though the
    parser made them a clause of the verb's."""
    phrase = [w for w in tree.subtree(kid) if w.upos != "PUNCT"]
    if kid.id > verb.id or not phrase or phrase[0].id < 2 or tree.word(phrase[0].id - 1).text != ",":
        return False
    if not all(w.upos in ("PUNCT", "ADV") for w in tree.words if phrase[-1].id < w.id < verb.id):
        return False
    return any(max((w.id for w in tree.subtree(k) if w.upos != "PUNCT"), default=-1) == phrase[0].id - 2
               for k in tree.kids(verb, {"nsubj"}) if k.id < phrase[0].id)


def _noun_read_as_adjective(word, rules: Rules) -> bool:
    """"..., said an official who ...": a noun for someone that the tagger took for an adjective."""
    return word.upos == "ADJ" and word.text.lower() in rules.anonymous_heads


def _speaker_read_as_a_subject(tree: Tree, word, kid, rules: Rules):
    """"..., said a person familiar with the matter": the parser read the phrase right after
    the verb as a clause, "familiar" its predicate and the person its subject. The person, or
    None."""
    if kid.upos != "ADJ" or tree.subtree(kid)[0].id != word.id + 1:
        return None
    return next((n for n in tree.kids(kid) if n.id < kid.id and n.upos == "NOUN"
                 and n.text.lower() in rules.anonymous_heads and tree.subtree(n)[0].id == word.id + 1), None)


def _noun_phrase_closing(tree: Tree, word, kid) -> bool:
    """"..., said the company's chief executive.": a noun phrase right after the verb that
    closes the sentence, with no verb, copula or subject of its own, which the parser made the
    verb's clausal complement."""
    phrase = tree.subtree(kid)
    rest = [w for w in tree.words if w.id > phrase[-1].id]
    nominal = kid.upos in ("NOUN", "PROPN") or kid.upos == "ADJ" and any(
        base(w.deprel) in ("det", "nmod:poss") for w in phrase)
    return nominal and phrase[0].id == word.id + 1 and all(w.upos == "PUNCT" for w in rest) \
        and not any(w.upos in ("VERB", "AUX") for w in phrase) and not tree.kids(kid, {"cop", "nsubj", "nsubj:pass"})


def _name_before_apposition(tree: Tree, subjects: list, chosen):
    """"Cruz, the only Republican candidate to campaign in Wyoming, told ...": the parser made
    the apposition a second subject; the name before its comma is the one who speaks."""
    first = min(subjects, key=lambda s: s.id)
    if first is chosen or first.upos != "PROPN" or chosen.upos != "NOUN" or chosen.id < first.id \
            or first.text.isupper():
        return chosen
    end = max(w.id for w in tree.subtree(first) if w.id <= first.id + 3 and w.upos != "PUNCT")
    following = tree.word(end + 1) if end < len(tree.words) else None
    # the apposition follows the name's comma ("Assem, the co-pilot, had logged ..., the
    # airline said": the airline, far after it, speaks)
    if following is not None and following.text == "," and tree.subtree(chosen)[0].id == following.id + 1:
        return first
    return chosen


def relative_antecedent(tree: Tree, word, rules: Rules):
    """"Smith, who said ...": the noun a relative pronoun stands for, or None."""
    if word.text.lower() not in rules.words("relative_pronouns"):
        return None
    clause = tree.head(word)
    if clause is None or base(clause.deprel) != "acl":
        return _noun_before_comma(tree, word, rules)
    antecedent = tree.head(clause)
    if antecedent is not None and tree.kids(antecedent, {"nsubj", "cop"}):
        # "Smith has been under pressure from activist investor Elliott Management, which has
        # argued ...", hung on the predicate "pressure": the noun phrase right before it
        before = [w for w in tree.words if w.id < word.id and w.upos != "PUNCT"]
        antecedent = before[-1] if before and before[-1].id > antecedent.id else antecedent
    if antecedent is not None and word.text.lower() in rules.words("personal_relatives"):
        antecedent = _person_the_phrase_hangs_on(tree, antecedent, rules)
    return antecedent if antecedent is not None and antecedent.upos in ("NOUN", "PROPN", "PRON") else None


def _person_the_phrase_hangs_on(tree: Tree, noun, rules: Rules):
    """"a pollster with Mr. Yanukovych's former party | who cooperated ...": "who" stands for
    someone, so a thing's or a place's phrase hung by its preposition on a word for a person
    leaves the relative clause to that person."""
    holder = tree.head(noun)
    cases = {c.text.lower() for c in tree.kids(noun, {"case"})}
    # ("an RNC committeewoman from Nevada | who": a place's name, by its preposition)
    thing = noun.upos == "NOUN" and not person_noun(noun, rules) and noun.text.lower() not in rules.group_heads \
        or noun.upos == "PROPN" and cases & rules.words("place_prepositions")
    if not thing or not cases or holder is None or holder.id > noun.id:
        return noun
    return holder if holder.upos == "NOUN" and person_noun(holder, rules) else noun


def person_noun(noun, rules: Rules) -> bool:
    """A common noun for a person by its ending or as one that speaks unnamed ("pollster",
    "official"), not a body's ("party", "center")."""
    words = {noun.text.lower(), (noun.lemma or "").lower()}
    if words & (rules.organisation_heads | rules.not_person_nouns):
        return False
    return bool(words & rules.anonymous_heads) or any(w.endswith(rules.person_suffixes) for w in words)


def _noun_before_comma(tree: Tree, word, rules: Rules):
    """"Trump, who has criticized Powell, wrote ...", the relative clause misparsed as an
    adverbial one: the name right before the comma (its head word) is the antecedent."""
    if word.text.lower() not in rules.words("relative_only") or word.id < 3:
        return None
    set_off_by = tree.word(word.id - 1).text
    if set_off_by not in {",", *rules.patterns["source"]["aside_dashes"]}:
        return None
    noun = tree.word(word.id - 2)
    while base(noun.deprel) in ("flat", "compound") and tree.head(noun) is not None and tree.head(noun).id < noun.id:
        noun = tree.head(noun)
    if tree.kids(noun, {"case"}):
        noun = _antecedent_past_its_preposition(tree, word, noun, rules)
    # "Senator Jeff Flake, Republican of Arizona, who": the name the description is set off from
    while noun is not None and base(noun.deprel) == "appos" and tree.head(noun) is not None \
            and tree.head(noun).id < noun.id:
        noun = tree.head(noun)
    if set_off_by != "," and (noun is None or noun.upos != "PROPN"):
        return None  # a dash may close an aside ("most of whom had announced their support -- who")
    if noun is None or noun.text.lower() in rules.words("time_words") or noun.upos not in ("NOUN", "PROPN") \
            or any(w.upos == "ADP" and w not in tree.kids(noun, {"case"})
                   for w in source_mention_words(tree, noun, rules) if w.id < noun.id):
        return None  # "the endorsement of former Sen. Gordon Humphrey, who": the parse is no guide
    return noun


def _antecedent_past_its_preposition(tree: Tree, relative, noun, rules: Rules):
    """The antecedent of a relative pronoun after a noun with a preposition, or None."""
    holder = tree.head(noun)
    if holder is None or holder.id > noun.id:
        return None
    if holder.upos == "PROPN":
        return holder  # "Sen. Bernie Sanders of Vermont, who": the name the place phrase hangs on
    if noun.upos != "PROPN":
        return None  # "one Democrat familiar with the discussion, who": the phrase is too far to tell
    if holder.upos in ("VERB", "AUX", "ADJ"):
        # "was introduced by Gov. Chris Christie, who ...", "risky for Cruz, who ...": the name
        # is the verb's own phrase, unless it says where ("enacted recently in New York, which",
        # "said Nicky Driscoll, 24, from Manchester, who")
        cases = {w.text.lower() for w in tree.kids(noun, {"case"})}
        return None if cases & rules.words("place_prepositions") else noun
    # "a communications aide for Mr. Lyovochkin, who": "who" stands for someone, and only the
    # name is someone; "the endorsement of ..., which" may stand for either
    return noun if relative.text.lower() in rules.words("personal_relatives") else None


def is_passive(tree: Tree, word, rules: Rules) -> bool:
    """"is anticipated to ...", "was seen as ...": the subject is what is talked about."""
    kids = tree.kids(word)
    expletives = set(rules.patterns["source"]["expletives"])
    # "He's said he ...": with a subject of its own (the parser may call it a passive one
    # when a clause follows; "It's said that ..." stays passive), "'s" is "has", not "is"
    has_subject = any(k.deprel == "nsubj" for k in kids) or any(
        k.deprel == "nsubj:pass" and k.text.lower() not in expletives for k in kids) and any(
        k.deprel == "ccomp" for k in kids)
    contracted_has = [k for k in kids if has_subject and base(k.deprel) == "aux"
                      and k.text.lower() in rules.words("contracted_has")]
    if any(k.deprel == "aux:pass" and k not in contracted_has for k in kids):
        return True
    be = any(base(k.deprel) in ("aux", "cop") and (k.lemma or "").lower() == "be" and k not in contracted_has
             for k in kids)
    if any(k.deprel == "nsubj:pass" for k in kids):
        # "Kasich has also called for ...", "NATO's secretary general called on ...": without a
        # form of "be" the parser's passive subject is the subject of an active verb
        return be
    openers = set(rules.patterns["source"]["passive_participle_openers"])
    opened = any(base(k.deprel) in ("mark", "advmod") and k.text.lower() in openers for k in kids)
    if base(word.deprel) == "advcl" and (word.xpos == "VBN" and (word.id < word.head or opened)
                                         or word.xpos == "VBD" and opened) and not any(
            base(k.deprel) in ("aux", "cop", "nsubj", "expl") or k.deprel == "obl:agent" for k in kids):
        # "..., he told MSNBC when asked about ...", "Asked whether ..., she said": the one
        # asked is no asker (a past tense the tagger took for a participle follows its head,
        # and after "when" a past tense with no subject of its own is a participle too;
        # "when asked by a reporter" names the asker)
        return True
    return word.xpos == "VBN" and be


def _writers_aside(tree: Tree, word, rules: Rules) -> bool:
    """"Democrats, | for their part, | signaled ...", "Humphrey, | for example,": the writer's
    aside, set off in the middle of the subject, names no one ([words] discourse_phrases)."""
    return word.text.lower() in rules.words("discourse_phrases") and bool(tree.kids(word, {"case"}))


def title_read_as_a_participle(tree: Tree, word, rules: Rules) -> bool:
    """"Sarah Myers West, | managing director of the AI Now Institute": a title whose first
    word the tagger took for a participle with the title's noun as its object."""
    title = tree.after(word)
    return word.deprel == "acl" and present_participle(word) and title is not None \
        and title.head == word.id and base(title.deprel) == "obj" and title.text.lower() in rules.titles


def _relative_clauses_set_off(tree: Tree, source) -> list:
    """"Sen. Rand Paul, R-Ky., | who voted against the bill,": a relative clause after a comma
    describes, wherever in the phrase the parser hung it (here on the party and state); it is
    no part of the name."""
    def after_comma(clause) -> bool:
        first = next(w for w in tree.subtree(clause) if w.upos != "PUNCT" or w is clause)
        before = tree.word(first.id - 1)
        return before is not None and before.text == ","

    return [w for w in tree.subtree(source) if w.deprel == "acl:relcl" and w.start_char > source.start_char
            and after_comma(w)]


def _clause_around_the_speaker(tree: Tree, source) -> list:
    """"It was a move | Democrats | said showed ...": the parser made the speaker the predicate
    of the clause the relative clause hangs on; that clause's subject, copula and noun (the
    words before the speaker with their own noun) are no part of who spoke."""
    kids = [k for k in tree.kids(source) if k.id < source.id]
    if not any(k.deprel == "cop" for k in kids):
        return []
    return [k for k in kids if base(k.deprel) in ("nsubj", "cop", "expl", "aux", "advmod", "obl", "mark")
            or k.deprel == "amod" and k.upos in ("NOUN", "PROPN")]


def source_mention_words(tree: Tree, source, rules: Rules) -> list:
    """The full noun phrase of a source ("State Department spokesperson Matthew Miller").

    Starts from the source's own phrase and takes in the neighbouring nominal words that a
    parser attached elsewhere (to the verb, or as a separate subject), so that a misparsed
    compound still gives the whole name and title. A time the parser hung on the phrase
    ("Mayor Brandon Johnson | on Monday") says when, not who.
    """
    # the phrase's head and the words of its name ("Secretary Lloyd Austin, | traveling in Asia,")
    holders = [source] + [w for w in tree.subtree(source) if w.deprel == "flat" and w.id > source.id]
    predicate = _clause_around_the_speaker(tree, source)
    words = tree.subtree(source, exclude=[k for holder in holders for k in tree.kids(holder)
                                          if k.start_char > source.start_char
                                          and (k.deprel in ("acl:relcl", "acl", "parataxis")
                                               and not title_read_as_a_participle(tree, k, rules)
                                               or _time_phrase(k, rules) or _occasion_phrase(tree, k, rules)
                                               or _participle_aside(tree, k) or _writers_aside(tree, k, rules))]
                         + _relative_clauses_set_off(tree, source) + predicate)
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

    # "On Monday he said": no name before "he", though there is one before "Clinton herself"
    while low - 1 in by_id and (source.upos != "PRON" or source.text.lower().endswith(("self", "selves"))) \
            and not predicate:
        if _opens_with_own_preposition(by_id, low, source):
            break  # "improved his standing, | with 30 percent of voters saying"
        previous = by_id[low - 1]
        if previous.upos not in NOMINAL or not attached(previous) or tree.kids(previous, {"case"}) \
                or previous.deprel in TIME_RELATIONS and previous.upos != "PROPN":
            break  # ("Last week | Stumpf appeared to blame ...", not "Mrs. | Schlafly" misread so)
        low -= 1
        ids.add(low)
    article = low
    while article < source.id and by_id[article].upos == "PUNCT":
        article += 1
    if _description_after_name(by_id, article, source, rules):
        # "Senator Jane Holt, | a Democrat from Ohio, told ...", the name hung elsewhere: the
        # description set off after it names the same speaker
        start = article - 2
        while start - 1 in by_id and by_id[start - 1].upos == "PROPN":
            start -= 1
        if _free_name(tree, [by_id[i] for i in range(start, article - 1)], rules):
            low = start
            ids.update(range(low, article))
    while high + 1 in by_id:
        following = by_id[high + 1]
        if following.upos != "PROPN" or not (following.head in ids or following.head == governor):
            break
        high += 1
        ids.add(high)
    if high + 1 in by_id and by_id[high + 1].text in CLOSING_BRACKETS and _unclosed(by_id, low, high):
        high += 1  # "Sen. Elizabeth Warren (D-MA)": the party's bracket closes in the name
    high = _past_description_hung_on_the_verb(tree, by_id, high, source)
    high = _modifier_read_as_the_speakers_predicate(tree, high, source, rules)
    high = _name_set_off_after_a_modifier(tree, by_id, high, source, rules)
    block = [by_id[i] for i in range(low, high + 1)]
    while block and (base(block[-1].deprel) in ("punct", "cc") or block[-1].upos in ("ADP", "CCONJ")
                     or _adverb_set_off(block, -1)) \
            and block[-1] is not source and not (block[-1].text in CLOSING_BRACKETS
                                                 and _unclosed(by_id, low, block[-2].id if len(block) > 1 else low)):
        block.pop()  # ("Sanders, meanwhile,": the adverb is the sentence's)
    while block and (base(block[0].deprel) in ("punct", "cc") or block[0].upos == "CCONJ"
                     or block[0].deprel == "case" and (block[0].head == source.id or block[0].head in {
                         w.id for w in block if w.upos in ("NOUN", "PROPN", "PRON", "NUM")})  # (not "at least")
                     or _opening_subordinator(block, rules) or _adverb_set_off(block, 0)) \
            and block[0] is not source:
        # "by Wall Street critics": the agent's preposition is no part of its name, nor is a
        # subordinator the parser took for a preposition ("hours | after | Donald Trump proposed")
        block.pop(0)
    colons = [position for position, word in enumerate(block)
              if word.text in rules.patterns["colon"]["marks"] and word.id < source.id]
    if colons:
        block = block[colons[-1] + 1:]  # "INTERVIEWER: Critics say ...": the label is another speaker
    sentence = list(tree.words)
    dashes = [position for position, word in enumerate(block)
              if word.id < source.id and _spaced_dash(sentence, word.id - 1, rules)]
    if dashes:
        block = block[dashes[-1] + 1:]  # "... were made public ― Trump boasted": an aside ends there
    return block


def _adverb_set_off(block: list, end: int) -> bool:
    """"Meanwhile, | the campaign", "Sanders, | meanwhile": an adverb (whatever its tag) that a
    comma parts from the phrase at that end of it."""
    if len(block) < 2 or base(block[end].deprel) != "advmod" and block[end].upos != "ADV":
        return False
    return block[1 if end == 0 else -2].text == ","


def _past_description_hung_on_the_verb(tree: Tree, by_id: dict, high: int, source) -> int:
    """"said Rebecca Allensworth, | a law professor at Vanderbilt University": a noun phrase
    with an indefinite article set off right after a name that follows its verb describes the
    speaker, though the parser hung it on the verb (as its complement); the mention runs to
    its end."""
    governor = tree.head(source)
    if governor is None or governor.id > source.id or high + 2 not in by_id or by_id[high + 1].text != "," \
            or not indefinite_article(by_id[high + 2]) or source.upos != "PROPN":
        return high
    described = next((k for k in tree.kids(governor) if k.upos == "NOUN" and k.id > high + 2
                      and next(w for w in tree.subtree(k) if w.upos != "PUNCT").id == high + 2), None)
    if described is None or tree.kids(described, {"cop", "nsubj", "nsubj:pass"}):
        return high
    return tree.subtree(described)[-1].id


def _modifier_read_as_the_speakers_predicate(tree: Tree, high: int, source, rules: Rules) -> int:
    """"People familiar with the matter | said", "Many people involved in the talks | assumed":
    the parser made the modifier the predicate of a clause with the speaker as its subject
    (`_subject_of_participle_read_as_a_clause`); the mention runs to the modifier's end, right
    before the verb it was hung on."""
    predicate = tree.head(source)
    if predicate is None or base(source.deprel) != "nsubj" or predicate.id != high + 1 \
            or base(predicate.deprel) not in ("ccomp", "advcl", "parataxis") or predicate.head <= predicate.id:
        return high
    if predicate.xpos not in ("VBN", "VBD") and predicate.upos != "ADJ" \
            or not any(tree.kids(o, {"case"}) and not _time_phrase(o, rules) for o in tree.kids(predicate, {"obl"})) \
            or verb_of_saying(predicate, rules):
        # ('"That," he added, "promises ...", "To which she said, ...": a verb of its own; "a poll
        # released in late August": a time says when, not who)
        return high
    before_verb = [w for w in tree.subtree(predicate) if w.id < predicate.head]
    return before_verb[-1].id if before_verb[-1].id == predicate.head - 1 else high


def _name_set_off_after_a_modifier(tree: Tree, by_id: dict, high: int, source, rules: Rules) -> int:
    """"A lawyer representing the family, | Ben Crump, | said", "The state senator who wrote
    the bill, | Tom Davis, | said": the mention runs over the modifier to the name's end."""
    name = name_set_off_before_its_verb(tree, source, rules)
    if not name or name[0].id - 1 <= high + 1 or any(by_id[i].text == "," for i in range(high + 1, name[0].id - 1)):
        return high
    return name[-1].id


def name_set_off_before_its_verb(tree: Tree, subject, rules: Rules) -> list:
    """The name set off by commas right before the verb of a singular described subject,
    which names the one it describes wherever the parser hung it (on a modifier's object);
    places set off so ("in Ferguson, | Missouri,", "in Buffalo, | New York,") are no names.
    Empty when there is none."""
    if subject.id > len(tree.words) or tree.word(subject.id) is not subject:
        return []  # a speaker carried over from another sentence
    verb = tree.head(subject)
    if verb is None or base(subject.deprel) != "nsubj" or subject.upos != "NOUN" or verb.id <= subject.id \
            or feats(subject).get("Number") == "Plur" or tree.word(verb.id - 1).text != ",":
        return []
    first = verb.id - 1
    while first - 1 > subject.id and tree.word(first - 1).upos == "PROPN":
        first -= 1
    name = [tree.word(i) for i in range(first, verb.id - 1)]
    places = rules.states | rules.organisations
    if len(name) < 2 or tree.word(first - 1).text != "," or any(w.text.lower() in places for w in name) \
            or " ".join(w.text for w in name).lower() in places \
            or tree.word(first - 2).upos == "PROPN" and name[0].text.lower() not in rules.first_names:
        return []  # "in Buffalo, | New York,": a place after a place, unless a first name opens it
    return name


def _opening_subordinator(block: list, rules: Rules) -> bool:
    """"While | Republican business leaders push for ...": the clause's mark the parser hung on
    its subject; not a determiner it took for one ("That person", "Neither Johnson nor Weld")."""
    first = block[0]
    openers = {*rules.patterns["source"]["clause_openers"], *rules.words("complement_openers")}
    if base(first.deprel) != "mark" or first.text.lower() not in openers:
        return False
    return not (first.text.lower() in rules.words("determiners") and len(block) > 1
                and block[1].upos in ("NOUN", "PROPN", "ADJ", "NUM"))


def _opens_with_own_preposition(by_id: dict, low: int, source) -> bool:
    """The phrase from `low` opens with a preposition, and the source does not modify a noun
    before it ("Republicans | in Congress, who ..." is one phrase): the words before belong to
    another phrase ("gave $10 million | to a group backing Bush")."""
    first = next((by_id[i] for i in range(low, source.id) if by_id[i].upos != "PUNCT"), source)
    return first.upos == "ADP" and not (source.head in by_id and source.head < low
                                        and by_id[source.head].upos in NOMINAL)


def noun_owner(tree: Tree, noun, rules: Rules):
    """Whose a noun of saying is, as the noun phrase itself says: its possessor ("Johnson's
    message") or the one it is by or from ("this decision by the FBI", "the message from the
    White House")."""
    owners = tree.kids(noun, {"nmod:poss"}) or [
        k for k in tree.kids(noun, {"nmod"})
        if any(c.text.lower() in rules.words("agent_prepositions") for c in tree.kids(k, {"case"}))]
    return owners[0] if owners else None


def _participle_aside(tree: Tree, word) -> bool:
    """"A senior official, | briefing reporters on condition of anonymity, | said ...", parsed as
    a conjunct of the speaker's phrase: what the speaker was doing, not who."""
    first = next((w for w in tree.subtree(word) if w.upos != "PUNCT"), None)
    return word.deprel == "conj" and not tree.kids(word, {"cc"}) and first is not None \
        and first.upos == "VERB" and (present_participle(first) or past_participle(first))


def _occasion_phrase(tree: Tree, word, rules: Rules) -> bool:
    """"The nominee, | in a statement released by the White House, | thanked ...": how the
    speaker spoke, which the parser hung on the speaker's phrase (though "many people | at his
    rallies" and "the candidate | on the stage" say who)."""
    return base(word.deprel) in ("nmod", "obl") and word.text.lower() in rules.patterns["content"]["occasion_heads"] \
        and any(c.text.lower() in rules.words("speaking_occasion_prepositions") for c in tree.kids(word, {"case"}))


def _time_phrase(word, rules: Rules) -> bool:
    return base(word.deprel) in ("nmod", "obl") and word.text.lower() in rules.words("time_words")


def _description_after_name(by_id: dict, article: int, source, rules: Rules) -> bool:
    """The phrase opens with an indefinite article right after a name and a comma, or with a
    definite one before a title ("Jamie Dimon, | the chief executive of JPMorgan Chase,")."""
    first, comma, name = by_id.get(article), by_id.get(article - 1), by_id.get(article - 2)
    if first is None or comma is None or name is None or comma.text != "," or name.upos != "PROPN":
        return False
    titled = feats(first).get("Definite") == "Def" and feats(first).get("PronType") == "Art" \
        and source.text.lower() in rules.titles
    return indefinite_article(first) or titled


NAME_HOLDERS = {"parataxis", "appos", "dep", "root", "list", "vocative"}


def _free_name(tree: Tree, run: list, rules: Rules) -> bool:
    """A name the parser left hanging loose (parataxis, apposition, ...), not a time, place or
    other adjunct ("On Thursday, a Democratic senator", "in New Hampshire, a young woman")."""
    ids = {w.id for w in run}
    top = next((w for w in run if w.head not in ids), None)
    # (or a person's name joined to the phrase before it by a comma alone: "to shareholders, |
    # Jamie Dimon", not "In Iowa, the candidate")
    listed = top is not None and top.deprel == "conj" and not tree.kids(top, {"cc"}) \
        and run[0].text.lower() in rules.first_names
    return top is not None and (base(top.deprel) in NAME_HOLDERS or listed) and not tree.kids(top, {"case"})


CLOSING_BRACKETS = {")": "(", "]": "["}


def _unclosed(by_id: dict, low: int, high: int) -> bool:
    """An opening bracket among the words low..high that no bracket after it closes."""
    depth = 0
    for i in range(low, high + 1):
        text = by_id[i].text
        depth += text in CLOSING_BRACKETS.values()
        depth -= text in CLOSING_BRACKETS and depth > 0
    return depth > 0


def _after_label(tree: Tree, subject, rules: Rules):
    """"INTERVIEWER: Critics say ...": a transcript's speaker label the parser made the subject,
    with the clause's own subject as its apposition after the colon."""
    colons = [k for k in tree.kids(subject, {"punct"})
              if k.id == subject.id + 1 and k.text in rules.patterns["colon"]["marks"]]
    after = [a for a in tree.kids(subject, {"appos"}) if colons and a.id > colons[0].id]
    return after[0] if after else subject


def _controlling_object(tree: Tree, word, rules: Rules):
    """"The announcement led some | to speculate ...", "caused many | to wonder": the object of
    the verb a to-infinitive complements is the infinitive's subject."""
    head = tree.head(word)
    if word.deprel != "xcomp" or head is None or head.upos != "VERB" \
            or not tree.to_infinitive(word):
        return None
    return next((k for k in tree.kids(head, {"obj"}) if k.id < word.id and not names_a_time(k, rules)
                 and (k.upos in ("NOUN", "PROPN", "PRON") or k.text.lower() in rules.words("people_pronouns"))
                 and k.text.lower() not in rules.words("relative_pronouns")), None)


def _persuaded_subject(tree: Tree, word, rules: Rules):
    """"Party leaders are convinced that ...", "Clinton is worried about turnout": the one
    persuaded, or moved so, holds the belief or the feeling stated (not an expletive "it")."""
    if (word.lemma or "").lower() not in rules.words("persuaded_verbs") or not is_passive(tree, word, rules) \
            or not tree.kids(word, {"ccomp", "obl", "advcl"}):
        return None
    expletives = set(rules.patterns["source"]["expletives"])
    return next((s for s in tree.kids(word, {"nsubj:pass"}) if s.text.lower() not in expletives), None)


def plausible_source(source, cue: Cue, rules: Rules, names: frozenset[str]) -> bool:
    """Only speech verbs ("the report said", "polls show") take things as sources; believing,
    intending and emphasising need a speaker ("The talks aimed to ..." is no attribution).
    `names` are the words the document uses as names elsewhere."""
    return source is None or "speech" in cue.classes or speaker_like(source, rules, names)


def speaker_like(source, rules: Rules, names: frozenset[str]) -> bool:
    """A name, a pronoun, or a noun for someone who can speak ("official", "spokesman",
    "campaign"), as opposed to a thing ("the claim")."""
    if source.upos != "NOUN" or source.text in names:
        return True
    words = {source.text.lower(), (source.lemma or "").lower()}
    if any(word.endswith(rules.person_suffixes) for word in words) and not words & rules.not_person_nouns:
        return True
    return bool(words & (rules.organisation_heads | rules.media_heads | rules.group_heads
                         | rules.anonymous_heads | rules.titles))


def phrase_object(tree: Tree, last_phrase_word, rules: Rules) -> list:
    """The noun phrase right after a phrase cue ("according to | the US Department of State")."""
    following = [w for w in tree.words if w.id > last_phrase_word.id]
    run: list = []
    position = 0
    while position < len(following):
        word = following[position]
        nxt = following[position + 1] if position + 1 < len(following) else None
        after_next = following[position + 2] if position + 2 < len(following) else None
        # a modifier before a noun counts, even one the tagger took for a verb ("exit polls"),
        # and so does an adverb of such a modifier ("the most recent data", "a newly uncovered
        # email")
        adverb_of_modifier = word.upos == "ADV" and nxt is not None and nxt.upos in ("ADJ", "VERB") \
            and after_next is not None and after_next.upos in NOMINAL | {"ADJ", "VERB"}
        modifier = word.upos in ("VERB", "ADJ", "NUM") and nxt is not None and nxt.upos in NOMINAL \
            or adverb_of_modifier or _modifier_of_what_follows(tree, word) \
            or run and nxt is not None and _joining_hyphen(run[-1], word, nxt, rules)
        if run and word.upos in ("VERB", "ADJ") and nxt is not None and nxt.upos == "ADP" \
                and after_next is not None and after_next.upos in NOMINAL:
            run += [word, nxt]  # "two people | familiar with | the matter", "officials | briefed on"
            position += 1
        elif word.upos in NOMINAL or word.upos == "PRON" and (not run or _possessive(word)) or modifier:
            run.append(word)
        elif run and word.text.lower() in rules.words("phrase_joiners") | rules.words("agent_prepositions") \
                and nxt is not None and (nxt.upos in NOMINAL or _possessive(nxt)):
            run.append(word)  # "a report | by | the Los Angeles Times", "a statement | from | its ..."
        else:
            break
        position += 1
    return run or _words_to_punctuation(following, rules)


def _modifier_of_what_follows(tree: Tree, word) -> bool:
    """"according to a | yearly | Gallup poll", "a | just-released poll": an adverb that
    modifies a word after it in the phrase, whatever its tag."""
    head = tree.head(word)
    return word.upos == "ADV" and head is not None and word.id < head.id <= word.id + 3 \
        and head.upos in NOMINAL | {"ADJ", "VERB"}


def _joining_hyphen(previous, word, following, rules: Rules) -> bool:
    """"a just|-|released poll", "the 50|-|state poll": a hyphen ([words] name_joiners) with no
    space on either side joins the words around it into one ("the Tax Policy Center | - | ..."
    is a dash)."""
    return word.text in rules.words("name_joiners") and previous.end_char == word.start_char \
        and word.end_char == following.start_char


def _possessive(word) -> bool:
    """"its", "their": a pronoun that opens a noun phrase as its owner."""
    return word.upos == "PRON" and (feats(word).get("Poss") == "Yes" or word.xpos == "PRP$")


PHRASE_OBJECT_WORDS = 12


def _words_to_punctuation(following: list, rules: Rules) -> list:
    """"according to | ouest-france.fr", "according to | media buying sources": word order's
    answer when the tagger took the source's words for verbs; they run to the next comma or
    full stop (a hyphen or slash between words is part of a name)."""
    run: list = []
    for position, word in enumerate(following[:PHRASE_OBJECT_WORDS]):
        nxt = following[position + 1] if position + 1 < len(following) else None
        joining = word.text in ("-", "/") and run and nxt is not None and nxt.upos != "PUNCT"
        if word.upos == "PUNCT" and not joining or word.text.lower() in rules.words("relative_pronouns"):
            break
        run.append(word)
    return run if len(run) < PHRASE_OBJECT_WORDS else []


def nominal_run(words: list, start: int, step: int, rules: Rules) -> int:
    """Walk from `start` in direction `step` over a noun phrase; return the first index past it."""
    position = start
    while 0 <= position < len(words):
        word = words[position]
        # (a verb form the tagger may misread stops the phrase, unless the verb comes right after
        # it: "a USA TODAY analysis of campaign-finance | reports | shows")
        verb_next = step == -1 and position + 1 < len(words) and (
            words[position + 1].upos == "VERB" or words[position + 1].text.lower() in rules.mistagged_verbs)
        if word.text.lower() in rules.words("relative_pronouns") \
                or word.text.lower() in rules.mistagged_verbs and not verb_next:
            break
        # a participle before a noun modifies it ("another leading Supreme Court advocate")
        # (not a past tense between two noun phrases: "Republicans accused Newsom of ...")
        between_phrases = finite(word) and position > 0 and words[position - 1].upos in NOMINAL | {"PRON"}
        modifier = word.upos == "VERB" and position + 1 < len(words) and words[position + 1].upos in NOMINAL \
            and word.text.lower().endswith(("ing", "ed")) and not between_phrases
        # (and so does an adverb of that participle: "an analysis of | newly | filed reports")
        modifier = modifier or word.upos == "ADV" and position + 2 < len(words) \
            and words[position + 1].upos == "VERB" and words[position + 1].text.lower().endswith(("ing", "ed")) \
            and words[position + 2].upos in NOMINAL
        # ("about half | of voters", "85 % | of Democrats": a share, whatever its tag)
        share = word.text.lower() in rules.group_heads and word.upos in ("ADV", "SYM")
        if word.upos in NOMINAL or word.upos == "PRON" or modifier or share or \
                word.text.lower() in rules.words("phrase_joiners") | {"(", ")", "-"} \
                and 0 <= position + step < len(words):
            position += step
        else:
            break
    return position


def adjacent_phrase(context: Context, tree: Tree, cue: Cue) -> list:
    """Word order's answer when the parse has no subject: "..., said Ryan Ellis" or
    "..., Ryan Ellis said" — the noun phrase right after or right before the cue."""
    words = list(tree.words)
    position = cue.word.id - 1
    after = nominal_run(words, position + 1, 1, context.rules)
    listener = cue.lemma in context.rules.words("listener_verbs")  # "told Bill O'Reilly"
    # not "said of Sanders: ...", "tweeted this: ...": a preposition's object or a demonstrative
    following = words[position + 1:after]
    # nor "..., Trump said Monday": a day after the cue tells when, not who
    if after > position + 1 and not listener and not context.inside_quote(words[position + 1].start_char) \
            and following[0].upos != "ADP" and any(w.upos in ("PROPN", "NOUN") for w in following) \
            and not names_a_time(phrase_head(following), context.rules) \
            and not names_a_time(following[0], context.rules) and not _subject_of_what_follows(words, after):
        return following
    start = position - 1
    while start >= 0 and words[start].upos in ("AUX", "ADV"):
        start -= 1
    if joined_to_clause_before(words, start):
        return []
    before = nominal_run(words, start, -1, context.rules)
    if before < start and not context.inside_quote(words[start].start_char):
        phrase = words[before + 1:start + 1]
        return [] if phrase_head(phrase) is None or names_a_time(phrase_head(phrase), context.rules) else phrase
    return []


def _subject_of_what_follows(words: list, after: int) -> bool:
    """"said the agency “should have acted ...”": a noun phrase after the cue that a verb of its
    own follows (past quotation marks) is the statement's subject, not the speaker."""
    index = after
    while index < len(words) and words[index].upos == "PUNCT" and words[index].text != ",":
        index += 1
    quoted = index > after  # a quotation mark between: the statement goes on in quotation marks
    return index < len(words) and finite(words[index]) and (words[index].upos == "AUX"
                                                           or quoted and words[index].upos == "VERB")


def names_a_time(word, rules: Rules) -> bool:
    """"Monday", "late August": a phrase of time, which names no speaker (nor is it said)."""
    return word is not None and word.text.lower() in {*rules.patterns["source"]["dates"], *rules.words("time_words")}


def preceding_source(context: Context, tree: Tree, cue: Cue):
    """Word order's answer when the parse lost the subject before a cue, also across an
    apposition: "Megan Hester, senior associate at the Institute, said ..." -> Hester."""
    phrase = preceding_phrase(context, tree, cue)
    return phrase_head(phrase) if phrase else None


def joined_to_clause_before(words: list, position: int) -> bool:
    """"was joined by Al Franken | and joked": a conjunction right before the verb joins it to
    the clause before, whose subject is the verb's; the words before the conjunction are not."""
    return position >= 0 and words[position].upos == "CCONJ"


def preceding_phrase(context: Context, tree: Tree, cue: Cue) -> list:
    """The noun phrase `preceding_source` finds, all its words ("Biden and Xi")."""
    words = list(tree.words)
    start = cue.word.id - 2
    while start >= 0 and words[start].upos in ("AUX", "ADV"):
        start -= 1
    if joined_to_clause_before(words, start):
        return []
    if start >= 0 and _spaced_dash(words, start, context.rules):
        # "Democracy for America - which ... has endorsed Sanders - said": the aside between
        # dashes is left out, and the phrase before it speaks
        opening = next((i for i in range(start - 1, -1, -1) if _spaced_dash(words, i, context.rules)), None)
        if opening is None:
            return []
        start = opening - 1
    end = start
    if start >= 0 and words[start].text == ",":
        opening = next((i for i in range(start - 1, -1, -1) if words[i].text == ","), None)
        if opening is None:
            return []
        # "Johnson's spokeswoman, Ronnie Reese, said": a name set off there is the speaker's;
        # another aside ("Smith, 64, said", "Smith, a Democrat, said") is left out
        aside = words[opening + 1:start]
        if aside and aside[-1].text == ")" and any(w.text == "(" for w in aside):
            # "Gov. John Kasich (R-OH), said": the party in brackets is part of the name
            aside = aside[:max(i for i, w in enumerate(aside) if w.text == "(")]
        # ("Karine Jean-Pierre": a hyphen joins the parts of a name)
        name_aside = bool(aside) and aside[0].upos == aside[-1].upos == "PROPN" \
            and all(w.upos == "PROPN" or w.text == "-" for w in aside)
        end = start - 1 if name_aside else opening - 1
        start = opening - 1
        if name_aside and not _title_before(words, start, context.rules):
            # "after winning Ohio in the primary, | Gov. John Kasich (R-OH), said": the name alone
            return words[opening + 1:end + 1]
    before = nominal_run(words, start, -1, context.rules)
    if before < start and end == start and before >= 1 and words[before].text == "," \
            and party_tag(words[before + 1:start + 1], context.rules):
        # "Sen. Elizabeth Warren, D-Mass., | criticized the decision, calling ...": a party and
        # state set off name no one; the name before them does
        start = end = before - 1
        before = nominal_run(words, start, -1, context.rules)
    if before < start and not context.inside_quote(words[start].start_char) \
            and not names_a_time(phrase_head(words[before + 1:start + 1]), context.rules):
        return _whole_words(words, before + 1, end + 1)
    return []


def _spaced_dash(words: list, index: int, rules: Rules) -> bool:
    """A dash that sets off an aside ("report - still"; `source.aside_dashes`), not a hyphen
    inside a word."""
    word = words[index]
    spaced_before = index == 0 or words[index - 1].end_char < word.start_char
    spaced_after = index + 1 == len(words) or word.end_char < words[index + 1].start_char
    return word.text in rules.patterns["source"]["aside_dashes"] and spaced_before and spaced_after


def party_tag(words: list, rules: Rules) -> bool:
    """"R-Ky.", "D-N.Y." (tokenized "D-", "N.Y."): a party's initial joined to a state."""
    joiners = rules.words("name_joiners")
    words = [w for w in words if w.upos != "PUNCT" or w.text in joiners]
    if len(words) < 2:
        return False
    first = words[0].text
    stripped = first.rstrip("".join(joiners))
    joined = len(stripped) == len(first) - 1 or words[1].text in joiners
    return stripped.lower() in rules.words("party_initials") and joined


def _whole_words(words: list, start: int, end: int) -> list:
    """words[start:end], not opening on a hyphen: "then-Senate Majority Leader Harry Reid" takes
    in the word the hyphen joins, a hyphen standing alone is left out."""
    if start < end and words[start].text == "-":
        joined = start > 0 and words[start - 1].end_char == words[start].start_char \
            and words[start - 1].upos not in ("PUNCT", "ADP", "CCONJ", "SCONJ")
        start = start - 1 if joined else start + 1
    return words[start:end]


def _title_before(words: list, end: int, rules: Rules) -> bool:
    """A noun phrase of its own ends at `end` ("Johnson's spokeswoman, | Ronnie Reese, said"):
    not the object of a preposition or of a participle ("after winning Ohio in the primary,")."""
    before = nominal_run(words, end, -1, rules)
    lead = words[before + 1:end + 1]
    governed = before >= 0 and words[before].upos in ("ADP", "SCONJ", "VERB")
    return bool(lead) and lead[0].upos != "VERB" and not governed and not names_a_time(phrase_head(lead), rules)


def phrase_head(phrase: list):
    # "the 43-year-old asked": a word made with hyphens heads on its last part
    if len(phrase) >= 3 and phrase[-2].text == "-" and phrase[-3].end_char == phrase[-2].start_char \
            and phrase[-2].end_char == phrase[-1].start_char:
        return phrase[-1]
    # "About 4 in 10 say ...": a share of people is named by its number
    heads = [w for w in phrase if w.upos in ("NOUN", "PROPN", "PRON")] or [w for w in phrase if w.upos == "NUM"]
    # "a spokesperson for the Treasury", "economists at Goldman Sachs": the head comes before
    # the phrase's first preposition
    preposition = next((i for i, w in enumerate(phrase) if w.upos == "ADP" and w.deprel == "case"), None)
    if preposition is not None:
        heads = [w for w in phrase[:preposition] if w.upos in ("NOUN", "PROPN", "PRON")] or heads
    return heads[-1] if heads else None
