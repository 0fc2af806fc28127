"""Speakers' names from their mentions, on hand-parsed sentences that reproduce the parser's
common misreadings of titles, places and descriptions around a name."""

from handparse import parsed

from quotes.extract import records_for
from quotes.rules import load_rules

RULES = load_rules()
EXTRACTOR = {"name": "quotes", "version": "test", "models": "hand"}


def speaker_of(text, *sentences):
    [record] = records_for(parsed(text, *sentences), RULES, EXTRACTOR)
    return record["speaker"]


def said_the_bill_was_dead(subject: str, subject_parse: str) -> tuple[str, str]:
    """The text and hand parse of "<subject> said the bill was dead.", given the subject's
    lines; SAID in them stands for the verb's id."""
    lines = [line for line in subject_parse.strip().splitlines() if line.strip()]
    said = len(lines) + 1
    clause = f"""said say VERB 0 root xpos=VBD
the the DET {said + 2} det
bill bill NOUN {said + 4} nsubj
was be AUX {said + 4} cop
dead dead ADJ {said} ccomp
. . PUNCT {said} punct"""
    return f"{subject} said the bill was dead.", "\n".join(lines).replace("SAID", str(said)) + "\n" + clause


def test_description_the_parser_took_for_the_subject_is_no_name():
    speaker = speaker_of(*said_the_bill_was_dead("Jane Holt, a Democrat from Ohio,", """
Jane Jane PROPN 2 compound
Holt Holt PROPN 5 reparandum
, , PUNCT 5 punct
a a DET 5 det Definite=Ind|PronType=Art
Democrat democrat NOUN SAID nsubj
from from ADP 7 case
Ohio Ohio PROPN 5 nmod
, , PUNCT 5 punct
"""))
    assert speaker["mention"]["text"] == "Jane Holt, a Democrat from Ohio"
    assert speaker["name"] == "Jane Holt" and speaker["kind"] == "person"


def test_name_after_a_preposition_in_the_mention_is_someone_else():
    speaker = speaker_of("Gov. Phil Bryant of Mississippi, a former backer of Sen. Ted Cruz, said he would vote.", """
Gov. Gov. PROPN 15 nsubj
Phil Phil PROPN 1 flat
Bryant Bryant PROPN 1 flat
of of ADP 5 case
Mississippi Mississippi PROPN 3 nmod
, , PUNCT 9 punct
a a DET 9 det
former former ADJ 9 amod
backer backer NOUN 1 appos
of of ADP 11 case
Sen. Sen. PROPN 9 nmod
Ted Ted PROPN 11 flat
Cruz Cruz PROPN 11 flat
, , PUNCT 1 punct
said say VERB 0 root xpos=VBD
he he PRON 18 nsubj
would would AUX 18 aux
vote vote VERB 15 ccomp
. . PUNCT 15 punct
""")
    assert speaker["name"] == "Phil Bryant" and speaker["role"] == "Gov."


def test_place_before_a_title_is_no_name():
    speaker = speaker_of("Former Pennsylvania Gov. Ed Rendell said the rules should change.", """
Former former ADJ 2 amod
Pennsylvania Pennsylvania ADJ 6 nsubj
Gov. Gov. PROPN 2 flat
Ed Ed PROPN 3 flat
Rendell Rendell PROPN 4 flat
said say VERB 0 root xpos=VBD
the the DET 8 det
rules rule NOUN 10 nsubj
should should AUX 10 aux
change change VERB 6 ccomp
. . PUNCT 6 punct
""")
    assert speaker["name"] == "Ed Rendell"
    assert speaker["role"] == "Former Pennsylvania Gov."


def test_source_named_after_its_own_preposition_keeps_its_name():
    speaker = speaker_of("The plan was criticized by Schumer.", """
The the DET 2 det
plan plan NOUN 4 nsubj:pass
was be AUX 4 aux:pass
criticized criticize VERB 0 root xpos=VBN
by by ADP 6 case
Schumer Schumer PROPN 4 obl:agent
. . PUNCT 4 punct
""")
    assert speaker["mention"]["text"] == "Schumer"
    assert speaker["name"] == "Schumer" and speaker["kind"] == "person"


def records_of(text, *sentences):
    return records_for(parsed(text, *sentences), RULES, EXTRACTOR)


def test_pronoun_stands_for_the_person_named_since_the_last_speaker():
    records = records_of(
        "“We disagree,” spokesman Peter Carr said. Letitia James, a Democrat, has visited the agency. "
        "She told reporters the suits were necessary.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
disagree disagree VERB 9 ccomp
, , PUNCT 3 punct
” ” PUNCT 3 punct
spokesman spokesman NOUN 7 compound
Peter Peter PROPN 9 nsubj
Carr Carr PROPN 7 flat
said say VERB 0 root xpos=VBD
. . PUNCT 9 punct
""", """
Letitia Letitia PROPN 8 nsubj
James James PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
Democrat democrat NOUN 1 appos
, , PUNCT 5 punct
has have AUX 8 aux
visited visit VERB 0 root xpos=VBN
the the DET 10 det
agency agency NOUN 8 obj
. . PUNCT 8 punct
""", """
She she PRON 2 nsubj
told tell VERB 0 root xpos=VBD
reporters reporter NOUN 2 iobj
the the DET 5 det
suits suit NOUN 7 nsubj
were be AUX 7 cop
necessary necessary ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert [r["speaker"]["name"] for r in records] == ["Peter Carr", "Letitia James"]
    assert records[1]["speaker"]["resolution"] == "pronoun"


def test_name_inside_what_the_last_speaker_said_is_not_whom_a_pronoun_stands_for():
    records = records_of("Liz Cheney said: “Hillary Clinton will lose.” She added that the party was united.", """
Liz Liz PROPN 3 nsubj
Cheney Cheney PROPN 1 flat
said say VERB 0 root xpos=VBD
: : PUNCT 9 punct
“ “ PUNCT 9 punct
Hillary Hillary PROPN 9 nsubj
Clinton Clinton PROPN 6 flat
will will AUX 9 aux
lose lose VERB 3 ccomp
. . PUNCT 3 punct
” ” PUNCT 9 punct
""", """
She she PRON 2 nsubj
added add VERB 0 root xpos=VBD
that that SCONJ 7 mark
the the DET 5 det
party party NOUN 7 nsubj
was be AUX 7 cop
united united ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert [r["speaker"]["name"] for r in records] == ["Liz Cheney", "Liz Cheney"]


def test_day_after_a_title_word_used_as_a_common_noun_is_no_name():
    speaker = speaker_of("A federal judge on Monday said the rule was unlawful.", """
A a DET 3 det
federal federal ADJ 3 amod
judge judge NOUN 6 nsubj
on on ADP 5 case
Monday Monday PROPN 3 nmod
said say VERB 0 root xpos=VBD
the the DET 8 det
rule rule NOUN 10 nsubj
was be AUX 10 cop
unlawful unlawful ADJ 6 ccomp
. . PUNCT 6 punct
""")
    assert speaker["mention"]["text"] == "A federal judge"  # the day says when, not who
    assert speaker["name"] == "federal judge" and speaker["resolution"] == "description"


def test_hyphen_written_tight_joins_a_name():
    speaker = speaker_of("Karine Jean-Pierre said they were working.", """
Karine Karine PROPN 5 nsubj
Jean Jean PROPN 1 flat
- - PUNCT 4 punct
Pierre Pierre PROPN 1 flat
said say VERB 0 root xpos=VBD
they they PRON 8 nsubj
were be AUX 8 aux
working work VERB 5 ccomp
. . PUNCT 5 punct
""")
    assert speaker["name"] == "Karine Jean-Pierre"


def test_party_and_state_beside_a_name_are_no_name():
    speaker = speaker_of(*said_the_bill_was_dead("Sen. John Cornyn (R-Texas)", """
Sen. Sen. PROPN SAID nsubj
John John PROPN 1 flat
Cornyn Cornyn PROPN 1 flat
( ( PUNCT 5 punct
R R PROPN 1 appos
- - PUNCT 7 punct
Texas Texas PROPN 5 flat
) ) PUNCT 5 punct
"""))
    assert speaker["name"] == "John Cornyn" and speaker["role"] == "Sen."
    speaker = speaker_of(*said_the_bill_was_dead("Sen. Rand Paul, R-Ky.,", """
Sen. Sen. PROPN SAID nsubj
Rand Rand PROPN 1 flat
Paul Paul PROPN 1 flat
, , PUNCT 5 punct
R R PROPN 1 appos
- - PUNCT 7 punct
Ky. Ky. PROPN 5 flat
, , PUNCT 5 punct
"""))
    assert speaker["name"] == "Rand Paul"


def test_days_and_institutions_are_not_whom_a_pronoun_stands_for():
    records = records_of("The Senate met on Tuesday. “We lost,” she said.", """
The the DET 2 det
Senate Senate PROPN 3 nsubj
met meet VERB 0 root xpos=VBD
on on ADP 5 case
Tuesday Tuesday PROPN 3 obl
. . PUNCT 3 punct
""", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
lost lose VERB 7 ccomp
, , PUNCT 3 punct
” ” PUNCT 3 punct
she she PRON 7 nsubj
said say VERB 0 root xpos=VBD
. . PUNCT 7 punct
""")
    [record] = records
    assert record["speaker"]["mention"]["text"] == "she"
    assert record["speaker"]["name"] is None and record["speaker"]["resolution"] == "unresolved"


def test_title_the_parser_made_the_head_leaves_a_person():
    speaker = speaker_of(*said_the_bill_was_dead("House Speaker Mike Johnson", """
House House PROPN SAID nsubj
Speaker Speaker PROPN 1 flat
Mike Mike PROPN 1 flat
Johnson Johnson PROPN 3 flat
"""))
    assert speaker["name"] == "Mike Johnson" and speaker["kind"] == "person"
    assert speaker["role"] == "House Speaker"


def test_party_and_state_apposition_is_no_role():
    speaker = speaker_of(*said_the_bill_was_dead("Johnson, R-La.,", """
Johnson Johnson PROPN SAID nsubj
, , PUNCT 3 punct
R R PROPN 1 appos
- - PUNCT 5 punct
La. La. PROPN 3 flat
, , PUNCT 5 punct
"""))
    assert speaker["name"] == "Johnson" and speaker["role"] is None


def test_the_last_word_of_a_longer_name_after_a_preposition_is_someone_else():
    speaker = speaker_of(*said_the_bill_was_dead("A spokeswoman for the Office of Management and Budget", """
A a DET 2 det Definite=Ind|PronType=Art
spokeswoman spokeswoman NOUN SAID nsubj
for for ADP 5 case
the the DET 5 det
Office Office PROPN 2 nmod
of of ADP 7 case
Management Management PROPN 5 nmod
and and CCONJ 9 cc
Budget Budget PROPN 7 conj
"""))
    assert speaker["mention"]["text"] == "A spokeswoman for the Office of Management and Budget"
    assert speaker["name"] == "spokeswoman for the Office of Management and Budget"


def test_a_name_joined_by_and_is_a_second_speaker_not_someone_else():
    speaker = speaker_of(*said_the_bill_was_dead("Joe Biden and Xi Jinping", """
Joe Joe PROPN SAID nsubj
Biden Biden PROPN 1 flat
and and CCONJ 4 cc
Xi Xi PROPN 1 conj
Jinping Jinping PROPN 4 flat
"""))
    assert speaker["mention"]["text"] == "Joe Biden and Xi Jinping"
    assert speaker["name"] == "Joe Biden"


def test_a_dateline_with_its_date_and_agency_is_no_part_of_the_mention():
    speaker = speaker_of(*said_the_bill_was_dead("WASHINGTON, June 24 (UPI) — Senator Jane Holt", """
WASHINGTON Washington PROPN 11 compound
, , PUNCT 3 punct
June June PROPN 1 appos
24 24 NUM 3 nummod
( ( PUNCT 6 punct
UPI UPI PROPN 1 appos
) ) PUNCT 6 punct
— — PUNCT 1 punct
Senator Senator PROPN 11 compound
Jane Jane PROPN 11 compound
Holt Holt PROPN SAID nsubj
"""))
    assert speaker["mention"]["text"] == "Senator Jane Holt"
    assert speaker["name"] == "Jane Holt" and speaker["role"] == "Senator"


def test_a_time_hung_on_the_speaker_is_no_part_of_the_mention():
    speaker = speaker_of(*said_the_bill_was_dead("Mayor Brandon Johnson on Monday", """
Mayor Mayor PROPN 3 compound
Brandon Brandon PROPN 3 compound
Johnson Johnson PROPN SAID nsubj
on on ADP 5 case
Monday Monday PROPN 3 nmod
"""))
    assert speaker["mention"]["text"] == "Mayor Brandon Johnson"


def test_an_age_is_no_role_and_the_description_after_it_is():
    [record] = records_for(parsed("“It is the same old story,” said Tom Walsh, 64, a retired firefighter.", """
“ “ PUNCT 7 punct
It it PRON 7 nsubj
is be AUX 7 cop
the the DET 7 det
same same ADJ 7 amod
old old ADJ 7 amod
story story NOUN 10 ccomp
, , PUNCT 7 punct
” ” PUNCT 7 punct
said say VERB 0 root xpos=VBD
Tom Tom PROPN 10 nsubj
Walsh Walsh PROPN 11 flat
, , PUNCT 14 punct
64 64 NUM 11 appos
, , PUNCT 18 punct
a a DET 18 det Definite=Ind|PronType=Art
retired retired ADJ 18 amod
firefighter firefighter NOUN 11 appos
. . PUNCT 10 punct
"""), RULES, EXTRACTOR)
    assert record["speaker"]["name"] == "Tom Walsh"
    assert record["speaker"]["role"] == "retired firefighter"


def test_an_affiliation_leaves_out_a_relative_clause():
    speaker = speaker_of(*said_the_bill_was_dead("Karen Lewis, a teacher from the South Side who attended the meeting,", """
Karen Karen PROPN SAID nsubj
Lewis Lewis PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det Definite=Ind|PronType=Art
teacher teacher NOUN 1 appos
from from ADP 9 case
the the DET 9 det
South South PROPN 9 compound
Side Side PROPN 5 nmod
who who PRON 11 nsubj
attended attend VERB 9 acl:relcl xpos=VBD
the the DET 13 det
meeting meeting NOUN 11 obj
, , PUNCT 1 punct
"""))
    assert speaker["name"] == "Karen Lewis" and speaker["role"] == "teacher"
    assert speaker["affiliation"] == "South Side"


def test_an_organization_described_after_a_comma_is_named_without_the_description():
    # As parsed: the description a bare conjunct of the name.
    speaker = speaker_of(*said_the_bill_was_dead("The Civic Federation, a nonpartisan watchdog group,", """
The the DET 3 det
Civic Civic ADJ 3 amod
Federation Federation PROPN SAID nsubj
, , PUNCT 8 punct
a a DET 8 det Definite=Ind|PronType=Art
nonpartisan nonpartisan ADJ 8 amod
watchdog watchdog NOUN 8 compound
group group NOUN 3 conj
, , PUNCT 3 punct
"""))
    assert speaker["mention"]["text"] == "The Civic Federation, a nonpartisan watchdog group"
    assert speaker["name"] == "Civic Federation" and speaker["kind"] == "organization"


def test_a_surname_read_as_a_plural_noun_at_the_start_is_the_person_named_before():
    text = "Alderman Brian Hopkins said the bill was dead. Hopkins added that hearings would follow."
    records = records_for(parsed(text, """
Alderman Alderman PROPN 4 nsubj
Brian Brian PROPN 1 flat
Hopkins Hopkins PROPN 1 flat
said say VERB 0 root xpos=VBD
the the DET 6 det
bill bill NOUN 8 nsubj
was be AUX 8 cop
dead dead ADJ 4 ccomp
. . PUNCT 4 punct
""", """
Hopkins hopkin NOUN 2 nsubj Number=Plur
added add VERB 0 root xpos=VBD
that that SCONJ 6 mark
hearings hearing NOUN 6 nsubj
would would AUX 6 aux
follow follow VERB 2 ccomp
. . PUNCT 2 punct
"""), RULES, EXTRACTOR)
    first, second = (r["speaker"] for r in records)
    assert first["name"] == "Brian Hopkins" and first["role"] == "Alderman"
    assert second["mention"]["text"] == "Hopkins"
    assert second["name"] == "Brian Hopkins" and second["kind"] == "person"


def test_a_description_keeps_a_quotation_mark_whose_partner_it_holds():
    speaker = speaker_of(*said_the_bill_was_dead("The “Avatar” star", """
The the DET 5 det
“ “ PUNCT 3 punct
Avatar Avatar PROPN 5 compound
” ” PUNCT 3 punct
star star NOUN SAID nsubj
"""))
    assert speaker["name"] == "“Avatar” star"


def _says(subject_words: list[str]) -> str:
    """The hand parse of "<subject> said the bill was dead." with the subject's words flat
    under the first (a pronoun when there is one word)."""
    tag = "PRON" if len(subject_words) == 1 else "PROPN"
    lines = [f"{subject_words[0]} {subject_words[0].lower() if tag == 'PRON' else subject_words[0]} {tag} "
             f"{len(subject_words) + 1} nsubj"]
    lines += [f"{w} {w} PROPN 1 flat" for w in subject_words[1:]]
    return said_the_bill_was_dead(" ".join(subject_words), "\n".join(lines).replace(
        f"{len(subject_words) + 1} nsubj", "SAID nsubj"))[1]


def test_she_is_not_the_man_who_spoke_last_but_the_woman_before_him():
    text = "Maya Lee said the bill was dead. Tom Walsh said the bill was dead. She said the bill was dead."
    records = records_for(parsed(text, _says(["Maya", "Lee"]), _says(["Tom", "Walsh"]), _says(["She"])),
                          RULES, EXTRACTOR)
    assert [r["speaker"]["name"] for r in records] == ["Maya Lee", "Tom Walsh", "Maya Lee"]


def test_after_passing_over_the_other_sex_a_pronoun_takes_only_someone_known_to_be_of_its_own():
    text = "Kim Park said the bill was dead. Tom Walsh said the bill was dead. She said the bill was dead."
    records = records_for(parsed(text, _says(["Kim", "Park"]), _says(["Tom", "Walsh"]), _says(["She"])),
                          RULES, EXTRACTOR)
    assert records[2]["speaker"]["mention"]["text"] == "She"
    assert records[2]["speaker"]["name"] is None and records[2]["speaker"]["resolution"] == "unresolved"


def test_an_honorific_in_the_role_tells_the_sex():
    text = "Mrs. Kerry Harper said the bill was dead. She said the bill was dead."
    records = records_for(parsed(text, _says(["Mrs.", "Kerry", "Harper"]), _says(["She"])), RULES, EXTRACTOR)
    assert records[0]["speaker"]["role"] == "Mrs."
    assert records[1]["speaker"]["name"] == "Kerry Harper"
    text = "Mr. Kerry Harper said the bill was dead. She said the bill was dead."
    records = records_for(parsed(text, _says(["Mr.", "Kerry", "Harper"]), _says(["She"])), RULES, EXTRACTOR)
    assert records[1]["speaker"]["name"] is None


def test_a_role_comes_from_the_mention_only():
    # As parsed: the question's verb an apposition of the transcript's label. (An interview's
    # "Q:" is the interviewer's: see test_an_interviews_answers_are_the_interviewees_...)
    [record] = records_for(parsed("Lighthizer: Will the tariffs stay in place?", """
Lighthizer Lighthizer PROPN 0 root
: : PUNCT 1 punct
Will will AUX 6 aux
the the DET 5 det
tariffs tariff NOUN 6 nsubj
stay stay VERB 1 appos
in in ADP 8 case
place place NOUN 6 obl
? ? PUNCT 6 punct
"""), RULES, EXTRACTOR)
    assert record["speaker"]["mention"]["text"] == "Lighthizer"
    assert record["speaker"]["role"] is None


def test_where_a_named_speaker_works_is_the_affiliation():
    speaker = speaker_of(*said_the_bill_was_dead("Dan Ives of Wedbush Securities", """
Dan Dan PROPN SAID nsubj
Ives Ives PROPN 1 flat
of of ADP 5 case
Wedbush Wedbush PROPN 5 compound
Securities Securities PROPN 2 nmod
"""))
    assert speaker["name"] == "Dan Ives" and speaker["affiliation"] == "Wedbush Securities"


def test_an_affiliation_leaves_out_its_description_and_the_writers_aside():
    speaker = speaker_of(*said_the_bill_was_dead("Holger Schmieding of Berenberg, a private bank,", """
Holger Holger PROPN SAID nsubj
Schmieding Schmieding PROPN 1 flat
of of ADP 4 case
Berenberg Berenberg PROPN 2 nmod
, , PUNCT 8 punct
a a DET 8 det Definite=Ind|PronType=Art
private private ADJ 8 amod
bank bank NOUN 4 appos
, , PUNCT 1 punct
"""))
    assert speaker["affiliation"] == "Berenberg"
    speaker = speaker_of(*said_the_bill_was_dead("Mr. Coleman, for example,", """
Mr. Mr. PROPN 2 compound
Coleman Coleman PROPN SAID nsubj
, , PUNCT 5 punct
for for ADP 5 case
example example NOUN 2 nmod
, , PUNCT 2 punct
"""))
    assert speaker["name"] == "Coleman" and speaker["affiliation"] is None


def test_the_and_a_title_stand_for_the_speaker_whose_role_ends_in_it():
    text = "Sen. Joni Ernst said the bill was dead. The senator said the bill was dead. The campaign said the bill was dead."
    records = records_for(parsed(text, _says(["Sen.", "Joni", "Ernst"]), said_the_bill_was_dead("The senator", """
The the DET 2 det Definite=Def|PronType=Art
senator senator NOUN SAID nsubj
""")[1], said_the_bill_was_dead("The campaign", """
The the DET 2 det Definite=Def|PronType=Art
campaign campaign NOUN SAID nsubj
""")[1]), RULES, EXTRACTOR)
    first, second, third = (r["speaker"] for r in records)
    assert first["name"] == "Joni Ernst" and first["role"] == "Sen."
    assert second["mention"]["text"] == "The senator"
    assert second["name"] == "Joni Ernst" and second["resolution"] == "cluster"
    assert third["name"] == "campaign"  # a role's other words name no one


def test_someone_described_by_a_title_alone_is_an_unnamed_person():
    speaker = speaker_of(*said_the_bill_was_dead("The Florida senator", """
The the DET 3 det Definite=Def|PronType=Art
Florida Florida PROPN 3 compound
senator senator NOUN SAID nsubj
"""))
    assert speaker["name"] == "Florida senator" and speaker["kind"] == "anonymous"
    speaker = speaker_of(*said_the_bill_was_dead("His campaign", """
His he PRON 2 nmod:poss
campaign campaign NOUN SAID nsubj
"""))
    assert speaker["kind"] == "other"  # a campaign is no person, though "campaign" is among the titles
    # a headline's capitalised title, tagged a name ("Mayor defends ..."), is no organization
    speaker = speaker_of(*said_the_bill_was_dead("Mayor", """
Mayor Mayor PROPN SAID nsubj
"""))
    assert speaker["name"] == "Mayor" and speaker["kind"] == "anonymous"
    speaker = speaker_of(*said_the_bill_was_dead("The U.S.", """
The the DET 2 det Definite=Def|PronType=Art
U.S. U.S. PROPN SAID nsubj
"""))
    assert speaker["kind"] == "organization"


def test_how_the_speaker_spoke_is_no_part_of_who_but_where_they_stand_is():
    speaker = speaker_of(*said_the_bill_was_dead("Jeb Bush in a Medium post", """
Jeb Jeb PROPN SAID nsubj
Bush Bush PROPN 1 flat
in in ADP 6 case
a a DET 6 det Definite=Ind|PronType=Art
Medium Medium PROPN 6 compound
post post NOUN 1 nmod
"""))
    assert speaker["mention"]["text"] == "Jeb Bush" and speaker["name"] == "Jeb Bush"
    speaker = speaker_of(*said_the_bill_was_dead("Many people at his rallies", """
Many many ADJ 2 amod
people person NOUN SAID nsubj
at at ADP 5 case
his he PRON 5 nmod:poss
rallies rally NOUN 2 nmod
"""))
    assert speaker["mention"]["text"] == "Many people at his rallies"


def test_a_description_set_off_after_a_name_is_no_part_of_it_however_parsed():
    # as parsed: the description a loose dependent, not an apposition
    speaker = speaker_of(*said_the_bill_was_dead("The Civic Federation, a watchdog group,", """
The the DET 3 det Definite=Def|PronType=Art
Civic Civic PROPN 3 compound
Federation Federation PROPN SAID nsubj
, , PUNCT 7 punct
a a DET 7 det Definite=Ind|PronType=Art
watchdog watchdog NOUN 7 compound
group group NOUN 3 dep
, , PUNCT 7 punct
"""))
    assert speaker["mention"]["text"] == "The Civic Federation, a watchdog group"
    assert speaker["name"] == "Civic Federation"


def test_abbreviated_titles_are_roles_not_names():
    speaker = speaker_of(*said_the_bill_was_dead("Ald. Raymond Lopez", """
Ald. Ald. PROPN 3 compound
Raymond Raymond PROPN SAID nsubj
Lopez Lopez PROPN 2 flat
"""))
    assert speaker["name"] == "Raymond Lopez" and speaker["role"] == "Ald."


def test_a_pronoun_does_not_stand_for_a_place_or_platform_named_after_a_preposition():
    text = "The show aired on Instagram. She said the bill was dead."
    records = records_for(parsed(text, """
The the DET 2 det Definite=Def|PronType=Art
show show NOUN 3 nsubj
aired air VERB 0 root xpos=VBD
on on ADP 5 case
Instagram Instagram PROPN 3 obl
. . PUNCT 3 punct
""", _says(["She"])), RULES, EXTRACTOR)
    [speaker] = [r["speaker"] for r in records]
    assert speaker["mention"]["text"] == "She"
    assert speaker["name"] is None and speaker["resolution"] == "unresolved"


def test_a_name_before_its_title_set_off_after_it_is_the_speakers():
    # as parsed: the name a conjunct of the listeners, "governor" the subject
    text = "In a letter to voters, Howard Dean, the former governor, said the bill was dead."
    speaker = speaker_of(text, """
In in ADP 3 case
a a DET 3 det Definite=Ind|PronType=Art
letter letter NOUN 13 obl
to to ADP 5 case
voters voter NOUN 3 nmod
, , PUNCT 7 punct
Howard Howard PROPN 5 conj
Dean Dean PROPN 7 flat
, , PUNCT 12 punct
the the DET 12 det Definite=Def|PronType=Art
former former ADJ 12 amod
governor governor NOUN 13 nsubj
said say VERB 0 root xpos=VBD
the the DET 15 det Definite=Def|PronType=Art
bill bill NOUN 17 nsubj
was be AUX 17 cop
dead dead ADJ 13 ccomp
. . PUNCT 13 punct
""")
    assert speaker["mention"]["text"] == "Howard Dean, the former governor"
    assert speaker["name"] == "Howard Dean" and speaker["role"] == "former governor"


def test_what_the_speaker_was_doing_is_no_part_of_who():
    # as parsed: the participle's object a conjunct of the speaker's phrase
    speaker = speaker_of(*said_the_bill_was_dead("An official, briefing reporters,", """
An a DET 2 det Definite=Ind|PronType=Art
official official NOUN SAID nsubj
, , PUNCT 5 punct
briefing brief VERB 5 amod xpos=VBG
reporters reporter NOUN 2 conj
, , PUNCT 2 punct
"""))
    assert speaker["mention"]["text"] == "An official"


def test_a_clause_hung_on_a_word_of_the_speakers_name_is_no_part_of_the_mention():
    speaker = speaker_of(*said_the_bill_was_dead("Secretary Lloyd Austin, traveling in Asia,", """
Secretary Secretary PROPN SAID nsubj
Lloyd Lloyd PROPN 1 flat
Austin Austin PROPN 2 flat
, , PUNCT 5 punct
traveling travel VERB 2 acl xpos=VBG
in in ADP 7 case
Asia Asia PROPN 5 obl
, , PUNCT 5 punct
"""))
    assert speaker["mention"]["text"] == "Secretary Lloyd Austin" and speaker["name"] == "Lloyd Austin"


def _they_argued_after(subject_text: str, subject_parse: str) -> list[dict]:
    said_text, said_parse = said_the_bill_was_dead(subject_text, subject_parse)
    return records_of(said_text + " They argued that it passed.", said_parse, """
They they PRON 2 nsubj Number=Plur
argued argue VERB 0 root xpos=VBD
that that SCONJ 5 mark
it it PRON 5 nsubj
passed pass VERB 2 ccomp xpos=VBD
. . PUNCT 2 punct
""")


def test_they_does_not_stand_for_one_person():
    records = _they_argued_after("Toomey", "Toomey Toomey PROPN SAID nsubj")
    assert records[0]["speaker"]["name"] == "Toomey"
    assert records[1]["speaker"]["name"] is None
    assert records[1]["speaker"]["resolution"] == "unresolved"


def test_they_stands_for_people_named_together():
    records = _they_argued_after("Johnson and Weld", """
Johnson Johnson PROPN SAID nsubj
and and CCONJ 3 cc
Weld Weld PROPN 1 conj
""")
    assert records[1]["speaker"]["name"] == records[0]["speaker"]["name"] == "Johnson"
    assert records[1]["speaker"]["resolution"] == "pronoun"


BIDEN_AND_XI = """
Biden Biden PROPN SAID nsubj
and and CCONJ 3 cc
Xi Xi PROPN 1 conj
"""


def test_people_named_together_are_the_speaker_and_a_co_speaker():
    speaker = speaker_of(*said_the_bill_was_dead("Biden and Xi", BIDEN_AND_XI))
    assert (speaker["name"], speaker["co_speakers"]) == ("Biden", ["Xi"])


def test_a_name_flattened_into_the_first_with_its_title_is_a_co_speaker():
    # as parsed: "Senator" a conjunct of "Trump", "Bernie" and "Sanders" flat under "Donald"
    speaker = speaker_of(*said_the_bill_was_dead("Donald Trump and Senator Bernie Sanders", """
Donald Donald PROPN SAID nsubj
Trump Trump PROPN 1 flat
and and CCONJ 4 cc
Senator Senator PROPN 2 conj
Bernie Bernie PROPN 1 flat
Sanders Sanders PROPN 1 flat
"""))
    assert (speaker["name"], speaker["co_speakers"]) == ("Donald Trump", ["Bernie Sanders"])


def test_a_description_set_off_by_a_comma_names_no_co_speaker():
    speaker = speaker_of(*said_the_bill_was_dead("Jeff Weaver, Sanders' campaign manager,", """
Jeff Jeff PROPN SAID nsubj
Weaver Weaver PROPN 1 flat
, , PUNCT 7 punct
Sanders Sanders PROPN 7 nmod:poss
' ' PART 4 case
campaign campaign NOUN 7 compound
manager manager NOUN 1 appos
, , PUNCT 7 punct
"""))
    assert (speaker["name"], speaker["co_speakers"]) == ("Jeff Weaver", [])


def test_they_after_people_named_together_stands_for_all_of_them():
    records = _they_argued_after("Biden and Xi", BIDEN_AND_XI)
    assert [(r["speaker"]["name"], r["speaker"]["co_speakers"]) for r in records] == [("Biden", ["Xi"])] * 2


def test_the_word_standing_for_the_object_is_no_part_of_the_speaker():
    records = records_of("He bought it in what officials called a hate crime.", """
He he PRON 2 nsubj
bought buy VERB 0 root xpos=VBD
it it PRON 2 obj
in in ADP 5 case
what what DET 6 det xpos=WDT
officials official NOUN 7 nsubj
called call VERB 3 acl:relcl xpos=VBD
a a DET 10 det
hate hate NOUN 10 compound
crime crime NOUN 7 obj
. . PUNCT 2 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == \
        [("officials", "a hate crime")]



def test_the_name_a_title_introduces_at_the_end_of_the_phrase_is_the_persons():
    # as parsed: the group's name the subject, the title and the person's name hung on it
    speaker = speaker_of('"We are winning," said Fight for $15 organizing director Kendall Fells.', """
" " PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 aux
winning win VERB 7 ccomp xpos=VBG
, , PUNCT 4 punct
" " PUNCT 4 punct
said say VERB 0 root xpos=VBD
Fight Fight PROPN 7 nsubj
for for ADP 10 case
$ $ SYM 8 nmod
15 15 NUM 10 nummod
organizing organize VERB 10 acl xpos=VBG
director director NOUN 10 nmod:unmarked
Kendall Kendall PROPN 13 flat
Fells Fells PROPN 13 flat
. . PUNCT 7 punct
""")
    assert speaker["mention"]["text"] == "Fight for $15 organizing director Kendall Fells"
    assert speaker["name"] == "Kendall Fells" and speaker["kind"] == "person"


TRUMP_UNIVERSITY = """
Trump Trump PROPN 2 compound
University University PROPN 3 nsubj
hired hire VERB 0 root xpos=VBD
Donald Donald PROPN 3 obj
Trump Trump PROPN 4 flat
. . PUNCT 3 punct
"""


def test_a_body_named_after_a_person_is_no_fuller_name_of_them():
    records = records_of("Trump University hired Donald Trump. Trump said the bill was dead.",
                         TRUMP_UNIVERSITY, *said_the_bill_was_dead("Trump", "Trump Trump PROPN SAID nsubj")[1:])
    assert [(r["speaker"]["name"], r["speaker"]["kind"]) for r in records] == [("Donald Trump", "person")]


def test_a_company_named_with_its_legal_form_earlier_is_that_company():
    records = records_of("Nike Inc. sells shoes. Nike said the bill was dead.", """
Nike Nike PROPN 3 nsubj
Inc. Inc. PROPN 1 flat
sells sell VERB 0 root xpos=VBZ
shoes shoe NOUN 3 obj
. . PUNCT 3 punct
""", *said_the_bill_was_dead("Nike", "Nike Nike PROPN SAID nsubj")[1:])
    assert [(r["speaker"]["name"], r["speaker"]["kind"]) for r in records] == [("Nike Inc.", "organization")]


def test_a_name_described_as_the_company_is_an_organization():
    speaker = speaker_of(*said_the_bill_was_dead("Nike, the sportswear company,", """
Nike Nike PROPN SAID nsubj
, , PUNCT 5 punct
the the DET 5 det
sportswear sportswear NOUN 5 compound
company company NOUN 1 appos
, , PUNCT 5 punct
"""))
    assert (speaker["name"], speaker["kind"]) == ("Nike", "organization")


def test_a_headline_name_ends_at_the_last_word_the_body_uses_in_a_name():
    joins = records_of("Paul Ryan Joins Growing List.\n\nRyan said the bill was dead.", """
Paul Paul PROPN 3 nsubj
Ryan Ryan PROPN 1 flat
Joins Joins PROPN 0 root
Growing Growing PROPN 5 compound
List List PROPN 3 obj
. . PUNCT 3 punct
""", *said_the_bill_was_dead("Ryan", "Ryan Ryan PROPN SAID nsubj")[1:])
    assert [r["speaker"]["name"] for r in joins] == ["Paul Ryan"]
    label = records_of("Cecile Richards: Enough Is Enough Now.\n\nRichards said the bill was dead.", """
Cecile Cecile PROPN 0 root
Richards Richards PROPN 1 flat
: : PUNCT 1 punct
Enough enough ADJ 6 nsubj
Is be AUX 6 cop
Enough enough ADJ 1 parataxis
Now now ADV 6 advmod
. . PUNCT 1 punct
""", *said_the_bill_was_dead("Richards", "Richards Richards PROPN SAID nsubj")[1:])
    assert [r["speaker"]["name"] for r in label if r["speaker"]["mention"]["text"] == "Richards"] == ["Cecile Richards"]


def test_a_time_run_into_a_name_is_no_name():
    speaker = speaker_of(*said_the_bill_was_dead("PMTed Cruz", """
PMTed PMTed PROPN 2 compound
Cruz Cruz PROPN SAID nsubj
"""))
    assert speaker["name"] == "Cruz"
    records = records_of("Ted Cruz spoke. 9:15 PM Ted Cruz said the bill was dead.", """
Ted Ted PROPN 3 nsubj
Cruz Cruz PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", said_the_bill_was_dead("9:15 PM Ted Cruz", """
9:15 9:15 NUM 2 nummod
PM PM PROPN 3 compound
Ted Ted PROPN SAID nsubj
Cruz Cruz PROPN 3 flat
""")[1])
    assert records[-1]["speaker"]["name"] == "Ted Cruz"


def test_of_two_fuller_names_as_long_a_surname_takes_the_one_it_ends():
    records = records_of("Warhol Polaroids arrived. Andy Warhol took them. Warhol said the bill was dead.", """
Warhol Warhol PROPN 2 compound
Polaroids Polaroids PROPN 3 nsubj
arrived arrive VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", """
Andy Andy PROPN 3 nsubj
Warhol Warhol PROPN 1 flat
took take VERB 0 root xpos=VBD
them they PRON 3 obj
. . PUNCT 3 punct
""", *said_the_bill_was_dead("Warhol", "Warhol Warhol PROPN SAID nsubj")[1:])
    assert [r["speaker"]["name"] for r in records] == ["Andy Warhol"]


def _trump_opened(subject_lines: str, verb: int) -> str:
    return subject_lines + f"""
opened open VERB 0 root xpos=VBD
the the DET {verb + 2} det
Trump Trump PROPN {verb} obj
Taj Taj PROPN {verb + 2} flat
Mahal Mahal PROPN {verb + 2} flat
. . PUNCT {verb} punct
"""


def test_a_surname_takes_a_longer_name_it_ends_before_one_it_opens():
    def speaker_after(sentence: str, parse: str) -> dict:
        text, said = said_the_bill_was_dead("Trump", "Trump Trump PROPN SAID nsubj")
        return records_of(f"{sentence} {text}", parse, said)[-1]["speaker"]
    # the casino's name is longer, but a person's surname ends a name
    assert speaker_after("Donald Trump opened the Trump Taj Mahal.", _trump_opened(
        "Donald Donald PROPN 3 nsubj\nTrump Trump PROPN 1 flat", 3))["name"] == "Donald Trump"
    # with no longer name ending in it, the longest still names the person ("Ban Ki-moon")
    assert speaker_after("He opened the Trump Taj Mahal.", _trump_opened("He he PRON 2 nsubj", 2))["name"] \
        == "Trump Taj Mahal"
    # a rank run into the name makes it no longer ("Admiral Harris", after "Harry B. Harris Jr.")
    ranks = records_of("Harry B. Harris Jr. spoke. Admiral Harris spoke. " + said_the_bill_was_dead("Harris", "")[0], """
Harry Harry PROPN 5 nsubj
B. B. PROPN 1 flat
Harris Harris PROPN 1 flat
Jr. Jr. PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 5 punct
""", """
Admiral Admiral PROPN 2 compound
Harris Harris PROPN 3 nsubj
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", said_the_bill_was_dead("Harris", "Harris Harris PROPN SAID nsubj")[1])
    assert ranks[-1]["speaker"]["name"] == "Harry B. Harris Jr."


def test_a_headline_name_starts_at_a_first_name_or_the_first_word_the_body_uses():
    def speaker_after_headline(headline: str, parse: str, subject: str, subject_parse: str) -> dict:
        text, said = said_the_bill_was_dead(subject, subject_parse)
        return records_of(f"{headline}\n\n{text}", parse, said)[-1]["speaker"]
    disavow = """
Ted Ted PROPN 3 nsubj
Cruz Cruz PROPN 1 flat
Refuses refuse VERB 0 root
to to PART 5 mark
Disavow Disavow PROPN 3 xcomp
Lindsey Lindsey PROPN 5 flat
Graham Graham PROPN 5 flat
Endorsement Endorsement PROPN 5 flat
. . PUNCT 3 punct
"""
    assert speaker_after_headline("Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.", disavow,
                                  "Lindsey Graham", "Lindsey Lindsey PROPN SAID nsubj\nGraham Graham PROPN 1 flat"
                                  )["name"] == "Lindsey Graham"
    real = """
The the DET 2 det
Story Story PROPN 0 root
of of ADP 7 case
the the DET 7 det
Real Real PROPN 7 compound
Donald Donald PROPN 7 compound
Trump Trump PROPN 2 nmod
. . PUNCT 2 punct
"""
    assert speaker_after_headline("The Story of the Real Donald Trump.", real, "Trump",
                                  "Trump Trump PROPN SAID nsubj")["name"] == "Donald Trump"


def test_the_word_opening_the_clause_is_no_part_of_the_speaker():
    # as parsed: "when" hung on the name, as word order took the phrase
    records = records_of("The bill died when House Speaker Paul Ryan said the bill was dead.", """
The the DET 2 det
bill bill NOUN 3 nsubj
died die VERB 0 root xpos=VBD
when when ADV 7 advmod xpos=WRB
House House PROPN 6 compound
Speaker Speaker PROPN 7 compound
Paul Paul PROPN 9 nsubj
Ryan Ryan PROPN 7 flat
said say VERB 3 advcl xpos=VBD
the the DET 11 det
bill bill NOUN 13 nsubj
was be AUX 13 cop
dead dead ADJ 9 ccomp
. . PUNCT 3 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["mention"]["text"] == "House Speaker Paul Ryan"


def test_the_of_inside_a_title_does_not_make_the_name_someone_elses():
    # as parsed: the name hung on "State", the preposition's object
    speaker = speaker_of(*said_the_bill_was_dead("Georgia Secretary of State Brad Raffensperger", """
Georgia Georgia PROPN 2 compound
Secretary Secretary PROPN SAID nsubj
of of ADP 4 case
State State PROPN 2 nmod
Brad Brad PROPN 4 flat
Raffensperger Raffensperger PROPN 4 flat
"""))
    assert (speaker["name"], speaker["kind"]) == ("Brad Raffensperger", "person")


def test_a_us_state_and_an_outlet_known_by_one_name_are_no_persons():
    texas = speaker_of(*said_the_bill_was_dead("Texas", "Texas Texas PROPN SAID nsubj"))
    politifact = speaker_of(*said_the_bill_was_dead("PolitiFact", "PolitiFact PolitiFact PROPN SAID nsubj"))
    assert (texas["kind"], politifact["kind"]) == ("organization", "media")


def test_a_plural_name_alone_is_a_group():
    speaker = speaker_of(*said_the_bill_was_dead("Mississippians",
                                                 "Mississippians Mississippians PROPN SAID nsubj xpos=NNPS"))
    assert speaker["kind"] == "group"


def test_name_a_title_introduces_after_a_description_is_the_speakers():
    # As parsed: "colleague" the head, "Fed" and "President" appositions, the name flat on "President".
    speaker = speaker_of(*said_the_bill_was_dead("Her colleague, Cleveland Fed President Loretta Mester,", """
Her her PRON 2 nmod:poss
colleague colleague NOUN SAID nsubj
, , PUNCT 2 punct
Cleveland Cleveland PROPN 5 compound
Fed Fed PROPN 2 appos
President President PROPN 2 appos
Loretta Loretta PROPN 6 flat
Mester Mester PROPN 6 flat
, , PUNCT 2 punct
"""))
    assert speaker["name"] == "Loretta Mester" and speaker["kind"] == "person"


def test_name_after_a_groups_preposition_is_a_member_not_the_speaker():
    speaker = speaker_of(*said_the_bill_was_dead("A group of experts, including former Secretary Robert Gates,", """
A a DET 2 det Definite=Ind|PronType=Art
group group NOUN SAID nsubj
of of ADP 4 case
experts expert NOUN 2 nmod
, , PUNCT 9 punct
including include VERB 9 case
former former ADJ 8 amod
Secretary Secretary PROPN 9 compound
Robert Robert PROPN 4 nmod
Gates Gates PROPN 9 flat
, , PUNCT 2 punct
"""))
    assert speaker["name"].startswith("group of experts")


def _it_said_after(name: str):
    return records_of(f"{name} said sales rose. It said the company would hire.", f"""
{name} {name} PROPN 2 nsubj
said say VERB 0 root xpos=VBD
sales sale NOUN 4 nsubj
rose rise VERB 2 ccomp xpos=VBD
. . PUNCT 2 punct
""", """
It it PRON 2 nsubj
said say VERB 0 root xpos=VBD
the the DET 4 det
company company NOUN 6 nsubj
would would AUX 6 aux
hire hire VERB 2 ccomp xpos=VB
. . PUNCT 2 punct
""")


def test_it_stands_for_a_speaker_named_by_one_word_never_given_in_full():
    it = _it_said_after("Nike")[1]["speaker"]
    assert (it["name"], it["kind"]) == ("Nike", "organization")


def test_it_does_not_stand_for_a_speaker_named_by_a_letter():
    assert _it_said_after("Q")[1]["speaker"]["name"] is None  # "Q:" in a transcript


def test_a_title_written_without_a_full_stop_is_no_part_of_the_name():
    speaker = speaker_of(*said_the_bill_was_dead("Dr Sarah Jones", """
Dr Dr PROPN 3 nmod:desc
Sarah Sarah PROPN 3 compound
Jones Jones PROPN SAID nsubj
"""))
    assert speaker["name"] == "Sarah Jones" and speaker["role"] == "Dr"


def test_of_two_names_joined_by_a_conjunction_the_first_speaks():
    # As parsed: "Governor" the head, "Adams" hung on it, "Mayor" a conjunct of "Hochul".
    speaker = speaker_of(*said_the_bill_was_dead("Governor Kathy Hochul and Mayor Eric Adams", """
Governor Governor PROPN SAID nsubj
Kathy Kathy PROPN 1 flat
Hochul Hochul PROPN 1 flat
and and CCONJ 5 cc
Mayor Mayor PROPN 3 conj
Eric Eric PROPN 5 flat
Adams Adams PROPN 1 flat
"""))
    assert (speaker["name"], speaker["co_speakers"]) == ("Kathy Hochul", ["Eric Adams"])


def test_a_title_read_as_a_participle_is_the_speakers_role():
    speaker = speaker_of(*said_the_bill_was_dead("Sarah West, managing director of the Institute,", """
Sarah Sarah PROPN SAID nsubj
West West PROPN 1 flat
, , PUNCT 4 punct
managing manage VERB 1 acl xpos=VBG
director director NOUN 4 obj
of of ADP 8 case
the the DET 8 det
Institute Institute PROPN 5 nmod
, , PUNCT 4 punct
"""))
    assert speaker["mention"]["text"] == "Sarah West, managing director of the Institute"
    assert (speaker["name"], speaker["role"], speaker["affiliation"]) \
        == ("Sarah West", "managing director", "Institute")


def test_a_judges_dissent_is_how_she_spoke_not_who_she_is():
    speaker = speaker_of(*said_the_bill_was_dead("Justice Elena Kagan, in a dissent,", """
Justice Justice PROPN 3 nmod:desc
Elena Elena PROPN 3 compound
Kagan Kagan PROPN SAID nsubj
, , PUNCT 7 punct
in in ADP 7 case
a a DET 7 det
dissent dissent NOUN 3 nmod
, , PUNCT 7 punct
"""))
    assert speaker["mention"]["text"] == "Justice Elena Kagan"


def test_a_state_between_the_and_a_name_is_part_of_a_body_name():
    navy = speaker_of(*said_the_bill_was_dead("The U.S. Navy", """
The the DET 3 det
U.S. U.S. PROPN 3 compound
Navy Navy PROPN SAID nsubj
"""))
    assert (navy["name"], navy["role"], navy["kind"]) == ("U.S. Navy", None, "organization")
    senator = speaker_of(*said_the_bill_was_dead("U.S. Sen. Ted Cruz", """
U.S. U.S. PROPN 2 compound
Sen. Sen. PROPN SAID nsubj
Ted Ted PROPN 2 flat
Cruz Cruz PROPN 2 flat
"""))
    assert (senator["name"], senator["role"], senator["kind"]) == ("Ted Cruz", "U.S. Sen.", "person")


PRIME_MINISTER_SAID = """
The the DET 3 det Definite=Def|PronType=Art
prime prime ADJ 3 amod
minister minister NOUN 4 nsubj
said say VERB 0 root xpos=VBD
the the DET 6 det
talks talk NOUN 8 nsubj
had have AUX 8 aux
failed fail VERB 4 ccomp
. . PUNCT 4 punct
"""


def _pronoun_said(pronoun: str) -> str:
    return f"""
{pronoun} {pronoun.lower()} PRON 2 nsubj
said say VERB 0 root xpos=VBD
she she PRON 5 nsubj
would would AUX 5 aux
resign resign VERB 2 ccomp
. . PUNCT 2 punct
"""


def test_a_pronoun_after_someone_known_by_a_title_alone_stands_for_them():
    records = records_of("The prime minister said the talks had failed. She said she would resign.",
                         PRIME_MINISTER_SAID, _pronoun_said("She"))
    she = records[1]["speaker"]
    assert (she["name"], she["kind"], she["resolution"]) == ("prime minister", "anonymous", "pronoun")
    # the description tells the sex: "he" is not the spokeswoman
    spokeswoman = PRIME_MINISTER_SAID.replace("The the DET 3 det Definite=Def|PronType=Art\nprime prime ADJ 3 amod\n"
                                              "minister minister NOUN",
                                              "A a DET 3 det\ncompany company NOUN 3 compound\n"
                                              "spokeswoman spokeswoman NOUN")
    records = records_of("A company spokeswoman said the talks had failed. He said she would resign.",
                         spokeswoman, _pronoun_said("He"))
    assert records[0]["speaker"]["name"] == "company spokeswoman"
    assert records[1]["speaker"]["resolution"] == "unresolved"


def test_a_title_hung_on_the_quotation_stays_in_the_mention_of_the_name_after_it():
    # as parsed: "Leader" the object of "win", "Chuck Schumer" its flat name, the party its apposition
    [record] = records_of("\u201cWe will win,\u201d Senate Majority Leader Chuck Schumer, D-N.Y., said.", """
\u201c " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 16 ccomp
, , PUNCT 4 punct
\u201d " PUNCT 9 punct
Senate Senate PROPN 9 compound
Majority Majority PROPN 9 compound
Leader Leader PROPN 4 obj
Chuck Chuck PROPN 9 flat
Schumer Schumer PROPN 10 flat
, , PUNCT 13 punct
D- d- PROPN 9 appos
N.Y. N.Y. PROPN 13 flat
, , PUNCT 14 punct
said say VERB 0 root xpos=VBD
. . PUNCT 16 punct
""")
    speaker = record["speaker"]
    assert speaker["mention"]["text"] == "Senate Majority Leader Chuck Schumer"
    assert (speaker["name"], speaker["role"]) == ("Chuck Schumer", "Senate Majority Leader")


def test_a_description_joined_to_the_name_as_a_conjunct_is_the_role():
    [record] = records_of("\u201cDo so,\u201d Douglas Holtz-Eakin, an economist and tax expert, told me.", """
\u201c " PUNCT 2 punct
Do do VERB 17 ccomp
so so ADV 2 advmod
, , PUNCT 3 punct
\u201d " PUNCT 6 punct
Douglas Douglas PROPN 2 obj
Holtz Holtz PROPN 6 flat
- - PUNCT 9 punct
Eakin Eakin PROPN 6 flat
, , PUNCT 11 punct
an a DET 15 det Definite=Ind|PronType=Art
economist economist NOUN 15 amod
and and CCONJ 14 cc
tax tax NOUN 15 compound
expert expert NOUN 6 conj
, , PUNCT 2 punct
told tell VERB 0 root xpos=VBD
me I PRON 17 iobj
. . PUNCT 17 punct
""")
    speaker = record["speaker"]
    assert speaker["mention"]["text"] == "Douglas Holtz-Eakin, an economist and tax expert"
    assert (speaker["name"], speaker["role"]) == ("Douglas Holtz-Eakin", "economist and tax expert")


def test_a_relative_clause_set_off_is_no_part_of_the_mention_wherever_it_hangs():
    records = records_of(*said_the_bill_was_dead("Sen. Rand Paul, R-Ky., who voted against it,", """
Sen. Sen. PROPN SAID nsubj
Rand Rand PROPN 1 flat
Paul Paul PROPN 1 flat
, , PUNCT 5 punct
R R PROPN 1 nmod:unmarked
- - PUNCT 7 case
Ky. Ky. PROPN 5 flat
, , PUNCT 10 punct
who who PRON 10 nsubj
voted vote VERB 5 acl:relcl
against against ADP 12 case
it it PRON 10 obl
, , PUNCT 10 punct
"""))
    [speaker] = [r["speaker"] for r in records if r["cue"]["text"] == "said"]
    assert speaker["mention"]["text"] == "Sen. Rand Paul, R-Ky."
    assert (speaker["name"], speaker["role"]) == ("Rand Paul", "Sen.")


def test_the_title_of_one_of_two_speakers_named_together_stands_for_that_one():
    records = records_of("Governor Kathy Hochul and Mayor Eric Adams announced the plan. The mayor said it was fair.", """
Governor Governor PROPN 8 nsubj
Kathy Kathy PROPN 1 flat
Hochul Hochul PROPN 1 flat
and and CCONJ 5 cc
Mayor Mayor PROPN 1 conj
Eric Eric PROPN 5 flat
Adams Adams PROPN 5 flat
announced announce VERB 0 root xpos=VBD
the the DET 10 det
plan plan NOUN 8 obj
. . PUNCT 8 punct
""", """
The the DET 2 det Definite=Def|PronType=Art
mayor mayor NOUN 3 nsubj
said say VERB 0 root xpos=VBD
it it PRON 6 nsubj
was be AUX 6 cop
fair fair ADJ 3 ccomp
. . PUNCT 3 punct
""")
    assert [r["cue"]["text"] for r in records] == ["announced", "said"]
    joint, mayor = (r["speaker"] for r in records)
    assert (joint["name"], joint["co_speakers"]) == ("Kathy Hochul", ["Eric Adams"])
    assert (mayor["name"], mayor["role"], mayor["resolution"]) == ("Eric Adams", "Mayor", "cluster")


def test_the_head_of_a_speakers_phrase_by_word_order_comes_before_its_preposition():
    # as parsed: the spokesperson the subject of the quotation's verb, "said" with no subject
    [record] = records_of("A spokesperson for the Treasury said Secretary Janet Yellen \u201chas full confidence.\u201d", """
A a DET 2 det Definite=Ind|PronType=Art
spokesperson spokesperson NOUN 11 nsubj
for for ADP 5 case
the the DET 5 det
Treasury Treasury PROPN 2 nmod
said say VERB 0 root xpos=VBD
Secretary Secretary PROPN 11 iobj
Janet Janet PROPN 7 flat
Yellen Yellen PROPN 8 flat
\u201c " PUNCT 11 punct
has have VERB 6 ccomp xpos=VBZ
full full ADJ 13 amod
confidence confidence NOUN 11 obj
. . PUNCT 11 punct
\u201d " PUNCT 11 punct
""")
    speaker = record["speaker"]
    assert speaker["mention"]["text"] == "A spokesperson for the Treasury"
    assert speaker["kind"] == "anonymous" and speaker["name"] == "spokesperson for the Treasury"


def test_a_party_and_state_set_off_name_no_one_the_name_before_them_does():
    # as parsed: the name the root, the verb its clause, the participle's speaker by word order
    records = records_of("Sen. Elizabeth Warren, D-Mass., criticized the decision, calling it \u201ca gift.\u201d", """
Sen. Sen. PROPN 0 root
Elizabeth Elizabeth PROPN 1 flat
Warren Warren PROPN 1 flat
, , PUNCT 5 punct
D- d- PROPN 1 nmod:unmarked
Mass. Mass. PROPN 1 list
, , PUNCT 8 punct
criticized criticize VERB 1 acl xpos=VBD
the the DET 10 det
decision decision NOUN 8 obj
, , PUNCT 12 punct
calling call VERB 8 advcl xpos=VBG
it it PRON 12 obj
\u201c " PUNCT 16 punct
a a DET 16 det
gift gift NOUN 1 appos
. . PUNCT 1 punct
\u201d " PUNCT 16 punct
""")
    [calling] = [r for r in records if r["cue"]["text"] == "calling"]
    assert calling["speaker"]["mention"]["text"] == "Sen. Elizabeth Warren"
    assert (calling["speaker"]["name"], calling["speaker"]["kind"]) == ("Elizabeth Warren", "person")


def test_a_pronoun_does_not_stand_for_someone_known_by_a_title_when_a_name_stands_between():
    # "he" is more likely the one asked, named after the reporter, than the reporter
    records = records_of("A reporter asked Obama about the pledge. He said it stood.", """
A a DET 2 det Definite=Ind|PronType=Art
reporter reporter NOUN 3 nsubj
asked ask VERB 0 root xpos=VBD
Obama Obama PROPN 3 obj
about about ADP 7 case
the the DET 7 det
pledge pledge NOUN 3 obl
. . PUNCT 3 punct
""", """
He he PRON 2 nsubj
said say VERB 0 root xpos=VBD
it it PRON 4 nsubj
stood stand VERB 2 ccomp xpos=VBD
. . PUNCT 2 punct
""")
    [he] = [r["speaker"] for r in records if r["cue"]["text"] == "said"]
    assert he["resolution"] == "unresolved" and he["name"] is None


def test_a_description_the_parser_made_part_of_the_name_is_the_role():
    [record] = records_of("\u201cIt is not one thing,\u201d Sam Nunberg, a former Trump aide, said.", """
\u201c " PUNCT 6 punct
It it PRON 6 nsubj
is be AUX 6 cop
not not PART 6 advmod
one one NUM 6 nummod
thing thing NOUN 17 ccomp
, , PUNCT 9 punct
\u201d " PUNCT 9 punct
Sam Sam PROPN 6 appos
Nunberg Nunberg PROPN 9 flat
, , PUNCT 15 punct
a a DET 15 det Definite=Ind|PronType=Art
former former ADJ 15 amod
Trump Trump PROPN 15 compound
aide aide NOUN 9 flat
, , PUNCT 6 punct
said say VERB 0 root xpos=VBD
. . PUNCT 17 punct
""")
    speaker = record["speaker"]
    assert speaker["mention"]["text"] == "Sam Nunberg, a former Trump aide"
    assert (speaker["name"], speaker["role"]) == ("Sam Nunberg", "former Trump aide")


def test_a_title_of_one_sex_is_no_fuller_name_of_the_other():
    text = "Bill Clinton said the bill was dead. Mrs. Clinton said the bill was dead."
    records = records_for(parsed(text, _says(["Bill", "Clinton"]), _says(["Mrs.", "Clinton"])), RULES, EXTRACTOR)
    assert records[1]["speaker"]["role"] == "Mrs."
    assert records[1]["speaker"]["name"] == "Clinton"


def test_a_quoted_event_named_after_someone_gives_their_name_not_the_events():
    text = "Aides planned “Tom Walsh Day,” a day of events. Mr. Walsh said the bill was dead."
    records = records_for(parsed(text, """
Aides aide NOUN 2 nsubj
planned plan VERB 0 root xpos=VBD
“ “ PUNCT 6 punct
Tom Tom PROPN 6 compound
Walsh Walsh PROPN 6 compound
Day Day PROPN 2 obj
, , PUNCT 6 punct
” ” PUNCT 6 punct
a a DET 10 det
day day NOUN 6 appos
of of ADP 12 case
events event NOUN 10 nmod
. . PUNCT 2 punct
""", _says(["Mr.", "Walsh"])), RULES, EXTRACTOR)
    speaker = records[-1]["speaker"]
    assert speaker["mention"]["text"] == "Mr. Walsh"
    assert speaker["name"] == "Tom Walsh"


def test_a_name_set_off_after_the_subjects_modifier_names_the_subject():
    # As parsed: the participle a complement of "said", the name an apposition of its object.
    speaker = speaker_of("A lawyer representing the family, Ben Crump, said the video was clear.", """
A a DET 2 det
lawyer lawyer NOUN 10 nsubj
representing represent VERB 10 ccomp xpos=VBG
the the DET 5 det
family family NOUN 3 obj
, , PUNCT 7 punct
Ben Ben PROPN 5 appos
Crump Crump PROPN 7 flat
, , PUNCT 3 punct
said say VERB 0 root xpos=VBD
the the DET 12 det
video video NOUN 14 nsubj
was be AUX 14 cop
clear clear ADJ 10 ccomp
. . PUNCT 10 punct
""")
    assert speaker["mention"]["text"] == "A lawyer representing the family, Ben Crump"
    assert speaker["name"] == "Ben Crump" and speaker["kind"] == "person"
    assert speaker["role"] == "lawyer representing the family"


def test_a_place_set_off_after_a_place_is_no_name_of_the_subject():
    speaker = speaker_of("A lawyer representing the city of Buffalo, New York, said the video was clear.", """
A a DET 2 det
lawyer lawyer NOUN 12 nsubj
representing represent VERB 12 ccomp xpos=VBG
the the DET 5 det
city city NOUN 3 obj
of of ADP 7 case
Buffalo Buffalo PROPN 5 nmod
, , PUNCT 10 punct
New New PROPN 10 compound
York York PROPN 7 appos
, , PUNCT 3 punct
said say VERB 0 root xpos=VBD
the the DET 14 det
video video NOUN 16 nsubj
was be AUX 16 cop
clear clear ADJ 12 ccomp
. . PUNCT 12 punct
""")
    assert speaker["mention"]["text"] == "A lawyer"


def test_a_name_set_off_after_a_relative_clause_is_the_subjects_not_the_clauses_object():
    records = records_of("The state senator who wrote the bill, Tom Davis, said it would pass.", """
The the DET 3 det
state state NOUN 3 compound
senator senator NOUN 12 nsubj
who who PRON 5 nsubj
wrote write VERB 3 acl:relcl xpos=VBD
the the DET 7 det
bill bill NOUN 5 obj
, , PUNCT 9 punct
Tom Tom PROPN 7 appos
Davis Davis PROPN 9 flat
, , PUNCT 3 punct
said say VERB 0 root xpos=VBD
it it PRON 15 nsubj
would would AUX 15 aux
pass pass VERB 12 ccomp xpos=VB
. . PUNCT 12 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["speaker"]["mention"]["text"] == "The state senator who wrote the bill, Tom Davis"
    assert said["speaker"]["name"] == "Tom Davis"
    assert all("Davis" not in r["content"]["text"] for r in records)


INTERVIEW_OPENING = """
Q&A Q&A PROPN 0 root
with with ADP 5 case
Vice Vice PROPN 5 compound
President President PROPN 5 compound
Joe Joe PROPN 1 nmod
Biden Biden PROPN 5 flat
. . PUNCT 1 punct
"""
QUESTION = """
Q Q PROPN 0 root
: : PUNCT 5 punct
Have have AUX 5 aux
you you PRON 5 nsubj
talked talk VERB 1 appos xpos=VBN
to to ADP 7 case
her she PRON 5 obl
? ? PUNCT 1 punct
"""
ANSWER = """
A a DET 4 reparandum
: : PUNCT 1 punct
I I PRON 4 nsubj
think think VERB 0 root xpos=VBP
the the DET 6 det
public public NOUN 8 nsubj
will will AUX 8 aux
respond respond VERB 4 ccomp
. . PUNCT 4 punct
"""


def test_an_interviews_answers_are_the_interviewees_and_its_questions_the_interviewers():
    records = records_of("Q&A with Vice President Joe Biden.\n\nQ: Have you talked to her?\n\n"
                         "A: I think the public will respond.", INTERVIEW_OPENING, QUESTION, ANSWER)
    by_label = {r["speaker"]["mention"]["text"]: r for r in records if r["cue"]["kind"] == "label"}
    assert by_label["Q"]["content"]["text"] == "Have you talked to her?"
    assert (by_label["Q"]["speaker"]["name"], by_label["Q"]["speaker"]["role"], by_label["Q"]["speaker"]["kind"]) \
        == (None, "interviewer", "anonymous")
    assert by_label["A"]["content"]["text"] == "I think the public will respond"
    assert (by_label["A"]["speaker"]["name"], by_label["A"]["speaker"]["resolution"]) == ("Joe Biden", "interview")
    # what the answer holds stands as its own record, and "I" is the one answering
    [think] = [r for r in records if r["cue"]["text"] == "think"]
    assert think["content"]["text"] == "the public will respond" and think["speaker"]["name"] == "Joe Biden"
    assert think["nested_in"] == by_label["A"]["id"]


def test_an_answer_with_no_interviewee_named_has_no_speaker_named():
    records = records_of("The talks went on.\n\nQ: Have you talked to her?\n\nA: I think the public will respond.",
                         """
The the DET 2 det
talks talk NOUN 3 nsubj
went go VERB 0 root xpos=VBD
on on ADP 3 compound:prt
. . PUNCT 3 punct
""", QUESTION, ANSWER)
    [answer] = [r for r in records if r["cue"]["kind"] == "label" and r["speaker"]["mention"]["text"] == "A"]
    assert answer["speaker"]["name"] is None and answer["speaker"]["resolution"] == "unresolved"


def test_a_transcript_label_in_capitals_names_the_person_not_a_body():
    # as parsed: the label a common noun; a short word in capitals is otherwise an acronym
    # ("IBM"), a body's name
    records = records_of("Donald Trump spoke.\n\nTRUMP: I think the public will respond.", """
Donald Donald PROPN 3 nsubj
Trump Trump PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", ANSWER.replace("A a DET 4 reparandum", "TRUMP trump NOUN 4 vocative"))
    [line] = [r for r in records if r["cue"]["kind"] == "label"]
    assert (line["speaker"]["name"], line["speaker"]["kind"]) == ("Donald Trump", "person")


def test_i_in_an_answer_is_the_one_answering_though_someone_else_spoke_in_it_since():
    records = records_of("Q&A with Vice President Joe Biden.\n\nQ: Have you talked to her?\n\n"
                         "A: Obama said the talks failed. I think the public will respond.", INTERVIEW_OPENING,
                         QUESTION, """
A a DET 4 reparandum
: : PUNCT 1 punct
Obama Obama PROPN 4 nsubj
said say VERB 0 root xpos=VBD
the the DET 6 det
talks talk NOUN 7 nsubj
failed fail VERB 4 ccomp xpos=VBD
. . PUNCT 4 punct
""", """
I I PRON 2 nsubj
think think VERB 0 root xpos=VBP
the the DET 4 det
public public NOUN 6 nsubj
will will AUX 6 aux
respond respond VERB 2 ccomp
. . PUNCT 2 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Obama"
    [think] = [r for r in records if r["cue"]["text"] == "think"]
    assert think["speaker"]["mention"]["text"] == "I" and think["speaker"]["name"] == "Joe Biden"


def test_a_headline_word_the_body_never_names_splits_its_run_of_names():
    # "Hits" is no name the body uses, so the run is "Bush" and "Marco Rubio", and "Rubio" in
    # the body is Marco Rubio, not "Bush Hits Marco Rubio".
    headline = """
Bush Bush PROPN 2 nsubj
Hits Hits PROPN 0 root
Marco Marco PROPN 2 obj
Rubio Rubio PROPN 3 flat
Again Again PROPN 3 flat
. . PUNCT 2 punct
"""
    text, said = said_the_bill_was_dead("Marco Rubio", "Marco Marco PROPN SAID nsubj\nRubio Rubio PROPN 1 flat")
    later, said_later = said_the_bill_was_dead("Rubio", "Rubio Rubio PROPN SAID nsubj")
    records = records_of(f"Bush Hits Marco Rubio Again.\n\n{text} Jeb Bush spoke. {later}", headline, said, """
Jeb Jeb PROPN 3 nsubj
Bush Bush PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", said_later)
    assert records[-1]["speaker"]["name"] == "Marco Rubio"


def test_a_name_particle_is_part_of_the_name_and_judicial_watch_an_organisation():
    text, said = said_the_bill_was_dead("Mayor Bill de Blasio", """
Mayor Mayor PROPN 4 compound
Bill Bill PROPN 4 compound
de de PROPN 4 compound
Blasio Blasio PROPN SAID nsubj
""")
    later, said_later = said_the_bill_was_dead("de Blasio", "de de PROPN 2 compound\nBlasio Blasio PROPN SAID nsubj")
    watch, said_watch = said_the_bill_was_dead("Judicial Watch", "Judicial Judicial PROPN 2 compound\nWatch Watch PROPN SAID nsubj")
    records = records_of(f"{text} {later} {watch}", said, said_later, said_watch)
    assert [(r["speaker"]["name"], r["speaker"]["role"], r["speaker"]["kind"]) for r in records] == [
        ("Bill de Blasio", "Mayor", "person"), ("Bill de Blasio", "Mayor", "person"),
        ("Judicial Watch", None, "organization")]


def test_a_verb_in_a_relative_clause_on_the_speaker_is_no_part_of_the_reporting_clause():
    # the parse of a PolNeAR sentence: the description is the verb's complement and the
    # relative clause hangs on the party, not on the pollster "who" stands for
    records = records_of("“We won,” said Jan Kopa, a pollster with the party who worked with Mr. Manafort "
                         "and called him a strategist.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
won win VERB 6 ccomp
, , PUNCT 3 punct
” ” PUNCT 3 punct
said say VERB 0 root xpos=VBD
Jan Jan PROPN 6 nsubj
Kopa Kopa PROPN 7 flat
, , PUNCT 11 punct
a a DET 11 det
pollster pollster NOUN 6 ccomp
with with ADP 14 case
the the DET 14 det
party party NOUN 11 nmod
who who PRON 16 nsubj
worked work VERB 14 acl:relcl xpos=VBD
with with ADP 19 case
Mr. Mr. PROPN 19 compound
Manafort Manafort PROPN 16 obl
and and CCONJ 21 cc
called call VERB 16 conj xpos=VBD
him he PRON 21 iobj
a a DET 24 det
strategist strategist NOUN 21 obj
. . PUNCT 6 punct
""")
    [called] = [r for r in records if r["cue"]["text"] == "called"]
    assert called["speaker"]["mention"]["text"] == "who"
    assert called["speaker"]["name"] == "Jan Kopa"
    for record in records:
        mention = record["speaker"]["mention"]
        assert not mention["start"] <= record["cue"]["start"] < mention["end"]


def test_a_verb_the_parser_joined_to_a_relative_clause_on_a_thing_keeps_the_speaker():
    records = records_of("Clinton stressed her support of the raid that killed Laden and said she was ready.", """
Clinton Clinton PROPN 2 nsubj
stressed stress VERB 0 root xpos=VBD
her her PRON 4 nmod:poss
support support NOUN 2 obj
of of ADP 7 case
the the DET 7 det
raid raid NOUN 4 nmod
that that PRON 9 nsubj
killed kill VERB 7 acl:relcl xpos=VBD
Laden Laden PROPN 9 obj
and and CCONJ 12 cc
said say VERB 9 conj xpos=VBD
she she PRON 15 nsubj
was be AUX 15 cop
ready ready ADJ 12 ccomp
. . PUNCT 2 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Clinton"


def test_who_after_a_place_hung_on_a_word_for_a_person_stands_for_the_person():
    # the parse of a PolNeAR sentence
    records = records_of("''A vote against Marco is a vote for Donald Trump,'' said Norm Coleman, the former senator from Minnesota who is supporting Mr. Rubio.", """
'' " PUNCT 8 punct
A a DET 3 det
vote vote NOUN 8 nsubj
against against ADP 5 case
Marco Marco PROPN 3 nmod
is be AUX 8 cop
a a DET 8 det
vote vote NOUN 14 ccomp
for for ADP 11 case
Donald Donald PROPN 11 compound
Trump Trump PROPN 8 nmod
, , PUNCT 3 punct
'' " PUNCT 8 punct
said say VERB 0 root
Norm Norm PROPN 14 nsubj
Coleman Coleman PROPN 15 flat
, , PUNCT 20 punct
the the DET 20 det
former former ADJ 20 amod
senator senator NOUN 14 ccomp
from from ADP 22 case
Minnesota Minnesota PROPN 20 nmod
who who PRON 25 nsubj
is be AUX 25 aux
supporting support VERB 22 acl:relcl
Mr. Mr. PROPN 27 nmod:desc
Rubio Rubio PROPN 25 obj
. . PUNCT 14 punct
""")
    [supporting] = [r for r in records if r["cue"]["text"] == "supporting"]
    assert (supporting["speaker"]["mention"]["text"], supporting["speaker"]["name"]) == ("who", "Norm Coleman")


def test_the_phrase_a_relative_pronoun_stands_for_ends_before_it():
    records = records_of("The change was made by a tech staffer at the agency who told staff that it was wrong.", """
The the DET 2 det
change change NOUN 4 nsubj:pass
was be AUX 4 aux:pass
made make VERB 0 root xpos=VBN
by by ADP 8 case
a a DET 8 det
tech tech NOUN 8 compound
staffer staffer NOUN 4 obl:agent
at at ADP 11 case
the the DET 11 det
agency agency NOUN 8 nmod
who who PRON 13 nsubj
told tell VERB 11 acl:relcl xpos=VBD
staff staff NOUN 13 obj
that that SCONJ 18 mark
it it PRON 18 nsubj
was be AUX 18 cop
wrong wrong ADJ 13 ccomp
. . PUNCT 4 punct
""")
    [told] = [r for r in records if r["cue"]["text"] == "told"]
    assert told["speaker"]["mention"]["text"] == "who"
    assert told["speaker"]["name"] == "tech staffer at the agency"


def test_a_role_ends_on_a_noun_not_on_an_adjective_before_the_name():
    speaker = speaker_of(*said_the_bill_was_dead("A teary-eyed Jane Holt", """
A a DET 4 det
teary-eyed teary-eyed ADJ 4 amod
Jane Jane PROPN SAID nsubj
Holt Holt PROPN 3 flat
"""))
    assert (speaker["name"], speaker["role"]) == ("Jane Holt", None)
    speaker = speaker_of(*said_the_bill_was_dead("Former Secret Service agent Jane Holt", """
Former former ADJ 4 amod
Secret Secret PROPN 3 compound
Service Service PROPN 4 compound
agent agent NOUN 5 compound
Jane Jane PROPN SAID nsubj
Holt Holt PROPN 5 flat
"""))
    assert (speaker["name"], speaker["role"]) == ("Jane Holt", "Former Secret Service agent")


def test_a_quoted_headline_lends_no_name_beyond_the_words_the_body_uses_in_names():
    said, said_parse = said_the_bill_was_dead("Ryan", "Ryan Ryan PROPN SAID nsubj")
    records = records_of("The campaign sent an email stating, “Speaker Paul Ryan Joins Growing List of Critics.” "
                         + said, """
The the DET 2 det
campaign campaign NOUN 3 nsubj
sent send VERB 0 root xpos=VBD
an a DET 5 det
email email NOUN 3 obj
stating state VERB 5 acl xpos=VBG
, , PUNCT 6 punct
“ “ PUNCT 12 punct
Speaker Speaker PROPN 10 compound
Paul Paul PROPN 12 nsubj
Ryan Ryan PROPN 10 flat
Joins Join PROPN 6 ccomp
Growing Growing PROPN 14 compound
List List PROPN 12 obj
of of ADP 16 case
Critics Critics PROPN 14 nmod
. . PUNCT 3 punct
” ” PUNCT 3 punct
""", said_parse)
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Paul Ryan"


def test_a_speakers_label_before_a_quotation_is_no_headline():
    # the parse of a PolNeAR transcript line: "Rep. Trey Gowdy (R-S.C.):" reads in title case
    records = records_of('Clinton testified on Thursday.\n\nRep. Trey Gowdy (R-S.C.):"I have not heard anyone other than you ever cite that figure." Gowdy said the bill was dead.', """
Clinton Clinton PROPN 2 nsubj
testified testify VERB 0 root
on on ADP 4 case
Thursday Thursday PROPN 2 obl
. . PUNCT 2 punct
""", """
Rep. Rep. PROPN 0 root
Trey Trey PROPN 1 flat
Gowdy Gowdy PROPN 1 flat
( ( PUNCT 5 punct
R-S.C. R-s.c. PROPN 1 nmod:unmarked
) ) PUNCT 5 punct
: : PUNCT 12 punct
" " PUNCT 12 punct
I I PRON 12 nsubj
have have AUX 12 aux
not not PART 12 advmod
heard hear VERB 1 appos
anyone anyone PRON 12 obj
other other ADJ 12 advmod
than than SCONJ 18 mark
you you PRON 18 nsubj
ever ever ADV 18 advmod
cite cite VERB 12 advcl
that that DET 20 det
figure figure NOUN 18 obj
. . PUNCT 1 punct
" " PUNCT 12 punct
""", """
Gowdy Gowdy PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
bill bill NOUN 6 nsubj
was be AUX 6 cop
dead dead ADJ 2 ccomp
. . PUNCT 2 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Trey Gowdy"


def test_a_capitalised_word_inside_a_headline_that_no_name_uses_names_no_one():
    said, said_parse = said_the_bill_was_dead("She", "She she PRON SAID nsubj")
    records = records_of("Hillary Clinton’s Claim About Trump Isn’t True.\n\nThe claim was made by Clinton. " + said,
                         """
Hillary Hillary PROPN 4 nmod:poss
Clinton Clinton PROPN 1 flat
’s ’s PART 1 case
Claim Claim PROPN 9 nsubj
About About ADP 6 case
Trump Trump PROPN 4 nmod
Is be AUX 9 cop
n’t not PART 9 advmod
True True ADJ 0 root
. . PUNCT 9 punct
""", """
The the DET 2 det
claim claim NOUN 4 nsubj:pass
was be AUX 4 aux:pass
made make VERB 0 root xpos=VBN
by by ADP 6 case
Clinton Clinton PROPN 4 obl:agent
. . PUNCT 4 punct
""", said_parse)
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Hillary Clinton"


def test_an_occupation_written_before_a_name_is_a_role():
    speaker = speaker_of(*said_the_bill_was_dead("Pastor Kevin Swanson", """
Pastor Pastor PROPN 2 compound
Kevin Kevin PROPN SAID nsubj
Swanson Swanson PROPN 2 flat
"""))
    assert (speaker["name"], speaker["role"]) == ("Kevin Swanson", "Pastor")
    speaker = speaker_of(*said_the_bill_was_dead("Co-moderator Andrea Mitchell", """
Co-moderator co-moderator PROPN 2 compound
Andrea Andrea PROPN SAID nsubj
Mitchell Mitchell PROPN 2 flat
"""))
    assert (speaker["name"], speaker["role"]) == ("Andrea Mitchell", "Co-moderator")
    speaker = speaker_of(*said_the_bill_was_dead("Reality Star Ann Lee", """
Reality Reality PROPN 2 compound
Star Star PROPN 3 compound
Ann Ann PROPN SAID nsubj
Lee Lee PROPN 3 flat
"""))
    assert (speaker["name"], speaker["role"]) == ("Ann Lee", "Reality Star")


def test_a_states_name_run_into_a_name_before_a_noun_makes_no_fuller_name():
    said, said_parse = said_the_bill_was_dead("Sanders", "Sanders Sanders PROPN SAID nsubj")
    records = records_of("Bernie Sanders spoke. A New Hampshire Sanders veteran watched. " + said, """
Bernie Bernie PROPN 3 nsubj
Sanders Sanders PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", """
A a DET 5 det
New New PROPN 3 compound
Hampshire Hampshire PROPN 4 compound
Sanders Sanders PROPN 5 compound
veteran veteran NOUN 6 nsubj
watched watch VERB 0 root xpos=VBD
. . PUNCT 6 punct
""", said_parse)
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "Bernie Sanders"
    said, said_parse = said_the_bill_was_dead("Ferrera", "Ferrera Ferrera PROPN SAID nsubj")
    records = records_of("America Ferrera spoke. " + said, """
America America PROPN 3 nsubj
Ferrera Ferrera PROPN 1 flat
spoke speak VERB 0 root xpos=VBD
. . PUNCT 3 punct
""", said_parse)
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["name"] == "America Ferrera"  # a state's name that is her first name


def test_a_things_noun_the_parser_set_beside_a_name_is_no_role():
    # the parse of a PolNeAR sentence: the name is the interview's apposition
    records = records_of('In the interview, Reid, who endorsed Clinton in February, reiterated those feelings and stressed the need to treat both Sanders and his followers respectfully.', """
In in ADP 3 case
the the DET 3 det
interview interview NOUN 13 obl
, , PUNCT 3 punct
Reid Reid PROPN 3 appos
, , PUNCT 8 punct
who who PRON 8 nsubj
endorsed endorse VERB 3 acl:relcl
Clinton Clinton PROPN 8 obj
in in ADP 11 case
February February PROPN 8 obl
, , PUNCT 3 punct
reiterated reiterate VERB 0 root
those that DET 15 det
feelings feeling NOUN 13 obj
and and CCONJ 17 cc
stressed stress VERB 13 conj
the the DET 19 det
need need NOUN 17 obj
to to PART 21 mark
treat treat VERB 17 advcl
both both CCONJ 23 cc:preconj
Sanders Sanders PROPN 21 obj
and and CCONJ 26 cc
his his PRON 26 nmod:poss
followers follower NOUN 23 conj
respectfully respectfully ADV 26 advmod
. . PUNCT 13 punct
""")
    assert {r["speaker"]["role"] for r in records} == {None}


def test_a_name_after_a_title_is_a_persons_though_the_parse_heads_the_phrase_with_a_body():
    # the parse of a PolNeAR subject: "House" heads it, the name hangs on it as a list
    speaker = speaker_of(*said_the_bill_was_dead("House Judiciary Committee Chairman Bob Goodlatte", """
House House PROPN SAID nsubj
Judiciary Judiciary PROPN 3 compound
Committee Committee PROPN 4 nmod:desc
Chairman Chairman PROPN 5 nmod:desc
Bob Bob PROPN 1 list
Goodlatte Goodlatte PROPN 5 flat
"""))
    assert (speaker["name"], speaker["kind"]) == ("Bob Goodlatte", "person")
    # (a body and a titled name joined are no one person)
    speaker = speaker_of(*said_the_bill_was_dead("The Black Caucus and Sen. Chuck Schumer", """
The the DET 3 det
Black Black PROPN 3 compound
Caucus Caucus PROPN SAID nsubj
and and CCONJ 5 cc
Sen. Sen. PROPN 3 conj
Chuck Chuck PROPN 5 flat
Schumer Schumer PROPN 5 flat
"""))
    assert speaker["kind"] != "person"  # not Chuck Schumer alone


def test_a_noun_for_a_person_before_a_name_is_the_role_even_at_the_phrase_head():
    # the parse of a PolNeAR subject: "runner" heads it, the name hangs on it
    speaker = speaker_of(*said_the_bill_was_dead("Republican front-runner Donald Trump", """
Republican Republican ADJ 4 amod
front front NOUN 4 compound
- - PUNCT 2 punct
runner runner NOUN SAID nsubj
Donald Donald PROPN 6 compound
Trump Trump PROPN 4 flat
"""))
    assert (speaker["name"], speaker["role"], speaker["kind"]) == ("Donald Trump", "Republican front-runner", "person")


def test_a_speaker_opening_a_sentence_in_brackets_is_named():
    records = records_of("(John Schlafly said the bill was dead.)", """
( ( PUNCT 4 punct
John John PROPN 4 nsubj
Schlafly Schlafly PROPN 2 flat
said say VERB 0 root xpos=VBD
the the DET 6 det
bill bill NOUN 8 nsubj
was be AUX 8 cop
dead dead ADJ 4 ccomp
. . PUNCT 4 punct
) ) PUNCT 4 punct
""")
    [said] = records
    assert (said["speaker"]["name"], said["speaker"]["kind"]) == ("John Schlafly", "person")


def test_both_in_a_clause_on_one_person_makes_no_group():
    # the parse of a PolNeAR sentence ("both" tagged as a conjunction)
    [record] = records_of('Mark Penn, the Democratic pollster who worked for both Clintons for decades, argued that the law was wrong.', """
Mark Mark PROPN 15 nsubj
Penn Penn PROPN 1 flat
, , PUNCT 6 punct
the the DET 6 det
Democratic Democratic ADJ 6 amod
pollster pollster NOUN 1 appos
who who PRON 8 nsubj
worked work VERB 6 acl:relcl
for for ADP 11 case
both both CCONJ 11 det
Clintons Clinton PROPN 8 obl
for for ADP 13 case
decades decade NOUN 11 nmod
, , PUNCT 2 punct
argued argue VERB 0 root
that that SCONJ 20 mark
the the DET 18 det
law law NOUN 20 nsubj
was be AUX 20 cop
wrong wrong ADJ 15 ccomp
. . PUNCT 15 punct
""")
    assert (record["speaker"]["name"], record["speaker"]["kind"]) == ("Mark Penn", "person")


def test_a_title_word_that_ends_a_name_after_a_first_name_is_a_surname():
    speaker = speaker_of(*said_the_bill_was_dead("Rep. Steve King", """
Rep. Rep. PROPN 2 compound
Steve Steve PROPN SAID nsubj
King King PROPN 2 flat
"""))
    assert (speaker["name"], speaker["role"], speaker["kind"]) == ("Steve King", "Rep.", "person")


def test_a_name_after_a_title_run_into_a_groups_word_is_a_persons():
    # the parse of a PolNeAR sentence: "communications" heads the phrase, "adviser" read as a verb
    [record] = records_of('Trump senior communications adviser Jason Miller said in a statement that the billionaire would win.', """
Trump Trump PROPN 3 compound
senior senior ADJ 3 amod
communications communication NOUN 7 nsubj
adviser adviser VERB 3 appos
Jason Jason PROPN 4 flat
Miller Miller PROPN 5 flat
said say VERB 0 root
in in ADP 10 case
a a DET 10 det
statement statement NOUN 7 obl
that that SCONJ 15 obj
the the DET 13 det
billionaire billionaire NOUN 15 nsubj
would would AUX 15 aux
win win VERB 10 acl:relcl
. . PUNCT 7 punct
""")
    assert (record["speaker"]["name"], record["speaker"]["kind"]) == ("Jason Miller", "person")


def test_a_quoted_works_name_before_a_title_names_someone_else():
    # the parse of a PolNeAR sentence: the show heads the phrase, the host is its apposition
    [record] = records_of('“Daily Show” host Trevor Noah\xa0on Thursday showed that the businessman was given an opportunity to clarify his remarks with conservative chat host Hugh Hewitt\xa0―\xa0and yet Trump tripped again.', """
“ " PUNCT 3 punct
Daily daily ADJ 3 amod
Show show NOUN 10 nsubj
” " PUNCT 3 punct
host host NOUN 6 amod
Trevor Trevor PROPN 3 appos
Noah Noah PROPN 6 flat
on on ADP 9 case
Thursday Thursday PROPN 6 nmod
showed show VERB 0 root
that that SCONJ 15 mark
the the DET 13 det
businessman businessman NOUN 15 nsubj:pass
was be AUX 15 aux:pass
given give VERB 10 ccomp
an a DET 17 det
opportunity opportunity NOUN 15 obj
to to PART 19 mark
clarify clarify VERB 15 advcl
his his PRON 21 nmod:poss
remarks remark NOUN 19 obj
with with ADP 24 case
conservative conservative ADJ 24 amod
chat chat NOUN 21 nmod
host host NOUN 26 amod
Hugh Hugh PROPN 24 appos
Hewitt Hewitt PROPN 26 flat
― ― PROPN 32 punct
and and CCONJ 32 cc
yet yet ADV 32 advmod
Trump Trump PROPN 32 nsubj
tripped trip VERB 10 conj
again again ADV 32 advmod
. . PUNCT 10 punct
""")
    assert (record["speaker"]["name"], record["speaker"]["kind"]) == ("Trevor Noah", "person")
