"""Sieves over quotation marks: direct quotes with their cue, signed quotes, continuations."""

from __future__ import annotations

from quotes.cues import ACCORDING_TO, SIGNATURE, VERB, Cue
from quotes.deps import Tree, base, feats, finite, present_participle, relative_or_question_word, span_of
from quotes.marks import QuoteSpan, quoted_words
from quotes.parse import ParsedSentence
from quotes.sieves.content import (content_type, regex_words, relative_clause_read_as_a_complement,
                                   time_clause_read_as_a_complement, trim_edges, verb_content_words)
from quotes.sieves.context import (DIRECT, INDIRECT, MAX_APPOSITION_DISTANCE, MAX_CUE_DISTANCE,
                                   MAX_FOLLOWING_CUE_CHARS, Attribution, Context)
from quotes.sieves.sources import (adjacent_phrase, find_source, nominal_run, phrase_head, preceding_phrase,
                                   quoted_as_saying, source_mention_words, verb_of_saying)
from quotes.text import in_title_case


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
        if is_title(context, quote) or _term_after_determiner(context, quote):
            continue
        inner = quoted_words(context.text, quote, context.rules)
        if len(regex_words(inner)) < minimum and not inner.endswith((",", ".", "!", "?", "…")):
            continue  # “outrageous”: a quoted word inside a paraphrase, not an utterance
        best = None
        for index, sentence in enumerate(context.parsed.sentences):
            if sentence.end <= quote.start - 2 or sentence.start >= quote.end + 2 \
                    and not _split_after_title(context, quote, sentence):
                continue
            tree = context.trees[index]
            for cue in context.cues[index]:
                if cue.kind != VERB or context.inside_quote(cue.start) or context.cue_used(cue):
                    continue
                distance = cue.start - quote.end if cue.start >= quote.end else quote.start - cue.end
                # a speaker's long apposition may stand between ("“...,” Leonard E. Burman, director
                # of the Urban-Brookings Tax Policy Center and a professor at ..., said")
                if distance < 0 or distance > MAX_CUE_DISTANCE and not (
                        cue.start >= quote.end and distance <= MAX_APPOSITION_DISTANCE
                        and _name_and_apposition(context, tree, quote, cue)):
                    continue
                if _reported_by_another(context, tree, cue, quote):
                    continue  # "Cruz said Rubio will continue to be “a champion”": Cruz's words
                between = context.text[min(cue.end, quote.end):max(cue.start, quote.start)]
                if any(q.start >= min(cue.end, quote.end) and q.end <= max(cue.start, quote.start)
                       for q in context.quotes if q is not quote) or "\n" in between:
                    continue
                source, reason = find_source(tree, cue.word, context.rules)
                named = _name_and_apposition(context, tree, quote, cue)
                by_word_order: list = []
                if source is None or context.inside_quote(source.start_char):
                    if not named:
                        # the whole phrase is the mention ("White House press secretary Josh
                        # Earnest"), where the parse gives its head no phrase of its own
                        by_word_order = adjacent_phrase(context, tree, cue) or preceding_phrase(context, tree, cue)
                    source = phrase_head(named or by_word_order) if named or by_word_order else None
                if source is None:
                    continue
                # a misparse may hang words of the quotation on the speaker: they are no part of him
                mention = [w for w in by_word_order or _with_the_name(named, source_mention_words(
                    tree, source, context.rules)) if not quote.start <= w.start_char < quote.end]
                if _quote_continues_a_clause(context, tree, quote, cue, mention):
                    continue  # "admits the action against Libya “didn't work”": a mixed statement
                # the speaker's whole phrase may stand between ("Said Dorothy Poynter, who grew up
                # with Ali, “We were all so proud of him.”")
                speaker_phrase = tree.subtree(source) if source.upos in ("PROPN", "NOUN") else []
                if _inside(quote, mention):
                    continue  # "Sam Solovey, a contestant on “The Apprentice,” who ..., said": who, not what
                allowed_between = speaker_phrase + mention + _listener(tree, cue, quote)
                if not _only_attribution_between(context, quote, cue, allowed_between) and not (
                        named and source in named) and not _noun_phrase_between(tree, quote, cue, source):
                    # "“...,” former State policy planning director Anne-Marie Slaughter wrote": the
                    # speaker's whole phrase by word order, where the parse broke it up
                    phrase = preceding_phrase(context, tree, cue) if cue.start >= quote.end else []
                    if source not in phrase or not _only_attribution_between(
                            context, quote, cue, phrase + _listener(tree, cue, quote)):
                        continue  # "she said X favors a “strongman approach”": a mixed quote
                    mention = phrase
                content = verb_content_words(tree, cue, context.rules)
                if cue.start >= quote.end:
                    # words between a quotation and its trailing cue report it, whatever the parse
                    # ("“...,” Scott Pruitt, the attorney general, said", the name hung in the quote)
                    content = [w for w in content if not quote.end <= w.start_char < cue.start]
                if content and _mixed_not_direct(content, quote, context):
                    continue
                if _says_something_else(context, tree, cue, quote, content):
                    continue  # "Carter has suggested that Israel is in danger ...": not the quote
                own_sentence = sentence.start <= quote.start < sentence.end
                if not own_sentence and _not_for_a_later_cue(context, tree, sentence, cue, quote):
                    continue
                if not own_sentence and cue.end <= quote.start and (
                        _said_its_own(context, cue, content) or _reports_another_quotation(context, content, quote)):
                    continue  # "He didn't suggest retaliation. “Our goal is ...”"
                # A verb of saying beats a nearer verb of another class ("X said he had
                # fought “for the nation's rights”": the quote is what X said).
                # Then a cue in the quote's own sentence beats one in the sentence before
                # ("... continuing education. “On this basis,” Zero Hedge said").
                rank = (not {"speech", "belief"} & set(cue.classes), not own_sentence, distance)
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
                 and _only_attribution_between(context, q, cue, mention + _listener(tree, cue, q))
                 and not (q.start > cue.end and _goes_on_in_the_writers_words(context, q))
                 and not _other_cue_between(context, cue, q)
                 and not (q.end <= cue.start and _ends_a_clause(context, q))
                 and not _clause_between(tree, cue, q, mention)
                 and not _cue_of_its_own(context, q, cue)
                 and not _opens_in(q, mention) and not _names_a_work(context, q)]
        fragments = sorted([quote, *group[:1]], key=lambda q: q.start)
        if context.claimed(fragments[0].start, fragments[-1].end):
            continue
        for member in fragments:
            used_quotes.add(id(member))
        pieces = tuple(f for q in fragments for f in q.fragments)
        kind = DIRECT
        opening = _clause_before(context, tree, fragments[0], cue)
        if opening is not None and any(opening <= w.start_char < fragments[0].start for w in mention):
            # "He has coined a new phrase, “undocumented Democrats,” to describe ...": a clause
            # of the speaker's own is no part of what the speaker is quoted as saying
            opening = None
        if opening is None:
            opening = _named_object(context, tree, fragments[0], cue)
        subject = _subject_before_the_aside(context, tree, fragments[0], cue, mention) if opening is None else None
        if subject is not None:
            # "The ruling, the judge wrote, “cannot stand.”": the quotation goes on with the subject
            # before the reporting clause set off in its sentence; a mixed statement in two pieces
            pieces = (subject,) + pieces
            kind = content_type(pieces, context.quotes, context.text)
        elif opening is not None:
            # "... and that will take time to “cool off,” Kunin said": the quote ends a clause
            # that opens before it; the statement is the clause, a mixed one.
            pieces = ((opening, pieces[0][1]),) + pieces[1:]
            kind = content_type(pieces, context.quotes, context.text)
        attribution = Attribution(pieces, cue, source, tuple(mention), sentence,
                                  "direct_quote_with_cue", kind)
        context.keep(attribution, found)
    return found


def _named_object(context: Context, tree: Tree, quote: QuoteSpan, cue: Cue) -> int | None:
    """"called that report a “boldfaced lie”": what a naming verb names stands between it and
    the quote and is part of the statement (a mixed one). Its start, or None."""
    if cue.lemma not in context.rules.words("naming_verbs") or cue.end > quote.start:
        return None
    for kid in tree.kids(cue.word, {"obj"}):
        words = tree.subtree(kid)
        if cue.end <= words[0].start_char and words[-1].end_char <= quote.start:
            return words[0].start_char
    return None


def _term_after_determiner(context: Context, quote: QuoteSpan) -> bool:
    """"who call it a “giveaway,” cited a study": a quotation right after "a" or "the" is a term
    in the writer's noun phrase, not an utterance that a cue next to it reports."""
    sentence = context.sentence_at(quote.start)
    previous = [w for w in sentence.words if w.end_char <= quote.start] if sentence is not None else []
    return bool(previous) and previous[-1].upos == "DET" and feats(previous[-1]).get("PronType") == "Art"


def is_title(context: Context, quote: QuoteSpan) -> bool:
    """"On CBS's “Face the Nation,” Ryan said ...", "In his book “The Stadium Game,” ...": a
    quoted name after a preposition, "titled/called" or a noun for a work is a title, not
    something said."""
    for index, sentence in enumerate(context.parsed.sentences):
        if not sentence.start <= quote.start < sentence.end:
            continue
        previous = [w for w in sentence.words if w.end_char <= quote.start]
        if not previous:
            return False
        word = previous[-1]
        # (not "what Mr. Hedge called “the prior economy model”": someone names it; "what's
        # called" has no one)
        named_by_someone = any(not relative_or_question_word(s) for s in context.trees[index].kids(word, {"nsubj"}))
        return word.upos == "ADP" or word.text.lower() in context.rules.words("title_lead") and not named_by_someone \
            or (word.lemma or word.text).lower() in context.rules.words("work_nouns")
    return False


def _not_for_a_later_cue(context: Context, tree: Tree, sentence, cue: Cue, quote: QuoteSpan) -> bool:
    """A cue in a sentence after the quote's does not report it when the quote ends a clause
    of the writer's ("She says Trump represents the “rigged system.” She adds, “...”"), when
    the cue stands in another quoted speaker's description ("“A,” said Merkley, the only
    senator to endorse Sanders. “B.”": B is Merkley's), or when the cue has a statement of its
    own ("“... values.” He said American Jews “know ...”")."""
    if cue.start >= quote.end and _ends_a_clause(context, quote):
        return True
    if _in_reporting_clause_of_another(context, sentence, cue):
        return True
    return cue.start >= quote.end and any(_statement_of_its_own(context, tree, k)
                                          for k in tree.kids(cue.word, {"ccomp"}) if k.id > cue.word.id
                                          and not time_clause_read_as_a_complement(tree, k, context.rules))


def _statement_of_its_own(context: Context, tree: Tree, clause) -> bool:
    """A complement with a subject of its own, unless the parser made one of: a relative clause
    on the speaker (its subject "who"), a quotation hung on the cue ("“A,” Cruz said, adding:
    “B.”"), an adverbial clause ("said in August after Nabisco announced ...")."""
    # "“...,” Cruz said, | in another shot aimed at Trump": a "subject" with a preposition is none
    subjects = [s for s in tree.kids(clause, {"nsubj", "nsubj:pass"})
                if not _prepositional_subject(tree, clause, s)]
    relatives, openers = context.rules.words("relative_only"), context.rules.words("complement_openers")
    # ("“...,” said Kessel, whose organization is ...": a subject the relative word opens)
    return bool(subjects) \
        and not any(tree.subtree(s)[0].text.lower() in relatives or context.inside_quote(s.start_char)
                    for s in subjects) \
        and all(m.text.lower() in openers for m in tree.kids(clause, {"mark"}))


def _prepositional_subject(tree: Tree, clause, subject) -> bool:
    """A clause's "subject" whose preposition opens the clause after a comma (", in another shot
    aimed at Trump"): a phrase the parser read as a clause."""
    opening = next((w for w in tree.subtree(clause) if w.upos != "PUNCT"), None)
    return opening is not None and opening in tree.kids(subject, {"case"}) and opening.id > 1 \
        and tree.word(opening.id - 1).text == ","


def _ends_a_clause(context: Context, quote: QuoteSpan) -> bool:
    """Words of the writer's stand before the quote in its own sentence: it ends their clause,
    and a cue in a later sentence does not report it (after a colon it stands on its own)."""
    if context.text[:quote.start].rstrip()[-1:] in context.rules.patterns["colon"]["marks"]:
        return False
    # the sentence of the quote's first word (its opening mark may close the sentence before)
    sentence = next((s for s in context.parsed.sentences if any(w.start_char > quote.start for w in s.words)), None)
    return sentence is not None and any(w.end_char <= quote.start and w.upos != "PUNCT" for w in sentence.words)


def _writers_clause_before(context: Context, sentence: ParsedSentence, earlier: Attribution, quote: QuoteSpan) -> bool:
    """"“You winning?” she said, but Kevin was drifting off, and as Trump went on about “how
    the system is rigged,”": between the quote before and this one, in this one's sentence,
    stands a clause of the writer's with a subject of its own (no relative one); the quote is
    part of that clause."""
    tree = context.trees[sentence.index]
    relatives = context.rules.words("relative_pronouns")
    return any(earlier.end <= w.start_char < quote.start and w.upos == "VERB" and not context.inside_quote(w.start_char)
               and (earlier.cue is None or w is not earlier.cue.word)
               and any(k.text.lower() not in relatives for k in tree.kids(w, {"nsubj", "nsubj:pass"}))
               for w in tree.words)


def _goes_on_in_the_writers_words(context: Context, quote: QuoteSpan) -> bool:
    """Words of the writer's follow the quote in its sentence ("“You squeezed employees to the
    breaking point” to drive up the stock price"): it is part of a clause of its own."""
    sentence = context.sentence_at(quote.end - 1)
    return sentence is not None and any(w.start_char >= quote.end and w.upos != "PUNCT" for w in sentence.words)


def _in_reporting_clause_of_another(context: Context, sentence, cue: Cue) -> bool:
    """The cue stands after the cue of a direct quotation in its sentence: in that speaker's
    description, not a reporting clause of its own."""
    return any(a.rule == "direct_quote_with_cue" and a.sentence is sentence and a.cue is not None
               and a.cue.start < cue.start and a.end <= cue.start for a in context.found)


def _only_attribution_between(context: Context, quote: QuoteSpan, cue: Cue, mention: list) -> bool:
    """Between a direct quote and its cue stand only the source and a few filler words, and
    no relative clause ("asked the boy, who wore a 'Make America Great Again' hat": the
    quote is in what the writer says of the boy)."""
    low, high = (quote.end, cue.start) if cue.start >= quote.end else (cue.end, quote.start)
    text = context.text
    covered = set()
    for word in mention:
        covered.update(range(word.start_char, word.end_char))
    remainder = "".join(c if i not in covered else " " for i, c in enumerate(text[low:high], start=low))
    fillers = context.rules.words("attribution_fillers")
    if any(t.lower() in context.rules.words("relative_only") for t in regex_words(remainder)):
        return False
    words = [t for t in regex_words(remainder) if t.lower() not in fillers]
    return len(words) <= 2


def _said_its_own(context: Context, cue: Cue, content: list) -> bool:
    """A cue whose own complement, outside any quotation, follows it in its sentence has
    said what it said there ("He didn't suggest retaliation."): a quotation in a later
    sentence is not its."""
    heads = [w for w in content if w.head == cue.word.id]
    return bool(heads) and min(w.start_char for w in content) > cue.end \
        and all(base(h.deprel) in ("obj", "ccomp", "xcomp") for h in heads) \
        and not any(context.inside_quote(w.start_char) for w in content)


def _reports_another_quotation(context: Context, content: list, quote: QuoteSpan) -> bool:
    """The cue's own statement in its sentence holds another quotation ("But when it comes to
    Carrier, ''we've all worked our butts off,'' he said."): the cue reported that one, as a
    mixed statement, and a quotation in a later sentence goes on with its speaker's words."""
    if not content:
        return False
    start, end = span_of(content)
    return any(q is not quote and _holds(start, end, q) for q in context.quotes)


def _noun_phrase_between(tree: Tree, quote: QuoteSpan, cue: Cue, source) -> bool:
    """"“...,” White House press secretary Josh Earnest said": between the quote and its cue
    only the source and the nominal words before it, however the parser joined them (it
    made "press" a verb's head there)."""
    if cue.start < quote.end or not quote.end <= source.start_char < cue.start:
        return False
    between = [w for w in tree.words if quote.end <= w.start_char and w.end_char <= cue.start]
    while between and between[0].upos == "PUNCT":
        between = between[1:]
    return bool(between) and between[-1] is source \
        and all(w.upos in ("PROPN", "NOUN", "ADJ", "DET", "NUM") for w in between)


def _reported_by_another(context: Context, tree: Tree, cue: Cue, quote: QuoteSpan) -> bool:
    """The cue and the quote both stand in the complement of a verb of saying above the cue.
    A cue that opens the quote with a colon or comma reports it itself, however parsed ("After
    Scalia said that ..., Trump said: “I don't like what he said.”")."""
    openers = {*context.rules.patterns["colon"]["marks"], ","}
    if cue.end <= quote.start and context.text[cue.end:quote.start].strip() in openers:
        return False
    # nor does a verb with its speaker after it right after a quotation that ends on its comma
    # ("... that ''the public is not comfortable with it,'' said Sylke Tempel": the quotation is
    # hers, wherever the parser hung her verb)
    after = tree.after(cue.word)
    if cue.start >= quote.end and not context.text[quote.end:cue.start].strip() and finite(cue.word) \
            and after is not None and after.upos in ("PROPN", "NOUN", "DET", "PRON") \
            and quoted_words(context.text, quote, context.rules).rstrip().endswith(","):
        return False
    # nor a naming participle set off after the verb's own clause ("denied the report, calling
    # it “baseless”"): the name it gives is its own, no part of what the verb reports
    before = tree.before(cue.word)
    if base(cue.word.deprel) == "advcl" and present_participle(cue.word) and before is not None \
            and before.text == "," and cue.end <= quote.start and cue.lemma in context.rules.words("naming_verbs"):
        return False
    current = tree.head(cue.word)
    if current is not None and cue.end <= quote.start and quoted_as_saying(tree, current, context.rules):
        return False  # "quoted the president as saying “...”": the participle reports it
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


def _split_after_title(context: Context, quote: QuoteSpan, sentence) -> bool:
    """"''Usually we get that back,'' Ms. | Acosta said.": the tokenizer ended a sentence at a
    title's full stop; the reporting clause goes on in the next one."""
    if not 0 < sentence.start - quote.end <= 12:
        return False
    between = context.text[quote.end:sentence.start]
    words = regex_words(between)
    return 0 < len(words) <= 2 and "\n" not in between \
        and all(w.lower() in context.rules.titles or w.lower().rstrip(".") in context.rules.titles for w in words)


def _name_and_apposition(context: Context, tree: Tree, quote: QuoteSpan, cue: Cue) -> list:
    """"“…,” Anne Richards, assistant secretary of state for refugees, said": between the quote
    and the cue only a name and its apposition, closed by a comma; the name's words."""
    if cue.start < quote.end:
        return []
    between = [w for w in tree.words if quote.end <= w.start_char and w.end_char <= cue.start]
    while between and between[0].upos == "PUNCT":
        between = between[1:]
    if len(between) < 3 or between[-1].text != ",":
        return []
    words = list(tree.words)
    first = words.index(between[0])
    end = nominal_run(words, first, 1, context.rules)
    name = words[first:end]
    if not name or end >= len(words) or words[end].text != "," or not any(w.upos == "PROPN" for w in name):
        return []
    return name


def _with_the_name(named: list, mention: list) -> list:
    """"“…,” Senate Majority Leader Chuck Schumer, D-N.Y., said": the parser hung the title on
    the quotation, leaving the name's last word a phrase of its own; the mention takes in the
    name and title word order found before the cue (`_name_and_apposition`)."""
    if not named or not mention or not any(w in named for w in mention):
        return mention
    ids = {w.id for w in named} | {w.id for w in mention}
    if len(ids) != max(ids) - min(ids) + 1:
        return mention
    return sorted({*named, *mention}, key=lambda w: w.id)


def _clause_before(context: Context, tree: Tree, quote: QuoteSpan, cue: Cue) -> int | None:
    """Where the clause a quote ends begins, when the quote opens in the middle of a sentence
    after words of that clause and its reporting clause follows it."""
    if cue.start < quote.end:
        return None
    before = [w for w in tree.words if w.end_char <= quote.start]
    # "The party, typically attended by hundreds, “allows us to get our message out,”": after
    # a comma a quote that opens in lower case goes on with the clause before the comma
    lower = regex_words(quoted_words(context.text, quote, context.rules))[:1]
    continues = bool(before) and before[-1].text == "," and bool(lower) and lower[0][:1].islower()
    if not before or before[-1].upos == "PUNCT" and not continues or context.inside_quote(before[0].start_char):
        return None
    start = 0
    for index, word in enumerate(before):
        if word.text in (";", ":") or context.inside_quote(word.start_char):
            start = index + 1
    clause = trim_edges(before[start:], context.rules, context.text)
    # "Then “We will win,” Trump said": an adverb or conjunction alone opens no clause
    if not any(w.upos in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM") for w in clause):
        return None
    return clause[0].start_char


def _subject_before_the_aside(context: Context, tree: Tree, quote: QuoteSpan, cue: Cue, mention: list):
    """(start, end) of the words that open the sentence before a reporting clause set off by
    commas, when the quotation right after it opens in lower case and so goes on with them;
    else None."""
    lower = regex_words(quoted_words(context.text, quote, context.rules))[:1]
    if cue.end > quote.start or not lower or not lower[0][:1].islower():
        return None
    aside = {w.id for w in mention} | {cue.word.id}
    first = min(aside)
    before = [w for w in tree.words if w.id < first]
    between = [w for w in tree.words if cue.word.id < w.id and w.end_char <= quote.start]
    if len(before) < 2 or before[-1].text != "," or [w.text for w in between] != [","] \
            or any(i not in aside for i in range(first + 1, cue.word.id)) \
            or any(context.inside_quote(w.start_char) or w.upos in ("VERB", "AUX") for w in before):
        return None
    subject = trim_edges(before[:-1], context.rules, context.text)
    # a subject, not an opening adverb or phrase ("Still, she added, “...”", "In other words, ...")
    if not subject or subject[0].upos in ("ADP", "ADV", "CCONJ", "SCONJ", "INTJ") \
            or not any(w.upos in ("NOUN", "PROPN", "PRON", "NUM") for w in subject):
        return None
    return subject[0].start_char, subject[-1].end_char


def _says_something_else(context: Context, tree: Tree, cue: Cue, quote: QuoteSpan, content: list) -> bool:
    """The cue has a that-clause of its own, outside the quote, as its content; or, not being a
    verb of saying, any content of its own ("..., referring to the Sept. 16 debate")."""
    if not {"speech", "belief"} & set(cue.classes):
        own = [w for w in content if w.upos != "PUNCT"]
        if len(own) >= 2 and all(not quote.start <= w.start_char < quote.end for w in own):
            return True
    clauses = tree.kids(cue.word, {"ccomp"})
    # ("“...,” said Mr. Ekovich, | who noted that ...": a relative clause on the speaker, and
    # what the parser hung on the cue after it, are the writer's words about him)
    relative = next((k for k in clauses if relative_clause_read_as_a_complement(tree, cue.word, k, context.rules)),
                    None)
    for clause in [k for k in clauses if (relative is None or k.id < relative.id)
                   and not _complement_of_a_verb_before_it(tree, cue, k, context)]:
        marked = any(m.text.lower() in context.rules.words("clause_marks") for m in tree.kids(clause, {"mark"}))
        # "“been friends for some time,” he claimed | they had never met": a clause with a
        # verb and a subject of its own after the cue is one too
        opening = tree.subtree(clause)[0]
        finite_clause = opening.id == cue.word.id + 1 and clause.upos in ("VERB", "AUX") \
            and base(opening.deprel) in ("nsubj", "nsubj:pass", "expl") and opening.head == clause.id \
            and opening.text.lower() not in context.rules.words("relative_pronouns")
        if not marked and not finite_clause:
            continue  # "“…,” said Edward Rendell, a former governor": parsers take names for clauses
        words = [w for w in tree.subtree(clause) if w.upos != "PUNCT"]
        if len(words) >= 3 and all(not quote.start <= w.start_char < quote.end for w in words):
            return True
    return False


def _complement_of_a_verb_before_it(tree: Tree, cue: Cue, clause, context: Context) -> bool:
    """"“...,” Carson told the AP on Wednesday after hinting | that “personnel changes” could
    come": a clause right after a verb of saying the parser hung on the cue, with no complement
    of its own, is that verb's."""
    opening = tree.subtree(clause)[0]
    # (right after the verb itself too: the parser may make the clause's subject its object)
    return any(verb_of_saying(k, context.rules) and opening.id in (k.id + 1, tree.subtree(k)[-1].id + 1)
               and not tree.kids(k, {"ccomp", "parataxis"})
               for k in tree.kids(cue.word, {"advcl", "xcomp", "conj"}) if cue.word.id < k.id < opening.id)


def _quote_continues_a_clause(context: Context, tree: Tree, quote: QuoteSpan, cue: Cue, mention: list) -> bool:
    """"called that report a “boldfaced lie”", "admits the action “didn't work”": after the cue
    the quote goes on from words of the reported clause, not from the reporting clause
    (the cue, its speaker, a filler such as "that" or a comma or colon)."""
    if cue.start > quote.start or cue.lemma in context.rules.words("naming_verbs"):
        return False
    before = [w for w in tree.words if cue.end <= w.start_char and w.end_char <= quote.start]
    if not before:
        return False
    last = before[-1]
    return not (last.upos == "PUNCT" or last in mention
                or last.text.lower() in context.rules.words("attribution_fillers"))


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


def _inside(quote: QuoteSpan, phrase: list) -> bool:
    """The phrase goes on on both sides of the quotation (not a quotation's words a misparse hung
    on the speaker, which the mention has already left out)."""
    words = [w for w in phrase if w.upos != "PUNCT"]
    return any(w.end_char <= quote.start for w in words) and any(w.start_char >= quote.end for w in words)


def _opens_in(quote: QuoteSpan, phrase: list) -> bool:
    """The quotation opens inside the phrase: a speaker's phrase that goes on into a quotation
    ("a co-editor of ''Chick Lit: The New Woman's Fiction''") names or describes them."""
    words = [w for w in phrase if w.upos != "PUNCT"]
    return any(w.end_char <= quote.start for w in words) and any(w.start_char > quote.start for w in words)


def _holds(start: int, end: int, quote: QuoteSpan) -> bool:
    """The span holds the quotation's words (its marks may stand just outside it)."""
    return start <= quote.start + 1 and quote.end - 1 <= end


def _mixed_not_direct(content_words: list, quote: QuoteSpan, context: Context) -> bool:
    """True when the cue's clausal content holds the quote plus several words of paraphrase."""
    start, end = span_of(content_words)
    if not _holds(start, end, quote):
        return False
    outside = context.text[start:quote.start] + context.text[quote.end:end]
    return len([t for t in outside.split() if any(c.isalpha() for c in t)]) > 3


def _cue_of_its_own(context: Context, quote: QuoteSpan, cue: Cue) -> bool:
    """"“A,” concluded an article. “B,” wrote Dana": the later quote has its own verb of saying
    right after it, so it is not the second half of the first."""
    return any(other is not cue and other.kind == VERB and "speech" in other.classes
               and 0 <= other.start - quote.end <= MAX_FOLLOWING_CUE_CHARS
               and "\n" not in context.text[quote.end:other.start]
               for cues in context.cues for other in cues)


def _clause_between(tree: Tree, cue: Cue, quote: QuoteSpan, mention: list) -> bool:
    """A verb or subordinator of the writer's between the cue and a later quotation ("“Savage,”
    she said, meaning that he's “radical enough”"): the quotation ends a clause of its own."""
    if quote.start < cue.end:
        return False
    return any(cue.end <= w.start_char and w.end_char <= quote.start and w not in mention
               and w.upos in ("VERB", "AUX", "SCONJ") for w in tree.words)


def _other_cue_between(context: Context, cue: Cue, quote: QuoteSpan) -> bool:
    """A verb of its own with a source stands between the cue and the quote, in either
    sentence ("“A,” Ms. Khan wrote. She continued: “B.”")."""
    low, high = sorted((cue.start, quote.start))
    return any(other.kind == VERB and other is not cue and low < other.start < high
               and not context.inside_quote(other.start) and find_source(context.trees[number], other.word,
                                                                         context.rules)[0] is not None
               for number, sentence in enumerate(context.parsed.sentences)
               if sentence.start < high and sentence.end > low
               for other in context.cues[number])


def _names_a_work(context: Context, quote: QuoteSpan) -> bool:
    """"said on CBS's ''Face the Nation.''", "a co-editor of ''Chick Lit: The New Woman's
    Fiction.''": a quotation in title case where a title stands (even one that ends on a full
    stop) names a show or a book; "said, from ''the direct body blow''" goes on speaking."""
    words = regex_words(quoted_words(context.text, quote, context.rules))
    return is_title(context, quote) and in_title_case(words, context.rules.words("title_small_words"))


def reads_as_a_title(context: Context, quote: QuoteSpan) -> bool:
    """"“Orange is the New Black”", "''Tales From the Crypt,''": a quotation in title case (or
    capitals) that ends no sentence names a work or a slogan. Not in the document's first
    paragraph, where headlines write every quotation so."""
    if quote.start < context.parsed.text.paragraphs[0][1]:
        return False
    inner = quoted_words(context.text, quote, context.rules)
    if inner.rstrip(" ,;:").endswith((".", "…")) or "!" in inner or "?" in inner:
        return False  # ("“Ted! Ted! Ted! Ted”" is cried out)
    return in_title_case(regex_words(inner), context.rules.words("title_small_words"))


def quote_continuation(context: Context) -> list[Attribution]:
    """Quotes with no cue nearby: the speaker of the paragraph's (or the previous one's) quotes."""
    found = []
    minimum = context.rules.marks.min_words_without_cue
    for quote in context.quotes:
        if context.claimed(quote.start, quote.end):
            continue
        inner = context.text[quote.start + 1:quote.end - 1]
        # scare quotes, titles and quoted terms are not attributions; a short sentence is, where
        # it goes on with the quotation before it
        short = len(regex_words(inner)) < minimum
        if short and not _whole_sentence(context, inner) or reads_as_a_title(context, quote) \
                or _names_a_work(context, quote):
            continue
        sentence = next((s for s in context.parsed.sentences if s.start <= quote.start < s.end + 1), None)
        if sentence is None:
            continue
        if any(_opens_in(quote, a.source_words) for a in context.found if a.source_words):
            continue  # "said Leslie Feldman, who waited in an “extraordinarily long line”": a description
        # "..., according to a memo seen by the Guardian." cites where a claim was read, and who
        # goes on speaking in quotation marks is not said
        earlier = [a for a in context.found if a.start < quote.start and a.sentence is not None
                   and sentence.paragraph - a.sentence.paragraph <= 1
                   and (a.source is not None or a.inherited_speaker is not None)
                   and not (a.cue is not None and a.cue.kind == ACCORDING_TO)]
        # the last one quoted speaks on; failing that, the one whose words the paragraph before reported
        previous = [a for a in earlier if a.type != INDIRECT] \
            or [a for a in earlier if a.sentence.paragraph < sentence.paragraph]
        if previous and _in_relative_clause(context, sentence, max(previous, key=lambda a: a.start), quote):
            previous = []
        introduced = _introduced_speaker(context, sentence, quote) if not short else None
        if introduced is not None:
            subject, subject_sentence = introduced
            tree = context.trees[subject_sentence.index]
            attribution = Attribution(quote.fragments, None, subject,
                                      tuple(source_mention_words(tree, subject, context.rules)), sentence,
                                      "quote_after_introduction", DIRECT)
            context.keep(attribution, found)
            continue
        speaker_record = max(previous, key=lambda a: a.start) if previous else None
        if speaker_record is not None and _continues(context, speaker_record, quote, sentence):
            # "“A,” said Caddell, speaking of X. “B.”": one statement, in fragments.
            speaker_record.fragments = speaker_record.fragments + tuple(quote.fragments)
            continue
        if short:
            continue  # a short sentence is someone's words only as a fragment of the quotation before
        # (PolNeAR train, quotations matched to a gold statement: the last speaker was its
        # speaker for 21 in 89 set in the writer's sentence, for 35 in 55 standing alone)
        # (the checks above tell whether a quotation goes on in the speaker's own sentence)
        in_writers_sentence = _in_the_writers_sentence(context, quote) and not (
            speaker_record is not None and speaker_record.sentence is sentence)
        # "Sanders said that he was hoping for a large turnout, which “will help elect ...”": a
        # verb of saying earlier in the quotation's own sentence is whose words they are (PolNeAR
        # train: right 13 times in 18 where a gold statement holds the quotation)
        said_before = [a for a in earlier if a.sentence is sentence and a.cue is not None and a.cue.kind == VERB
                       and "speech" in a.cue.classes and a.cue.end <= quote.start]
        # (the outer one of two: "Nance said she would like Trump to further explain his stance
        # ... because there is “no question” ..." is Nance's, not Trump's)
        said_before = [a for a in said_before if not any(
            o is not a and o.start <= a.cue.start < o.end for o in said_before)
            and not _relative_clause_on_the_speaker(sentence, a, quote, context.rules)]
        if in_writers_sentence and said_before:
            speaker_record, in_writers_sentence = max(said_before, key=lambda a: a.cue.start), False
        if speaker_record is not None and not in_writers_sentence:
            attribution = Attribution(quote.fragments, None, None, (), sentence, "quote_continuation", DIRECT,
                                      inherited_speaker=speaker_record.inherited_speaker or speaker_record)
        else:
            reason = "a quotation in the writer's own sentence, with no cue" if in_writers_sentence \
                else "no cue or earlier speaker near this quote"
            attribution = Attribution(quote.fragments, None, None, (), sentence, "quote_without_cue", DIRECT, reason)
        context.keep(attribution, found)
    return found


def _in_the_writers_sentence(context: Context, quote: QuoteSpan) -> bool:
    """Words of the writer's stand before or after the quotation in its sentence ("Washington
    thanked Obama for “taking these steps ...”", "Clinton “vehemently offers ... Does that
    fly?” former Obama adviser David Axelrod asked on Twitter."): the quotation is part of that
    sentence, not the last speaker going on."""
    # the sentences of the quotation's first and last words (its marks may be parsed into the
    # sentence before or after)
    inside = [w for s in context.parsed.sentences if s.start < quote.end and quote.start <= s.end
              for w in s.words if quote.start < w.start_char < quote.end - 1]
    if not inside:
        return False
    first, last = context.sentence_at(inside[0].start_char), context.sentence_at(inside[-1].start_char)
    if first is None or last is None:
        return False
    text, ends = context.text, tuple(context.rules.words("sentence_end_marks"))
    before = text[first.start:quote.start].rstrip()
    after = text[quote.end:max(last.end, quote.end)].lstrip()
    # a sentence the parser ran on past a full stop is two ("... I love Hispanics!”Former ...")
    before_is_words = any(c.isalpha() for c in before) and before[-1:] not in ends
    after_is_words = any(c.isalpha() for c in after) and not (
        quoted_words(text, quote, context.rules).endswith(ends) and after[:1].isupper())
    return before_is_words or after_is_words


def _whole_sentence(context: Context, inner: str) -> bool:
    """"Nothing changes.": a short quotation of two words or more that is a sentence of its own
    is someone's words, not a quoted term nor a title ("This Week.")."""
    stripped = inner.strip()
    words = regex_words(stripped)
    return len(words) >= 2 and stripped[:1].isupper() and stripped.endswith((".", "!", "?")) \
        and not in_title_case(words, context.rules.words("title_small_words"))


def _signature_name(context: Context, quote: QuoteSpan) -> tuple[int, int, int, int] | None:
    """(dash start, dash end, name start, name end) of "― Name" right after a quote, ending its
    line; also alone on the line after a quote that ends its own ("“...” / - Clinton.")."""
    signature = context.rules.patterns["signature"]
    text = context.text
    position = quote.end
    while position < len(text) and text[position] in " \u00a0\t":
        position += 1
    dashes = signature["dashes"]
    if text.startswith("\n", position):
        while position < len(text) and text[position] in " \u00a0\t\n":
            position += 1
        dashes = dashes + signature["line_dashes"]
    dash = next((d for d in dashes if text.startswith(d, position)), None)
    if dash is None:
        return None
    dash_end = position + len(dash)
    line_end = text.find("\n", dash_end)
    line_end = len(text) if line_end < 0 else line_end
    name = text[dash_end:line_end]
    start = dash_end + len(name) - len(name.lstrip(" \u00a0\t"))
    end = start + len(name.strip(" \u00a0\t").rstrip("."))
    tokens = text[start:end].split()
    particles = context.rules.words("name_particles")
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
        attribution = Attribution(quote.fragments, cue, source, tuple(words), sentence, "quote_signature", DIRECT)
        context.keep(attribution, found)
    return found


def _in_relative_clause(context: Context, sentence: ParsedSentence, earlier: Attribution, quote: QuoteSpan) -> bool:
    """"“How big is that wall?” asked the boy, who wore a 'Make America Great Again' hat": a
    quote in a relative clause after the statement is in the writer's words, not the speaker's
    (but a quotation broken off at a comma goes on after the clause and its comma: "“...,” he
    said of people whose rights were restored, “But I do know ...”")."""
    closing = next((q for q in context.quotes if q.end == earlier.end), None)
    broken_off = closing is not None and quoted_words(context.text, closing, context.rules).endswith(",") \
        and context.text[earlier.end:quote.start].rstrip().endswith(",")
    return not broken_off and any(earlier.end <= w.start_char and w.end_char <= quote.start
               and w.text.lower() in context.rules.words("relative_only") for w in sentence.words)


def _relative_clause_on_the_speaker(sentence: ParsedSentence, attribution: Attribution, quote: QuoteSpan,
                                    rules) -> bool:
    """"... asked the boy, | who wore a 'Make America Great Again' hat": a quotation in a
    relative clause on the speaker is the writer's description of them."""
    if not attribution.source_words:
        return False
    mention_end = max(w.end_char for w in attribution.source_words)
    words = sentence.words
    return any(w.text.lower() in rules.words("relative_only") and mention_end <= w.start_char < quote.start
               and i >= 2 and words[i - 1].text == "," and words[i - 2].end_char == mention_end
               for i, w in enumerate(words))


INTRODUCTION_WORDS = 10


def _introduced_speaker(context: Context, sentence: ParsedSentence, quote: QuoteSpan):
    """"Brown was more cautious. “It is too early to tell.”": a quotation that opens its
    sentence right after a short sentence of the writer's, in the same paragraph, whose subject
    is a name, is that person's. Returns (subject, its sentence) or None."""
    if sentence.index == 0 or quote.start > sentence.words[0].start_char + 1:
        return None
    before = context.parsed.sentences[sentence.index - 1]
    if before.paragraph != sentence.paragraph or len(before.words) > INTRODUCTION_WORDS \
            or any(a.sentence is before for a in context.found) or context.inside_quote(before.words[0].start_char):
        return None
    tree = context.trees[before.index]
    root = next((w for w in tree.words if w.head == 0), None)
    subjects = tree.kids(root, {"nsubj"}) if root is not None else []
    if len(subjects) != 1 or subjects[0].upos != "PROPN" or root.upos not in ("VERB", "ADJ", "AUX"):
        return None
    return subjects[0], before


def _continues(context: Context, earlier: Attribution, quote: QuoteSpan, sentence: ParsedSentence) -> bool:
    """A quote right after a direct quote of the same paragraph (or the next), with no other
    statement between them, goes on with that quote."""
    if earlier.type != DIRECT or earlier.sentence is None or sentence.paragraph - earlier.sentence.paragraph > 1:
        return False
    before = [w for w in sentence.words if w.end_char <= quote.start]
    if before and before[-1].text in context.rules.patterns["colon"]["marks"] \
            and any(w.upos == "VERB" for w in before):
        return False  # "He also played up his strength: “...”": a lead-in of its own
    if _writers_clause_before(context, sentence, earlier, quote):
        return False
    # "“A,” Trump said, referring to the debate. “B.”", "“A,” said King, who endorsed Rubio.
    # “B.”": what the reporting clause says of the speaker does not part A from B
    doings = [a for a in context.found if a.sentence is earlier.sentence and a is not earlier
              and (a.rule == "participial_cue" or earlier.cue is not None and a.start > earlier.cue.end)]
    return not any(earlier.end <= a.start < quote.start for a in context.found
                   if a is not earlier and a not in doings
                   and not any(d.start <= a.start < d.end for d in doings))  # nor what is nested in them
