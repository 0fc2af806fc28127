"""Speaker resolution: from the local source mention to a named, typed speaker.

- names are split from roles ("State Department spokesperson" | "Matthew Miller") with the
  title lexicon in rules/speakers.toml, and appositions give roles ("Brendon O’Connor, a
  representative from the University of Sydney");
- short names are clustered with the fullest form in the document (Qin -> Qin Gang,
  Biden -> Joe Biden);
- pronouns resolve to the most recent compatible speaker (or named person) before them;
- every speaker has a kind: person, organization, media, group, anonymous or other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby

import regex

from quotes.deps import Tree, base, feats, indefinite_article, relative_or_question_word, span_of
from quotes.parse import DOUBLED_MARKS, ParsedText
from quotes.cues import LABEL
from quotes.rules import Rules, third_person_lemma, timed_search
from quotes.sieves import Attribution
from quotes.sieves.content import dateline_end
from quotes.sieves.phrases import interview_label
from quotes.sieves.sources import (CLOSING_BRACKETS, name_set_off_before_its_verb, party_tag, person_noun,
                                   relative_antecedent, source_mention_words, title_read_as_a_participle)
from quotes.text import in_title_case

PERSON, ORGANIZATION, MEDIA, GROUP, ANONYMOUS, OTHER = (
    "person", "organization", "media", "group", "anonymous", "other")
PRONOUN_LOOKBACK_PARAGRAPHS = 3
RELATIVE = "relative"  # resolution of "who", "which" through the noun they stand for


@dataclass(frozen=True)
class Speaker:
    mention: tuple[int, int] | None
    name: str | None
    role: str | None
    affiliation: str | None
    kind: str
    resolution: str  # name | cluster | description | pronoun | relative | continuation | unresolved
    co_speakers: tuple[str, ...] = ()  # the others named with a person: "Biden and Xi agreed"


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    tokens: tuple[str, ...]
    text: str
    subject: bool = False  # the run's words include a clause subject
    quoted: bool = False  # quotation marks enclose the run alone: "“Barack Obama Election Day”"
    modifier: bool = False  # a common noun follows: "a New Hampshire Sanders | veteran"


def _name_like(word, rules: Rules) -> bool:
    if regex.match(r"\p{Lu}{3,}\p{Ll}", word.text) \
            or word.text.isupper() and word.text.lower() in rules.words("clock_marks"):
        return False  # "PMTed Cruz", "PM Ted Cruz": a time run into a name, or before it
    if word.upos == "PROPN" and word.text[:1].islower() and any(c.isupper() for c in word.text[1:]):
        return True  # "deMause", "al-Assad"
    if not word.text[:1].isupper() or word.upos not in ("PROPN", "X", "NOUN", "ADJ") \
            or word.upos in ("NOUN", "ADJ") and word.id <= 1:
        return False
    lowered = word.text.lower()
    if lowered in rules.titles or lowered in rules.words("determiners"):
        return False
    # a headline's verb: "Ben Carson Defends ...", "Ted Cruz Hints ..."
    return not (lowered.endswith("s") and rules.verb_classes_of(third_person_lemma(lowered)))


def _norm(token: str) -> str:
    return token.replace("’", "'").lower()


def name_tokens(name: str) -> tuple[str, ...]:
    """Tokens of a name as written (a tokenizer may split "O’Connor" into two words)."""
    return tuple(_norm(t) for t in name.split())


def name_mentions(parsed: ParsedText, rules: Rules) -> list[NameMention]:
    """Every run of name-like words in the document, in text order; in a headline, which
    capitalises every word, a run ends at the last word the body also uses in a name ("Ted
    Cruz | Apologizes", "Paul Ryan | Joins Growing List"); one inside the headline starts at a
    first name or the first word the body uses so ("Refuses to Disavow | Lindsey Graham",
    "The Story of the Real | Donald Trump"), one that opens it where it starts ("Cecile
    Richards: ...")."""
    text = parsed.text.text
    small_words = rules.words("title_small_words")
    marks = _quotation_marks(rules)
    runs = []
    for sentence in parsed.sentences:
        words = sentence.words
        place_end = dateline_end(rules, text, sentence) or 0  # "CHICAGO —" names no one
        headlines = _headlines(words, marks, small_words, sentence.start < parsed.text.paragraphs[0][1])
        for run in name_runs([w for w in words if w.start_char >= place_end], rules):
            headline = next((h for h in headlines if run[0] in h), None)
            opening = next((w for w in headline or words if w.upos != "PUNCT"), None)
            runs.append((run, headline is not None, run[0] is opening, words))
    in_body = {_norm(w.text) for run, headline, _, _ in runs if not headline for w in run}
    found = []
    for run, headline, opens_it, words in runs:
        for piece in _headline_names(run, in_body, opens_it, rules) if headline else [run]:
            start, end = span_of(piece)
            subject = any(base(w.deprel) == "nsubj" for w in piece)
            after = words[piece[-1].id] if piece[-1].id < len(words) else None
            modifier = after is not None and after.upos == "NOUN" and after.text[:1].islower()
            found.append(NameMention(start, end, name_tokens(text[start:end]), text[start:end], subject,
                                     _quoted_whole(text, start, end, rules), modifier))
    return found


def _quotation_marks(rules: Rules) -> set[str]:
    """The tokens that quotation marks become: each pair's marks, the straight double and the
    tokenizer's doubled ones."""
    return {mark for pair in rules.marks.pairs for mark in pair[:2]} | {rules.marks.ambiguous_double, *DOUBLED_MARKS}


def _headlines(words: list, marks: set[str], small_words: frozenset[str], first_line: bool) -> list[list]:
    """The stretches of a sentence written as a headline, every word capitalised: the whole
    sentence, or a quotation in it ("an email stating, “Speaker Paul Ryan Joins Growing List
    of Conservatives Rebuking Trump”"), or in the document's first line the words between its
    quotations ("Clinton Cash Debunks Hillary: Only ‘One or Two Instances’ where ...")."""
    if len(words) >= 4 and in_title_case([w.text for w in words], small_words):
        return [list(words)]
    stretches = [list(group) for is_mark, group in groupby(words, key=lambda w: w.upos == "PUNCT" and w.text in marks)
                 if not is_mark]
    # (quoted: not the speaker's label before the quotation, "Rep. Trey Gowdy (R-S.C.): “...")
    return [stretch for stretch in stretches if (first_line or stretch[0] is not words[0])
            and len([w for w in stretch if w.upos != "PUNCT"]) >= 4
            and in_title_case([w.text for w in stretch], small_words)]


def _headline_names(run: list, in_body: set[str], opens_it: bool, rules: Rules) -> list[list]:
    """The names in a headline's run of capitalised words: the stretches of words the body
    also uses in names, or first names ("Bush | Hits | Marco Rubio", "Paul Ryan | Joins Growing
    List"); one that opens the headline starts where it does ("Cecile Richards: ..."). A run
    with no word the body uses stays whole where it opens the headline or has a first name,
    and is none elsewhere."""
    named = [_norm(w.text) in in_body or w.text.lower() in rules.first_names for w in run]
    if not any(_norm(w.text) in in_body for w in run):
        # ("Hillary Clinton’s | Claim | That ...": a capitalised word inside that no name uses)
        return [run] if opens_it or any(named) else []
    if opens_it:
        first_used = named.index(True)
        named[:first_used] = [True] * first_used
    return [[word for word, _ in stretch] for keep, stretch in groupby(zip(run, named), key=lambda pair: pair[1])
            if keep]


def _quoted_whole(text: str, start: int, end: int, rules: Rules) -> bool:
    """A name that a pair of quotation marks encloses alone (a comma or full stop may stand
    before the closing mark)."""
    if start == 0:
        return False
    closing = end + 1 if text[end:end + 1] in (",", ".") else end
    opener, closer = text[start - 1], text[closing:closing + 1]
    marks = rules.marks
    return any(opener == open_mark and closer == close_mark for open_mark, close_mark, _ in marks.pairs) \
        or opener == closer and opener in (marks.ambiguous_double, marks.ambiguous_single)


def name_runs(words, rules: Rules) -> list[list]:
    """Runs of consecutive name-like words; a hyphen written tight between two of them joins
    them ("Karine Jean-Pierre", "Alexandria Ocasio-Cortez"), and so do lower-case particles
    ("Bill de Blasio", "Azucena de la Cruz"). A day or month alone is no name."""
    joiners = rules.words("name_joiners")
    particles = rules.words("name_particles")
    runs: list[list] = []
    words = list(words)
    for index, word in enumerate(words):
        previous = runs[-1][-1] if runs and runs[-1][-1].id == word.id - 1 else None
        tight = previous is not None and previous.end_char == word.start_char
        if _surname_like_a_title(word, runs[-1] if previous is not None else None,
                                 words[index + 1] if index + 1 < len(words) else None, rules):
            runs[-1].append(word)  # "Rep. Steve King said", "Peter T. King of New York"
        elif _name_like(word, rules):
            if previous is not None and (previous.text not in joiners or tight):
                runs[-1].append(word)
            else:
                runs.append([word])
        elif word.text in joiners and tight and previous.text not in joiners:
            runs[-1].append(word)
        elif word.text in particles and previous is not None and previous.text not in joiners:
            runs[-1].append(word)
    for run in runs:
        while run[-1].text in joiners or run[-1].text in particles:
            run.pop()
    times = rules.words("time_words")
    return [run for run in runs if not all(w.text.lower() in times for w in run)]  # "Tuesday" names no one


def _surname_like_a_title(word, run: list | None, following, rules: Rules) -> bool:
    """A capitalised title word that ends a name begun with a first name ("Steve | King",
    "Rob | Bishop", "Peter T. | King"): a surname, where no name follows it (not "Donald Trump
    Vice President ...") and it names no body ("White" stays the White House's)."""
    return run is not None and run[0].text.lower() in rules.first_names and word.upos == "PROPN" \
        and word.text[:1].isupper() and word.text.lower() in rules.titles and not word.text.endswith(".") \
        and word.text.lower() not in rules.organisation_heads | rules.media_heads \
        and not (following is not None and following.upos == "PROPN" and following.text[:1].isupper())


def _fullest(name: NameMention, names: list[NameMention], rules: Rules, gender: str | None = None,
             person: bool = True) -> NameMention:
    """The longest name in the document that contains all the tokens of this one, less the
    names of bodies named after it, of another sex than the title gives ("Mr. Obama" is not
    "Michelle Obama"), and the words after it in a quoted event's or work's name ("“Barack
    Obama Election Day”" names "Barack Obama"). A person's surname is first sought at the
    end of a longer name, however long a name that goes on after it ("Donald Trump", not
    "Trump Taj Mahal"); a body's name may go on ("Nike Inc.")."""
    tokens = set(name.tokens)
    candidates = [_up_to(n, tokens) if n.quoted else n for n in names
                  if tokens <= set(n.tokens) and not _named_after(n, tokens, rules)
                  and not _state_before(n, name, rules)]
    if gender is not None:
        candidates = [n for n in candidates if gender_of(n.text, None, rules) in (None, gender)]
    # of two as long, the one these tokens end, as a surname ends a name ("Andy Warhol", not
    # "Warhol Polaroids"), or begin, for a first name ("John Hammond", not "Tom John"); then
    # the earlier
    first_name = len(name.tokens) == 1 and name.tokens[0] in rules.first_names

    def anchored(n: NameMention) -> bool:
        return (n.tokens[0] if first_name else n.tokens[-1]) in tokens

    def ends_longer(n: NameMention) -> bool:
        # a title run into the name ("Admiral Harris") makes it no longer
        return person and not first_name and len(n.tokens) > len(name.tokens) and anchored(n) \
            and n.tokens[0] not in rules.titles

    return max(candidates, key=lambda n: (ends_longer(n), len(n.tokens), anchored(n), -n.start), default=name)


def _state_before(candidate: NameMention, name: NameMention, rules: Rules) -> bool:
    """"a fellow New Hampshire | Sanders veteran": a state's name run into a name that modifies
    a noun says where, and makes no fuller name of it ("America Ferrera" is one)."""
    extra = len(candidate.tokens) - len(name.tokens)
    return candidate.modifier and extra > 0 and candidate.tokens[extra:] == name.tokens \
        and " ".join(candidate.tokens[:extra]).lower() in rules.states


def _up_to(candidate: NameMention, tokens: set[str]) -> NameMention:
    """The candidate name cut after the last of these tokens."""
    last = max(i for i, token in enumerate(candidate.tokens) if token in tokens)
    end = candidate.start + [m.end() for m in regex.finditer(r"\S+", candidate.text)][last]
    return NameMention(candidate.start, end, candidate.tokens[:last + 1], candidate.text[:end - candidate.start],
                       candidate.subject, candidate.quoted)


def _named_after(candidate: NameMention, tokens: set[str], rules: Rules) -> bool:
    """A body's name built on these tokens: a body word after them ("Trump University", "Eric
    Trump Foundation") or right before them ("Team Trump"), not a legal form ("Nike Inc.") nor
    a title's word further before ("Chief of Staff Denis McDonough")."""
    bodies = rules.organisation_heads - rules.legal_forms
    shared = [i for i, token in enumerate(candidate.tokens) if token in tokens]
    return any(token in bodies for token in candidate.tokens[shared[-1] + 1:]) \
        or shared[0] > 0 and candidate.tokens[shared[0] - 1] in bodies


def _after_clause_opener(words: list, head, rules: Rules) -> list:
    """"what Newt Gingrich | called ...", "in which | GOP presidential nominee Donald Trump",
    "when | House Speaker Paul D. Ryan", "after | Apple CEO Tim Cook": word order ran over the
    word that stands for the object or opens the clause, which is no part of who speaks
    ("whose" is: "whose attorneys argued")."""
    # a subordinator marking its clause, not the demonstrative "That person"
    openers = [w for w in words if w.id < head.id and (relative_or_question_word(w) or w.upos == "SCONJ"
                                                        and w.deprel == "mark")]
    return [w for w in words if w.id > openers[-1].id] if openers else words


def _strip_det(words: list, rules: Rules) -> list:
    while words and words[0].text.lower() in rules.words("determiners"):
        words = words[1:]
    return words


def _text(words, text: str) -> str | None:
    if not words:
        return None
    start, end = span_of(words)
    return text[start:end]


def _kind_of(head, mention_words, name_words, rules: Rules) -> str:
    if name_words and head.id < name_words[0].id and _after_a_title(name_words, mention_words, rules) \
            and not _names_a_body(name_words, mention_words, rules) \
            and not any(w.upos == "CCONJ" for w in mention_words):
        # "House | Speaker Mike Johnson", "House Judiciary Committee Chairman | Bob Goodlatte":
        # a title or a body at the head (not "The three scholars -- Mr. Tribe, ...", "The Black
        # Caucus and Sen. Chuck Schumer")
        return PERSON
    lowered = {w.text.lower() for w in mention_words}
    head_lemma = (head.lemma or head.text).lower()
    if head_lemma in rules.media_heads or head.text.lower() in rules.media_heads:
        return MEDIA
    if name_words and _known_body(name_words, rules):
        return ORGANIZATION  # "The United Nations warned ...", though "nations" are many
    # "Mexico's foreign ministry": a named owner makes it one body, as "the" does
    named_owner = any(base(w.deprel) == "nmod" and w.deprel.endswith("poss") and w.head == head.id
                      and w.upos == "PROPN" for w in mention_words)
    if head_lemma in rules.organisation_heads and head.upos in ("PROPN", "NOUN") and \
            (head.upos == "PROPN" or head.text[:1].isupper() or lowered & {"the"} or named_owner):
        # "the official Chinese news agency": a body of the media
        media_kind = any(w.head == head.id and w.deprel in ("compound", "amod") and w.text.lower() in rules.media_heads
                         for w in mention_words)
        return MEDIA if media_kind else ORGANIZATION
    # (a plural name alone is a people or a group: "Latinos", "Millennials", "Christians")
    plural_name = head.upos == "PROPN" and head.xpos == "NNPS" and name_words == [head]
    if head.text.lower() in rules.group_heads or feats(head).get("Number") == "Plur" and head.upos == "NOUN" \
            or _both(head, mention_words) \
            or _a_people(head, mention_words, name_words) or plural_name:
        return GROUP
    if name_words and not _names_a_body(name_words, mention_words, rules):
        return PERSON
    alone = [w for w in _strip_det(list(mention_words), rules) if w.upos != "PUNCT"] == [head] \
        and head.text[1:].islower()  # a headline's "Mayor defends ...", not "the U.S."
    if head_lemma in rules.anonymous_heads or (head.upos == "NOUN" or head.upos == "PROPN" and alone) \
            and head.text.lower() in rules.titles and head_lemma not in rules.organisation_heads:
        return ANONYMOUS  # "the Florida senator": someone by a title alone
    if head.upos == "PROPN":
        return ORGANIZATION
    return OTHER


def _both(head, mention_words: list) -> bool:
    """"Both men", "Sens. Johnny Isakson and John Boozman, both up for reelection": two
    people; not a clause on one person ("Mark Penn, the pollster who worked for both
    Clintons")."""
    joined = any(c.upos == "CCONJ" and c.text.lower() != "both" for c in mention_words)
    return any(w.text.lower() == "both" and (w.id < head.id or joined) for w in mention_words)


def _body_kind(noun, rules: Rules) -> str | None:
    """What a body a description calls something is ("a sportswear company", "the daily"), if
    it calls it one."""
    lemma = (noun.lemma or noun.text).lower()
    if lemma in rules.media_heads:
        return MEDIA
    return ORGANIZATION if lemma in rules.organisation_heads else None


def _a_people(head, mention_words: list, name_words: list) -> bool:
    """"The Clintons", "the Saudis": a plural name after "the" is a family or a people."""
    plural = feats(head).get("Number") == "Plur" or head.xpos == "NNPS"
    return bool(name_words) and head is name_words[-1] and len(name_words) == 1 and plural \
        and any(w.id == head.id - 1 and w.text.lower() == "the" for w in mention_words)


def _body_name(name: str, rules: Rules) -> bool:
    """A name that stands for a state or a body, never for a person: a country or a capital
    standing for its government ("China", "Moscow"; [states] in speakers.toml), a body known by
    its name alone ("Google", "Hamas"; [organisations]), or an acronym ("IBM", "FBI"; not the
    initials of [person_initials], "JFK"). Case ignored, and a leading "the"."""
    bare = name.removeprefix("the ").removeprefix("The ")
    return bare.lower() in rules.states or bare.lower() in rules.organisations \
        or bare.isalpha() and bare.isupper() and 2 <= len(bare) <= 6 and bare.lower() not in rules.person_initials


def _known_body(name_words: list, rules: Rules) -> bool:
    return " ".join(w.text for w in _strip_det(list(name_words), rules)).lower() in rules.organisations


def _names_a_body(name_words: list, mention_words: list, rules: Rules) -> bool:
    """The name words name a state or a body (`_body_name`), or have "the" right before them
    ("The EPA", "the Kremlin": no person's name takes one)."""
    before = [w for w in mention_words if w.id == name_words[0].id - 1]
    return _body_name(" ".join(w.text for w in _strip_det(list(name_words), rules)), rules) \
        or bool(before) and before[0].text.lower() == "the"


def _run_head(run: list):
    ids = {w.id for w in run}
    return next((w for w in reversed(run) if w.head not in ids), run[-1])


def _in_tree(tree: Tree, word) -> bool:
    """A mention may reach into another sentence (a colon's lead-in): its words are not this tree's."""
    return 0 < word.id <= len(tree.words) and tree.words[word.id - 1] is word


def _description(tree: Tree, word, mention_words: list, rules: Rules) -> bool:
    """"a Democrat", "Xavier Becerra, a California Democrat": a capitalised noun with an
    indefinite article; a proper noun only where a comma sets it off in the mention ("a
    dejected Obama" is Obama)."""
    if not any(indefinite_article(d) for d in tree.kids(word, {"det"})):
        return False
    return word.upos in ("NOUN", "ADJ") or word.upos == "PROPN" and any(
        w.text == "," and w.id < word.id for w in mention_words)


def _names_someone_else(tree: Tree, run: list, source, mention_words: list, rules: Rules) -> bool:
    """A run of capitalised words in a speaker's mention that is not the speaker's name: a
    description ("a Democrat"), what modifies a title ("South Carolina Gov."), an aside in
    parentheses ("(R-Texas)"), a party and state ("R-Ky."), or a place or party after a
    preposition ("Chuck Schumer of New York", "a former backer of Sen. Ted Cruz"), unless
    the run is the source itself ("written by Springsteen")."""
    if not all(_in_tree(tree, w) for w in run):
        return False
    head = _run_head(run)
    if _description(tree, head, mention_words, rules):
        return True
    following = tree.after(run[-1])
    if following is not None and following.upos == "PUNCT" and following.text in _quotation_marks(rules):
        following = tree.after(following)  # "the “Avatar” star": a work's name before a title
    if following is not None and following.text.lower() in rules.titles:
        return True
    preceding = tree.word(run[0].id - 1)
    opening = next((w for w in mention_words if w.upos != "PUNCT"), None)
    if preceding is not None and preceding.text == "(" and run[0] is not opening:
        # "Sen. John Cornyn (R-Texas)": a party and state, or another aside (not the speaker
        # opening a sentence in brackets, "(John Schlafly defended his mother ...)")
        return True
    if party_tag(run, rules):
        return True  # "Sen. Rand Paul, R-Ky."
    # "of Sen. Ted Cruz": the preposition may hang on the title the name is part of, or on the
    # first word of a longer name ("for the Office of Management and | Budget")
    anchors = [head]
    while base(anchors[-1].deprel) in ("flat", "compound") and tree.head(anchors[-1]) is not None \
            and tree.head(anchors[-1]).text.lower() in rules.titles:
        anchors.append(tree.head(anchors[-1]))
    if source in run or source in anchors:
        return False
    while (base(anchors[-1].deprel) == "nmod" or anchors[-1].deprel == "conj" and tree.kids(anchors[-1], {"cc"})) \
            and tree.head(anchors[-1]) is not None \
            and tree.head(anchors[-1]).id < anchors[-1].id and _name_like(tree.head(anchors[-1]), rules) \
            and tree.head(anchors[-1]) is not source:
        anchors.append(tree.head(anchors[-1]))
    # (not the "of" inside a title: "Georgia Secretary | of State | Brad Raffensperger", though
    # "spokesman | for Sen. | Marco Rubio" names someone else)
    inside_a_title = {a.id for a in anchors if a.text.lower() in rules.titles and tree.head(a) is not None
                      and tree.head(a).text.lower() in rules.titles
                      and all(c.text.lower() in rules.words("title_joiners") for c in tree.kids(a, {"case"}))}
    if any(c.upos == "ADP" and c.text not in rules.words("possessive_markers")
           for anchor in anchors if anchor.id not in inside_a_title for c in tree.kids(anchor, {"case"})):
        return True
    return False


def _affiliation(tree: Tree, word, mention_ids: set, rules: Rules, text: str, after: int = 0) -> str | None:
    """The phrase after "of", "from", "at" ... that says where the speaker belongs, within the
    mention and after word `after` ("a teacher from the South Side | who attended the meeting",
    "of Ohio | , another potential VP choice": a clause or apposition says more)."""
    for modifier in tree.kids(word, {"nmod"}):
        cases = tree.kids(modifier, {"case"})
        prepositions = {(c.lemma or c.text).lower() for c in cases}
        if modifier.id not in mention_ids or modifier.id <= after \
                or not prepositions & rules.words("affiliation_prepositions") \
                or modifier.text.lower() in rules.words("discourse_phrases"):
            continue  # (", for example", ", for instance": the writer's aside)
        asides = [w for w in tree.subtree(modifier) if w is not modifier
                  and (base(w.deprel) in ("acl", "parataxis") or base(w.deprel) == "appos" and w.upos == "NOUN")]
        words = [w for w in tree.subtree(modifier, exclude=asides)
                 if w.deprel != "case" and w.id > min(c.id for c in cases)]
        while words and words[-1].upos == "PUNCT":
            words.pop()
        return _text(_strip_det(words, rules), text)
    return None


def _appositions(tree: Tree, head) -> list:
    """The head's appositions, with a description parsers join as a bare conjunct ("The Civic
    Federation, | a nonpartisan watchdog group")."""
    return tree.kids(head, {"appos"}) + [k for k in tree.kids(head, {"conj"}) if not tree.kids(k, {"cc"})
                                         and any(indefinite_article(d) for d in tree.kids(k, {"det"}))]


def describe_mention(tree: Tree, head, mention_words: list, rules: Rules, text: str) -> dict:
    """Split a source mention into name words, role and affiliation."""
    appositions = _appositions(tree, head)
    mention_ids = {w.id for w in mention_words}
    runs = name_runs(mention_words, rules)
    # Possessives ("Biden’s national security adviser, Jake Sullivan") name someone else,
    # unless the possessor is the source itself ("Trump's plan to ...": Trump plans).
    runs = [r for r in runs if head in r or not any(k.deprel == "case" and k.text in rules.words("possessive_markers")
                                                    for w in r for k in tree.kids(w))]
    naming = [r for r in runs if not _names_someone_else(tree, r, head, mention_words, rules)]
    head_named_no_one = any(head in r for r in runs) and not any(head in r for r in naming)
    runs = naming
    core = head
    if not _name_like(head, rules):
        named = [a for a in appositions if _name_like(a, rules) and a.id in mention_ids
                 and not _description(tree, a, mention_words, rules)]
        if named:
            core = named[0]
    runs = [r for r in runs if r[-1].text.lower() not in rules.organisation_heads
            and r[-1].text.lower() not in rules.media_heads]
    containing = [r for r in runs if any(w.id == core.id for w in r)]
    last_word = next((w for w in reversed(mention_words) if w.upos != "PUNCT"), None)
    titled = [r for r in runs if r[-1] is last_word and _after_a_title(r, mention_words, rules)]
    if containing and not _after_a_title(containing[0], mention_words, rules) \
            and titled and titled[-1][0].id > containing[0][-1].id \
            and not any(containing[0][-1].id < w.id < titled[-1][0].id and w.upos in ("PUNCT", "CCONJ", "PRON")
                        for w in mention_words):
        # "Fight for $15 organizing director Kendall Fells": the parser made the group's name
        # the head; the name a title introduces at the end of one noun phrase is the person's
        containing = titled[-1:]
    set_off_name = name_set_off_before_its_verb(tree, head, rules)
    if set_off_name and set_off_name[-1] is last_word:
        # "One delegate not on the Cruz slate, | Kelly Schmidt, | said": the name hung on the
        # modifier's object is the described speaker's, after any title in it ("Mr. |
        # Guajardo Villarreal", "Cleveland Fed President | Loretta Mester")
        last_title = max((i for i, w in enumerate(set_off_name[:-1]) if w.text.lower() in rules.titles), default=-1)
        name_words = set_off_name[last_title + 1:]
    elif containing:
        name_words = containing[0]
    elif runs and (head.text.lower() in rules.titles or head.upos == "PROPN" or head_named_no_one):
        # "President | Joe Biden", "Jane Holt, a Democrat" with "Democrat" as the subject,
        # "Former Pennsylvania | Gov. Ed Rendell": misparses; of names joined by a conjunction
        # the first speaks, the others with it ("Governor Kathy Hochul and Mayor Eric Adams")
        name_words = max(_names_before_a_conjunction(runs, mention_words) or runs, key=lambda r: (len(r), r[0].id))
    elif titled and _one_noun_phrase_before(mention_words, titled[-1], rules) \
            and (_kind_of(head, mention_words, [], rules) not in (GROUP, ORGANIZATION, MEDIA)
                 or _run_into_one_title(mention_words, titled[-1])):
        # "Her colleague, Cleveland Fed President Loretta Mester": the name a title introduces
        # at the mention's end, whatever the parser made of the words before it (not a group's
        # member: "New Jersey officials, including Gov. Chris Christie")
        name_words = titled[-1]
    else:
        name_words = []
    name_words = _with_particles_before(_with_the_state_before(name_words, mention_words, rules), mention_words, rules)
    role = affiliation = None
    if name_words:
        before = [w for w in mention_words if w.id < name_words[0].id and base(w.deprel) != "punct"]
        before = _strip_det(before, rules)
        # "Biden and Xi": what stands before a coordinated name is another speaker, not a role
        if before and before[-1].text.lower() not in rules.words("possessive_markers") \
                and before[-1].deprel != "case" and not any(w.upos == "CCONJ" for w in before) \
                and _ends_on_a_noun(before, rules):
            role = _text(before, text)
    if name_words:
        appositions = appositions or [a for w in name_words for a in tree.kids(w, {"appos"})]
    # "Tom Walsh, 64, a retired firefighter": an age is no role
    # "Tom Walsh, 64, a retired firefighter", "Fiorina, a month ago,": an age or a time is no role
    described = [a for a in appositions if a is not core and a.upos != "NUM" and a.id in mention_ids
                 and a.text.lower() not in rules.words("time_words") and not party_tag(tree.subtree(a), rules)] \
        or ([head] if core is not head else [])
    if not described and name_words:
        # "Rebecca Allensworth, | a law professor at ...", a description the parser hung on the
        # verb (the mention takes it in: `source_mention_words`)
        if _set_off_description(mention_words, name_words[-1].id) == name_words[-1].id + 1:
            # (or on the name, as its conjunct or part: "Douglas Holtz-Eakin, | an economist and
            # tax expert", "Sam Nunberg, | a former Trump aide")
            named_ids = {n.id for n in name_words}
            described = [w for w in mention_words if w.id > name_words[-1].id and w.upos == "NOUN"
                         and (w.head not in mention_ids or w.head in named_ids)][:1]
    set_off = name_words and any(w.text == "," and name_words[-1].id < w.id < head.id for w in mention_words)
    if not described and role is None and set_off and head.text.lower() in rules.titles \
            and head.text.lower() not in rules.organisation_heads:
        described = [head]  # "Howard Dean, | the former governor", the title the parser made the head
    titled_participle = next((k for w in name_words for k in tree.kids(w, {"acl"}) if k.id in mention_ids
                              and title_read_as_a_participle(tree, k, rules)), None) if not described else None
    if titled_participle is not None and role is None:
        # "Sarah Myers West, managing director of the AI Now Institute"
        title = tree.after(titled_participle)
        role = _text([titled_participle, title], text)
        affiliation = _affiliation(tree, title, mention_ids, rules, text)
    elif described and role is None:
        apposition = described[0]
        role_words = [apposition] + [k for k in tree.kids(apposition, {"compound", "amod"})
                                     if not name_words or k.id > name_words[-1].id]
        role_words = sorted(role_words, key=lambda w: w.id)
        role = _text(role_words, text) if _ends_on_a_noun(role_words, rules) else None
        affiliation = _affiliation(tree, apposition, mention_ids, rules, text)
    elif name_words and _in_tree(tree, name_words[0]) and head in name_words \
            and _kind_of(head, mention_words, name_words, rules) == PERSON:
        # "Dan Ives of Wedbush Securities", "Kathryn Phillips of the Sierra Club"
        affiliation = next(filter(None, (_affiliation(tree, w, mention_ids, rules, text, name_words[-1].id)
                                         for w in name_words)), None)
    kind = _kind_of(head, mention_words, name_words, rules)
    joined = _joined_names(name_words, runs, mention_words, rules) if kind == PERSON else []
    # "The Civic Federation, a nonpartisan watchdog group": what the apposition calls it
    first = described[0] if described else None
    described_as = _body_kind(first, rules) if first is not None and first is not head and first.upos == "NOUN" \
        and tree.kids(first, {"det"}) else None
    if kind == PERSON and described_as in (ORGANIZATION, MEDIA):
        kind = described_as
    return {"name_words": name_words, "role": role, "affiliation": affiliation, "kind": kind, "joined": joined}


def _run_into_one_title(mention_words: list, run: list) -> bool:
    """"Trump senior communications adviser | Jason Miller": a group's or body's word run into
    a singular title before the name, with nothing setting it apart, belongs to the title (not
    "New Jersey officials, | including Gov. Chris Christie", nor "Professors | Foner")."""
    before = [w for w in mention_words if w.id < run[0].id]
    title = before[-1] if before and before[-1].id == run[0].id - 1 else None
    plural_title = title is not None and title.upos in ("NOUN", "PROPN") and feats(title).get("Number") == "Plur"
    return not plural_title and not any(w.upos == "PUNCT" for w in before)


def _ends_on_a_noun(words: list, rules: Rules) -> bool:
    """A role is a noun phrase, ending on its noun ("former Secret Service agent", "Sen.", "chief
    executive" whatever the tagger made of it); not an adjective, a quantifier or a time the
    parser set before a name ("teary-eyed", "Neither", "2016 8:38PM"), nor a thing's noun
    ([words] not_role_nouns: "Bloomberg interview")."""
    if not words or not any(c.isalpha() for c in words[-1].text) \
            or words[-1].text.lower() in rules.words("not_role_nouns"):
        return False
    return words[-1].upos in ("NOUN", "PROPN") or words[-1].text.lower() in rules.titles \
        or person_noun(words[-1], rules)


def _with_the_state_before(name_words: list, mention_words: list, rules: Rules) -> list:
    """"The U.S. Navy", "the U.S. Coast Guard": a state's name between "the" and a name is part
    of a body's name, not a person's title ("U.S. Sen. Ted Cruz" keeps his)."""
    if not name_words:
        return name_words
    before = [w for w in mention_words if w.id < name_words[0].id]
    states = []
    while before and before[-1].id == (states[0].id if states else name_words[0].id) - 1 \
            and before[-1].text.lower() in rules.states:
        states.insert(0, before.pop())
    if states and before and before[-1].id == states[0].id - 1 and before[-1].text.lower() == "the":
        return states + name_words
    return name_words


def _one_noun_phrase_before(mention_words: list, run: list, rules: Rules) -> bool:
    """No verb and no preposition (but the "of" inside a title) stands before the run in the
    mention: the words before it describe the one it names ("Her colleague, Cleveland Fed
    President"), not something of theirs ("a group of experts, including ...")."""
    before = [w for w in mention_words if w.id < run[0].id]
    return not any(w.upos in ("VERB", "AUX") and w.text.lower() not in rules.titles or w.upos == "ADP" and not (
        w.text.lower() in rules.words("title_joiners") and previous is not None
        and previous.text.lower() in rules.titles)
        for previous, w in zip([None] + before, before))


def _names_before_a_conjunction(runs: list[list], mention_words: list) -> list[list]:
    """The name runs before the conjunction that joins two names ("Governor Kathy Hochul (D)
    | and | Mayor Eric Adams"); none where a common noun stands between the last of them and
    the conjunction ("... Reports," Clinton's chief pollster | and | strategist Joel
    Benenson") or the names are a list."""
    conjunction = next((w.id for w in mention_words if w.upos == "CCONJ"), None)
    if conjunction is None or not any(r[0].id > conjunction for r in runs):
        return []
    # two names, not a list ("..., along with retired Sen. Judd Gregg (R-N.H.) | and ..."):
    # no comma outside parentheses before the conjunction
    depth = 0
    for word in mention_words:
        if word.id >= conjunction:
            break
        depth += (word.text == "(") - (word.text == ")")
        if word.text == "," and depth == 0:
            return []
    before = [r for r in runs if r[-1].id < conjunction]
    if not before:
        return []
    last = max(r[-1].id for r in before)
    between = [w for w in mention_words if last < w.id < conjunction]
    return [] if any(w.upos == "NOUN" for w in between) else before


def _after_a_title(run: list, mention_words: list, rules: Rules) -> bool:
    """The name run comes right after a title in the mention ("director | Kendall Fells"), or
    a noun for a person ("Republican presidential front-runner | Donald Trump")."""
    before = [w for w in mention_words if w.id == run[0].id - 1]
    return bool(before) and (before[0].text.lower() in rules.titles
                             or before[0].upos == "NOUN" and person_noun(before[0], rules))


def _joined_names(name_words: list, runs: list[list], mention_words: list, rules: Rules) -> list[list]:
    """The other names coordinated with the speaker's in one mention ("Biden | and | Xi", "Donald
    J. Trump and Senator Bernie Sanders", "Ben Carson, Ted Cruz and Rand Paul"), by word order,
    as parsers often flatten such names: whole names with only commas, a conjunction and titles
    between them. Without a conjunction a comma sets off a description ("Jeff Weaver, Sanders'
    campaign manager", "Chris Coons, Democrat of Delaware"), no second speaker."""
    if not name_words:
        return []
    by_id = {w.id: w for w in mention_words}

    def joints(left: list, right: list) -> list | None:
        between = [w for w in mention_words if left[-1].id < w.id < right[0].id]
        marks = [w for w in between if w.upos == "CCONJ" or w.text == ","]
        return marks if marks and all(w in marks or w.text.lower() in rules.titles for w in between) else None

    def whole(run: list) -> bool:
        after = by_id.get(run[-1].id + 1)
        return (after is None or after.upos not in ("NOUN", "PROPN", "PART")) and not party_tag(run, rules) \
            and not _body_name(" ".join(w.text for w in run), rules)

    others = sorted((r for r in runs if r[0].id != name_words[0].id and whole(r)), key=lambda r: r[0].id)
    joined: list[list] = []
    conjunction = False
    for direction in (1, -1):
        edge = name_words
        for run in (others if direction == 1 else reversed(others)):
            if not ((run[0].id > edge[-1].id) if direction == 1 else (run[-1].id < edge[0].id)):
                continue
            marks = joints(edge, run) if direction == 1 else joints(run, edge)
            if marks is None:
                break
            conjunction |= any(w.upos == "CCONJ" for w in marks)
            joined.append(run)
            edge = run
        if direction == 1:
            after = by_id.get(edge[-1].id + 1)
            conjunction |= after is not None and after.upos == "CCONJ"  # "Crane, Kibbe and other libertarians"
    return sorted(joined, key=lambda r: r[0].id) if conjunction else []


def resolve_speakers(attributions: list[Attribution], parsed: ParsedText, rules: Rules,
                     trees: dict[int, Tree]) -> list[Speaker | None]:
    text = parsed.text.text
    names = name_mentions(parsed, rules)
    resolved: list[Speaker | None] = []
    for attribution in attributions:
        speaker = None
        if attribution.inherited_speaker is not None:
            earlier = resolved[attributions.index(attribution.inherited_speaker)] \
                if attribution.inherited_speaker in attributions else None
            if earlier is not None:
                # The mention is where the inherited speaker was named (PolNeAR's shared source).
                speaker = Speaker(earlier.mention, earlier.name, earlier.role, earlier.affiliation,
                                  earlier.kind, "continuation", earlier.co_speakers)
        elif attribution.cue is not None and attribution.cue.kind == LABEL \
                and interview_label(attribution.source_words, rules):
            speaker = _interview_speaker(attribution, parsed, names, rules)
        elif attribution.source is not None and attribution.sentence is not None:
            speaker = _capitals_label_speaker(attribution, names, resolved, rules, text) or _resolve_one(
                attribution, trees[attribution.sentence.index], names, resolved, attributions, rules, text)
        resolved.append(speaker)
    return resolved


def _past_its_preposition(tree: Tree, noun, words: list, rules: Rules) -> list:
    """A noun phrase without the preposition it follows and the little words before it
    ("especially for | the elder Mr. Murdoch", "at least with | younger voters"), and
    without a word that only leans on it ("Even | Republicans", "particularly | Gov. Jeb Bush")."""
    cases = [w for w in tree.kids(noun, {"case"}) if w.id < noun.id]
    if cases and all(w.upos in ("ADV", "ADP", "ADJ", "CCONJ", "PART", "SCONJ")
                     for w in words if w.id < cases[-1].id):
        words = [w for w in words if w.id > cases[-1].id]
    while len(words) > 1 and words[0].head == noun.id and (
            words[0].upos in ("CCONJ", "SCONJ", "ADP") or words[0].text.lower() in rules.words("focus_adverbs")):
        words = words[1:]
    return words


def _interview_speaker(attribution, parsed: ParsedText, names: list[NameMention], rules: Rules) -> Speaker:
    """"Q: ..." is the interviewer's; "A: ..." is said by the person the interview is with,
    named in its opening paragraphs ("Q&A with Vice President Joe Biden")."""
    mention = span_of(attribution.source_words)
    if interview_label(attribution.source_words, rules, ("question_labels",)):
        return Speaker(mention, None, "interviewer", None, ANONYMOUS, "interview")
    interviewee = _interviewee(parsed, names, rules)
    if interviewee is None:
        return Speaker(mention, None, None, None, OTHER, "unresolved")
    return Speaker(mention, interviewee.text, None, None, PERSON, "interview")


def _interviewee(parsed: ParsedText, names: list[NameMention], rules: Rules) -> NameMention | None:
    """The first person named after "interview with" (`[interview] interviewee_opening`) in the
    document's opening paragraphs, else the first named in its headline or first paragraph
    ("Laura Bush sees 'Hope,' help for Afghan women"), in the fullest form the document gives."""
    text = parsed.text.text
    opening = [s for s in parsed.sentences if s.paragraph < rules.patterns["interview"]["opening_paragraphs"]]

    def person(n: NameMention) -> bool:
        return len(n.tokens) >= 2 and not _body_name(n.text, rules)

    for sentence in opening:
        found = timed_search(rules.interviewee_opening, text[sentence.start:sentence.end])
        if found is None:
            continue
        after = sentence.start + found.end()
        named = next((n for n in names if after <= n.start < sentence.end and person(n)), None)
        if named is not None:
            return _fullest(named, names, rules)
    if not opening:
        return None
    first_paragraph = [s for s in opening if s.paragraph == opening[0].paragraph]
    start, end = first_paragraph[0].start, first_paragraph[-1].end
    named = next((n for n in names if start <= n.start < end and person(n)), None)
    return _fullest(named, names, rules) if named is not None else None


def _capitals_label_speaker(attribution, names: list[NameMention], resolved: list, rules: Rules,
                            text: str) -> Speaker | None:
    """The person a transcript's label in capitals names where the document gives that name in
    full ("FALLIN:" after "Governor Mary Fallin", "TRUMP:" after "Donald Trump"): capitals there
    are the label's style, not an acronym's. None for any other speaker, and for a label that
    names no one so ("BOOM:", "UN:")."""
    letters = "".join(w.text for w in attribution.source_words if w.upos != "PUNCT")
    if attribution.cue is None or attribution.cue.kind != LABEL or not letters.isupper():
        return None
    titles = [w for w in attribution.source_words if w.text.lower() in rules.titles]
    named = [w for w in attribution.source_words if w.upos != "PUNCT" and w not in titles]
    if not named:
        return None
    start, end = span_of(named)
    local = NameMention(start, end, name_tokens(text[start:end]), text[start:end])
    fullest = _fullest(local, names, rules)
    if len(fullest.tokens) <= len(local.tokens) or _body_name(fullest.text, rules):
        return None
    role = " ".join(w.text for w in titles) or _role_elsewhere(fullest, resolved)
    return Speaker(span_of(attribution.source_words), fullest.text, role, None, PERSON, "cluster")


def _resolve_one(attribution, tree, names, resolved, attributions, rules: Rules, text: str) -> Speaker:
    head = attribution.source
    place_end = dateline_end(rules, text, attribution.sentence)
    mention_words = [w for w in attribution.source_words if place_end is None
                     or not attribution.sentence.start <= w.start_char < place_end] or [head]
    mention_words = _after_clause_opener(mention_words, head, rules)
    mention = span_of(mention_words)
    antecedent = relative_antecedent(tree, head, rules)
    if antecedent is not None:
        # "Smith, who said ...": the mention is the word that speaks ("who"), as written;
        # who that is comes from the noun phrase it stands for.
        phrase = _past_its_preposition(tree, antecedent, source_mention_words(tree, antecedent, rules), rules)
        # (the phrase ends before the relative pronoun: its clause says what they did)
        phrase = [w for w in phrase if w.id < head.id] or [antecedent]
        stands_for = replace(attribution, source=antecedent, source_words=tuple(phrase))
        speaker = _resolve_one(stands_for, tree, names, resolved, attributions, rules, text)
        return replace(speaker, mention=mention, resolution=RELATIVE)
    lowered = head.text.lower()
    if head.upos == "PRON" or lowered in rules.pronouns:
        return _resolve_pronoun(head, mention, attribution, names, resolved, attributions, rules)
    described = describe_mention(tree, head, mention_words, rules, text)
    if not described["name_words"] and _name_read_as_a_noun(head, names, rules):
        described = {**described, "name_words": [head], "kind": PERSON}
    if not described["name_words"]:
        titled = _titled_earlier(head, mention_words, attribution, attributions, resolved, rules)
        if titled is not None:
            return Speaker(mention, titled.name, titled.role, titled.affiliation, PERSON, "cluster")
    kind = described["kind"]
    named_body = bool(described["name_words"]) and _names_a_body(described["name_words"], mention_words, rules)
    if named_body:
        start, end = span_of(described["name_words"])
        fullest = _fullest(NameMention(start, end, name_tokens(text[start:end]), text[start:end]), names, rules,
                           person=False)
        if fullest.tokens and fullest.tokens[0].lower() in rules.first_names:
            kind = PERSON  # "Israel", said after "Rep. Steve Israel"
    if described["name_words"] and kind == PERSON:
        start, end = span_of(described["name_words"])
        local = NameMention(start, end, name_tokens(text[start:end]), text[start:end])
        fullest = _fullest(local, names, rules, gender_of(None, described["role"], rules))
        resolution = "name" if fullest.tokens == local.tokens else "cluster"
        if fullest.tokens and fullest.tokens[-1].lower() in rules.legal_forms:
            # "Nike", named "Nike Inc." earlier: the fuller name says it is a company
            return Speaker(mention, fullest.text, described["role"], described["affiliation"], ORGANIZATION,
                           resolution)
        role = described["role"] or _role_elsewhere(fullest, resolved)
        co_speakers = tuple(_fullest(NameMention(*span, name_tokens(text[span[0]:span[1]]), text[span[0]:span[1]]),
                                     names, rules).text for span in map(span_of, described.get("joined", [])))
        return Speaker(mention, fullest.text, role, described["affiliation"], PERSON, resolution, co_speakers)
    # "The Civic Federation, a nonpartisan watchdog group": the apposition describes, the rest names
    aside = [w.id for a in _appositions(tree, head) if _in_tree(tree, head) and _description_set_off(tree, head, a)
             for w in tree.subtree(a)]
    # ... or, where the parser did not join them, a comma and an indefinite article after the head
    set_off = _set_off_description(mention_words, head.id)
    naming = [w for w in mention_words if (not aside or w.id < min(aside)) and (set_off is None or w.id < set_off)]
    if head not in naming:
        naming = list(mention_words)
    name = _text(_paired(_strip_det(_paired(naming, rules), rules), rules), text)
    # "Google", "China", "the EPA": a body by its own name is named, not described
    return Speaker(mention, name, described["role"], described["affiliation"], kind,
                   "name" if named_body else "description")


def _set_off_description(words: list, after: int) -> int | None:
    """The id of the comma that sets off ", a/an ..." after the word with id `after`, or None."""
    return next((w.id for w, following in zip(words, words[1:])
                 if w.text == "," and w.id > after and indefinite_article(following)), None)


def _description_set_off(tree: Tree, head, apposition) -> bool:
    """", a nonpartisan watchdog group": a common noun with a determiner after the head and a comma."""
    if apposition.id <= head.id or apposition.upos != "NOUN" or not tree.kids(apposition, {"det"}):
        return False
    first = next(w for w in tree.subtree(apposition) if w.upos != "PUNCT")  # the noun itself at least
    return first.id > 1 and tree.word(first.id - 1).text == ","


def _paired(words: list, rules: Rules) -> list:
    """The words less punctuation at either end, except a mark whose partner is inside
    ("“Avatar” star", "Sen. Rand Paul (R-Ky.)"): brackets, and the quotation marks of
    marks.toml."""
    marks = rules.marks
    pairs = [(opening, closing) for closing, opening in CLOSING_BRACKETS.items()] \
        + [(opening, closing) for opening, closing, _ in marks.pairs] \
        + [(marks.ambiguous_double, marks.ambiguous_double), (marks.ambiguous_single, marks.ambiguous_single)]
    words = list(words)
    while words and words[0].upos == "PUNCT" and not any(
            words[0].text == opening and any(w.text == closing for w in words[1:]) for opening, closing in pairs):
        words.pop(0)
    while words and words[-1].upos == "PUNCT" and not any(
            words[-1].text == closing and any(w.text == opening for w in words[:-1]) for opening, closing in pairs):
        words.pop()
    return words


def _name_read_as_a_noun(head, names: list[NameMention], rules: Rules) -> bool:
    """"Hopkins added that ...", tagged a plural noun at the start of a sentence: a
    capitalised word that is the last word of a person's full name given elsewhere."""
    if head.upos != "NOUN" or not head.text[:1].isupper() or head.text.isupper():
        return False
    lowered = head.text.lower()
    if lowered in rules.group_heads or lowered in rules.anonymous_heads or lowered in rules.organisation_heads \
            or lowered in rules.media_heads:
        return False  # "Voters" is no one's name, though "League of Conservation Voters" is a name
    token = _norm(head.text)
    return any(len(n.tokens) >= 2 and n.tokens[-1] == token and n.start != head.start_char for n in names)


def _looking_back(attribution, attributions, resolved):
    """The attributions resolved so far with their speakers, nearest first, back to
    PRONOUN_LOOKBACK_PARAGRAPHS paragraphs before this one's."""
    paragraph = attribution.sentence.paragraph if attribution.sentence else 0
    for earlier_attribution, earlier in reversed(list(zip(attributions, resolved))):
        sentence = earlier_attribution.sentence
        if sentence is not None and paragraph - sentence.paragraph > PRONOUN_LOOKBACK_PARAGRAPHS:
            return
        yield earlier_attribution, earlier


def _titled_earlier(head, mention_words: list, attribution, attributions, resolved, rules: Rules) -> Speaker | None:
    """"Pentagon spokesman John Kirby said ... . The spokesman added ...": "the" and a title
    stand for the nearest earlier speaker whose role ends in that title ("Sen." spelled out)."""
    first = next((w for w in mention_words if w.upos != "PUNCT"), None)
    if head.upos != "NOUN" or first is None or feats(first).get("Definite") != "Def" \
            or feats(first).get("PronType") != "Art":
        return None
    title = head.text.lower()
    for earlier_attribution, earlier in _looking_back(attribution, attributions, resolved):
        if earlier is None or earlier.kind != PERSON or not earlier.name \
                or earlier_attribution.start >= attribution.start:
            continue
        role_words = _norm(earlier.role).split() if earlier.role else []
        if role_words and rules.title_abbreviations.get(role_words[-1], role_words[-1]) == title:
            return earlier  # the role's own noun: "the campaign" is not "Clinton campaign spokesman"
        co_speaker = _titled_co_speaker(title, earlier_attribution, earlier, rules)
        if co_speaker is not None:
            return co_speaker
    return None


def _titled_co_speaker(title: str, earlier_attribution, earlier: Speaker, rules: Rules) -> Speaker | None:
    """"Governor Kathy Hochul and Mayor Eric Adams announced ... . The mayor said ...": the
    one of the speakers named together whose own title, in the mention, is that title."""
    words = list(earlier_attribution.source_words)
    for position, word in enumerate(words[:-1]):
        if rules.title_abbreviations.get(_norm(word.text), _norm(word.text)) != title:
            continue
        following = _norm(words[position + 1].text)
        for name in earlier.co_speakers:
            if following in name_tokens(name):
                return Speaker(None, name, word.text, None, PERSON, "cluster")
    return None


def _closer_subject_name(head, mention: tuple[int, int], earlier: Speaker, names: list[NameMention],
                         attributions: list[Attribution], agreement: "_Agreement",
                         rules: Rules) -> Speaker | None:
    """"James, a Democrat, has sued ... . She told ...": a person named as the subject of the
    writer's own sentence after the last speaker, and before the pronoun, is whom "he" or
    "she" stands for. Names inside what someone said are theirs to use, and a name never
    given in full is too often a group or a company ("Tinder", "Muslims")."""
    if earlier.mention is None:
        return None
    between = [n for n in names if n.subject and earlier.mention[1] <= n.start and n.end <= head.start_char
               and not any(start <= n.start < end for a in attributions for start, end in a.fragments)]
    fullest = next((f for f in (_fullest(n, names, rules) for n in reversed(between))
                    if len(f.tokens) >= 2 and agreement.fits(f.text, None)), None)
    if fullest is None or fullest.text == earlier.name:
        return None
    return Speaker(mention, fullest.text, None, None, PERSON, "pronoun")


class _Agreement:
    """Whether a candidate can be "he" or "she", going back from the pronoun: one whose role or
    first name says the other sex is passed over, and after that only one known to be of the
    pronoun's sex fits (the nearest person of unknown sex is then more often a place or a
    headline read as a name than the one meant)."""

    def __init__(self, gender: str, rules: Rules):
        self.gender, self.rules, self.strict = gender, rules, False

    def fits(self, name: str | None, role: str | None) -> bool:
        if self.gender not in ("male", "female"):
            return True
        found = gender_of(name, role, self.rules)
        if found is not None and found != self.gender:
            self.strict = True
            return False
        return found == self.gender or not self.strict


def gender_of(name: str | None, role: str | None, rules: Rules) -> str | None:
    """"female" or "male" by a gendered word in the role ("Mrs.", "spokeswoman"), else by the
    first of two or more names ("Hillary Clinton"); None when neither tells."""
    role_words = set(_norm(role).split()) if role else set()
    by_role = {g for word, g in rules.gendered_words.items()
               if (word in role_words if " " not in word else word in _norm(role or ""))}
    if len(by_role) == 1:
        return by_role.pop()
    tokens = name_tokens(name) if name else ()
    return rules.first_names.get(tokens[0]) if len(tokens) >= 2 and not by_role else None


def _with_particles_before(name_words: list, mention_words: list, rules: Rules) -> list:
    """"de | Blasio", "van | Hollen": a lower-case particle right before the name is part of
    it ([words] name_particles), not a role."""
    particles = rules.words("name_particles")
    by_id = {w.id: w for w in mention_words}
    while name_words and name_words[0].id - 1 in by_id and by_id[name_words[0].id - 1].text in particles:
        name_words = [by_id[name_words[0].id - 1], *name_words]
    return name_words


def _role_elsewhere(fullest: NameMention, resolved) -> str | None:
    """The role an earlier mention of the same person gave ("Miller" after "spokesperson Matthew Miller")."""
    for earlier in resolved:
        if earlier is not None and earlier.name == fullest.text and earlier.role:
            return earlier.role
    return None


def _plural_mention(attribution) -> bool:
    """Whether the speaker's mention names more than one ("Johnson and Weld", "aides"), as
    "they" must: its head is plural or has names joined to it."""
    source = attribution.source
    if source is None or attribution.sentence is None:
        return False
    return feats(source).get("Number") == "Plur" or any(
        w.head == source.id and w.deprel == "conj" for w in attribution.sentence.words)


def _bare_name_of_a_body(attribution, attributions, resolved, rules: Rules) -> Speaker | None:
    """"Nike said on Tuesday that ... . It said ...": the nearest earlier speaker, taken for a
    person, was named by one word (not a letter, as "Q:" in a transcript) that is no first name
    and never in full, as news names a company but never a person; "it" says it is a body.
    That speaker, or None."""
    for earlier_attribution, earlier in _looking_back(attribution, attributions, resolved):
        if earlier is None or earlier_attribution.start >= attribution.start or earlier.resolution == "unresolved":
            continue
        tokens = name_tokens(earlier.name or "")
        if earlier.kind == PERSON and len(tokens) == 1 and len(tokens[0]) > 1 \
                and tokens[0].lower() not in rules.first_names \
                and earlier.resolution in ("name", "pronoun"):
            return earlier
        return None
    return None


def _resolve_pronoun(head, mention, attribution, names, resolved, attributions, rules: Rules) -> Speaker:
    if head.text.lower() not in rules.pronouns:
        return Speaker(mention, None, None, None, OTHER, "unresolved")  # "you", "one", "someone"
    line = _transcript_line_holding(head, attribution, attributions, resolved, rules)
    if line is not None:
        return replace(line, mention=mention, resolution="pronoun")
    gender, number = rules.pronouns[head.text.lower()]
    wanted = {PERSON} if number == "singular" and gender != "neuter" else \
        {ORGANIZATION, GROUP, MEDIA} if gender == "neuter" else {GROUP, ORGANIZATION, MEDIA, PERSON}
    agreement = _Agreement(gender, rules)
    for earlier_attribution, earlier in _looking_back(attribution, attributions, resolved):
        if earlier is None or earlier.kind not in wanted or earlier.resolution == "unresolved":
            continue
        if earlier_attribution.start >= attribution.start and earlier_attribution.source is not None and \
                earlier_attribution.source.start_char >= head.start_char:
            continue
        if number == "plural" and earlier.kind == PERSON and not earlier.co_speakers \
                and not _plural_mention(earlier_attribution):
            continue  # "Toomey said ... . They argued ...": "they" is someone else
        if earlier.name:
            closer = _closer_subject_name(head, mention, earlier, names, attributions, agreement, rules) \
                if wanted == {PERSON} else None
            if closer is not None:
                return closer
            if not agreement.fits(earlier.name, earlier.role):
                continue  # "she" after a quotation of Bernie Sanders is someone else
            return Speaker(mention, earlier.name, earlier.role, earlier.affiliation, earlier.kind, "pronoun",
                           earlier.co_speakers if number == "plural" else ())
    if gender == "neuter" and number == "singular":
        body = _bare_name_of_a_body(attribution, attributions, resolved, rules)
        if body is not None:
            return Speaker(mention, body.name, None, None, ORGANIZATION, "pronoun")
    if PERSON in wanted and number == "singular":
        not_people = rules.organisation_heads | rules.media_heads | rules.group_heads
        before = [n for n in names if n.end <= head.start_char and n.tokens[-1] not in not_people
                  and not _body_name(n.text, rules)]
        # a subject's name, else one known to be a person's by its first name ("posted a video
        # on Instagram. ... she said" is not Instagram's)
        subjects = [n for n in before if n.subject]
        candidates = (_fullest(n, names, rules) for n in reversed(subjects or before))
        fullest = next((f for f in candidates if agreement.fits(f.text, None)
                        and (subjects or gender_of(f.text, None, rules) is not None)), None)
        if fullest is not None:
            return Speaker(mention, fullest.text, None, None, PERSON, "pronoun")
    if gender in ("male", "female"):
        titled = _known_by_a_title_alone(head, attribution, attributions, resolved, gender, names, rules)
        if titled is not None:
            return replace(titled, mention=mention, resolution="pronoun")
    return Speaker(mention, None, None, None, OTHER, "unresolved")


def _transcript_line_holding(head, attribution, attributions, resolved, rules: Rules) -> Speaker | None:
    """"FALLIN: Well, I think ...", "A: I came home from school ...": "I" inside a transcript's
    line is whoever its label names."""
    if head.text.lower() not in rules.words("first_person_singular"):
        return None
    return next((speaker for earlier, speaker in zip(attributions, resolved)
                 if speaker is not None and speaker.name and earlier is not attribution
                 and earlier.cue is not None and earlier.cue.kind == LABEL
                 and any(start <= head.start_char < end for start, end in earlier.fragments)), None)


def _known_by_a_title_alone(head, attribution, attributions, resolved, gender: str, names: list[NameMention],
                            rules: Rules) -> Speaker | None:
    """"The prime minister said ... . She said ...": where no one named can be "he" or "she",
    the nearest earlier speaker known by a description alone, if the description does not
    say the other sex ("a spokeswoman" is no "he") and no name at all stands between ("a
    reporter asked if ... in Iraq and Syria ... . '...,' he said" is the one asked)."""
    for earlier_attribution, earlier in _looking_back(attribution, attributions, resolved):
        if earlier is None or earlier.kind != ANONYMOUS or earlier.resolution == "pronoun" \
                or earlier_attribution.start >= attribution.start and earlier_attribution.source is not None \
                and earlier_attribution.source.start_char >= head.start_char:
            continue
        named_between = earlier.mention is not None and any(
            earlier.mention[1] <= n.start and n.end <= head.start_char for n in names)
        if gender_of(None, earlier.name, rules) in (None, gender) and not named_between:
            return earlier
        return None
    return None
