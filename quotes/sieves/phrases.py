"""Sieves over fixed phrases and punctuation: "according to X", "reportedly", colon lead-ins."""

from __future__ import annotations

from quotes.cues import ACCORDING_TO, ADVERB, COLON, LABEL, VERB, Cue, finding_before_comma, verb_cue
from quotes.deps import Tree, base, contiguous_block, feats, finite, indefinite_article, present_participle, span_of
from quotes.parse import ParsedSentence
from quotes.sieves.content import content_type, make_attribution, regex_words, trim_edges
from quotes.sieves.context import DIRECT, Attribution, Context
from quotes.sieves.sources import (find_source, noun_owner, phrase_object, plausible_source, preceding_source,
                                   quoted_after_the_cue, source_mention_words, speaker_like)


def adverb_cue(context: Context) -> list[Attribution]:
    """"He was reportedly targeted by the cartel": the clause the adverb qualifies (with the
    clauses coordinated with it) is a statement whose source the writer does not name."""
    found = []
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != ADVERB or context.inside_quote(cue.start):
            continue
        clause = tree.head(cue.word)
        while clause is not None and base(clause.deprel) == "conj" and tree.head(clause) is not None:
            clause = tree.head(clause)
        if clause is None:
            continue
        attribution = make_attribution(context, sentence, tree, tree.subtree(clause), cue, "adverb_cue", None,
                                   "the writer names no source")
        if attribution:
            context.keep(attribution, found)
    return found


def according_to(context: Context) -> list[Attribution]:
    """"..., according to the US Department of State." The source is the phrase's object."""
    found = []
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != ACCORDING_TO:
            continue
        phrase_ids = {cue.word.id, *(w.id for w in cue.extra_words)}
        last = max(phrase_ids)
        source_words = phrase_object(tree, tree.word(last), context.rules)
        finding = cue.lemma in context.rules.finding_prepositions  # see cues.finding_cues
        if finding:
            # "In a CNN/ORC poll released Monday, 31% of ...": the finding runs to its comma
            comma = next((w for w in tree.words if w.id > last and w.text == ","), None)
            source_words = [w for w in tree.words if comma is not None and last < w.id < comma.id]
        if not source_words:
            continue
        before_of = [w for w in source_words if w.upos in ("NOUN", "PROPN", "PRON")]
        # "a report by the Los Angeles Times", "data from the Department": the report speaks
        of_position = next((w.id for w in source_words if w.text.lower() == "of"
                            or w.text.lower() in context.rules.words("agent_prepositions")), None)
        if of_position is not None:
            before_of = [w for w in before_of if w.id < of_position] or before_of
        source = before_of[-1] if before_of else source_words[-1]
        if finding:  # "In a CNN/ORC poll released Monday": the poll, not Monday
            source = finding_before_comma(tree, context.rules) or source
        possessors = tree.kids(tree.head(cue.word), {"nmod:poss"}) if finding else []
        if possessors and possessors[0] in source_words:
            source = possessors[0]  # "In Professor Knittel's view, ..."
        if not finding:
            source_words = source_words + _description_set_off_after(tree, source_words)
        excluded = {w.id for w in source_words} | phrase_ids
        # "according to X" qualifies the clause it stands in: the whole sentence around it
        # (parsers often hang the phrase on a word inside that clause).
        governor = next((w for w in tree.words if w.head == 0), source)
        scope = tree.subtree(governor) if governor is not source else list(tree.words)
        words = [w for w in scope if w.id not in excluded]
        content_words = [w for w in words if w.upos != "PUNCT"]
        if not content_words and words and words[-1].text in context.rules.patterns["colon"]["marks"] \
                and words[-1].id == len(tree.words):
            # "According to Jack Kelly, writing for RealClearPolitics:" closing its paragraph
            attribution = _quote_after_colon(context, sentence, tree, cue, source)
            if attribution:
                attribution.rule, attribution.source_words = "according_to", tuple(source_words)
                context.keep(attribution, found)
            continue
        if not content_words:
            continue
        before = _side(words, content_words, cue.word.id, before=True)
        after = _side(words, content_words, _phrase_end(tree, source_words), before=False)
        if before and after and not _continues_clause(after, before):
            after = []  # "..., according to Andrew McCarthy, who prosecuted ...": the source's clause
        pieces = [p for p in (trim_edges(before, context.rules, context.text),
                              trim_edges(after, context.rules, context.text)) if p]
        if not pieces:
            continue
        if len(pieces) == 2 and min(len(p) for p in pieces) < 2:
            # "Trump, according to X, said ...": a lone word on one side is no statement part.
            pieces = [max(pieces, key=len)]
        attribution = make_attribution(context, sentence, tree, [w for p in pieces for w in p], cue,
                                       "according_to", source)
        if attribution:
            attribution.source_words = tuple(source_words)
            if len(pieces) == 2:
                # "Among the precedents at risk, according to Ms. Epstein, are 16 ...": the
                # statement runs on both sides of the phrase, in two fragments.
                fragments = tuple(span_of(p) for p in pieces)
                attribution.fragments = fragments
                attribution.type = content_type(fragments, context.quotes, context.text)
            context.keep(attribution, found)
    return found


DESCRIPTION_WORDS = 8


def _description_set_off_after(tree: Tree, source_words: list) -> list:
    """"according to the Citizens Budget Commission, | a fiscal watchdog, | the plan ...": a
    description set off by commas after the source, opening with an indefinite article,
    describes the source and is no part of the statement."""
    following = [w for w in tree.words if w.id > max(w.id for w in source_words)]
    if len(following) >= 3 and following[0].text == "," and present_participle(following[1]) \
            and tree.head(following[1]) in source_words and following[1].deprel == "acl":
        # "according to Jack Kelly, | writing for RealClearPolitics:" says who the source is
        return following[:next((i for i, w in enumerate(following[1:], start=1) if w.text in (",", ":")),
                               len(following))]
    if len(following) < 3 or following[0].text != "," or not indefinite_article(following[1]):
        return []
    closing = next((i for i, w in enumerate(following[1:DESCRIPTION_WORDS + 2], start=1) if w.text == ","), None)
    description = following[:closing] if closing is not None else []
    if any(w.upos in ("VERB", "AUX") and finite(w) for w in description):
        return []
    return description


def _side(words: list, content_words: list, boundary: int, before: bool) -> list:
    """The contiguous words of the clause on one side of an "according to" phrase."""
    def on_side(word) -> bool:
        return word.id < boundary if before else word.id > boundary

    side = [w for w in content_words if on_side(w)]
    if not side:
        return []
    anchor = max(side, key=lambda w: w.id) if before else min(side, key=lambda w: w.id)
    return contiguous_block([w for w in words if on_side(w)], anchor)


def _phrase_end(tree: Tree, source_words: list) -> int:
    """Where "according to X" ends: at the comma that closes it ("according to court documents
    reported by The Post, becoming ..."), else at the sentence's end; when a main verb stands
    before that comma, right after X's noun phrase."""
    last = max(w.id for w in source_words)
    closing = next((w for w in tree.words if w.id > last and w.text in (",", ";", "—", "–")), None)
    if closing is None:
        return len(tree.words)  # "..., according to a new poll by the Harvard Institute."
    if not any(w.upos in ("VERB", "AUX") and w.deprel in ("root", "ccomp")
               for w in tree.words if last < w.id < closing.id):
        return closing.id
    return last


def _continues_clause(after: list, before: list) -> bool:
    """The words after the phrase go on with the clause before it (or hold its main verb)."""
    before_ids = {w.id for w in before}
    return any(w.head == 0 or w.head in before_ids for w in after if w.upos != "PUNCT")


def colon_lead_in(context: Context) -> list[Attribution]:
    """"X said: ..." with nothing after the cue but a colon: the content is the rest of the sentence."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    for sentence, tree, cue in context.sentence_cues():
        if cue.kind != VERB or context.cue_used(cue) or "speech" not in cue.classes:
            continue
        colon = next((w for w in tree.words if w.id > cue.word.id and w.text in marks
                      and w.id - cue.word.id <= 4), None)
        if colon is None:
            continue
        words = [w for w in tree.words if w.id > colon.id]
        if context.quotation_only(cue) and len(words) >= 2 and not context.inside_quote(words[0].start_char):
            continue  # "You can also read: A deep look into ...": a link, not a quotation
        source, reason = find_source(tree, cue.word, context.rules)
        if source is None or quoted_after_the_cue(context, source, cue):
            continue
        if len(words) < 2:
            # "Correa said:" closing its paragraph: the next paragraph's quotation is hers.
            attribution = _quote_after_colon(context, sentence, tree, cue, source)
        else:
            attribution = make_attribution(context, sentence, tree, words, cue, "colon_lead_in", source, reason)
        if attribution:
            context.keep(attribution, found)
    return found


def noun_before_colon(context: Context) -> list[Attribution]:
    """"Johnson's message to his members was blunt: the alternative is a shutdown", "Her office
    issued a clarification: The senator supports ...", "The mayor was blunt: ...": a noun of
    saying in the clause before a colon ([nouns] before_colon), or an adjective of manner said
    of the speaker, makes what follows the colon a statement, a quotation too; the noun's
    possessor speaks, or the subject of the verb that issued, sent or had it."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    sentences = context.parsed.sentences
    for index, (sentence, tree) in enumerate(zip(sentences, context.trees)):
        colon = next((w for w in tree.words if w.text in marks and not context.inside_quote(w.start_char)), None)
        if colon is None:
            continue
        after = [w for w in tree.words if w.id > colon.id]
        next_sentence = not [w for w in after if w.upos != "PUNCT"] and index + 1 < len(sentences) \
            and sentences[index + 1].paragraph == sentence.paragraph
        if next_sentence:
            after = list(sentences[index + 1].words)  # the tokenizer ended the sentence at the colon
        if len([w for w in after if w.upos != "PUNCT"]) < 3:
            continue
        word, source = _colon_lead_in(tree, colon, context.rules)
        if source is None or not speaker_like(source, context.rules, context.names):
            continue
        cue = Cue(COLON, (word.lemma or word.text).lower(), word, word.start_char, word.end_char, False)
        quotation = _quotation_opening_at(context, colon.end_char)
        if quotation is not None:
            attribution = _whole_quotation(context, sentence, tree, quotation, cue, source)
        elif context.inside_quote(after[0].start_char):
            continue
        elif next_sentence:
            attribution = _next_sentence_statement(context, sentence, tree, after, cue, source)
        else:
            attribution = make_attribution(context, sentence, tree, after, cue, "noun_before_colon", source)
        if attribution:
            context.keep(attribution, found)
    return found


def _quotation_opening_at(context: Context, position: int):
    """The closed top-level quotation that opens right after position, past spaces only."""
    return next((q for q in context.quotes if q.start >= position and q.closed and q.depth == 0
                 and not context.text[position:q.start].strip()), None)


def _whole_quotation(context: Context, sentence: ParsedSentence, tree: Tree, quotation, cue: Cue,
                     source) -> Attribution | None:
    """"I had to change my answer: “Of course I believe ... . I was just kidding.”": the
    quotation after the lead-in is the statement, to its closing mark."""
    if context.claimed(quotation.start, quotation.end, cue):
        return None
    fragments = tuple(quotation.fragments)
    return Attribution(fragments, cue, source, tuple(source_mention_words(tree, source, context.rules)), sentence,
                       "noun_before_colon", content_type(fragments, context.quotes, context.text))


def _next_sentence_statement(context: Context, sentence: ParsedSentence, tree: Tree, words: list, cue: Cue,
                             source) -> Attribution | None:
    """The sentence after a lead-in that ends in a colon, as the statement of the lead-in's speaker."""
    words = trim_edges(words, context.rules, context.text)
    if not words:
        return None
    start, end = span_of(words)
    if context.claimed(start, end, cue):
        return None
    fragments = ((start, end),)
    return Attribution(fragments, cue, source, tuple(source_mention_words(tree, source, context.rules)), sentence,
                       "noun_before_colon", content_type(fragments, context.quotes, context.text))


def _colon_lead_in(tree: Tree, colon, rules) -> tuple:
    """The word before a colon that makes what follows a statement, and its speaker: the last
    noun of saying ("Johnson's message to his members was blunt:"), else an adjective of
    manner predicated of the speaker ("The mayor was blunt:", [adjectives] before_colon)."""
    before = [w for w in tree.words if w.id < colon.id]
    nouns = [w for w in before if w.upos == "NOUN" and (w.lemma or w.text).lower() in rules.colon_nouns]
    if nouns:
        return nouns[-1], _owner(tree, nouns[-1], rules)
    manner = [w for w in before if w.upos == "ADJ" and (w.lemma or w.text).lower() in rules.colon_adjectives
              and tree.kids(w, {"cop"})]
    subjects = [k for w in manner[-1:] for k in tree.kids(w, {"nsubj"})]
    return (manner[-1], subjects[0]) if subjects else (None, None)


def _owner(tree: Tree, noun, rules):
    """Whose the statement a noun names is: the owner the noun phrase gives ("Johnson's
    message", "the message from the White House"), or the speaker of the verb it is the object
    of ("issued a clarification", "sent a message"); that speaker, named as the subject, also
    where the owner is only a possessive pronoun ("I had to change my answer:", as PolNeAR
    marks it)."""
    owner = noun_owner(tree, noun, rules)
    verb = tree.head(noun)
    if owner is not None and owner.upos == "PRON" and feats(owner).get("Poss") == "Yes" \
            and base(noun.deprel) == "obj" and verb is not None and verb.upos == "VERB":
        return find_source(tree, verb, rules)[0] or owner
    if owner is not None:
        return owner
    word, head = noun, verb
    # "sent Mr. Trump an unmistakable message", parsed with the message the object of "Trump"
    while base(word.deprel) in ("obj", "iobj", "obl") and head is not None and head.upos in ("PROPN", "NOUN", "PRON"):
        word, head = head, tree.head(head)
    if base(word.deprel) in ("obj", "obl") and head is not None and head.upos == "VERB":
        return find_source(tree, head, rules)[0]
    return None


def _quote_after_colon(context: Context, sentence: ParsedSentence, tree: Tree, cue: Cue, source):
    paragraphs = context.parsed.text.paragraphs
    if sentence.paragraph + 1 >= len(paragraphs):
        return None
    next_start, next_end = paragraphs[sentence.paragraph + 1]
    quote = next((q for q in context.quotes if next_start <= q.start <= next_start + 1), None)
    if source is cue.word:
        return None
    # (who spoke is never the word of speaking, however the parser hung it: "said Matthew:")
    mention = tuple(contiguous_block([w for w in source_mention_words(tree, source, context.rules)
                                      if w is not cue.word], source))
    if quote is None:
        return _paragraph_after_colon(context, sentence, cue, source, mention, next_start, next_end)
    if context.claimed(quote.start, quote.end):
        return None
    return Attribution(quote.fragments, cue, source, mention, sentence, "colon_lead_in", DIRECT)


def _paragraph_after_colon(context: Context, sentence: ParsedSentence, cue: Cue, source, mention: tuple,
                           start: int, end: int) -> Attribution | None:
    """"Limbaugh added:" closing its paragraph, the next written without quotation marks (a
    transcript, a block quotation): the next paragraph is what was said, unless it opens with
    a speaker's label of its own ("TAPPER: ...")."""
    marks = set(context.rules.patterns["colon"]["marks"])
    following = [s for s in context.parsed.sentences if s.start >= sentence.end]
    if not following or following[0].paragraph == sentence.paragraph or following[0].start != start \
            or any(w.text in marks for w in following[0].words[:LABEL_WORDS + 1]) or context.claimed(start, end, cue):
        return None  # the colon does not close its paragraph, or the next has a label of its own
    fragments = ((start, end),)
    return Attribution(fragments, cue, source, mention, sentence, "colon_lead_in",
                       content_type(fragments, context.quotes, context.text))


def sentence_opens_paragraph(context: Context, sentence: ParsedSentence) -> bool:
    return sentence.index == 0 or context.parsed.sentences[sentence.index - 1].paragraph != sentence.paragraph


LABEL_WORDS = 4  # at most, before the colon of a speaker's label: "Mr. Trump:", "SEN. TIM KAINE:"


def interview_label(label_words, rules, kinds: tuple[str, ...] = ("question_labels", "answer_labels")) -> bool:
    """"Q" or "A" alone before a colon opening a line: an interview's question or answer (of
    the `[interview]` label lists named by `kinds`)."""
    interview = rules.patterns["interview"]
    return len(label_words) == 1 and any(label_words[0].text in interview[kind] for kind in kinds)


def _has_questions(context: Context) -> bool:
    """Whether a line of the document opens with a question's label ("Q: ..."): only then is
    "A: ..." an interview's answer (the one answering is named in speakers.py)."""
    labels = context.rules.patterns["interview"]["question_labels"]
    marks = set(context.rules.patterns["colon"]["marks"])
    return any(len(s.words) > 2 and s.words[0].text in labels and s.words[1].text in marks
               and sentence_opens_paragraph(context, s) for s in context.parsed.sentences)


def colon_after_name(context: Context) -> list[Attribution]:
    """"Trump: “We are going to win.”" — a short noun phrase (after a headline's dash, if
    any), a colon, then a quotation."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    dash_marks = set(context.rules.patterns["colon"]["headline_dashes"])
    has_questions = _has_questions(context)
    for index, sentence in enumerate(context.parsed.sentences):
        tree = context.trees[index]
        words = list(tree.words)
        colon = next((w for w in words if w.text in marks), None)
        if colon is None or colon.id < 2 or colon.id >= len(words):
            continue
        dashes = [w for w in words[:colon.id - 1] if w.text in dash_marks]
        before = words[dashes[-1].id:colon.id - 1] if dashes else words[:colon.id - 1]
        while before and before[0].upos == "PUNCT":
            before = before[1:]  # "[Video: ...", "“RAMOS: ...": the mark opens the line, no name
        if not before or len(before) > 7:
            continue
        after = words[colon.id:]
        if any(w.upos in ("VERB", "AUX") for w in before):
            continue
        # A transcript's speaker label ("CUOMO: ...", "Mr. Trump: ...") opens its paragraph and
        # speaks to the paragraph's end.
        label = sentence_opens_paragraph(context, sentence) and len(before) <= LABEL_WORDS \
            and all(w.text[:1].isupper() or w.upos == "PUNCT" for w in before)
        interview = label and has_questions and interview_label(before, context.rules)
        if " ".join(w.text.lower() for w in before) in context.rules.words("not_speakers") and not interview \
                or len([w for w in after if w.upos != "PUNCT"]) < 3:
            continue  # "Twitter: @Milbank", "Superdelegates: 121."
        if label and before[0].text.lower() in context.rules.words("determiners") and not interview:
            continue  # a heading ("The Latest: ...", "The Gap Goes On: ..."), not who speaks
        if not label and not context.inside_quote(after[0].start_char):
            continue
        heads = [w for w in before if not (before[0].id <= w.head < colon.id)]
        if not label and (len(heads) != 1 or heads[0].upos not in ("PROPN", "NOUN")):
            continue
        if label:
            heads = [w for w in before if w.upos in ("PROPN", "NOUN")][-1:] or before[-1:]
            after = after + [w for later in context.parsed.sentences[index + 1:]
                             if later.paragraph == sentence.paragraph for w in later.words]
        cue = Cue(LABEL if label else COLON, ":", colon, colon.start_char, colon.end_char, False)
        attribution = make_attribution(context, sentence, tree, after, cue, "colon_lead_in", heads[0])
        if attribution:
            attribution.source_words = tuple(before)
            context.keep(attribution, found)
    return found


def clause_before_quote(context: Context) -> list[Attribution]:
    """"Trump went even further: “If he loses, it's the end of his career.”", "As Cornyn put
    it: “...”": a clause that ends in a colon right before a quotation introduces it, whatever
    its verb; the clause's subject speaks, and its verb is the cue (PolNeAR marks it so)."""
    found = []
    marks = set(context.rules.patterns["colon"]["marks"])
    minimum = context.rules.marks.min_words_without_cue
    for quote in context.quotes:
        if quote.depth > 0 or context.claimed(quote.start, quote.end):
            continue
        if len(regex_words(context.text[quote.start + 1:quote.end - 1])) < minimum:
            continue
        lead = context.text[:quote.start].rstrip()
        if not lead or lead[-1] not in marks:
            continue
        colon_at = len(lead) - 1
        found_colon = next(((i, s, w) for i, s in enumerate(context.parsed.sentences)
                            for w in s.words if w.start_char == colon_at), None)
        if found_colon is None:
            continue
        index, sentence, colon = found_colon
        tree = context.trees[index]
        # ("rallied supporters, saying: “We have ...”": the next verb, where the parser gave the
        # nearest one the quotation's subject)
        cue, source = next(((c, s) for c in _lead_in_verbs(context, tree, colon)
                            for s in [find_source(tree, c.word, context.rules)[0]]
                            if not quoted_after_the_cue(context, s, c)), (None, None))
        if cue is None:
            continue
        verb = cue.word
        if source is None:
            # "As John Cornyn put it: ...": the parser takes "as" for the subject's preposition
            prepositions = set(context.rules.patterns["colon"]["speaker_prepositions"])
            source = next((k for k in tree.kids(verb, {"obl"}) if k.id < verb.id and any(
                c.text.lower() in prepositions for c in tree.kids(k, {"case"}))), None)
        if source is None:
            source = preceding_source(context, tree, cue)  # word order, where the parse lost the subject
        if source is None or not plausible_source(source, cue, context.rules, context.names):
            continue
        mention = tuple(source_mention_words(tree, source, context.rules))
        attribution = Attribution(quote.fragments, cue, source, mention, sentence, "clause_before_quote", DIRECT)
        context.keep(attribution, found)
    return found


def quote_in_clause(context: Context) -> list[Attribution]:
    """"A familiar voice celebrated the attacks on Twitter: ''California, we have ...''",
    "Mook released a memo titled "The Facts on Where the Race Stands."": a quotation that
    is part of a clause whose verb no lexicon lists; the verb's subject, a speaker, is its
    source, and the verb its cue (PolNeAR marks them so)."""
    found = []
    minimum = context.rules.marks.min_words_without_cue
    for quote in context.quotes:
        if context.claimed(quote.start, quote.end):
            continue
        if len(regex_words(context.text[quote.start + 1:quote.end - 1])) < minimum:
            continue
        sentence = context.sentence_at(quote.start)
        if sentence is None:
            continue
        tree = context.trees[sentence.index]
        verb = _governing_verb(context, tree, quote)
        if verb is None:
            continue
        cue = verb_cue(tree, verb, context.rules)
        if context.cue_used(cue):
            continue
        source, _ = find_source(tree, verb, context.rules)
        if source is None or context.inside_quote(source.start_char) or source.upos not in ("PROPN", "NOUN", "PRON") \
                or not plausible_source(source, cue, context.rules, context.names):
            continue
        mention = tuple(source_mention_words(tree, source, context.rules))
        attribution = Attribution(quote.fragments, cue, source, mention, sentence, "quote_in_clause", DIRECT)
        context.keep(attribution, found)
    return found


def _governing_verb(context: Context, tree: Tree, quote):
    """The nearest verb outside any quotation above the quotation's words in the parse."""
    inside = [w for w in tree.words if quote.start <= w.start_char < quote.end]
    ids = {w.id for w in inside}
    tops = [w for w in inside if w.head not in ids]
    if len(tops) != 1 or tops[0].head == 0:
        return None
    word = tree.head(tops[0])
    for _ in range(3):
        if word is None:
            return None
        if word.upos == "VERB" and not context.inside_quote(word.start_char):
            return word
        word = tree.head(word)
    return None


def _lead_in_verbs(context: Context, tree: Tree, colon) -> list[Cue]:
    """The verbs that may head the clause before a colon that introduces what follows, best
    first: the nearest verb of saying with a subject ("who told Congress when asked ...:"), the
    nearest verb whose subject is no relative pronoun ("Asked which county ..., he demurred:",
    "Sanders responded with a phrase that could have come from Trump himself:"), the clause's
    head ("As Cornyn put it:"), the nearest verb."""
    verbs = [verb_cue(tree, w, context.rules) for w in reversed(tree.words)
             if w.id < colon.id and w.upos == "VERB" and not context.inside_quote(w.start_char)]
    verbs = [c for c in verbs if not context.cue_used(c)]
    relatives = context.rules.words("relative_pronouns")
    with_subject = [c for c in verbs if tree.kids(c.word, {"nsubj"})]
    speaking = [c for c in with_subject if "speech" in c.classes]
    named = [c for c in with_subject if not any(s.text.lower() in relatives for s in tree.kids(c.word, {"nsubj"}))]
    heads = [c for c in verbs if c.word.head == 0 or c.word.head >= colon.id]
    # "17-year-old Jared Potts echoed:" with the verb misparsed: the nearest verb
    ordered = speaking[:1] + named[:1] + heads[:1] + verbs
    return [c for i, c in enumerate(ordered) if all(c.word is not o.word for o in ordered[:i])]
