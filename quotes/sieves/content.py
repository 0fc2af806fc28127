"""What was said: the content words of a cue, and turning words into an attribution."""

from __future__ import annotations

from quotes.cues import VERB, Cue
from quotes.deps import Tree, base, contiguous_block, feats, finite, indefinite_article, present_participle, span_of
from quotes.marks import QuoteSpan
from quotes.parse import ParsedSentence
from quotes.rules import Rules, timed_match
from quotes.sieves.context import DIRECT, INDIRECT, MIXED, Attribution, Context
from quotes.sieves.sources import (aside_after_the_subject, inverted_subject, name_set_off_before_its_verb,
                                   names_a_time, nominal_run, opening_statement, source_mention_words,
                                   speaker_like, statement_read_as_subject, verb_of_saying)


def trim_edges(words: list, rules: Rules, text: str) -> list:
    """Drop punctuation and conjunctions at the edges, keeping paired quotation marks."""
    edge = set(rules.patterns["content"]["edge_deprels"])
    quote_chars = {c for pair in rules.marks.pairs for c in pair[:2]} | {rules.marks.ambiguous_double}

    kept_at_end = set(rules.patterns["content"]["kept_end_marks"])

    def droppable(word, at_end: bool) -> bool:
        if (base(word.deprel) not in edge and word.deprel not in edge) or (at_end and word.text in kept_at_end):
            return False
        if word.text in quote_chars:
            inside = "".join(w.text for w in words)
            return inside.count(word.text) % 2 == 1 and word.text in (rules.marks.ambiguous_double,) \
                or (word.text in "“‘«" and at_end) or (word.text in "”’»" and not at_end)
        return True

    def abbreviated_title(word) -> bool:
        # "reached deep into the core groups of voters | Mrs. | Clinton must win": a cut made
        # between a title and its name leaves the title, which ends no statement
        lowered = word.text.lower()
        return lowered in rules.title_abbreviations or lowered.endswith(".") and lowered in rules.gendered_words

    while words and (droppable(words[-1], True) or abbreviated_title(words[-1])):
        words = words[:-1]
    while words and droppable(words[0], False):
        words = words[1:]
    return words


def _letters(text: str, start: int, end: int) -> int:
    return sum(1 for char in text[start:end] if char.isalpha())


def content_type(fragments, quotes: list[QuoteSpan], text: str) -> str:
    """Direct when nearly all its letters stand inside quotation marks, mixed when some do."""
    merged: list[list[int]] = []
    for quote in sorted(quotes, key=lambda q: q.start):
        if merged and quote.start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], quote.end)
        else:
            merged.append([quote.start, quote.end])
    letters = sum(_letters(text, start, end) for start, end in fragments)
    quoted = sum(_letters(text, max(start, q_start), min(end, q_end))
                 for start, end in fragments for q_start, q_end in merged if q_start < end and start < q_end)
    if not letters or not quoted:
        return INDIRECT
    return DIRECT if quoted / letters >= 0.85 else MIXED


def content_deprels(cue: Cue, rules: Rules) -> list[str]:
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
    verb with at most adverbs, a particle and a day between (so "called him on Monday" is not
    "call on")."""
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
        # (a day between is when: "spoke out | Tuesday | about the death of ...", and a
        # phrase of the verb's own where or to whom: "talking | to voters | about health care")
        phrases = {w.id for k in tree.kids(cue.word, {"obl"}) if k.id < opener.id and tree.kids(k, {"case"})
                   for w in tree.subtree(k)}
        if (not particle or particles) and all(w.upos == "ADV" or w in particles or names_a_time(w, rules)
                                               or w.id in phrases for w in between):
            return opener
    return None


def entry_words(entry: tuple[str, str]) -> list[str]:
    return [word for word in entry if word]


def phrasal_entries(cue: Cue, rules: Rules) -> list[tuple[str, str]]:
    return [entry for c in rules.verb_classes if c.name in cue.classes for entry in c.phrasal_of(cue.lemma)]


def content_moved_out(tree: Tree, cue: Cue, rules: Rules) -> bool:
    """"the ones he refused to answer", "what he called Machado's sex tape", "to do what": in a
    relative or wh-clause whose object was moved out, the cue's content is not all there."""
    wh_words = rules.words("relative_pronouns") | rules.words("wh_words")
    # "what he called X": the wh-word stands before the cue ("asked what ..." keeps its clause,
    # and so does "which he said the Mexican government should pay for": the parser hung the
    # relative word on the cue, though the clause after it holds the gap)
    # ("the reasons that Trump refuses | to make public his tax returns": an infinitive with
    # an object of its own after the cue holds no gap either; "the ones he refused to answer" does)
    clause_after = any(k.id > cue.word.id and (base(k.deprel) == "ccomp" or base(k.deprel) == "xcomp"
                                               and tree.kids(k, {"obj", "ccomp"}))
                       for k in tree.kids(cue.word))
    if not clause_after and any(base(k.deprel) in ("obj", "xcomp", "ccomp") and k.text.lower() in wh_words
                                and k.id < cue.word.id for k in tree.kids(cue.word)):
        return True
    if cue.word.deprel == "acl:relcl":
        # "the ones [he refused to answer]": no relative word, so the noun is the object;
        # "the interview [in which he said ...]" and "groups [that support ...]" keep theirs.
        # ("what researchers say | they need": the wh-word the clause hangs on is its own, and
        # the gap is in the clause after the cue)
        clause = tree.subtree(cue.word)
        head = tree.head(cue.word)
        after = [k for k in tree.kids(cue.word) if base(k.deprel) == "ccomp" and k.id > cue.word.id]
        own_wh_word = head is not None and head.text.lower() in rules.words("wh_words") and bool(after) \
            and tree.subtree(after[0])[0].text.lower() not in rules.words("complement_openers") \
            and tree.subtree(after[0])[0].upos != "ADP"  # not "what Wahl said | when she resigned"
        adverb_opened = any(k.text.lower() in rules.words("relative_adverbs")
                            for k in tree.kids(cue.word, {"advmod"}))
        return not own_wh_word and not adverb_opened and not any(w.text.lower() in wh_words for w in clause) \
            and any(base(k.deprel) == "nsubj" for k in tree.kids(cue.word))
    return False


def _participle_of_its_own(tree: Tree, kid, rules: Rules) -> bool:
    """"said that there is “only one strong conservative ...,” | adding that ...": a participle
    of reporting after a comma, which the parser took for a second complement, is a statement
    of its own."""
    if kid.upos != "VERB" or not present_participle(kid) \
            or not rules.verb_classes_of((kid.lemma or kid.text).lower()):
        return False
    before = [w for w in tree.words if w.id < kid.id and (w.upos != "PUNCT" or w.text == ",")]
    return bool(before) and before[-1].text == ","  # quotation marks may close before it


def _main_clause_after_opening_verb(tree: Tree, cue: Cue, kid, rules: Rules) -> bool:
    """"Asked about the blast, Clinton said, “...”": the sentence's main verb of saying, with a
    subject of its own, is no content of a subjectless verb that opens the sentence (the
    parser often makes "Asked" the root)."""
    if cue.word is not tree.words[0] or tree.kids(cue.word, {"nsubj", "nsubj:pass", "aux", "aux:pass"}) \
            or kid.upos != "VERB":
        return False
    speaks = verb_of_saying(kid, rules)
    return speaks and any(base(k.deprel) == "nsubj" and k.id < kid.id for k in tree.kids(kid))


def _writers_reporting_clause(tree: Tree, kid, rules: Rules) -> bool:
    """A verb of saying after a comma that reports the whole sentence, which the parser hung on
    the statement's verb: with its subject after it ("Officials felt comfortable ..., | said
    Mr. Barrett") or before it and nothing of its own after ("Officials believe the attack was
    ..., | the newspaper reported.")."""
    if kid.upos != "VERB" or not finite(kid) or not verb_of_saying(kid, rules):
        return False  # not "instead of, say, the Democratic Party"
    subjects = tree.kids(kid, {"nsubj"})  # (passive ones too)
    before = tree.before(kid)
    if before is not None and before.text in rules.patterns["inverted"]["subject_after"] \
            and any(k.id > kid.id for k in subjects) and not any(k.id < kid.id for k in subjects):
        return True
    leading = [k for k in subjects if k.id < kid.id]
    if not leading or tree.kids(kid, {"ccomp", "obj", "xcomp", "parataxis"}):
        return False
    before = tree.before(tree.subtree(leading[0])[0])
    return before is not None and before.text == "," \
        and not [w for w in tree.words if w.id > kid.id and w.upos != "PUNCT"]


def _misparsed_clause(tree: Tree, cue: Cue, kid, rules: Rules) -> bool:
    """A that-clause the parser labelled an adverbial clause ("told reporters [that ...]"), or
    an "infinitive" with a subject of its own ("said [the talks were useful]"): a complement."""
    if kid.id < cue.word.id:
        return False
    if base(kid.deprel) == "advcl":
        marks = {m.text.lower() for m in tree.kids(kid, {"mark"})} & rules.words("clause_marks")
        conditions = marks & rules.words("conditional_marks")
        # "asked the students | if they planned to attend": after a verb of asking, a question
        return bool(marks - conditions) or bool(conditions) and cue.lemma in rules.words("question_verbs")
    if base(kid.deprel) == "xcomp":
        return any(base(k.deprel) == "nsubj" for k in tree.kids(kid))
    if base(kid.deprel) == "conj":
        # "wrote in a memo to staff, obtained by CNN, | that layoffs would begin": a clause the
        # verb's complement mark opens, with no conjunction of its own, is no second verb's
        return not tree.kids(kid, {"cc"}) and any(m.text.lower() in rules.words("complement_openers")
                                                  for m in tree.kids(kid, {"mark"}))
    return False


def _noun_read_as_a_clause(tree: Tree, cue: Cue, kid) -> bool:
    """"White House press secretary Josh Earnest told reporters that ...": a noun before the
    cue that the parser made its clausal complement, with no copula to make it a predicate, is
    the speaker's title, not what was said."""
    phrase = tree.subtree(kid)
    return kid.id < cue.word.id and kid.upos in ("NOUN", "PROPN") and not tree.kids(kid, {"cop"}) \
        and phrase[-1].id == cue.word.id - 1 and not any(w.upos == "PUNCT" for w in phrase)


def _noun_read_as_a_complement(tree: Tree, kid) -> bool:
    """"he said | "budget reforms" and the collection of unpaid taxes would help": a noun the
    parser made the verb's clausal complement though nothing makes it a clause (no subject,
    copula or auxiliary) is an object, which may be the subject of the statement's verb."""
    return base(kid.deprel) == "ccomp" and kid.upos in ("NOUN", "PROPN") \
        and not tree.kids(kid, {"nsubj", "nsubj:pass", "cop", "aux", "mark", "expl"})


def _apposition_read_as_a_clause(tree: Tree, cue: Cue, kid) -> bool:
    """"..., said Brian Baker, a longtime political adviser to ...": a noun set off after the
    speaker who follows the cue, with no copula or subject of its own, describes the speaker;
    the parser made it the cue's clausal complement."""
    if kid.id < cue.word.id or kid.upos not in ("NOUN", "PROPN") or tree.kids(kid, {"cop", "nsubj", "nsubj:pass"}):
        return False
    opening = next(w for w in tree.subtree(kid) if w.upos != "PUNCT" or w is kid)
    comma = tree.before(opening)
    return comma is not None and comma.upos == "PUNCT" and any(
        tree.subtree(k)[-1].id == comma.id - 1 for k in tree.kids(cue.word, {"nsubj"}) if k.id > cue.word.id)


def _clause_hung_on_a_noun(tree: Tree, cue: Cue, kids: list, rules: Rules) -> list:
    """"told the New York Times that she took off eight days": the parser read "that" as a
    relative pronoun and hung the clause on the listener; with "that" opening it and a
    subject of its own, it is the statement."""
    # "suggested in a CBS interview | that Lewandowski was trying ...", "responding to the news
    # | that ...": also on an oblique, where the tagger still read "that" as a conjunction
    # "said Sunday night | that Clinton was trying ...": on a time phrase the parser took for an
    # object, again with "that" read as a conjunction (which the parser may even have made
    # the clause's object: "has said from the start | that he will ...")
    listener = cue.lemma in rules.words("listener_verbs")
    hosts = [k for k in kids if k.id > cue.word.id and (
        base(k.deprel) == "obl" or base(k.deprel) in ("obj", "iobj") and (listener or names_a_time(k, rules)))]
    # "told Fox News on Sunday | that ...": or on the time phrase of such a host
    hosts += [t for host in hosts for t in tree.kids(host, {"nmod", "obl"}) if names_a_time(t, rules)]

    def opened_by_that(clause, host) -> bool:
        opening = tree.subtree(clause)[0]
        return opening.head == clause.id and opening.text.lower() in rules.words("clause_marks") \
            and (listener and base(host.deprel) in ("obj", "iobj") and base(opening.deprel) == "mark"
                 or opening.upos == "SCONJ")

    def opened_by_its_subject(clause, host) -> bool:
        # "told reporters | he was disappointed": no mark, the listener right after the cue,
        # then the clause's subject (not "tell the I.R.S. anything | it doesn't know", where
        # the parser may take "anything" for the listener)
        inside = tree.subtree(clause)
        if tree.subtree(host)[0].id != cue.word.id + 1 \
                or host.upos == "PRON" and feats(host).get("PronType") != "Prs":
            return False
        opening = inside[0]
        return listener and base(host.deprel) in ("obj", "iobj") and base(opening.deprel) == "nsubj" \
            and opening.head == clause.id and opening.text.lower() not in rules.words("relative_pronouns") \
            and opening.text.lower() not in rules.words("wh_words") \
            and opening.id - 1 == max(w.id for w in tree.subtree(host) if w not in inside) \
            and tree.word(opening.id - 1).upos in ("NOUN", "PROPN", "PRON")

    # (the parser may also call the clause a plain "acl": "told city leaders | that the United
    # States should be governed by ...")
    return [clause for host in hosts
            for clause in tree.kids(host, {"acl:relcl", "acl"})
            if (opened_by_that(clause, host) or opened_by_its_subject(clause, host))
            and any(base(k.deprel) == "nsubj" for k in tree.kids(clause))][:1]


def _subject_read_as_a_relative_clause(tree: Tree, cue: Cue, kids: list, clausal: list, rules: Rules) -> list:
    """"told analysts on a call | that demand for cloud services | remained strong": the parser
    read "that" as a relative pronoun, the subject's noun as its verb, and hung them on the
    noun before; the cue's clause right after them has no subject of its own. The "relative
    clause", whose words open the statement, or nothing."""
    if len(clausal) != 1 or _has_subject(tree, clausal[0]):
        return []
    opening = tree.subtree(clausal[0])[0]
    return [clause for host in kids if host.id > cue.word.id and base(host.deprel) == "obl"
            for clause in tree.kids(host, {"acl:relcl"})
            if tree.subtree(clause)[-1].id + 1 == opening.id
            and tree.subtree(clause)[0].text.lower() in rules.words("clause_marks")
            and base(tree.subtree(clause)[0].deprel) == "nsubj"][:1]


def _after_quote(tree: Tree, cue: Cue) -> bool:
    """"“…,” said Reince Priebus": after a quotation mark, or after a comma when a name follows,
    the object is the speaker; "Coffman, a Republican ..., denounced Mr. Trump's remarks" keeps
    its object."""
    before = [w for w in tree.words if w.id < cue.word.id and w.upos != "ADV"]
    if not before or before[-1].upos != "PUNCT" or before[-1].text in (")", "]"):
        return False  # "Harry Reid (D) relentlessly attacked the Koch brothers": a bracket closes no quotation
    if before[-1].text != ",":
        return True
    if present_participle(cue.word):
        return False  # "..., calling Obama an “ignorant baboon”": a participle keeps its object
    if any(k.id < cue.word.id for k in tree.kids(cue.word, {"nsubj"})):
        return False  # "The White House, in a statement, blamed “extreme MAGA Republicans”"
    return any(k.upos in ("PROPN", "PRON") for k in tree.kids(cue.word, {"obj", "iobj"}) if k.id > cue.word.id)


def relative_clause_read_as_a_complement(tree: Tree, cue_word, clause, rules: Rules) -> bool:
    """"“...,” said Mr. Ekovich, | who noted that ...": a clause whose subject is a relative
    pronoun, set off by a comma right after the speaker named after the cue, says something
    of the speaker, not what was said (not "asked | who said it", a question, nor "said Trump,
    who ..., was seeking ...", where the relative clause is on the statement's subject)."""
    opening = tree.first_word(clause)
    before = tree.before(opening)
    if opening.text.lower() not in rules.words("relative_only") or before is None or before.text != "," \
            or opening not in tree.kids(clause, {"nsubj", "nsubj:pass"}):
        return False
    # (an inverted speaker after a verb with a listener may be parsed as that listener: "asked
    # Sen. Barbara Mikulski of Maryland, | who wants ...")
    speakers = [k for k in tree.kids(cue_word, {"nsubj", "nsubj:pass"}) if k.id > cue_word.id] or \
        [k for k in tree.kids(cue_word, {"obj", "iobj"}) if tree.first_word(k).id == cue_word.id + 1
         and not tree.kids(cue_word, {"nsubj", "nsubj:pass"})]
    return any(tree.subtree(k)[-1].id + 1 == before.id for k in speakers)


def time_clause_read_as_a_complement(tree: Tree, clause, rules: Rules) -> bool:
    """"said during a panel | after the first-term senator easily won his primary": a clause
    opened by a subordinator of time (hung on the clause's verb or, as a preposition, on its
    subject) tells when, not what was said ([words] time_clause_openers)."""
    # (the phrase's very first word: a comma hung on the clause keeps it a complement; taking
    # the first word past it cost PolNeAR dev 2 right statements)
    opening = tree.subtree(clause)[0]
    return opening.text.lower() in rules.words("time_clause_openers") \
        and base(opening.deprel) in ("mark", "case") \
        and (tree.head(opening) is clause or tree.head(opening) in tree.kids(clause, {"nsubj", "nsubj:pass"}))


def _clause_proform(tree: Tree, cue: Cue, rules: Rules):
    """"Ted Cruz apparently thinks | so, too", "55 percent said | so in December": a word
    standing for a clause right after a verb of saying or believing, and nothing of its own
    after it ([words] clause_proforms; not "said so much"). The word, or None."""
    following = tree.after(cue.word)
    if following is None or following.text.lower() not in rules.words("clause_proforms") \
            or not {"speech", "belief"} & set(cue.classes):
        return None
    after = tree.after(following)
    return following if after is None or after.upos in ("PUNCT", "ADP") else None


def _clause_read_as_an_indirect_object(tree: Tree, cue: Cue, kid, rules: Rules) -> bool:
    """"said | the union expected production to improve ...": after a verb with no listener,
    an "indirect object" that holds a verb is a clause the parser broke up (its verb read as a
    modifier of its object)."""
    return kid.id > cue.word.id and cue.lemma not in rules.words("listener_verbs") \
        and any(w.upos in ("VERB", "AUX") for w in tree.subtree(kid) if w is not kid)


def verb_content_words(tree: Tree, cue: Cue, rules: Rules) -> list:
    """Words of a verb cue's content: its clausal complement, else object/oblique content."""
    allowed = content_deprels(cue, rules)
    kids = tree.kids(cue.word)
    if inverted_subject(tree, cue.word, rules) is not None:
        kids = [k for k in kids if k.id < cue.word.id]  # "X, said DeSantis, who ...": X is the statement
        misread = statement_read_as_subject(tree, cue.word, rules) or opening_statement(tree, cue.word)
        if misread is not None:  # "Defending that terrain is ..., said a handful of Democrats"
            return [w for w in tree.subtree(misread) if w.id < cue.word.id - 1]
    if content_moved_out(tree, cue, rules):
        return []
    answer = _answer_after(tree, cue, rules)
    if answer:
        return answer
    min_words = rules.patterns["content"]["min_words"]
    clausal = [k for k in kids if k.deprel in ("ccomp", "parataxis") and k.deprel in allowed
               or "ccomp" in allowed and _misparsed_clause(tree, cue, k, rules)]
    clausal = [k for k in clausal if not _participle_of_its_own(tree, k, rules)
               and not _main_clause_after_opening_verb(tree, cue, k, rules)
               and not _noun_read_as_a_clause(tree, cue, k)
               and not _apposition_read_as_a_clause(tree, cue, k)
               and not aside_after_the_subject(tree, cue.word, k)
               and not _writers_reporting_clause(tree, k, rules)]
    # (a clause of time after the statement's own clause goes on with it: "said he was riding
    # the fence | until Haley said ...")
    clausal = [k for k in clausal if not time_clause_read_as_a_complement(tree, k, rules)
               or any(cue.word.id < m.id < k.id for m in clausal)]
    # "Mrs. Clinton, who did not say ..., said on Wednesday | that ...": a clause before the
    # cue gives way to one hung on a word after it
    if all(k.id < cue.word.id for k in clausal) and "ccomp" in allowed:
        clausal = _clause_hung_on_a_noun(tree, cue, kids, rules) or clausal
    elif "ccomp" in allowed:
        # "said in a statement | that the case showed his office | would pursue fraud": the
        # statement opens in a clause hung on the noun and goes on in the cue's own clause
        hung = _clause_hung_on_a_noun(tree, cue, kids, rules) \
            or _subject_read_as_a_relative_clause(tree, cue, kids, clausal, rules)
        if hung and all(k.id > hung[0].id for k in clausal) and tree.subtree(hung[0])[-1].id + 1 == min(
                tree.subtree(k)[0].id for k in clausal):
            clausal = hung + clausal
    chosen = []
    reason = None
    dropped: list = []  # the preposition of a phrasal cue stays outside its content
    # "would not say how ..., saying only that ...", "attacked Trump, saying | he would ...": a
    # clause after another cue of ours (which the parser hung on ours) is that cue's content
    other_cues = [k for k in kids if k not in clausal and k.id > cue.word.id and k.upos == "VERB"
                  and rules.verb_classes_of((k.lemma or k.text).lower())]
    # "joked that ..., but went on to say, “...”": or one hung deeper, in another dependent
    inside = {w.id for k in clausal for w in tree.subtree(k)}
    other_cues += [w for k in kids if k not in clausal and k.id > cue.word.id and k.upos == "VERB"
                   for w in tree.subtree(k) if w is not k and w.id not in inside and w.upos == "VERB"
                   and _verb_chain_to(tree, w, k) and rules.verb_classes_of((w.lemma or w.text).lower())]
    if other_cues:
        clausal = [k for k in clausal if k.id < min(o.id for o in other_cues)]
    # ("..., political analysts say; | in 2012, Mitt Romney stumbled ...": past a semicolon
    # the writer goes on in a sentence of his own)
    clausal = [k for k in clausal if k.id < cue.word.id or not any(
        w.text == ";" and cue.word.id < w.id < tree.first_word(k).id for w in tree.words)] or clausal
    if clausal:
        after = [k for k in clausal if k.start_char > cue.start]
        chosen = after or clausal
        subjectless = not any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(chosen[0]))
        # "asked the students | if they ...": a subordinator opens the clause, so no word
        # before it can be the clause's subject
        opening = tree.subtree(chosen[0])[0]
        opened = base(opening.deprel) == "mark" and opening.text.lower() in rules.words("complement_openers")
        if after and not opened and ("obj" in allowed or subjectless):
            # "says such techniques are inhumane", "knew some of this was coming": parsers
            # often take the clause's subject for the verb's object (or, after a verb that
            # has no listener, its indirect object: "said the politics ... would be more
            # intense"); it belongs to the statement.
            taken = {"obj"} if cue.lemma in rules.words("listener_verbs") else {"obj", "iobj"}
            chosen = [k for k in kids if base(k.deprel) in taken and cue.word.id < k.id < chosen[0].id
                      and k.text.lower() not in rules.words("time_words")] + chosen
        if not after and not any(base(k.deprel) in ("nsubj", "expl") for c in chosen for k in tree.kids(c)):
            # "Trump's grasp of policy is worrying, Cuban said": the parser gave the cue the
            # clause's subject as a second subject; the one before the clause belongs to it.
            first = min(c.id for c in chosen)
            subjects = [k for k in kids if base(k.deprel) == "nsubj" and k.id < first]
            if subjects and any(base(k.deprel) == "nsubj" and k.id > first for k in kids):
                chosen = subjects[:1] + chosen
    elif any(_phrasal_preposition(tree, cue, kid, rules) for kid in kids):
        kid = next(k for k in kids if _phrasal_preposition(tree, cue, k, rules))
        dropped.append(_phrasal_preposition(tree, cue, kid, rules))
        chosen = [kid]
    else:
        for kid in kids:
            relation = kid.deprel
            infinitive = _infinitive(tree, kid)
            if (relation == "xcomp" or infinitive) and "xcomp" in allowed and kid.upos in ("VERB", "AUX", "ADJ"):
                chosen.append(kid)
            elif base(relation) == "iobj" and "obj" in allowed \
                    and _clause_read_as_an_indirect_object(tree, cue, kid, rules):
                chosen.append(kid)
            elif base(relation) == "obj" and "obj" in allowed and _object_may_be_content(tree, cue, kid, rules):
                if (len(tree.subtree(kid)) >= min_words or kid.upos == "PROPN") \
                        and not _after_quote(tree, cue) and kid.text.lower() not in rules.words("relative_pronouns") \
                        and kid.text.lower() not in rules.words("time_words"):
                    chosen.append(kid)
            elif base(relation) == "obl" and "obl" in allowed:
                prepositions = _prepositions(cue, rules)
                cases = [c for c in tree.kids(kid, {"case"}) if (c.lemma or c.text).lower() in prepositions]
                if cases:
                    chosen.append(kid)
                    dropped.append(cases[0])  # "assured them | of X": the preposition stays out
            if base(relation) == "obj" and "obl" in allowed:
                # "assured Blinken of China's commitment": parsers hang the "of" phrase on the object.
                for modifier in tree.kids(kid, {"nmod"}):
                    opening = tree.subtree(modifier)[0]  # the preposition, wherever it hangs
                    if opening.upos == "ADP" and opening.text.lower() in _prepositions(cue, rules):
                        chosen.append(modifier)
                        dropped.append(opening)
        xcomps = [k for k in chosen if k.deprel in ("xcomp", "advcl")]
        if xcomps:
            # "expect the visit to lead to ...": the object is the subject of the complement
            # (PolNeAR keeps the one told in "asked X to ..." about as often as it leaves it out)
            objects = [k for k in kids if base(k.deprel) == "obj" and k.start_char < xcomps[0].start_char]
            chosen = objects[:1] + xcomps
        if any(base(k.deprel) == "nmod" for k in chosen):
            chosen = [k for k in chosen if base(k.deprel) == "nmod"]
        if chosen and all(base(k.deprel) == "obj" for k in chosen) and "obj" not in _object_classes(cue, rules):
            chosen = []
        reason = _reason_after_object(tree, cue, kids, chosen, rules)
    if not chosen and cue.lemma in rules.words("small_clause_verbs") and _a_finding_speaks(tree, cue, rules):
        # "A survey found | Mrs. Clinton with a lead of 48 percent": what a poll, study or
        # report finds is an object with a predicate after it, though the verb's statements
        # are otherwise clauses (not "Romney found himself in a tight race")
        objects = [k for k in kids if base(k.deprel) == "obj" and k.id > cue.word.id
                   and k.text.lower() not in rules.words("reflexives")]  # ("Fox News found itself ...")
        if objects:
            words = sorted(tree.subtree(objects[0]), key=lambda w: w.id)
            if len(_with_the_objects_predicate(tree, cue, words, rules)) > len(words):
                chosen = objects[:1]
    chosen = _with_following_siblings(tree, cue, chosen, rules)
    if reason is not None and reason not in chosen:
        chosen = chosen + [reason]
    words: list = []
    for kid in chosen:
        words.extend(tree.subtree(kid))
    if chosen and all(base(k.deprel) == "obj" or _part_of_the_object(tree, k, rules) or _noun_read_as_a_complement(tree, k)
                      for k in chosen):
        words = _object_as_subject(tree, cue, words, rules)
        words = _through_predicate(tree, cue, words, rules)
    if chosen and base(chosen[0].deprel) == "obj":
        words = _with_the_objects_predicate(tree, cue, sorted(words, key=lambda w: w.id), rules)
    words = [w for w in words if (w.start_char > cue.end or w.end_char <= cue.start) and w not in dropped]
    if not words:
        proform = _clause_proform(tree, cue, rules)
        return [proform] if proform is not None else []
    words.sort(key=lambda w: w.id)
    side = [w for w in words if w.start_char > cue.end] or words
    if len(side) == 1 and side[0].text.lower() in rules.words("reflexives"):
        return []  # "Rubio defended | himself": the one defended, nothing said
    return side


def _answer_after(tree: Tree, cue: Cue, rules: Rules) -> list:
    """"said | yes", "said | yes, yes, yes, over and over again": a one-word answer right after
    a verb of saying, standing alone, is what was said, wherever the parser hung it (often on
    the next clause)."""
    if "speech" not in cue.classes:
        return []
    answers = rules.words("answer_words")
    words = list(tree.words)
    answer: list = []
    position = cue.word.id  # (ids count from 1: the word after the cue)
    while position < len(words) and words[position].text.lower() in answers and words[position].upos == "INTJ":
        answer.append(words[position])
        position += 1
        if position + 1 < len(words) and words[position].text == "," \
                and words[position + 1].text.lower() in answers:
            position += 1
    if not answer:
        return []
    after = words[position] if position < len(words) else None
    return answer if after is None or after.upos in ("PUNCT", "CCONJ") else []


def _infinitive(tree: Tree, kid) -> bool:
    """An infinitive the parser hung on the verb as an adverbial clause, or as a prepositional
    phrase with "to" for its preposition ("urged women | to vote for Clinton"); not a gerund
    after the preposition "to" ("commitment | to establishing ...")."""
    if base(kid.deprel) == "advcl":
        return kid.xpos != "VBG" and tree.to_infinitive(kid)
    return base(kid.deprel) == "obl" and kid.upos == "VERB" and kid.xpos == "VB" \
        and any(m.text.lower() == "to" for m in tree.kids(kid, {"case", "mark"}))


def _verb_chain_to(tree: Tree, word, ancestor) -> bool:
    """`word` hangs from `ancestor` through verbs joined, complemented or adverbial only ("went
    on | to say"), not through a noun or a relative clause."""
    while word is not ancestor:
        if base(word.deprel) not in ("xcomp", "conj", "advcl") or word.upos not in ("VERB", "AUX"):
            return False
        word = tree.head(word)
        if word is None:
            return False
    return True


def predicate_words(cue: Cue, rules: Rules, of_objects: bool = True) -> frozenset[str]:
    """The words one of which must follow the cue's object for the object to be content
    (`object_then` in cues.toml: "cast her rival | as ...", not "cast a ballot"); none when
    one of the cue's classes takes objects (or, not `of_objects`, any content) as it comes."""
    classes = [c for c in rules.verb_classes if c.name in cue.classes and (not of_objects or "obj" in c.content)]
    if not classes or any(not c.object_then for c in classes):
        return frozenset()
    return frozenset().union(*(c.object_then for c in classes))


def _object_may_be_content(tree: Tree, cue: Cue, kid, rules: Rules) -> bool:
    needed = predicate_words(cue, rules)
    last = tree.subtree(kid)[-1].id
    return not needed or last < len(tree.words) and tree.word(last + 1).text.lower() in needed


def _reason_after_object(tree: Tree, cue: Cue, kids: list, chosen: list, rules: Rules):
    """"criticized Clinton | for supporting the 1994 crime bill", "accused Republicans | of
    placing ...": the cue's own preposition right after its object opens the rest of the
    statement, which runs on over it."""
    if len(chosen) != 1 or base(chosen[0].deprel) != "obj":
        return None
    end = tree.subtree(chosen[0])[-1].id
    prepositions = {preposition for particle, preposition in phrasal_entries(cue, rules) if not particle}
    for kid in kids:
        relation = base(kid.deprel)
        if relation not in ("obl", "advcl") or kid.id <= end or kid.text.lower() in rules.words("time_words"):
            continue
        openers = tree.kids(kid, {"case"} if relation == "obl" else {"mark"})
        if any(o.id == end + 1 and (o.lemma or o.text).lower() in prepositions for o in openers):
            return kid
    return None


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
        nominal_conj = kid.deprel == "conj" and kid.upos in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") \
            and not _has_subject(tree, kid)
        if object_only and _name_given(tree, cue, kid, result, rules):
            result.append(kid)
            continue
        if base(kid.deprel) not in extend and kid.deprel not in extend and not nominal_conj \
                and not _coordinated_content(tree, kid, rules):
            break
        if object_only and not _continues_object(tree, kid, rules):
            break
        if base(kid.deprel) == "obl" and kid.text.lower() in rules.words("time_words"):
            break  # "stressed those worries | on Sunday at a forum": when, not what
        if kid.upos == "VERB" and present_participle(kid) and tree.word(kid.id - 1).text == "," \
                and not tree.kids(kid, {"mark"}):
            break  # "his hope to meet Xi again, | building on their meeting": what he did next
        if kid.upos in ("VERB", "AUX") and rules.verb_classes_of((kid.lemma or kid.text).lower()) \
                and not _second_complement(tree, kid, rules) and not _infinitive_goes_on(tree, kid):
            # A new statement starts here; what stands before its comma still belongs to ours.
            last = max(w.id for k in result for w in tree.subtree(k))
            comma = next((w for w in tree.words if last < w.id < kid.id and w.text == ","), None)
            if comma is not None:
                result.extend(w for w in tree.words if last < w.id < comma.id)
            break
        result.append(kid)
    return result


def _object_as_subject(tree: Tree, cue: Cue, words: list, rules: Rules) -> list:
    """"said budget reforms and the collection of unpaid taxes would help finance them": when
    a finite verb the object does not hold follows it, the parser took the subject of the
    reported clause for the verb's object; the statement runs on to the clause's end."""
    if not {"speech", "belief"} & set(cue.classes) or not words or words[0].id < cue.word.id:
        return words
    inside = {w.id for w in words}
    stops = rules.words("relative_pronouns") | rules.words("wh_words")
    sentence = list(tree.words)
    end = len(sentence)
    while end > 0 and sentence[end - 1].upos == "PUNCT":
        end -= 1
    for index in range(max(inside), end):
        word = sentence[index]
        if word.id in inside:
            continue
        if word.text in (";", ":", "(") or word.text.lower() in stops or word.upos == "SCONJ":
            return words
        if word.upos in ("VERB", "AUX") and base(word.deprel) != "case":  # "including jobs" is a preposition
            if not finite(word) or rules.verb_classes_of((word.lemma or word.text).lower()):
                return words
            predicate = tree.head(word) if base(word.deprel) in ("aux", "cop") else word
            if sentence[max(inside)].text == "," and predicate is not None and any(
                    max(inside) < k.id < word.id for k in tree.kids(predicate, {"nsubj", "nsubj:pass", "expl"})):
                return words  # "said his piece, | he is ready": the verb has a subject of its own
            first = words[0].id - 1
            return sentence[first:statement_end(sentence, first, end, rules)]
    return words


def _through_predicate(tree: Tree, cue: Cue, words: list, rules: Rules) -> list:
    """"cast himself | as a Sanders-style progressive": the predicate the object needs (which
    `_object_may_be_content` found right after it) belongs to the statement, wherever the
    parser hung its words."""
    needed = predicate_words(cue, rules)
    if not words or not needed or words[0].id < cue.word.id:
        return words
    sentence, last, end = _after_the_object(tree, words)
    if last >= end or sentence[last].text.lower() not in needed:
        return words
    return sentence[words[0].id - 1:statement_end(sentence, last, end, rules)]


def _after_the_object(tree: Tree, words: list) -> tuple[list, int, int]:
    """The sentence's words, the object's last id (so that sentence[last] is the word after
    it: ids count from 1) and where the sentence's words end before its closing marks."""
    sentence = list(tree.words)
    end = len(sentence)
    while end > 0 and sentence[end - 1].upos == "PUNCT":
        end -= 1
    return sentence, max(w.id for w in words), end


def _with_the_objects_predicate(tree: Tree, cue: Cue, words: list, rules: Rules) -> list:
    """"Polls show | Clinton up by 10 points", "Several polls show | Sanders within two points of
    Clinton": what a finding shows is its object with the predicate after it ([words]
    small_clause_verbs, a finding speaking), however the parser hung the predicate's words on
    the verb."""
    if not words or cue.lemma not in rules.words("small_clause_verbs") or words[0].id < cue.word.id \
            or not _a_finding_speaks(tree, cue, rules):
        return words  # (not "He has shown much greater leadership | in pushing ...")
    sentence, last, end = _after_the_object(tree, words)
    if last >= end or sentence[last].upos in ("PUNCT", "CCONJ") \
            or sentence[last].text.lower() in rules.words("time_words"):
        return words
    attached = sentence[last]
    while attached.head not in (cue.word.id, 0) and attached.head > last:
        attached = sentence[attached.head - 1]
    if attached.head != cue.word.id or base(attached.deprel) in ("conj", "parataxis", "ccomp", "punct", "cc"):
        return words
    return sentence[words[0].id - 1:statement_end(sentence, last, end, rules)]


def _a_finding_speaks(tree: Tree, cue: Cue, rules: Rules) -> bool:
    """The verb's subject is a poll, study, report or record ([media_heads] in speakers.toml)."""
    return any((k.lemma or k.text).lower() in rules.media_heads for k in tree.kids(cue.word, {"nsubj"}))


def _name_given(tree: Tree, cue: Cue, kid, content: list, rules: Rules) -> bool:
    """"called it | a reckless giveaway": the name a naming verb gives its object follows the
    object at once, whatever relation the parser gave it."""
    if cue.lemma not in rules.words("naming_verbs") or kid.upos not in ("NOUN", "PROPN", "ADJ", "NUM") \
            or kid.text.lower() in rules.words("time_words"):
        return False
    last = max(w.id for k in content for w in tree.subtree(k))
    return tree.subtree(kid)[0].id == last + 1


def _part_of_the_object(tree: Tree, kid, rules: Rules) -> bool:
    """"blamed several factors, | including congressional budget cuts ...": a phrase that names
    some of what the object holds ([content] object_part_openers), wherever the parser hung it."""
    openers = tree.kids(kid, {"case", "mark"})
    return base(kid.deprel) in ("obl", "advcl", "nmod") and any(
        w.text.lower() in rules.patterns["content"]["object_part_openers"] for w in openers)


def _continues_object(tree: Tree, kid, rules: Rules) -> bool:
    """After an object, only a complement goes on with it ("described the incident | as a
    terrible situation", "emphasized the importance | in order to ..."); adjuncts of time,
    place and reason ("mentioned Machado | since the debate") do not."""
    content = rules.patterns["content"]
    if base(kid.deprel) in content["object_extend_deprels"] or kid.deprel == "conj" and kid.upos != "VERB" \
            or _part_of_the_object(tree, kid, rules):
        return True
    openers = tree.kids(kid, {"case", "mark"})
    if not openers and kid.upos == "VERB" and present_participle(kid) and tree.word(kid.id - 1).text != ",":
        return True  # "his tweets | shaming a former Miss Universe": a participle on the object
    return any(w.text.lower() in content["object_extend_openers"] for w in openers)


def _second_complement(tree: Tree, kid, rules: Rules) -> bool:
    """"said A, but that he would not support B": a conjunct opened like a complement is a
    second part of what was said, whatever its verb."""
    opening = {w.text.lower() for w in tree.kids(kid, {"mark", "advmod"}) if w.id < kid.id}
    return kid.deprel == "conj" and bool(opening & rules.words("complement_openers"))


def _coordinated_content(tree: Tree, kid, rules: Rules) -> bool:
    """"said that A, and that B", "could not explain why A or why B", "plans to join A and
    live stream B": parsers hang the second part on the cue; it goes on with the content
    when it opens like a complement, has no subject of its own, or follows "and" directly. A
    noun or adjective with a subject ("..., but polls are not a measure") heads a clause too."""
    if kid.deprel != "conj" or kid.upos not in ("VERB", "AUX") and not _has_subject(tree, kid):
        return False
    if _second_complement(tree, kid, rules) or _predicate_in_the_statements_tense(tree, kid) \
            or _infinitive_goes_on(tree, kid):
        return True
    if _quotation_opens_it(tree, kid, rules):
        return True
    contrast = {w.text.lower() for w in tree.kids(kid, {"cc"})} & rules.words("contrast_conjunctions")
    if contrast:
        return False
    if not any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(kid)):
        return True
    # "claimed that crime has gone down and the prison population has gone down": a clause
    # with a subject of its own goes on with the content when joined without a comma and
    # reporting nothing itself ("..., and the crowd cheered" is the writer's)
    conjunctions = tree.kids(kid, {"cc"})
    return bool(conjunctions) and tree.word(conjunctions[0].id - 1).text != "," \
        and not rules.verb_classes_of((kid.lemma or kid.text).lower())


def _quotation_opens_it(tree: Tree, kid, rules: Rules) -> bool:
    """"says political correctness has run amok, and | “we’re going to get away from” that":
    a clause that opens, right after its conjunction, with the speaker's quoted words goes on
    with what they said."""
    conjunctions = tree.kids(kid, {"cc"})
    if not conjunctions:
        return False
    following = tree.word(conjunctions[0].id + 1) if conjunctions[0].id < len(tree.words) else None
    return following is not None and opens_a_quotation(following, rules)


def opens_a_quotation(word, rules: Rules) -> bool:
    """The word is a mark that opens a quotation (the tagger's `` covers the doubled marks)."""
    return word.upos == "PUNCT" and (word.text in rules.marks.opening_marks or word.xpos == "``")


def _predicate_in_the_statements_tense(tree: Tree, kid) -> bool:
    """"said the agency respects privacy | but needs lawful access": a verb in the present with
    no subject of its own, joined to a cue in the past, cannot be what the speaker went on to
    do; it goes on with the statement's subject."""
    cue = tree.head(kid)
    return cue is not None and finite(kid) and finite(cue) and not _has_subject(tree, kid) \
        and feats(kid).get("Tense") == "Pres" and feats(cue).get("Tense") == "Past"


def _infinitive_goes_on(tree: Tree, kid) -> bool:
    """"declined to threaten Moscow | or even directly declare it responsible": a bare verb
    joined to a cue that is no bare verb itself cannot be what the speaker went on to do (that
    would be "declared"); it is a second infinitive after the cue's own. So is one marked by
    "to" after a cue that is not ("doesn't want the attacks to stick, | or to appear flustered")."""
    cue = tree.head(kid)
    if cue is None or kid.deprel != "conj" or kid.xpos != "VB" or _has_subject(tree, kid) or tree.kids(kid, {"aux"}):
        return False
    if cue.xpos not in ("VBD", "VBZ", "VBN", "VBG") and not (tree.to_infinitive(kid) and not tree.to_infinitive(cue)):
        return False
    infinitives = [k for k in tree.kids(cue) if base(k.deprel) == "xcomp"] \
        + [a for k in tree.kids(cue, {"obj"}) for a in tree.kids(k, {"acl"})]
    return any(k.id < kid.id and tree.to_infinitive(k) for k in infinitives)


def _has_subject(tree: Tree, word) -> bool:
    return any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(word))


def _object_classes(cue: Cue, rules: Rules) -> set[str]:
    return {"obj"} if any(base(d) == "obj" for d in content_deprels(cue, rules)) else set()


MAIN_SUBJECT_WITHIN = 9  # words after the comma: "Asked ..., Johnson's spokeswoman, Ronnie Reese, said"
SUBJECT_TAGS = {"NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ", "ADP", "ADV", "PUNCT"}


def before_main_clause(tree: Tree, cue: Cue, words: list, rules: Rules) -> list:
    """"Asked if her practices were illegal, 46 percent said yes": a participle that opens the
    sentence with no subject of its own has the question as its content; the clause after the
    comma, with a subject of its own, is the sentence's main clause, which parsers often hang
    on the participle."""
    opening = [w for w in tree.words[:cue.word.id - 1] if w.upos != "PUNCT"]
    if (len(opening) > 1 or opening and base(opening[0].deprel) != "mark"
            or tree.kids(cue.word, set(rules.patterns["source"]["deprels"]) | {"nsubj:pass", "aux"})) \
            and not _in_opening_subordinate_clause(tree, cue, words):
        return words
    ordered = sorted(words, key=lambda w: w.id)
    possessives = rules.words("possessive_markers")
    for position, word in enumerate(ordered[:-1]):
        if word.text != "," or position == 0:
            continue
        # by word order, as the parser's attachments are what went wrong: a noun phrase and a
        # finite verb ("46 percent of voters said", "he says", "Mr. Smith shot back"), the verb
        # perhaps past the content's end ("Asked about the report, Johnson's spokeswoman,
        # Ronnie Reese, said ...", with the speaker hung on the participle)
        following = tree.words[word.id:word.id + MAIN_SUBJECT_WITHIN]
        subject = _subject_before_finite_verb(following, SUBJECT_TAGS | {"PART"})
        if subject and not any(w.text.lower() in rules.words("relative_pronouns") for w in subject) \
                and all(w.upos != "PART" or w.text.lower() in possessives for w in subject):
            return ordered[:position]
    return words


def _in_opening_subordinate_clause(tree: Tree, cue: Cue, words: list) -> bool:
    """"While a federal judge found that action unconstitutional, | his decision was
    overturned": a cue in a subordinate clause before the main clause; its statement, after
    it, ends where the main clause begins."""
    marks = [m for m in tree.kids(cue.word, {"mark"}) if m.upos == "SCONJ" and m.id < cue.word.id]
    governor = tree.head(cue.word)
    return bool(marks) and bool(words) and min(w.id for w in words) > cue.word.id \
        and next(w for w in tree.subtree(cue.word) if w.upos != "CCONJ").id == marks[0].id \
        and governor is not None and governor.id > cue.word.id


def _subject_before_finite_verb(words: list, tags: set) -> list | None:
    """By word order, the start of a clause: words tagged `tags`, a noun or pronoun among
    them, and then a finite verb (the first in `words`). Returns the subject's words."""
    index = next((i for i, w in enumerate(words) if w.upos in ("VERB", "AUX") and finite(w)), None)
    subject = words[:index] if index else []
    if subject and all(w.upos in tags for w in subject) and any(w.upos in ("NOUN", "PROPN", "PRON") for w in subject):
        return subject
    return None


def with_parenthetical_opening(tree: Tree, cue: Cue, source, words: list, rules: Rules) -> list:
    """"The latest test, North Korea said, was its biggest yet": the statement runs around the
    parenthetical reporting clause, from the sentence's start."""
    if source is None or not words:
        return words
    mention = source_mention_words(tree, source, rules)
    first = min(w.id for w in mention + [cue.word])
    last = max(w.id for w in mention + [cue.word])
    when = _when_said(tree, cue, rules)
    while last + 1 in when:  # "..., two Fed officials said | on Friday |, as ...": inside the aside
        last += 1
    # "The difference now, he told | me on Friday |, is that ...": a listener and a time stand
    # in the aside too, where the statement goes on with its verb after it
    beyond = _past_listener_and_time(tree, cue, last, rules)
    following = tree.word(beyond + 2) if beyond + 2 <= len(tree.words) else None
    if beyond > last and following is not None and following.upos in ("AUX", "VERB") \
            and tree.word(beyond + 1).text == ",":
        last = beyond
    before = [w for w in tree.words if w.id < first]
    after = tree.word(last + 1) if last < len(tree.words) else None
    # Both commas around the reporting clause; "On Sunday, Trump said that ..." has only one.
    # ("Business, she says, has never been worse": a lone subject is enough)
    lone_subject = len(before) == 2 and before[0].upos in ("NOUN", "PROPN")
    if len(before) < 3 and not lone_subject or before[-1].text != "," or after is None or after.text != "," \
            or min(w.id for w in words) < cue.word.id:
        return words
    return before + [w for w in words if w.id > last]


def _past_listener_and_time(tree: Tree, cue: Cue, last: int, rules: Rules) -> int:
    """The id of the last word of the listener and the time hung on the cue right after the
    word with id `last` ("he told | me on Friday |"): both are part of the reporting clause."""
    moved = True
    while moved:
        moved = False
        for kid in tree.kids(cue.word):
            phrase = tree.subtree(kid)
            listener = base(kid.deprel) in ("iobj", "obj") and cue.lemma in rules.words("listener_verbs") \
                and speaker_like(kid, rules, frozenset())  # ("urged | consideration of ..." is no one)
            if phrase[0].id == last + 1 and (listener or _time_of_saying(tree, kid, rules)):
                last, moved = phrase[-1].id, True
    return last


def _when_said(tree: Tree, cue: Cue, rules: Rules) -> set[int]:
    """Ids of the words of a time hung on the cue right after it ("said | on Friday |, as ..."),
    which says when it was said, no part of what was."""
    return {w.id for k in tree.kids(cue.word) if _time_of_saying(tree, k, rules)
            and tree.subtree(k)[0].id == cue.word.id + 1 for w in tree.subtree(k)}


def _time_of_saying(tree: Tree, kid, rules: Rules) -> bool:
    """A time hung on a cue with its preposition of time, if any ("on Friday", "Tuesday")."""
    return base(kid.deprel) == "obl" and names_a_time(kid, rules) \
        and all(c.text.lower() in rules.words("time_prepositions") for c in tree.kids(kid, {"case"}))


def with_question_word(tree: Tree, cue: Cue, words: list, rules: Rules) -> list:
    """"Asked why he had yet to endorse Clinton": the question word opens the content even
    where the parser hung it on the cue."""
    if not words:
        return words
    first = min(w.id for w in words)
    before = tree.word(first - 1) if first > 1 else None
    if before is None or before.id <= cue.word.id or before.head != cue.word.id \
            or before.text.lower() not in rules.words("complement_openers"):
        return words
    return [before, *words]


def before_writers_words(context: Context, tree: Tree, cue: Cue, words: list) -> list:
    """A statement after its cue ends where the writer's own words begin: at a semicolon
    ("... than defending the nation; that's a surefire ticket ..."), or at the comma before a
    clause that runs to its end and describes something named in it ("said he supports the
    final bill, which includes ...") or sets something against it ("said they wanted to
    endorse Sanders, while 95 members favored Clinton"), or at a participle of reporting, which
    starts a statement of its own ("echoed that promise, saying he would ..."). Inside
    quotation marks the words are the speaker's and stay."""
    ordered = sorted(words, key=lambda w: w.id)
    if not ordered or ordered[0].start_char < cue.end:
        return words
    semicolon = next((w for w in ordered if w.text == ";" and not context.inside_quote(w.start_char)), None)
    ordered = _before(ordered, semicolon, context.rules)
    ordered = _before(ordered, _trailing_dash(context, ordered), context.rules)
    ordered = _before(ordered, _comma_before_trailing_clause(context, tree, ordered), context.rules)
    ordered = _before(ordered, _comma_before_phrase(context, ordered, context.rules.according_to), context.rules)
    comparisons = [tuple(phrase.split()) for phrase in context.rules.words("comparison_phrases")]
    ordered = _before(ordered, _comma_before_phrase(context, ordered, comparisons), context.rules)
    ordered = _before(ordered, _comma_before_summing_up(context, tree, ordered), context.rules)
    ordered = _before(ordered, _comma_before_closing_apposition(context, tree, ordered), context.rules)
    ordered = _before(ordered, _clause_of_its_own(context, tree, cue, ordered), context.rules)
    ordered = _before(ordered, _report_joined_by_word_order(context, tree, ordered), context.rules)
    ordered = _before(ordered, _trailing_occasion(context, tree, cue, ordered), context.rules)
    return _before(ordered, _conjunction_before_next_action(context, tree, cue, ordered), context.rules)


def _comma_before_summing_up(context: Context, tree: Tree, ordered: list):
    """The comma before the writer's noun phrase that sums the statement up, at its end: "wrote
    that the company would never bow to pressure, | a post that drew 20 million views"."""
    last = _last_word_id(ordered)
    for comma, article in zip(ordered, ordered[1:]):
        if comma.text != "," or not indefinite_article(article) or context.inside_quote(comma.start_char):
            continue
        noun = tree.head(article)
        if noun is None or noun.upos != "NOUN" or not tree.kids(noun, {"acl:relcl", "acl"}):
            continue
        host = tree.head(noun)
        if host is None or host.upos in ("NOUN", "PROPN", "PRON", "NUM"):
            continue  # "to For Our Future, | a super PAC he formed": it describes the name before it
        phrase = [w for w in tree.subtree(noun) if w.upos != "PUNCT"]
        if phrase and phrase[0] is article and _last_word_id(phrase) == last:
            return comma
    return None


def _comma_before_closing_apposition(context: Context, tree: Tree, ordered: list):
    """"condemned the candidate's proposal, | the plan that would ...": a description set off
    with its article after a common noun of the statement, to its end, is the writer's. One
    after a name stays ("criticized Alicia Machado, the former beauty pageant winner": PolNeAR
    keeps it)."""
    last = _last_word_id(ordered)
    for word in ordered:
        anchor = tree.head(word)
        if base(word.deprel) != "appos" or word.upos != "NOUN" or anchor is None or anchor.upos == "PROPN" \
                or context.inside_quote(word.start_char):
            continue
        phrase, opening = _clause_opening(tree, word)
        comma = tree.before(opening)
        if opening.upos == "DET" and comma is not None and comma.text == "," and comma in ordered \
                and _last_word_id(phrase) == last:
            return comma
    return None


def _trailing_occasion(context: Context, tree: Tree, cue: Cue, ordered: list):
    """The start of a phrase or clause at the statement's end that tells where, when or how it
    was said, not what ([content] occasion_* in patterns.toml), when it hangs on the cue or on
    a noun."""
    patterns = context.rules.patterns["content"]
    prepositions, heads = set(patterns["occasion_prepositions"]), set(patterns["occasion_heads"])
    marks = set(patterns["occasion_marks"])
    last = _last_word_id(ordered)
    for word in ordered:
        host = tree.head(word)
        if host is None or not (host is cue.word or host.upos in ("NOUN", "PROPN", "PRON", "NUM")):
            continue
        clause, opening = _clause_opening(tree, word)
        if _last_word_id(clause) != last or opening.head != word.id or context.inside_quote(opening.start_char):
            continue
        relation, opener = base(word.deprel), opening.text.lower()
        # (the head may be a time the parser put last: "in a ruling released | Thursday")
        phrase = relation in ("obl", "nmod") and base(opening.deprel) == "case" and opener in prepositions \
            and ((word.lemma or word.text).lower() in heads
                 or names_a_time(word, context.rules) and any((w.lemma or w.text).lower() in heads and w.upos == "NOUN"
                                                              for w in clause[1:4]))
        meanwhile = relation == "advcl" and base(opening.deprel) == "mark" and opener in marks and finite(word) \
            and any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(word))
        if phrase or meanwhile:
            before = tree.word(opening.id - 1)
            return before if before.text == "," and before in ordered else opening
    return None


def _clause_of_its_own(context: Context, tree: Tree, cue: Cue, ordered: list):
    """"said officials mishandled the inquiry | and Democrats accused the GOP of ...", "said
    Clinton is honest | , and three-quarters said the same of Sanders": a clause joined at the
    end of the statement with a subject of its own is the writer's next sentence, or someone
    else's statement, when a comma stands before its conjunction or its verb reports
    (`_coordinated_content` keeps "... has gone down and the prison population has gone down")."""
    last = _last_word_id(ordered)
    inside = {w.id for w in ordered}
    for word in ordered:
        if word.deprel != "conj" or word.head not in inside or word.head == cue.word.id \
                or not any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(word)):
            continue
        clause, opening = _clause_opening(tree, word)
        if base(opening.deprel) != "cc" or opening.head != word.id or _last_word_id(clause) != last \
                or context.inside_quote(opening.start_char):
            continue
        after = tree.after(opening)
        if after is not None and after.text.lower() in context.rules.words("complement_openers"):
            continue  # "said that A, and that B": one statement in two clauses
        before = tree.word(opening.id - 1)
        reports = bool(context.rules.verb_classes_of((word.lemma or word.text).lower())) and word.upos == "VERB"
        if before.text == "," and before in ordered:
            return before
        if reports:
            return opening
    return None


REPORTER_WITHIN = 6  # words of the noun phrase after the conjunction: "and the Democratic leader"
REPORTER_TAGS = {"DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"}


def _report_joined_by_word_order(context: Context, tree: Tree, ordered: list):
    """"said they're convinced the department mishandled the investigation | and Democrats
    accused the GOP of ...": a conjunction, a noun phrase and a finite reporting verb open
    someone else's report, though the parser read the noun phrase as a conjunct of a noun
    before it (which `_clause_of_its_own` cannot see)."""
    words = list(tree.words)
    inside = {w.id for w in ordered}
    for word in ordered:
        if word.upos != "CCONJ" or context.inside_quote(word.start_char):
            continue
        past = word.id
        # (a hyphen inside a word counts with it: "and three - quarters said")
        while past < len(words) and past - word.id < REPORTER_WITHIN \
                and (words[past].upos in REPORTER_TAGS or words[past].xpos == "HYPH"):
            past += 1
        if past == word.id or past >= len(words) or words[past - 1].upos not in ("NOUN", "PROPN", "PRON"):
            continue
        verb = words[past]
        if verb.id not in inside or verb.upos != "VERB" or not finite(verb) or _has_subject(tree, verb) \
                or not context.rules.verb_classes_of((verb.lemma or verb.text).lower()):
            continue  # (with a subject the parse joined the clause itself: "the results in Iowa and ... show")
        before = tree.word(word.id - 1)
        return before if before.text == "," and before in ordered else word
    return None


def _comma_before_phrase(context: Context, ordered: list, phrases) -> object | None:
    """The comma before one of `phrases` (tuples of lowercase words) that the writer adds after
    what was said: "said he would have fired him, | according to a person briefed" names the
    source of the whole report, "a favorable view of Clinton, | compared with 64 percent who
    ..." sets the figure beside another ([words] comparison_phrases)."""
    texts = [w.text.lower() for w in ordered]
    for position in range(1, len(ordered)):
        if ordered[position - 1].text != "," or context.inside_quote(ordered[position].start_char):
            continue
        if any(tuple(texts[position:position + len(phrase)]) == phrase for phrase in phrases):
            return ordered[position - 1]
    return None


def _trailing_dash(context: Context, ordered: list):
    """"dismissed Estonia as being in the “suburbs of St. Petersburg” — a metaphor for ...": a
    single dash after a quotation, with no second dash to close an aside, starts the writer's
    comment."""
    dashes = [w for w in ordered if w.text in context.rules.patterns["content"]["trailing_dashes"]
              and not context.inside_quote(w.start_char)]
    if len(dashes) != 1:
        return None
    before = context.text[:dashes[0].start_char].rstrip()
    return dashes[0] if before and any(q.end == len(before) for q in context.quotes) else None


def _conjunction_before_next_action(context: Context, tree: Tree, cue: Cue, ordered: list):
    """"stating there was a benefit ... | and chiding the media": a participle joined at the
    end of a participle's content is the speaker's next action, not part of what was said;
    so is a finite verb that `_finite_next_action` tells."""
    last = _last_word_id(ordered)
    participle = present_participle(cue.word)
    for word in ordered:
        if word.deprel != "conj" or word.upos != "VERB":
            continue
        if not (_participle_action(tree, word) if participle else _finite_next_action(tree, cue, word)) \
                and not _statement_of_its_own(tree, word, context.rules):
            continue
        clause, opening = _clause_opening(tree, word)
        # (a verb inside quotation marks is the speaker's words: "should play a leadership role
        # and “be rallying our partners ...”")
        if base(opening.deprel) == "cc" and opening.head == word.id and opening in ordered \
                and not context.inside_quote(opening.start_char) and not context.inside_quote(word.start_char) \
                and _last_word_id(clause) == last:
            return opening
    return None


def _statement_of_its_own(tree: Tree, word, rules: Rules) -> bool:
    """"said she was relieved | but cautioned that the fight was far from over": a verb of
    saying with no subject of its own and a complement clause of its own, joined at the end,
    makes a second statement, however the parser joined it."""
    if not finite(word) or any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(word)) \
            or not verb_of_saying(word, rules):
        return False
    return any(k.id > word.id for k in tree.kids(word, {"ccomp"}))


def _participle_action(tree: Tree, word) -> bool:
    """A present participle joined to an adjective describes, as the adjective does ("it was
    unintentional | and more embarrassing than deliberate"): no next action."""
    head = tree.head(word)
    return present_participle(word) and (head is None or head.upos != "ADJ")


def _finite_next_action(tree: Tree, cue: Cue, word) -> bool:
    """"criticized Clinton's remarks | and went back to its guests", "called them 'The
    Hispanics' | and swears Latinos love him": a finite verb with no subject of its own, joined
    to a finite cue itself or (a misparse) to a noun of its object. Joined to a verb of the
    content ("said she was in therapy and vowed to ...") PolNeAR counts it inside about as
    often as outside, so it stays."""
    if not finite(word) or not finite(cue.word) or any(base(k.deprel) in ("nsubj", "expl") for k in tree.kids(word)):
        return False
    head = tree.head(word)
    on_noun = head is not None and head.upos in ("NOUN", "PROPN", "PRON", "NUM")
    return on_noun or word.head == cue.word.id and word.xpos == cue.word.xpos


def _clause_opening(tree: Tree, word) -> tuple[list, object]:
    """The words a word heads, and the first of them that is no punctuation."""
    clause = tree.subtree(word)
    return clause, next((w for w in clause if w.upos != "PUNCT"), word)


def _last_word_id(words: list) -> int:
    """The id of the last word that is not punctuation (0 when there is none)."""
    return max((w.id for w in words if w.upos != "PUNCT"), default=0)


def _before(ordered: list, stop, rules: Rules) -> list:
    kept = [w for w in ordered if stop is None or w.id < stop.id]
    return kept if len(kept) >= rules.patterns["content"]["min_words"] else ordered


def _comma_before_trailing_clause(context: Context, tree: Tree, ordered: list):
    patterns = context.rules.patterns["content"]
    relatives, contrasts = set(patterns["trailing_relatives"]), set(patterns["trailing_contrasts"])
    last = _last_word_id(ordered)
    for word in ordered:
        # (a predicate with a copula is a clause's head too: "..., though he has been | a
        # registered Republican")
        predicate = word.upos in ("VERB", "AUX") or bool(tree.kids(word, {"cop"}))
        if word.deprel != "acl:relcl" and not predicate:
            continue
        clause, opening = _clause_opening(tree, word)
        marker = opening.text.lower()
        reporting_participle = opening is word and _participle_of_its_own(tree, word, context.rules)
        misparsed_relative = word.upos in ("VERB", "AUX") and opening.head == word.id and opening.upos == "PRON"
        # "said the US must play a role, | they differ by degree ...": a clause of its own
        # spliced on with a comma
        spliced = word.deprel == "parataxis" and any(
            tree.subtree(k)[0] is opening for k in tree.kids(word, {"nsubj", "nsubj:pass", "expl"}))
        if not ((word.deprel == "acl:relcl" or misparsed_relative) and marker in relatives
                or spliced
                or predicate and opening.head == word.id
                and base(opening.deprel) in ("cc", "mark") and marker in contrasts
                or reporting_participle):
            continue
        comma = tree.before(opening)
        if comma is not None and comma.text == "," and comma in ordered and not context.inside_quote(comma.start_char) \
                and _last_word_id(clause) == last:
            return comma
        if _after_quoted_comma(context, tree, comma) and _last_word_id(clause) == last and marker not in relatives:
            return opening  # "said it was “cruel and immoral,” | while ...": the comma is the quotation's
    return None


def _after_quoted_comma(context: Context, tree: Tree, closing) -> bool:
    """The word is a closing quotation mark right after a comma inside the quotation."""
    comma = tree.before(closing) if closing is not None else None
    return comma is not None and comma.text == "," and context.inside_quote(comma.start_char) \
        and not context.inside_quote(closing.end_char)


def extend_over_colon(context: Context, tree: Tree, cue: Cue, source, words: list) -> list:
    """"X outlined three objectives: A, B and C" — the content runs on after the colon, up to
    the cue and its speaker where they come after it ("A: Because they needed help, | I
    think"; "..., Rhimes declared ...: “...,” | she said")."""
    colon_marks = set(context.rules.patterns["colon"]["marks"])
    first, last = min(w.id for w in words), max(w.id for w in words)
    colon = next((w for w in tree.words if first < w.id <= last + 1 and w.text in colon_marks), None)
    # the cue and its speaker end the statement where they follow it (the mark before them too)
    end = min([cue.word.id] + ([tree.subtree(source)[0].id] if source is not None else []))
    stop = end if end > last else None
    following = [w for w in tree.words if w.id > last and (stop is None or w.id < stop - 1
                                                          or w.id == stop - 1 and w.upos != "PUNCT")]
    if colon is not None and stop is not None and colon.id >= last and not following:
        return []  # "A: | I think so": a label, not the statement
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


def make_attribution(context: Context, sentence: ParsedSentence, tree: Tree, words: list, cue: Cue | None,
                 rule: str, source=None, reason=None) -> Attribution | None:
    words = trim_edges(sorted(_before_the_describeds_name(tree, cue, words, context.rules),
                              key=lambda w: w.start_char), context.rules, context.text)
    place_end = dateline_end(context.rules, context.text, sentence)
    if place_end is not None:
        words = trim_edges([w for w in words if w.start_char >= place_end], context.rules, context.text)
        if source is not None and source.start_char < place_end:
            source = _past_dateline(tree, source, place_end, context.rules)
            reason = None if source is not None else "the parser took the dateline for the speaker"
    words = _after_leading_time(words, cue, context.rules, context.text)
    words = _after_leading_manner(words, cue, context.rules, context.text)
    words = _after_leading_listener(words, cue, context.rules, context.text)
    if cue is not None and cue.kind == VERB:
        # "ruled | out | making a bid": the particle is the cue's, wherever the parser hung it
        words = [w for w in words if not cue.start <= w.start_char < cue.end]
    if not words:
        return None
    start, end = span_of(words)
    if context.claimed(start, end, cue):
        return None
    if cue is not None and source is None and not ({"speech", "belief", "evidential"} & set(cue.classes)) \
            and cue.kind == VERB and rule != "passive_raising":
        # "These contacts aim to ...": no one states or believes anything; a raised passive
        # says something of its subject though it names no agent ("Atkinson was identified as
        # the protester"; other passives without an agent measured lower on PolNeAR)
        return None
    if cue is not None and source is not None and _source_leaves_outer_content(context, cue, source):
        return None
    source_words = tuple(source_mention_words(tree, source, context.rules)) if source is not None else ()
    if source_words and cue is not None and cue.kind == VERB:
        # ("the two | spoke about | the agreement": a parse that hung the clause on its subject
        # does not make the cue or the statement part of who spoke)
        taken = {cue.word.id} | {w.id for w in words}
        if source.id not in taken and taken & {w.id for w in source_words}:
            kept = contiguous_block([w for w in source_words if w.id not in taken], source)
            while kept and kept[-1].upos == "PUNCT" and kept[-1] is not source:
                kept.pop()
            while kept and kept[0].upos == "PUNCT" and kept[0] is not source:
                kept.pop(0)
            source_words = tuple(kept)
    fragments = _fragments_around(tree, words, cue, source_words, context)
    fragments = _over_quoted_list(context, _to_quote_end(context, _from_quote_start(context, fragments), cue))
    return Attribution(fragments, cue, source, source_words, sentence, rule,
                       content_type(fragments, context.quotes, context.text), reason)


def _before_the_describeds_name(tree: Tree, cue: Cue | None, words: list, rules: Rules) -> list:
    """"The state senator who wrote the bill, | Tom Davis, | said": the name set off before the
    main verb names the senator, though the parser hung it on the relative clause's object."""
    if cue is None or cue.kind != VERB or not cue.word.deprel.startswith("acl"):
        return words
    name = name_set_off_before_its_verb(tree, tree.head(cue.word), rules)
    return [w for w in words if w.id < name[0].id - 1] if name else words


def _after_leading_time(words: list, cue: Cue | None, rules: Rules, text: str) -> list:
    """"vowed Thursday | to keep up pressure", "said last week | his actions were lawful": a
    time the parser put between the cue and its statement tells when it was said, not what
    (unless it is the statement's subject or a possessor: "said Tuesday was a turning point",
    "said Monday's decision ...")."""
    if cue is None or not words or words[0].start_char < cue.end:
        return words
    times, modifiers = rules.words("time_words"), rules.words("time_modifiers")
    possessives = rules.words("possessive_markers")
    index = 1 if words[0].text.lower() in modifiers else 0
    run_start = index
    while index < len(words) and words[index].text.lower() in times \
            and base(words[index].deprel) not in ("nsubj", "csubj"):
        index += 1
    if index == run_start or index >= len(words) or words[index].text.lower() in possessives \
            or any(w.deprel == "nmod:poss" for w in words[run_start:index]):
        return words
    return trim_edges(words[index:], rules, text)


def _after_leading_manner(words: list, cue: Cue | None, rules: Rules, text: str) -> list:
    """"said privately | that talks had stalled": how something was said, between the cue and
    the clause mark that opens what was said, is not part of it."""
    if cue is None or not words or words[0].start_char < cue.end:
        return words
    index = 0
    while index < len(words) and words[index].upos == "ADV" and "PronType" not in feats(words[index]):
        index += 1  # (not "how", "why": they open what was said)
    if index == 0 or index >= len(words) or words[index].text.lower() not in rules.words("clause_marks") \
            or words[index].upos != "SCONJ" \
            or any(w.head not in (cue.word.id, words[index].head) for w in words[:index]):
        return words
    return trim_edges(words[index:], rules, text)


LISTENER_WORDS = 5  # at most, in the one spoken to before what was said: "his 17-year-old daughter"


def _after_leading_listener(words: list, cue: Cue | None, rules: Rules, text: str) -> list:
    """"asked Rubio | which states he could win", "told cheering supporters | that the arc
    ...": the one spoken to, right after a verb of telling, is not what was said, though the
    parser hung the question or clause on them. ("asked Florida agencies that dealt with ...",
    "told the crowd, which periodically chanted ...": a relative pronoun with its verb right
    after it opens no statement.)"""
    if cue is None or cue.kind != VERB or cue.lemma not in rules.words("listener_verbs") or not words \
            or words[0].start_char < cue.end or words[0].id != cue.word.id + 1:
        return words
    listener = 0
    while listener < min(len(words), LISTENER_WORDS) and words[listener].upos in ("DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON") \
            and words[listener].text.lower() not in rules.words("listener_question_openers"):
        listener += 1
    if listener == 0 or listener + 1 >= len(words) or words[listener - 1].upos not in ("NOUN", "PROPN", "PRON") \
            or words[listener].text.lower() not in rules.words("listener_question_openers"):
        return words
    following = next((w for w in words[listener + 1:] if w.upos != "ADV"), None)
    if words[listener].text.lower() in rules.words("relative_pronouns") \
            and (following is None or following.upos in ("VERB", "AUX")):
        return words
    return trim_edges(words[listener:], rules, text)


def dateline_end(rules: Rules, text: str, sentence: ParsedSentence | None) -> int | None:
    """Where a dateline that opens the sentence ends ("WASHINGTON (AP) — The Senate will vote
    ..., according to two aides"): the writer's place and agency are neither statement nor
    speaker."""
    if sentence is None or not sentence.words:
        return None
    match = timed_match(rules.dateline, text, sentence.words[0].start_char)
    return match.end() if match else None


def _past_dateline(tree: Tree, source, place_end: int, rules: Rules):
    """"WASHINGTON -- President Obama ... said", parsed with the place heading the speaker's
    phrase: the speaker is the top of what the phrase has after the dateline."""
    after = [w for w in source_mention_words(tree, source, rules) if w.start_char >= place_end]
    ids = {w.id for w in after}
    top = next((w for w in after if w.head not in ids and w.upos in ("PROPN", "NOUN", "PRON")), None)
    if top is not None:
        return top
    # "WASHINGTON — The Supreme Court on Friday agreed ...", the place the verb's subject and the
    # speaker's phrase, which opens the sentence after the dateline, hung beside it on the verb
    first = next((w for w in tree.words if w.start_char >= place_end), None)
    return next((w for w in tree.words if w.head == source.head and w.upos in ("PROPN", "NOUN")
                 and not tree.kids(w, {"case"}) and first is not None
                 and tree.subtree(w)[0] is first), None)


def _from_quote_start(context: Context, fragments: tuple) -> tuple:
    """"called him ''a genius'' for ...": a statement that starts right inside a quotation
    it closes starts at the quotation's opening mark (the parser left the mark outside)."""
    start, end = fragments[0][0], fragments[-1][1]
    opened = next((q for q in context.quotes if q.start < start < q.end <= end), None)
    between = context.text[opened.start:start] if opened is not None else ""
    if opened is None or len(between) > 3 or any(character.isalnum() for character in between):
        return fragments
    return ((opened.start, fragments[0][1]),) + tuple(fragments[1:])


def _to_quote_end(context: Context, fragments: tuple, cue: Cue | None) -> tuple:
    """"noted that Trump would not dwell on “the difference between Sunni and Shia. ... ”": a
    quotation opened inside the statement is the speaker's to its closing mark, past the end
    of the sentence (and of the paragraph). Not over its own cue: "“Clinton’s count was
    699.57, | according to the Iowa Democratic Party. ...”" is the party's up to the phrase."""
    start, end = fragments[0][0], fragments[-1][1]
    opened = next((q for q in context.quotes if q.closed and start <= q.start < end < q.end), None)
    if opened is None or cue is not None and end <= cue.start < opened.end:
        return fragments
    extended = list(fragments)
    for piece_start, piece_end in opened.fragments:
        if piece_end <= extended[-1][1]:
            continue
        if piece_start <= extended[-1][1]:
            extended[-1] = (extended[-1][0], piece_end)
        else:
            extended.append((piece_start, piece_end))
    return tuple(extended)


def _over_quoted_list(context: Context, fragments: tuple) -> tuple:
    """"called Trump a “pathological liar” who is “utterly amoral,” a “serial philanderer” and
    a “narcissist ...”": a statement that ends on a quotation runs on over the quotations that
    follow it joined only by commas and the little words of a list (`list_connectors`)."""
    connectors = context.rules.words("list_connectors")
    end = fragments[-1][1]
    extended = list(fragments)
    while any(q.end == end for q in context.quotes):
        following = next((q for q in context.quotes if q.start >= end), None)
        if following is None or "\n" in context.text[end:following.start] or not all(
                word.lower() in connectors for word in regex_words(context.text[end:following.start])):
            break
        extended[-1] = (extended[-1][0], following.end)
        end = following.end
    return tuple(extended)


def _fragments_around(tree: Tree, words: list, cue: Cue | None, source_words: tuple, context: Context):
    """"The music | seemed | to match the mood", "Bloomberg | reportedly | considering a run":
    a cue or source inside the statement's stretch is not part of what was said, so the
    statement is the pieces around them (as PolNeAR marks it)."""
    first, last = words[0].id, words[-1].id
    if cue is None or not first < cue.word.id < last:
        return (span_of(words),)
    source_ids = {w.id for w in source_words}
    if source_ids and max(source_ids) == cue.word.id - 1:
        # "The only problem, | Ms. Bigbee | said, is that ...": the rest of a name set off
        # before the cue is the speaker's too, though the parser hung it on the statement
        content_ids = {w.id for w in words}
        low = min(source_ids)
        while low - 1 > first and low - 1 not in content_ids and tree.word(low - 1).upos != "PUNCT":
            low -= 1
            source_ids.add(low)
    # the time and the listener right after the cue ("told | me on Friday") are no part of it
    aside_end = _past_listener_and_time(tree, cue, cue.word.id, context.rules)
    left_out = source_ids | {cue.word.id, *(w.id for w in cue.extra_words)} | set(range(cue.word.id + 1, aside_end + 1))
    pieces: list[list] = [[]]
    after_source: list[bool] = [False]
    for word in tree.words:
        if not first <= word.id <= last:
            continue
        if word.id in left_out:
            pieces.append([])
            after_source.append(word.id in source_ids)
        else:
            pieces[-1].append(word)
    relatives = context.rules.words("relative_pronouns") - context.rules.words("clause_marks")
    kept = []
    for piece, follows_source in zip(pieces, after_source):
        piece = trim_edges(piece, context.rules, context.text)
        if not piece or kept and follows_source and piece[0].text.lower() in relatives:
            continue  # "..., said Rita Katz, | who tracks ...": a relative clause on the source
        if all(w.upos == "ADP" and w.head in source_ids for w in piece):
            continue  # "was seen | by | critics as ...": the agent's preposition
        kept.append(span_of(piece))
    return tuple(kept) or (span_of(words),)


def regex_words(value: str) -> list[str]:
    return [t for t in value.replace(",", " ").replace(":", " ").split() if any(c.isalnum() for c in t)]


def that_clause_by_word_order(tree: Tree, cue: Cue, rules: Rules) -> list:
    """"..., saying that about 5,500 troops would remain ...", where the parser hung the clause
    elsewhere: a that-clause right after a verb of saying or believing is its content, and so
    is a clause with no "that" right after such a verb with nothing of its own after it
    (`_bare_clause_after`)."""
    words = list(tree.words)
    position = _past_the_listener(tree, cue, rules)  # index of the word after the cue (and its listener)
    # "is hoping | that states ... will allow ...": a wish or plan takes a that-clause too
    opened = position < len(words) and words[position].text.lower() == "that" and words[position].upos == "SCONJ"
    if not {"speech", "belief"} & set(cue.classes) and not ("intention" in cue.classes and opened):
        return []
    while position < len(words) and words[position].deprel == "compound:prt":
        position += 1
    if position >= len(words):
        return []
    after_occasion = _after_occasion(words, position, rules)
    relative = None
    if after_occasion is not None and (_opens_clause(words, after_occasion, rules)
                                       or _complete_clause_at(tree, words, after_occasion, rules)):
        position = after_occasion
    else:
        relative = _relative_gap_after(words, cue, position, rules)
        if (words[position].text.lower() != "that" or words[position].upos != "SCONJ") \
                and not _bare_clause_after(tree, cue, words, position) and relative is None:
            return []
    end = len(words)
    if relative is not None and relative > 0 and words[relative - 1].text == ",":
        # "The changes, which officials said will go into effect ..., | will not apply": the
        # relative clause set off by a comma ends at the next
        end = next((i for i in range(position, len(words)) if words[i].text == ","), end)
    while end > position and words[end - 1].upos == "PUNCT":
        end -= 1
    return words[position:statement_end(words, position, end, rules)]


def _past_the_listener(tree: Tree, cue: Cue, rules: Rules) -> int:
    """The index of the word after the cue, or after the listener of a verb of telling when
    "that" follows it ("by telling | them | that their lives ...")."""
    listeners = [k for k in tree.kids(cue.word, {"iobj", "obj"}) if k.id > cue.word.id]
    if cue.lemma not in rules.words("listener_verbs") or not listeners:
        return cue.word.id
    after = max(w.id for w in tree.subtree(listeners[0]))
    following = tree.word(after + 1) if after < len(tree.words) else None
    opens = following is not None and following.text.lower() == "that" and following.upos == "SCONJ"
    return after if opens else cue.word.id


def _relative_gap_after(words: list, cue: Cue, position: int, rules: Rules) -> int | None:
    """"policies, which he said | had harmed the economy", "a letter that he said | was drafted
    by the firm": after a relative pronoun and the speaker, the verb right after the cue opens
    the statement, whose subject is the relative pronoun (parsers hang the verb elsewhere).
    The relative pronoun's index, or None."""
    following = words[position]
    if following.upos not in ("AUX", "VERB") or not finite(following):
        return None
    start = cue.word.id - 2
    if start < 1 or words[start].upos not in ("NOUN", "PROPN", "PRON"):
        return None
    before = nominal_run(words, start, -1, rules)
    return before if before >= 0 and words[before].text.lower() in rules.words("relative_pronouns") else None


OCCASION_WORDS = 5  # "said | in an emailed statement | that ..."


def _after_occasion(words: list, position: int, rules: Rules) -> int | None:
    """Where the words after a cue go on past where or how it was said ("said | in an email |
    that ..."), or None when no such phrase follows."""
    content = rules.patterns["content"]
    if words[position].text.lower() not in content["occasion_prepositions"]:
        return None
    for index in range(position + 1, min(position + 1 + OCCASION_WORDS, len(words))):
        if words[index].text.lower() in content["occasion_heads"]:
            return _past_modifiers(words, index + 1, rules)
        if words[index].upos not in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "VERB", "NUM"):
            return None
    return None


def _past_modifiers(words: list, position: int, rules: Rules) -> int:
    """Past the phrases that say more of the occasion ("in an interview | with CNN on Tuesday |
    that ..."), when a clause mark follows them."""
    index = position
    while index < len(words) and index - position < OCCASION_WORDS * 2:
        if words[index].upos == "ADP":
            index += 1
            while index < len(words) and words[index].upos in ("DET", "ADJ", "NOUN", "PROPN", "NUM"):
                index += 1
        elif names_a_time(words[index], rules) or words[index].text.lower() in rules.words("time_modifiers"):
            index += 1  # "at a news conference | last week | that ..."
        else:
            break
    return index if index < len(words) and words[index].text.lower() in rules.words("clause_marks") else position


def _opens_clause(words: list, position: int, rules: Rules) -> bool:
    """A clause mark ("that", "whether") opening a clause, even where the parser read "that"
    as a relative pronoun ("said in an email that | the rally drew ..."): a relative is
    followed by its verb."""
    if position + 1 >= len(words) or words[position].text.lower() not in rules.words("clause_marks"):
        return False
    # "that companies “cannot hide ...”", the noun tagged a verb: a verb right after it shows a subject
    following = [w for w in words[position + 1:position + 4] if w.upos != "PUNCT"]
    subject_then_verb = len(following) > 1 and following[0].upos != "AUX" and following[1].upos == "AUX"
    return words[position].upos == "SCONJ" or words[position + 1].upos not in ("VERB", "AUX", "ADV") \
        or subject_then_verb


def _complete_clause_at(tree: Tree, words: list, position: int, rules: Rules) -> bool:
    """"said in a statement | it was reviewing the decision", which parsers read as a relative
    clause on "statement": a subject and a finite verb whose object is there, so that the
    clause lacks nothing a relative would supply ("a statement | it released" lacks its object)."""
    subject = _subject_before_finite_verb(words[position:position + BARE_SUBJECT_WORDS + 1], NOMINAL_TAGS)
    if subject is None:
        return False
    verb = words[position + len(subject)]
    while verb.upos == "AUX" and tree.head(verb) is not None and tree.head(verb).id > verb.id:
        verb = tree.head(verb)
    # "it released | Friday": a day is no object
    return any(base(k.deprel) in ("obj", "ccomp", "xcomp") and k.id > verb.id
               and k.text.lower() not in rules.words("time_words") for k in tree.kids(verb)) \
        and not any(w.text.lower() in rules.words("relative_pronouns") for w in subject)


BARE_SUBJECT_WORDS = 6  # "..., saying | the city is an important front ..."
NOMINAL_TAGS = {"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"}


def _bare_clause_after(tree: Tree, cue: Cue, words: list, position: int) -> bool:
    """"Rubio hit back, saying | Christie was too focused on ...": a cue with no dependent
    after it, followed by a subject and its finite verb, where the parser hung that clause
    elsewhere."""
    if any(k.id > cue.word.id and k.upos != "PUNCT" for k in tree.kids(cue.word)):
        return False
    return _subject_before_finite_verb(words[position:position + BARE_SUBJECT_WORDS + 1], NOMINAL_TAGS) is not None


def statement_end(words: list, position: int, end: int, rules: Rules) -> int:
    """Where a statement opened at `position` stops: the sentence's end, a comma before a
    new cue ("..., particularly emphasising ..."), before the writer's relative or
    contrasting clause ("likened RT to the BBC, | which receives ...") or before "according
    to"."""
    patterns = rules.patterns["content"]
    writers = {*patterns["trailing_relatives"], *patterns["trailing_contrasts"]}
    for index in range(position + 1, end):
        if words[index].text not in (",", ";"):
            continue
        if words[index].text == "," and index + 1 < end and words[index + 1].text.lower() in writers:
            return index
        following_texts = tuple(w.text.lower() for w in words[index + 1:end])
        if words[index].text == "," and any(following_texts[:len(phrase)] == phrase for phrase in rules.according_to):
            return index  # "..., | according to a statement from ...": the writer names the source
        following = index + 1
        while following < end and words[following].upos in ("ADV", "CCONJ"):
            following += 1
        if following < end and words[following].upos == "VERB" and \
                rules.verb_classes_of((words[following].lemma or words[following].text).lower()):
            return index
        # ", and Republicans want ...": a new clause with a subject of its own.
        clause_verb = nominal_run(words, following, 1, rules)
        if words[index].text == ";" or (clause_verb > following and clause_verb < end
                                         and words[clause_verb].upos in ("VERB", "AUX")
                                         and words[following - 1].upos == "CCONJ"):
            return index
    return end
