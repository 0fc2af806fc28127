"""The word-order fallback for sentences whose parse has no usable structure."""

from __future__ import annotations

from quotes.cues import VERB, Cue
from quotes.deps import Tree, finite, indefinite_article, present_participle
from quotes.rules import Rules
from quotes.sieves.content import (content_deprels, entry_words, make_attribution, opens_a_quotation,
                                   phrasal_entries, predicate_words, statement_end)
from quotes.sieves.context import Attribution, Context
from quotes.sieves.sources import (joined_to_clause_before, nominal_run, phrase_head, plausible_source,
                                   preceding_phrase, quoted_as_saying, speaker_like)


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
            if cue.kind != VERB or context.inside_quote(cue.start) or context.quotation_only(cue) \
                    or cue.word.upos != "VERB" and cue.word.text.lower() not in context.rules.mistagged_verbs \
                    or " " in cue.lemma:
                continue  # (a verb with its object, "put it", needs the parse to find its statement)
            if context.cue_used(cue):
                used = next(a for a in context.found if a.cue is not None and a.cue.start == cue.start)
                previous_source = (used.source, used.source_words) if used.source is not None else previous_source
                continue
            if cue.word.text.isupper():
                continue  # a word in capitals stands in a heading ("QUESTIONABLE MEDICAL CLAIMS — For years,")
            position = cue.word.id - 1
            content_start = position + 1
            if set(cue.classes) <= {"evidential"}:
                continue  # "she appeared on television": only its parse tells a statement
            if quoted_as_saying(tree, cue.word, context.rules):
                continue  # "quoted an official | as saying ...": the participle reports it
            if not {"ccomp", "obj", "xcomp", "parataxis"} & set(content_deprels(cue, context.rules)):
                # A phrasal cue ("spoke about ...") only with its preposition next to it.
                following = [w.text.lower() for w in words[position + 1:end]]
                entry = next((e for e in map(entry_words, phrasal_entries(cue, context.rules))
                              if following[:len(e)] == e), None)
                if entry is None or following[-1] in context.rules.words("time_words"):
                    continue
                content_start = position + 1 + len(entry)
            needed = predicate_words(cue, context.rules, of_objects=False)
            if needed and not any(w.text.lower() in needed for w in words[position + 1:end]):
                continue  # "Voters cast ballots in Iowa": no role cast, no statement
            speech_like = bool({"speech", "belief"} & set(cue.classes))
            if position > 0 and (words[position - 1].lemma or "").lower() == "be":
                continue  # passive: "the visit itself is seen as ..."
            content = source_phrase = None
            colon_after = position + 1 < len(words) \
                and words[position + 1].text in context.rules.patterns["colon"]["marks"]
            clause_end = _reporting_clause_end(words, position, end, cue, context)
            if speech_like and position >= clause_end - 6 and position > 3 and not colon_after:
                # "..., CNN has learned.": the speaker stands before the verb's auxiliaries
                subject_end = position - 1
                while subject_end > 0 and words[subject_end].upos == "AUX":
                    subject_end -= 1
                before = _past_postmodifier(words, nominal_run(words, subject_end, -1, context.rules), context)
                after = clause_end if clause_end < end else max(
                    nominal_run(words, position + 1, 1, context.rules),
                    _past_listener_and_phrases(words, position, end, cue, context))
                aside = _speaker_set_off(context, tree, cue, words) if after >= clause_end else None
                # ("Before dropping out, Cruz responded ..., promoting ...": an opening phrase, no statement)
                opening_phrase = clause_end < end and words[0].upos in ("ADP", "SCONJ")
                if before >= 2 and words[before].text == "," and before < subject_end and after >= clause_end \
                        and not opening_phrase:
                    content, source_phrase = words[:before], words[before + 1:subject_end + 1]
                elif aside is not None:
                    content, source_phrase = aside
                elif words[position - 1].text == "," and position + 1 < end and after >= end \
                        and cue.lemma not in context.rules.words("listener_verbs") \
                        and any(w.upos in ("VERB", "AUX") for w in words[:position - 1]) \
                        and _inverted_speaker(cue, words[position + 1:end], context):
                    # (not "Elliott's father, the Rev. Charles Elliott Jr., | knew Muhammad Ali
                    # for decades": a noun phrase with no verb is no statement)
                    content, source_phrase = words[:position - 1], words[position + 1:end]
            # "a move environmental groups welcomed | but carmakers warned ...": what follows a
            # conjunction is no object of the verb before it
            if content is None and end - position > 2 and words[content_start].upos != "CCONJ":
                stop = statement_end(words, position, end, context.rules)
                start = position - 1
                while start >= 0 and (words[start].upos in ("AUX", "ADV") and words[start].deprel != "punct"):
                    start -= 1
                before = nominal_run(words, start, -1, context.rules)
                before = _past_people_modifier(words, before, context)
                opening = before < 0 or words[before].text in (",", "“", '"', ":")
                # ("rebuked Mr. Trump for | suggesting ...": a gerund after a preposition has
                # no subject of its own in word order)
                after_preposition = start >= 0 and words[start].upos in ("ADP", "SCONJ")
                if before < start and opening and not after_preposition and start - before <= 10 \
                        and not joined_to_clause_before(words, start):
                    source_phrase, content = words[before + 1:start + 1], words[content_start:stop]
                elif previous_source is not None and cue.word.text.lower().endswith("ing") and \
                        start >= 0 and words[start].text == ",":
                    source_phrase, content = list(previous_source[1]), words[content_start:stop]
            while source_phrase and source_phrase[0].upos in ("CCONJ", "SCONJ", "ADP"):
                source_phrase = source_phrase[1:]  # "Goldman | and Centerview advised": the joiner is no part
            if not content or not source_phrase:
                continue
            first_word = next((w for w in content if not cue.start <= w.start_char < cue.end), content[0])
            if set(cue.classes) <= {"object_content"} and first_word.upos not in ("VERB", "SCONJ"):
                # "The eventual appeals court ruling | could decide ...", "The morning Mr. Obama
                # unveiled | the final version ...": a verb whose statement is its object, in word
                # order alone, says something only with a clause ("ruled out | making a bid")
                # (PolNeAR train: right 4 times in 24)
                continue
            if set(cue.classes) <= {"speech"} and content[0].id > cue.word.id \
                    and not _clause_in_word_order(content, cue, context.rules) \
                    and not _finding_in_word_order(cue, source_phrase, context):
                continue  # "Clinton maintains | a commanding lock": a verb that reports clauses
            if _relative_clause_on_a_thing(tree, cue, content, source_phrase, context):
                continue  # "..., a claim the mayor's office disputed": the writer's, about the statement
            if all(w.upos in ("ADV", "PUNCT") for w in content):
                continue  # "Sanders laughed, heartily": how, not what
            if cue.lemma in context.rules.words("adding_verbs") and content_start == position + 1 \
                    and words[min(nominal_run(words, position + 1, 1, context.rules), end - 1)].text.lower() \
                    in context.rules.words("goal_prepositions"):
                continue  # "Social media added another link | to the chain": nothing was said
            if content[0].text.lower() in context.rules.words("reflexives"):
                continue  # "China and the US find themselves in ...": no statement
            if content[0].upos == "ADP" and (content_start == position + 1 and len(content) <= 4
                                             or content[-1].id < cue.word.id) \
                    and not any(w.upos in ("VERB", "AUX") for w in content):
                continue  # "Cruz wrote on Twitter", "In an interview, Clinton laughed": where, not what
            if content[0].upos == "ADP" or cue.lemma in context.rules.words("listener_verbs"):
                # "tweeted in the early morning hours that ...", "told his protégés on a regular
                # basis that ...": the statement opens at "that"
                marks = context.rules.words("clause_marks")
                # (a participle the tagger read in a noun phrase is no clause: "in a 114-page ruling")
                opening = next((i for i, w in enumerate(content) if w.text.lower() in marks
                                or w.upos in ("VERB", "AUX") and not _noun_phrase_participle(content, i)), None)
                if opening is not None and content[opening].text.lower() in marks:
                    content = content[opening:]
                elif opening is None and cue.lemma in context.rules.words("listener_verbs"):
                    continue  # "told The Huffington Post on Thursday": whom, not what
            source = previous_source[0] if source_phrase and previous_source and \
                list(previous_source[1]) == source_phrase else phrase_head(source_phrase)
            if source is None or not plausible_source(source, cue, context.rules, context.names):
                continue
            attribution = make_attribution(context, sentence, tree, content, cue, "surface_reporting_clause", source)
            if attribution:
                attribution.source_words = tuple(source_phrase)
                previous_source = (source, attribution.source_words)
                context.keep(attribution, found)
    return found


def _past_listener_and_phrases(words: list, position: int, end: int, cue: Cue, context: Context) -> int:
    """The index past the cue's listener and its phrases of when and where ("wrote | in a note
    to clients")."""
    rules = context.rules
    index = position + 1
    if cue.lemma in rules.words("listener_verbs"):
        index = nominal_run(words, index, 1, rules)
    while index < end and words[index].upos == "ADP":
        following = nominal_run(words, index + 1, 1, rules)
        if following == index + 1:
            break
        index = following
    return index


def _noun_phrase_participle(words: list, index: int) -> bool:
    """A participle right after a noun, number or adjective that the tagger read as a verb
    inside a noun phrase ("in a 114-page | ruling that ...")."""
    return index > 0 and present_participle(words[index]) and words[index - 1].upos in ("NOUN", "NUM", "ADJ")


def _reporting_clause_end(words: list, position: int, end: int, cue: Cue, context: Context) -> int:
    """Where a reporting clause set off after its statement ends, when more follows it: before
    a participle ("..., two people told Reuters, | speaking on condition of anonymity") or a noun
    phrase that sums the statement up ("..., Starmer announced on Monday, | a move ..."), past
    the cue's listener and its phrases of when and where; else the sentence's end. ("Rubio
    assumed Trump's style, | launching ...": an object after the cue is no listener.)"""
    index = _past_listener_and_phrases(words, position, end, cue, context)
    separators = {",", *context.rules.patterns["content"]["trailing_dashes"]}
    if index < end - 1 and words[index].text in separators and (
            words[index + 1].upos == "VERB" and present_participle(words[index + 1])
            or indefinite_article(words[index + 1]) or _time_apart(words, index + 1, end, context)):
        return index
    return end


def _time_apart(words: list, index: int, end: int, context: Context) -> bool:
    """"..., the Associated Press declared on Thursday, | two days after voters went to the polls":
    how long before or after something else it was said."""
    return index + 2 < end and words[index].upos == "NUM" \
        and (words[index + 1].lemma or "").lower() in context.rules.words("time_words") \
        and words[index + 2].text.lower() in context.rules.words("time_apart")


def _past_postmodifier(words: list, before: int, context: Context) -> int:
    """"..., two people | familiar with | the matter said": walking back over a noun phrase, an
    adjective or participle with its preposition ("familiar with", "briefed on") still belongs to
    the noun phrase before it."""
    if before >= 2 and words[before].upos == "ADP" and words[before - 1].upos in ("ADJ", "VERB") \
            and words[before - 2].upos in ("NOUN", "PROPN"):
        return nominal_run(words, before - 2, -1, context.rules)
    # "..., analysts | at | Morgan Stanley wrote": where they work is part of who they are
    if before >= 1 and words[before].text.lower() in context.rules.words("affiliation_prepositions") \
            and words[before - 1].upos in ("NOUN", "PROPN"):
        return nominal_run(words, before - 1, -1, context.rules)
    return _past_people_modifier(words, before, context)


def _past_people_modifier(words: list, before: int, context: Context) -> int:
    """"Those | close to | him say that ...": the same, where a word standing for people opens
    the sentence ([words] people_pronouns)."""
    if before == 2 and words[2].upos == "ADP" and words[1].upos in ("ADJ", "VERB") \
            and words[0].text.lower() in context.rules.words("people_pronouns"):
        return -1
    return before


def _speaker_set_off(context: Context, tree, cue: Cue, words: list):
    """"..., his spokeswoman, Erin Mellon, told reporters.": the statement, then the speaker's
    phrase with the name set off in it, then the cue (and its listener)."""
    if words[cue.word.id - 2].text != ",":
        return None
    phrase = preceding_phrase(context, tree, cue)
    comma = phrase[0].id - 2 if phrase else -1
    if comma < 2 or words[comma].text != ",":
        return None
    return words[:comma], phrase


def _inverted_speaker(cue: Cue, phrase: list, context: Context) -> bool:
    """"..., said the official": the phrase after a cue that also takes objects is its
    speaker only when it names someone ("..., dismissed the claim" names what was dismissed)."""
    if "obj" not in content_deprels(cue, context.rules):
        return True
    head = phrase_head(phrase)
    return head is not None and speaker_like(head, context.rules, context.names)


def _clause_in_word_order(content: list, cue: Cue, rules: Rules) -> bool:
    """The words after the cue hold a finite verb or an infinitive, or open with a subordinator
    or a quotation ("maintains | that ...", "said | the race was close", "told Megyn | not to
    worry"), as a verb that reports clauses needs ("Clinton maintains | a commanding lock")."""
    words = [w for w in content if not cue.start <= w.start_char < cue.end]
    if words and opens_a_quotation(words[0], rules):
        return True
    return any(w.upos in ("VERB", "AUX") and finite(w) or w.upos == "PART" and w.text.lower() == "to"
               or w.upos == "SCONJ" for w in words)


def _finding_in_word_order(cue: Cue, source_phrase: list, context: Context) -> bool:
    """"The poll finds | Trump faring better ...": what a poll or study finds is an object with
    its predicate ([words] small_clause_verbs, [media_heads] in speakers.toml)."""
    head = phrase_head(source_phrase)
    return cue.lemma in context.rules.words("small_clause_verbs") and head is not None \
        and (head.lemma or head.text).lower() in context.rules.media_heads


def _relative_clause_on_a_thing(tree: Tree, cue: Cue, content: list, source_phrase: list, context: Context) -> bool:
    """The cue is the verb of a relative clause (with no "that") on a thing named after the
    statement in what word order took for the speaker's phrase ("..., a claim | the mayor's
    office | disputed"): the phrase describes the statement, and no one in it reported it
    ("The major danger he sees | is ..." reports what follows)."""
    noun = tree.head(cue.word)
    return cue.word.deprel in ("acl:relcl", "acl") and noun is not None and noun in source_phrase \
        and content[-1].id < source_phrase[0].id \
        and noun.upos == "NOUN" and not speaker_like(noun, context.rules, context.names)
