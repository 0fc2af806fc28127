"""Each quote type and sieve on hand-parsed sentences, spans checked exactly."""

import pytest
from handparse import parsed

from quotes.extract import records_for
from quotes.rules import load_rules

RULES = load_rules()
EXTRACTOR = {"name": "quotes", "version": "test", "models": "hand"}


def run(text, *sentences):
    document = parsed(text, *sentences)
    records = records_for(document, RULES, EXTRACTOR)
    for record in records:
        for span in [record["content"], *(record["content"].get("fragments") or []),
                     record["cue"] or {}, (record["speaker"] or {}).get("mention") or {}]:
            if span:
                assert document.text.text[span["start"]:span["end"]] == span["text"]
    return records


def test_direct_quote_with_trailing_said_x():
    [record] = run("“We will win,” Miller said.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Miller Miller PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct
""")
    assert record["type"] == "direct"
    assert record["content"]["text"] == "“We will win,”"
    assert record["cue"]["text"] == "said" and record["cue"]["lemma"] == "say"
    assert record["speaker"]["mention"]["text"] == "Miller"
    assert record["speaker"]["name"] == "Miller" and record["speaker"]["kind"] == "person"
    assert record["rule"] == "direct_quote_with_cue"


SPLIT_TEXT = "Matthew Miller spoke on Sunday.\n“The talks were useful,” he said, “and we will meet again.”"
SPLIT_PARSES = ("""
Matthew Matthew PROPN 3 nsubj
Miller Miller PROPN 1 flat
spoke speak VERB 0 root
on on ADP 5 case
Sunday Sunday PROPN 3 obl
. . PUNCT 3 punct
""", """
“ “ PUNCT 5 punct
The the DET 3 det
talks talk NOUN 5 nsubj
were be AUX 5 cop
useful useful ADJ 0 root
, , PUNCT 5 punct
” ” PUNCT 5 punct
he he PRON 9 nsubj
said say VERB 5 parataxis
, , PUNCT 9 punct
“ “ PUNCT 15 punct
and and CCONJ 15 cc
we we PRON 15 nsubj
will will AUX 15 aux
meet meet VERB 5 conj
again again ADV 15 advmod
. . PUNCT 15 punct
” ” PUNCT 15 punct
""")


def test_split_quote_is_one_record_with_fragments_and_pronoun_resolved():
    [record] = run(SPLIT_TEXT, *SPLIT_PARSES)
    assert [f["text"] for f in record["content"]["fragments"]] == [
        "“The talks were useful,”", "“and we will meet again.”"]
    assert record["content"]["text"] == "“The talks were useful,” he said, “and we will meet again.”"
    assert record["speaker"]["mention"]["text"] == "he"
    assert record["speaker"]["name"] == "Matthew Miller"
    assert record["speaker"]["resolution"] == "pronoun"


def test_negated_belief_with_object_and_infinitive():
    [record] = run("O’Connor does not expect the visit to lead to a thaw.", """
O’Connor O’Connor PROPN 4 nsubj
does do AUX 4 aux
not not PART 4 advmod
expect expect VERB 0 root
the the DET 6 det
visit visit NOUN 4 obj
to to PART 8 mark
lead lead VERB 4 xcomp
to to ADP 11 case
a a DET 11 det
thaw thaw NOUN 8 obl
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "expect" and record["cue"]["negated"] is True
    assert record["content"]["text"] == "the visit to lead to a thaw"
    assert record["type"] == "indirect"
    assert record["speaker"]["name"] == "O’Connor"


def test_according_to_an_organisation():
    [record] = run("The meeting was productive, according to the US Department of State.", """
The the DET 2 det
meeting meeting NOUN 4 nsubj
was be AUX 4 cop
productive productive ADJ 0 root
, , PUNCT 10 punct
according accord VERB 10 case
to to ADP 6 fixed
the the DET 10 det
US US PROPN 10 compound
Department Department PROPN 4 obl
of of ADP 12 case
State State PROPN 10 nmod
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "according to" and record["cue"]["kind"] == "according_to"
    assert record["content"]["text"] == "The meeting was productive"
    assert record["speaker"]["mention"]["text"] == "the US Department of State"
    assert record["speaker"]["name"] == "US Department of State"
    assert record["speaker"]["kind"] == "organization"


def test_according_to_people_described_by_what_they_know():
    # As parsed: "familiar" the head, its subject the people.
    [record] = run("The talks failed, according to two people familiar with the matter.", """
The the DET 2 det
talks talk NOUN 3 nsubj
failed fail VERB 0 root xpos=VBD
, , PUNCT 10 punct
according accord VERB 9 case
to to ADP 5 fixed
two two NUM 8 nummod
people person NOUN 9 nsubj
familiar familiar ADJ 3 advcl
with with ADP 12 case
the the DET 12 det
matter matter NOUN 9 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "The talks failed"
    assert record["speaker"]["mention"]["text"] == "two people familiar with the matter"




def test_according_to_a_source_with_a_description_set_off_after_it():
    [record] = run("According to the Citizens Budget Commission, a fiscal watchdog, the plan relies on loans.", """
According accord VERB 6 case
to to ADP 1 fixed
the the DET 6 det Definite=Def|PronType=Art
Citizens citizen PROPN 6 compound
Budget Budget PROPN 6 compound
Commission Commission PROPN 14 obl
, , PUNCT 6 punct
a a DET 10 det Definite=Ind|PronType=Art
fiscal fiscal ADJ 10 amod
watchdog watchdog NOUN 6 appos
, , PUNCT 6 punct
the the DET 13 det Definite=Def|PronType=Art
plan plan NOUN 14 nsubj
relies rely VERB 0 root xpos=VBZ
on on ADP 16 case
loans loan NOUN 14 obl
. . PUNCT 14 punct
""")
    assert record["content"]["text"] == "the plan relies on loans"
    assert record["speaker"]["mention"]["text"] == "the Citizens Budget Commission, a fiscal watchdog"
    assert record["speaker"]["name"] == "Citizens Budget Commission"


def test_according_to_a_report_by_someone_names_both():
    [record] = run("The mayor considered closing libraries, according to a report by the Los Angeles Times.", """
The the DET 2 det
mayor mayor NOUN 3 nsubj
considered consider VERB 0 root
closing close VERB 3 xcomp
libraries library NOUN 4 obj
, , PUNCT 10 punct
according accord VERB 10 case
to to ADP 7 fixed
a a DET 10 det Definite=Ind|PronType=Art
report report NOUN 3 obl
by by ADP 15 case
the the DET 15 det
Los Los PROPN 15 compound
Angeles Angeles PROPN 15 compound
Times Times PROPN 10 nmod
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "The mayor considered closing libraries"
    assert record["speaker"]["mention"]["text"] == "a report by the Los Angeles Times"
    assert record["speaker"]["name"] == "report by the Los Angeles Times"
def test_a_chamber_of_commerce_is_an_organization_named_in_full():
    [record] = run("The tariffs are a mistake, the U.S. Chamber of Commerce said.", """
The the DET 2 det
tariffs tariff NOUN 5 nsubj
are be AUX 5 cop
a a DET 5 det
mistake mistake NOUN 0 root
, , PUNCT 5 punct
the the DET 9 det
U.S. U.S. PROPN 9 compound
Chamber Chamber PROPN 12 nsubj
of of ADP 11 case
Commerce Commerce PROPN 9 nmod
said say VERB 5 parataxis xpos=VBD
. . PUNCT 5 punct
""")
    assert record["speaker"]["mention"]["text"] == "the U.S. Chamber of Commerce"
    assert record["speaker"]["name"] == "U.S. Chamber of Commerce"
    assert record["speaker"]["kind"] == "organization"


def test_participial_cue_takes_the_subject_of_its_governor():
    downplayed, record = run("Biden downplayed the incident, suggesting that it was unintentional.", """
Biden Biden PROPN 2 nsubj
downplayed downplay VERB 0 root
the the DET 4 det
incident incident NOUN 2 obj
, , PUNCT 6 punct
suggesting suggest VERB 2 advcl VerbForm=Ger
that that SCONJ 10 mark
it it PRON 10 nsubj
was be AUX 10 cop
unintentional unintentional ADJ 6 ccomp
. . PUNCT 2 punct
""")
    assert downplayed["cue"]["text"] == "downplayed" and downplayed["content"]["text"] == "the incident"
    assert record["cue"]["text"] == "suggesting"
    assert record["content"]["text"] == "that it was unintentional"
    assert record["speaker"]["mention"]["text"] == "Biden"
    assert record["rule"] == "participial_cue"


def test_mixed_quote_is_paraphrase_with_a_quoted_fragment():
    [record] = run("Trump said the wall would be “beautiful and very big” soon.", """
Trump Trump PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
wall wall NOUN 8 nsubj
would would AUX 8 aux
be be AUX 8 cop
“ “ PUNCT 8 punct
beautiful beautiful ADJ 2 ccomp
and and CCONJ 11 cc
very very ADV 11 advmod
big big ADJ 8 conj
” ” PUNCT 8 punct
soon soon ADV 8 advmod
. . PUNCT 2 punct
""")
    assert record["type"] == "mixed"
    assert record["content"]["text"] == "the wall would be “beautiful and very big” soon"
    assert record["rule"] == "verb_complement"


def test_scare_quotes_are_not_attributions():
    assert run("The so-called “deal” collapsed.", """
The the DET 4 det
so-called so-called ADJ 4 amod
“ “ PUNCT 4 punct
deal deal NOUN 6 nsubj
” ” PUNCT 4 punct
collapsed collapse VERB 0 root
. . PUNCT 6 punct
""") == []


def test_nested_attribution_is_linked_to_its_outer_record():
    outer, inner = run("Miller stated that Blinken highlighted the need for talks.", """
Miller Miller PROPN 2 nsubj
stated state VERB 0 root
that that SCONJ 5 mark
Blinken Blinken PROPN 5 nsubj
highlighted highlight VERB 2 ccomp
the the DET 7 det
need need NOUN 5 obj
for for ADP 9 case
talks talk NOUN 7 nmod
. . PUNCT 2 punct
""")
    assert outer["content"]["text"] == "that Blinken highlighted the need for talks"
    assert inner["content"]["text"] == "the need for talks"
    assert inner["speaker"]["name"] == "Blinken"
    assert inner["nested_in"] == outer["id"] and outer["nested_in"] is None


def test_nested_statement_of_no_one_named_is_part_of_the_outer_one():
    # what the videos show is the police's claim: the videos are cited for nothing
    [record] = run("Police said the videos show Scott leaving his car.", """
Police police NOUN 2 nsubj
said say VERB 0 root
the the DET 4 det
videos video NOUN 5 nsubj
show show VERB 2 ccomp
Scott Scott PROPN 5 obj
leaving leave VERB 5 xcomp
his his PRON 9 nmod:poss
car car NOUN 7 obj
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "said" and record["content"]["text"] == "the videos show Scott leaving his car"
    # the same sentence with a named speaker inside reports two statements
    outer, inner = run("Police said Putney showed Scott leaving his car.", """
Police police NOUN 2 nsubj
said say VERB 0 root
Putney Putney PROPN 4 nsubj
showed show VERB 2 ccomp
Scott Scott PROPN 4 obj
leaving leave VERB 4 xcomp
his his PRON 8 nmod:poss
car car NOUN 6 obj
. . PUNCT 2 punct
""")
    assert inner["cue"]["text"] == "showed" and inner["speaker"]["name"] == "Putney"
    assert inner["nested_in"] == outer["id"]



def test_belief_inside_another_statement_is_part_of_that_statement():
    # Clinton did not say she wants it: Trump said so. One record, Trump's.
    records = run("Trump said Clinton wants to abolish the amendment.", """
Trump Trump PROPN 2 nsubj
said say VERB 0 root
Clinton Clinton PROPN 4 nsubj
wants want VERB 2 ccomp
to to PART 6 mark
abolish abolish VERB 4 xcomp
the the DET 8 det
amendment amendment NOUN 6 obj
. . PUNCT 2 punct
""")
    assert [(r["speaker"]["name"], r["cue"]["text"], r["content"]["text"]) for r in records] == [
        ("Trump", "said", "Clinton wants to abolish the amendment")]


def test_inner_statement_with_object_content_stands_only_for_another_speaker():
    sentence = """
{0} {0} PROPN 2 nsubj
stated state VERB 0 root
that that SCONJ 5 mark
{1} {1} PROPN 5 nsubj
outlined outline VERB 2 ccomp
three three NUM 7 nummod
goals goal NOUN 5 obj
. . PUNCT 2 punct
"""
    other = run("Miller stated that Blinken outlined three goals.", sentence.format("Miller", "Blinken"))
    assert [r["cue"]["text"] for r in other] == ["stated", "outlined"]
    same = run("Miller stated that Miller outlined three goals.", sentence.format("Miller", "Miller"))
    assert [r["cue"]["text"] for r in same] == ["stated"]


def test_name_after_said_that_the_parser_took_for_an_object_is_the_speaker():
    # The parser made "department" the subject of "said", "DeSantis" its indirect object
    # and the relative clause a second complement.
    [record] = run("If the department closed, its work would be done by others, said DeSantis, who was elected.", """
If if SCONJ 4 mark
the the DET 3 det
department department NOUN 14 nsubj
closed close VERB 14 advcl
, , PUNCT 4 punct
its its PRON 7 nmod:poss
work work NOUN 10 nsubj:pass
would would AUX 10 aux
be be AUX 10 aux:pass
done do VERB 14 ccomp
by by ADP 12 case
others other NOUN 10 obl:agent
, , PUNCT 14 punct
said say VERB 0 root
DeSantis DeSantis PROPN 14 iobj
, , PUNCT 19 punct
who who PRON 19 nsubj:pass
was be AUX 19 aux:pass
elected elect VERB 14 ccomp
. . PUNCT 14 punct
""")
    assert record["speaker"]["mention"]["text"] == "DeSantis"
    assert record["content"]["text"] == "its work would be done by others"


def test_said_followed_by_a_name_and_its_own_clause_keeps_the_name_as_a_subject():
    # "..., said Trump would lose": the noun starts the reported clause, so it does not speak.
    records = run("He stayed, said Trump would lose.", """
He he PRON 2 nsubj
stayed stay VERB 0 root
, , PUNCT 4 punct
said say VERB 2 conj
Trump Trump PROPN 4 obj
would would AUX 7 aux
lose lose VERB 4 ccomp
. . PUNCT 2 punct
""")
    assert all(r["speaker"] is None or r["speaker"]["mention"]["text"] != "Trump" for r in records)


def test_quote_with_its_own_cue_is_not_the_second_half_of_the_one_before():
    records = run("“Interviews are useless,” concluded an article. “Do not use them,” wrote Dana.", """
“ “ PUNCT 4 punct
Interviews interview NOUN 4 nsubj
are be AUX 4 cop
useless useless ADJ 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
concluded conclude VERB 4 parataxis
an a DET 9 det
article article NOUN 7 obj
. . PUNCT 4 punct
""", """
“ “ PUNCT 4 punct
Do do AUX 4 aux
not not PART 4 advmod
use use VERB 8 ccomp
them they PRON 4 obj
, , PUNCT 4 punct
” ” PUNCT 4 punct
wrote write VERB 0 root
Dana Dana PROPN 8 obj
. . PUNCT 8 punct
""")
    assert sorted((r["cue"]["text"], r["content"]["text"]) for r in records) == [
        ("concluded", "“Interviews are useless,”"), ("wrote", "“Do not use them,”")]


def test_question_of_an_opening_participle_ends_before_the_main_clause():
    # As parsed: "Asked" the root, the main clause hung on it, its subject on the question.
    records = run("Asked if her practices were illegal, 46 percent of voters said yes.", """
Asked ask VERB 0 root
if if SCONJ 6 mark
her her PRON 4 nmod:poss
practices practice NOUN 6 nsubj
were be AUX 6 cop
illegal illegal ADJ 1 ccomp
, , PUNCT 6 punct
46 46 NUM 9 nummod
percent percent NOUN 6 nsubj
of of ADP 11 case
voters voter NOUN 9 nmod
said say VERB 1 ccomp Mood=Ind|Tense=Past|VerbForm=Fin
yes yes INTJ 12 discourse
. . PUNCT 1 punct
""")
    asked = next(r for r in records if r["cue"]["text"] == "Asked")
    assert asked["content"]["text"] == "if her practices were illegal"


def test_statement_in_an_opening_subordinate_clause_ends_before_the_main_clause():
    # As parsed: "that action unconstitutional" the object of "found", whose object the
    # word-order repair would run on to the sentence's end through the main clause's verb.
    records = run("While a federal judge found that action unconstitutional, his decision was overturned.", """
While while SCONJ 5 mark
a a DET 4 det
federal federal ADJ 4 amod
judge judge NOUN 5 nsubj
found find VERB 13 advcl xpos=VBD
that that SCONJ 8 det
action action NOUN 8 compound
unconstitutional unconstitutional NOUN 5 obj
, , PUNCT 5 punct
his his PRON 11 nmod:poss
decision decision NOUN 13 nsubj:pass
was be AUX 13 aux:pass Mood=Ind|Tense=Past|VerbForm=Fin
overturned overturn VERB 0 root xpos=VBN
. . PUNCT 13 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "found"]
    assert record["content"]["text"] == "that action unconstitutional"
    assert record["speaker"]["mention"]["text"] == "a federal judge"


def test_object_before_a_comma_and_a_clause_with_its_own_subject_is_the_whole_statement():
    # "it" is the subject of the verb after the comma, so "Cruz" is no subject the parser
    # took for the object (as "said the bill | was dead" has).
    records = run("When Trump mentioned Cruz, it just happened.", """
When when ADV 3 advmod xpos=WRB
Trump Trump PROPN 3 nsubj
mentioned mention VERB 8 advcl xpos=VBD
Cruz Cruz PROPN 3 obj
, , PUNCT 3 punct
it it PRON 8 nsubj
just just ADV 8 advmod
happened happen VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
. . PUNCT 8 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "mentioned"]
    assert record["content"]["text"] == "Cruz"


def test_inverted_speaker_the_tagger_took_for_an_adjective():
    # As parsed: "official" an adjective, the object of "said", joined to the statement.
    records = run("The deal is close, said an official who spoke on condition of anonymity.", """
The the DET 2 det
deal deal NOUN 4 nsubj
is be AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
close close ADJ 0 root
, , PUNCT 4 punct
said say VERB 4 conj xpos=VBD
an a DET 8 det
official official ADJ 6 obj
who who PRON 10 nsubj
spoke speak VERB 8 acl:relcl xpos=VBD
on on ADP 12 case
condition condition NOUN 10 obl
of of ADP 14 case
anonymity anonymity NOUN 12 nmod
. . PUNCT 4 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "The deal is close"
    assert record["speaker"]["mention"]["text"] == "an official"


def _said_a_person_who_asked_not_to_be_identified():
    # As parsed: "a person familiar with the matter" a clause, "person" its subject, and the
    # relative clause hung on "matter".
    return run("The deal is close, said a person familiar with the matter, who asked not to be identified.", """
The the DET 2 det
deal deal NOUN 4 nsubj
is be AUX 4 cop Mood=Ind|Tense=Pres|VerbForm=Fin
close close ADJ 0 root
, , PUNCT 4 punct
said say VERB 4 conj xpos=VBD
a a DET 8 det
person person NOUN 9 obl:unmarked
familiar familiar ADJ 6 ccomp
with with ADP 12 case
the the DET 12 det
matter matter NOUN 9 obl
, , PUNCT 15 punct
who who PRON 15 nsubj
asked ask VERB 12 acl:relcl xpos=VBD
not not PART 19 advmod
to to PART 19 mark
be be AUX 19 aux:pass
identified identify VERB 15 xcomp xpos=VBN
. . PUNCT 4 punct
""")


def test_inverted_speaker_the_parser_read_as_the_subject_of_a_clause():
    [record] = [r for r in _said_a_person_who_asked_not_to_be_identified() if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "The deal is close"
    assert record["speaker"]["mention"]["text"].startswith("a person")


def test_a_request_not_to_be_named_is_no_statement():
    assert [r["cue"]["text"] for r in _said_a_person_who_asked_not_to_be_identified()] == ["said"]


def test_a_time_after_a_parenthetical_reporting_clause_is_inside_it():
    # As parsed: the clause after the time the complement of "said".
    records = run("Rates will rise again, two officials said on Friday, as inflation remains high.", """
Rates rate NOUN 3 nsubj
will will AUX 3 aux
rise rise VERB 0 root xpos=VB
again again ADV 3 advmod
, , PUNCT 8 punct
two two NUM 7 nummod
officials official NOUN 8 nsubj
said say VERB 3 parataxis xpos=VBD
on on ADP 10 case
Friday Friday PROPN 8 obl
, , PUNCT 14 punct
as as ADP 14 mark
inflation inflation NOUN 14 nsubj
remains remain VERB 8 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin
high high ADJ 14 xcomp
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert [f["text"] for f in record["content"]["fragments"]] == ["Rates will rise again", "as inflation remains high"]
    assert record["speaker"]["mention"]["text"] == "two officials"


def test_a_contrast_after_a_comma_inside_the_quotation_ends_the_statement():
    records = run('Amnesty said it was "cruel," while the agency warned it was illegal.', """
Amnesty Amnesty PROPN 2 nsubj
said say VERB 0 root xpos=VBD
it it PRON 6 nsubj
was be AUX 6 cop Mood=Ind|Tense=Past|VerbForm=Fin
" " PUNCT 6 punct
cruel cruel ADJ 2 ccomp
, , PUNCT 12 punct
" " PUNCT 12 punct
while while SCONJ 12 mark
the the DET 11 det
agency agency NOUN 12 nsubj
warned warn VERB 6 advcl xpos=VBD
it it PRON 15 nsubj
was be AUX 15 cop Mood=Ind|Tense=Past|VerbForm=Fin
illegal illegal ADJ 12 ccomp
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r for r in records}
    assert by_cue["said"]["content"]["text"] == 'it was "cruel,"'
    assert by_cue["warned"]["content"]["text"] == "it was illegal"


def test_verb_joined_to_a_relative_clause_after_its_comma_is_the_main_clauses():
    # As parsed: "said" a conjunct of the relative clause's verb, which has "who" as subject.
    records = run("Lopez, who requested the review, said the findings were troubling.", """
Lopez Lopez PROPN 0 root
, , PUNCT 4 punct
who who PRON 4 nsubj
requested request VERB 1 acl:relcl xpos=VBD
the the DET 6 det
review review NOUN 4 obj
, , PUNCT 8 punct
said say VERB 4 conj xpos=VBD
the the DET 10 det
findings finding NOUN 12 nsubj
were be AUX 12 cop Mood=Ind|Tense=Past|VerbForm=Fin
troubling troubling ADJ 8 ccomp
. . PUNCT 1 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["speaker"]["mention"]["text"] == "Lopez"


def _ramirez_goes_on(second_quote: str, second_parse: str):
    return run(f"“We tried,” said Ramirez, who lives nearby. {second_quote}", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
tried try VERB 6 ccomp xpos=VBD
, , PUNCT 3 punct
” ” PUNCT 3 punct
said say VERB 0 root xpos=VBD
Ramirez Ramirez PROPN 6 nsubj
, , PUNCT 10 punct
who who PRON 10 nsubj
lives live VERB 7 acl:relcl xpos=VBZ
nearby nearby ADV 10 advmod
. . PUNCT 6 punct
""", second_parse)


def test_a_short_sentence_in_quotation_marks_goes_on_with_the_quotation_before():
    [record] = _ramirez_goes_on("“Nothing changes.”", """
“ “ PUNCT 3 punct
Nothing nothing PRON 3 nsubj
changes change VERB 0 root xpos=VBZ
. . PUNCT 3 punct
” ” PUNCT 3 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]] == ["“We tried,”", "“Nothing changes.”"]


def test_a_short_title_in_quotation_marks_does_not_go_on_with_the_quotation_before():
    [record] = _ramirez_goes_on("“Fox News.”", """
“ “ PUNCT 3 punct
Fox Fox PROPN 3 compound
News News PROPN 0 root
. . PUNCT 3 punct
” ” PUNCT 3 punct
""")
    assert record["content"]["text"] == "“We tried,”"


def test_a_present_verb_joined_to_a_past_cue_goes_on_with_the_statement():
    # As parsed: "needs" a conjunct of "said"; said in the past, it cannot be what Wray went on to do.
    [record] = run("Wray said the agency respects privacy but needs access.", """
Wray Wray PROPN 2 nsubj
said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin xpos=VBD
the the DET 4 det
agency agency NOUN 5 nsubj
respects respect VERB 2 ccomp Mood=Ind|Tense=Pres|VerbForm=Fin xpos=VBZ
privacy privacy NOUN 5 obj
but but CCONJ 8 cc
needs need VERB 2 conj Mood=Ind|Tense=Pres|VerbForm=Fin xpos=VBZ
access access NOUN 8 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the agency respects privacy but needs access"


def test_a_nouns_statement_ends_before_a_participle_of_reporting():
    # As parsed: "telling" a conjunct of the claim's clause.
    records = run("He repeated his claim that the vote was stolen, telling supporters he won.", """
He he PRON 2 nsubj
repeated repeat VERB 0 root xpos=VBD
his his PRON 4 nmod:poss
claim claim NOUN 2 obj
that that SCONJ 9 mark
the the DET 7 det
vote vote NOUN 9 nsubj:pass
was be AUX 9 aux:pass
stolen steal VERB 4 ccomp xpos=VBN
, , PUNCT 11 punct
telling tell VERB 9 conj xpos=VBG
supporters supporter NOUN 11 obj
he he PRON 14 nsubj
won win VERB 11 ccomp xpos=VBD
. . PUNCT 2 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records if "vote" in r["content"]["text"]] \
        == [("repeated", "his claim that the vote was stolen")]  # the claim's own record nests in it


@pytest.mark.parametrize("relation", ["acl:relcl", "acl"])
def test_a_relative_clause_on_the_writers_summing_up_reports_nothing_by_word_order(relation):
    records = run("She said the plan would displace tenants, a claim the mayor's office disputed.", f"""
She she PRON 2 nsubj
said say VERB 0 root xpos=VBD
the the DET 4 det
plan plan NOUN 6 nsubj
would would AUX 6 aux
displace displace VERB 2 ccomp xpos=VB
tenants tenant NOUN 6 obj
, , PUNCT 10 punct
a a DET 10 det Definite=Ind|PronType=Art
claim claim NOUN 6 parataxis
the the DET 12 det
mayor mayor NOUN 14 nmod:poss
's 's PART 12 case
office office NOUN 15 nsubj
disputed dispute VERB 10 {relation} xpos=VBD
. . PUNCT 2 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("said", "the plan would displace tenants")]


def _ruling_the_judge_wrote(opening: str, opening_parse: str):
    lines = [line for line in opening_parse.strip().splitlines()]
    n = len(lines)
    return run(f"{opening}, the judge wrote, “cannot stand.”", opening_parse.strip() + f"""
, , PUNCT {n} punct
the the DET {n + 3} det
judge judge NOUN {n + 4} nsubj
wrote write VERB {n + 9} parataxis xpos=VBD
, , PUNCT {n + 4} punct
“ “ PUNCT {n + 9} punct
can can AUX {n + 9} aux
not not PART {n + 9} advmod
stand stand VERB 0 root xpos=VB
. . PUNCT {n + 9} punct
” ” PUNCT {n + 9} punct
""")


def test_a_quotation_after_a_reporting_clause_set_off_goes_on_with_the_subject_before_it():
    [record] = _ruling_the_judge_wrote("The ruling", """
The the DET 2 det
ruling ruling NOUN 11 nsubj
""")
    assert record["type"] == "mixed"
    assert [f["text"] for f in record["content"]["fragments"]] == ["The ruling", "“cannot stand.”"]


def test_an_opening_phrase_before_a_reporting_clause_set_off_is_no_part_of_the_quotation():
    [record] = _ruling_the_judge_wrote("In the end", """
In in ADP 3 case
the the DET 3 det
end end NOUN 12 obl
""")
    assert record["type"] == "direct" and record["content"]["text"] == "“cannot stand.”"


def test_a_subject_read_as_a_relative_clause_on_the_occasion_opens_the_statement():
    # As parsed: "that demand" a relative clause on "call", "remained" the cue's clause.
    [record] = run("Hood told analysts on a call that demand for services remained strong.", """
Hood Hood PROPN 2 nsubj
told tell VERB 0 root xpos=VBD
analysts analyst NOUN 2 iobj
on on ADP 6 case
a a DET 6 det
call call NOUN 2 obl
that that PRON 8 nsubj
demand demand VERB 6 acl:relcl xpos=VBP
for for ADP 10 case
services service NOUN 8 obl
remained remain VERB 2 ccomp xpos=VBD
strong strong ADJ 11 xcomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that demand for services remained strong"


def test_according_to_source_goes_on_through_a_preposition_and_a_possessive():
    [record] = run("Sales rose, according to a statement from its owner.", """
Sales sale NOUN 2 nsubj
rose rise VERB 0 root xpos=VBD
, , PUNCT 7 punct
according accord VERB 7 case xpos=VBG
to to ADP 4 fixed
a a DET 7 det
statement statement NOUN 2 obl
from from ADP 10 case
its its PRON 10 nmod:poss Poss=Yes xpos=PRP$
owner owner NOUN 7 nmod
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "a statement from its owner"


def test_an_occasion_the_parser_headed_with_its_time_is_no_part_of_the_statement():
    # As parsed: "Thursday" the head of the phrase, "ruling" and "released" its modifiers.
    [record] = run("The judge rejected that argument in a ruling released Thursday.", """
The the DET 2 det
judge judge NOUN 3 nsubj
rejected reject VERB 0 root xpos=VBD
that that DET 5 det
argument argument NOUN 3 obj
in in ADP 10 case
a a DET 10 det
ruling ruling NOUN 10 amod
released release VERB 10 amod xpos=VBN
Thursday Thursday PROPN 5 nmod
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "that argument"


def test_a_statement_ends_before_the_writers_summing_up_with_a_participle():
    records = run("She said the plan would fail, a claim rejected by the mayor.", """
She she PRON 2 nsubj
said say VERB 0 root xpos=VBD
the the DET 4 det
plan plan NOUN 6 nsubj
would would AUX 6 aux
fail fail VERB 2 ccomp xpos=VB
, , PUNCT 9 punct
a a DET 9 det Definite=Ind|PronType=Art
claim claim NOUN 6 parataxis
rejected reject VERB 9 acl xpos=VBN
by by ADP 13 case
the the DET 13 det
mayor mayor NOUN 10 obl:agent
. . PUNCT 2 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "the plan would fail"


def test_a_statement_ends_before_the_writers_comparison():
    [record] = run("52 percent said Trump would be better, compared with 41 percent.", """
52 52 NUM 2 nummod
percent percent NOUN 3 nsubj
said say VERB 0 root xpos=VBD
Trump Trump PROPN 7 nsubj
would would AUX 7 aux
be be AUX 7 cop
better better ADJ 3 ccomp
, , PUNCT 9 punct
compared compare VERB 7 advcl xpos=VBN
with with ADP 12 case
41 41 NUM 12 nummod
percent percent NOUN 9 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "Trump would be better"


def test_speaker_hung_on_an_opening_participle_is_no_part_of_its_question():
    # As parsed: the speaker an oblique of "Asked", "said" with no subject.
    records = run("Asked about the report, Johnson's spokeswoman, Ronnie Reese, said the plan stands.", """
Asked ask VERB 13 advcl xpos=VBD
about about ADP 4 case
the the DET 4 det
report report NOUN 1 obl
, , PUNCT 8 punct
Johnson Johnson PROPN 8 nmod:poss
's 's PART 6 case
spokeswoman spokeswoman NOUN 1 obl
, , PUNCT 10 punct
Ronnie Ronnie PROPN 8 appos
Reese Reese PROPN 10 flat
, , PUNCT 10 punct
said say VERB 0 root xpos=VBD
the the DET 15 det
plan plan NOUN 16 nsubj
stands stand VERB 13 ccomp xpos=VBZ
. . PUNCT 13 punct
""")
    asked = next(r for r in records if r["cue"]["text"] == "Asked")
    assert asked["content"]["text"] == "the report"
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "the plan stands"
    assert said["speaker"]["mention"]["text"] == "Johnson's spokeswoman, Ronnie Reese"
    assert said["speaker"]["name"] == "Ronnie Reese"


def test_one_quoted_as_saying_something_said_it():
    # As parsed: the clause hung on "quoted", not on "saying".
    [record] = run("Sen. Maria Cantwell was quoted as saying that the tariffs will hurt farmers.", """
Sen. Sen. PROPN 5 nsubj:pass
Maria Maria PROPN 1 flat
Cantwell Cantwell PROPN 1 flat
was be AUX 5 aux:pass
quoted quote VERB 0 root xpos=VBN
as as SCONJ 7 mark
saying say VERB 5 advcl VerbForm=Part xpos=VBG
that that SCONJ 12 mark
the the DET 10 det
tariffs tariff NOUN 12 nsubj
will will AUX 12 aux
hurt hurt VERB 5 ccomp xpos=VB
farmers farmer NOUN 12 obj
. . PUNCT 5 punct
""")
    assert record["cue"]["text"] == "saying"
    assert record["content"]["text"] == "that the tariffs will hurt farmers"
    assert record["speaker"]["mention"]["text"] == "Sen. Maria Cantwell"
    assert record["speaker"]["name"] == "Maria Cantwell"


def test_what_someone_is_not_authorized_to_discuss_is_no_statement():
    records = run("The official, who was not authorized to discuss the matter, said the talks failed.", """
The the DET 2 det
official official NOUN 14 nsubj
, , PUNCT 7 punct
who who PRON 7 nsubj:pass
was be AUX 7 aux:pass
not not PART 7 advmod
authorized authorize VERB 2 acl:relcl xpos=VBN
to to PART 9 mark
discuss discuss VERB 7 xcomp xpos=VB
the the DET 11 det
matter matter NOUN 9 obj
, , PUNCT 7 punct
said say VERB 0 root xpos=VBD
the the DET 15 det
talks talk NOUN 16 nsubj
failed fail VERB 13 ccomp xpos=VBD
. . PUNCT 13 punct
""")
    assert [r["cue"]["text"] for r in records] == ["said"]


def test_a_message_before_a_colon_is_its_owners_statement():
    [record] = run("Johnson's message to his members was blunt: the alternative is a shutdown.", """
Johnson Johnson PROPN 3 nmod:poss
's 's PART 1 case
message message NOUN 8 nsubj
to to ADP 6 case
his he PRON 6 nmod:poss
members member NOUN 3 nmod
was be AUX 8 cop
blunt blunt ADJ 0 root
: : PUNCT 8 punct
the the DET 11 det
alternative alternative NOUN 14 nsubj
is be AUX 14 cop
a a DET 14 det
shutdown shutdown NOUN 8 parataxis
. . PUNCT 8 punct
""")
    assert record["rule"] == "noun_before_colon"
    assert record["cue"]["text"] == "message"
    assert record["content"]["text"] == "the alternative is a shutdown"
    assert record["speaker"]["name"] == "Johnson"


def test_a_clarification_whose_colon_ends_the_sentence_is_followed_by_its_statement():
    records = run("Her office issued a clarification: The senator opposes the tariffs.", """
Her her PRON 2 nmod:poss
office office NOUN 3 nsubj
issued issue VERB 0 root xpos=VBD
a a DET 5 det
clarification clarification NOUN 3 obj
: : PUNCT 3 punct
""", """
The the DET 2 det
senator senator NOUN 3 nsubj
opposes oppose VERB 0 root xpos=VBZ
the the DET 5 det
tariffs tariff NOUN 3 obj
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["rule"] == "noun_before_colon"]
    assert record["cue"]["text"] == "clarification"
    assert record["content"]["text"] == "The senator opposes the tariffs"
    assert record["speaker"]["mention"]["text"] == "Her office"


def test_that_clause_after_an_interview_with_someone_on_a_day_is_the_statement():
    # As parsed: "that" a determiner, "companies" a verb, the clause a relative on "Tuesday".
    [record] = run('The chairwoman, Lina Khan, said in an interview with CNN on Tuesday that companies "cannot hide."', """
The the DET 2 det
chairwoman chairwoman NOUN 7 nsubj
, , PUNCT 4 punct
Lina Lina PROPN 2 appos
Khan Khan PROPN 4 flat
, , PUNCT 2 punct
said say VERB 0 root xpos=VBD
in in ADP 10 case
an a DET 10 det
interview interview NOUN 7 obl
with with ADP 12 case
CNN CNN PROPN 10 nmod
on on ADP 14 case
Tuesday Tuesday PROPN 12 nmod
that that PRON 16 det
companies company VERB 20 nsubj xpos=VBZ
" " PUNCT 16 punct
can can AUX 20 aux xpos=MD
not not PART 20 advmod
hide hide VERB 14 acl:relcl xpos=VB
. . PUNCT 7 punct
" " PUNCT 20 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == 'that companies "cannot hide."'
    assert record["speaker"]["name"] == "Lina Khan"


def test_the_subject_of_a_quoted_statement_after_said_is_not_its_speaker():
    # As parsed: the speaker hung on the opening participle, "said" with no subject.
    [record] = run('Writing on X, Sen. Josh Hawley said the agency "should have acted."', """
Writing write VERB 8 advcl xpos=VBG
on on ADP 3 case
X X NOUN 1 obl
, , PUNCT 5 punct
Sen. Sen. PROPN 1 vocative
Josh Josh PROPN 5 flat
Hawley Hawley PROPN 5 flat
said say VERB 0 root xpos=VBD
the the DET 10 det
agency agency NOUN 14 nsubj
" " PUNCT 14 punct
should should AUX 14 aux xpos=MD
have have AUX 14 aux xpos=VB
acted act VERB 8 ccomp xpos=VBN
. . PUNCT 8 punct
" " PUNCT 14 punct
""")
    assert record["content"]["text"] == 'the agency "should have acted."'
    assert record["speaker"]["name"] == "Josh Hawley"


def test_a_quoted_term_after_an_article_is_no_utterance_of_the_cue_after_it():
    records = run('Critics, who call it a "giveaway," cited a study by economists.', """
Critics critic NOUN 11 nsubj
, , PUNCT 4 punct
who who PRON 4 nsubj
call call VERB 1 acl:relcl xpos=VBP
it it PRON 4 obj
a a DET 8 det Definite=Ind|PronType=Art
" " PUNCT 8 punct
giveaway giveaway NOUN 4 obj
, , PUNCT 8 punct
" " PUNCT 8 punct
cited cite VERB 0 root xpos=VBD
a a DET 13 det
study study NOUN 11 obj
by by ADP 15 case
economists economist NOUN 13 nmod
. . PUNCT 11 punct
""")
    assert not [r for r in records if r["cue"]["text"] == "cited" and "giveaway" in r["content"]["text"]]
    [call] = [r for r in records if r["cue"]["text"] == "call"]
    assert call["type"] == "mixed" and call["content"]["text"] == 'it a "giveaway,"'


def test_a_quoted_title_after_a_noun_for_a_work_is_no_utterance():
    [record] = run('In his book "The Stadium Game," author Neil deMause argues that cities overpay.', """
In in ADP 3 case
his he PRON 3 nmod:poss
book book NOUN 13 obl
" " PUNCT 7 punct
The the DET 7 det
Stadium Stadium PROPN 7 compound
Game Game PROPN 3 appos
, , PUNCT 7 punct
" " PUNCT 7 punct
author author NOUN 13 nsubj
Neil Neil PROPN 10 appos
deMause deMause PROPN 11 flat
argues argue VERB 0 root xpos=VBZ
that that SCONJ 16 mark
cities city NOUN 16 nsubj
overpay overpay VERB 13 ccomp xpos=VBP
. . PUNCT 13 punct
""")
    assert record["content"]["text"] == "that cities overpay"
    assert record["speaker"]["name"] == "Neil deMause"


def test_one_asked_at_the_opening_of_a_sentence_is_not_the_asker():
    # As parsed: "Asked" tagged a past tense.
    records = run("Asked about the interview, opposition leader Anna Berg said the minister was wrong.", """
Asked ask VERB 10 advcl xpos=VBD
about about ADP 4 case
the the DET 4 det
interview interview NOUN 1 obl
, , PUNCT 7 punct
opposition opposition NOUN 7 compound
leader leader NOUN 10 nsubj
Anna Anna PROPN 7 flat
Berg Berg PROPN 8 flat
said say VERB 0 root xpos=VBD
the the DET 12 det
minister minister NOUN 14 nsubj
was be AUX 14 cop
wrong wrong ADJ 10 ccomp
. . PUNCT 10 punct
""")
    asked = next(r for r in records if r["cue"]["text"] == "Asked")
    assert asked["speaker"] is None
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["speaker"]["name"] == "Anna Berg"


def test_object_content_after_a_subject_with_an_apposition():
    [record] = run("Coffman, a Republican veteran, denounced Mr. Trump's remarks.", """
Coffman Coffman PROPN 7 nsubj
, , PUNCT 5 punct
a a DET 5 det
Republican Republican ADJ 5 amod
veteran veteran NOUN 1 appos
, , PUNCT 1 punct
denounced denounce VERB 0 root
Mr. Mr. PROPN 9 compound
Trump Trump PROPN 11 nmod:poss
's 's PART 9 case
remarks remark NOUN 7 obj
. . PUNCT 7 punct
""")
    assert record["content"]["text"] == "Mr. Trump's remarks"
    assert record["speaker"]["mention"]["text"].startswith("Coffman")


def test_according_to_holds_the_statement_it_reports():
    records = run("According to the Journal, Apple has stated it will not fund the convention.", """
According accord VERB 4 case
to to ADP 4 case
the the DET 4 det
Journal Journal PROPN 8 obl
, , PUNCT 4 punct
Apple Apple PROPN 8 nsubj
has have AUX 8 aux
stated state VERB 0 root
it it PRON 12 nsubj
will will AUX 12 aux
not not PART 12 advmod
fund fund VERB 8 ccomp
the the DET 14 det
convention convention NOUN 12 obj
. . PUNCT 8 punct
""")
    by_cue = {r["cue"]["text"].lower(): r for r in records}
    assert by_cue["according to"]["content"]["text"] == "Apple has stated it will not fund the convention"
    assert by_cue["according to"]["speaker"]["mention"]["text"] == "the Journal"
    assert by_cue["stated"]["content"]["text"] == "it will not fund the convention"
    assert by_cue["stated"]["nested_in"] == by_cue["according to"]["id"]


def test_clause_after_another_cue_hung_on_ours_is_not_our_content():
    # The parser hung the clause of "saying" on "say" as a second complement.
    records = run("Schumer would not say how the party would act, saying only that it was important.", """
Schumer Schumer PROPN 4 nsubj
would would AUX 4 aux
not not PART 4 advmod
say say VERB 0 root
how how ADV 9 advmod
the the DET 7 det
party party NOUN 9 nsubj
would would AUX 9 aux
act act VERB 4 ccomp
, , PUNCT 11 punct
saying say VERB 4 advcl
only only ADV 11 advmod
that that SCONJ 16 mark
it it PRON 16 nsubj
was be AUX 16 cop
important important ADJ 4 ccomp
. . PUNCT 4 punct
""")
    say = next(r for r in records if r["cue"]["text"] == "say")
    assert say["content"]["text"] == "how the party would act"


def test_participle_hung_on_an_object_speaks_for_the_subject_of_the_verb():
    [record] = run("The group issued a statement saying it took the action.", """
The the DET 2 det
group group NOUN 3 nsubj
issued issue VERB 0 root
a a DET 5 det
statement statement NOUN 3 obj
saying say VERB 5 acl
it it PRON 8 nsubj
took take VERB 6 ccomp
the the DET 10 det
action action NOUN 8 obj
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "saying"
    assert record["speaker"]["mention"]["text"] == "The group"


def test_vouching_for_someone_is_a_statement_about_them():
    [record] = run("Clinton vouched for her longtime aide.", """
Clinton Clinton PROPN 2 nsubj
vouched vouch VERB 0 root
for for ADP 6 case
her her PRON 6 nmod:poss
longtime longtime ADJ 6 amod
aide aide NOUN 2 obl
. . PUNCT 2 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("vouched", "her longtime aide")


def test_continue_reports_a_quotation_but_not_a_clause():
    assert run("Her lead continued to grow after the win.", """
Her her PRON 2 nmod:poss
lead lead NOUN 3 nsubj
continued continue VERB 0 root
to to PART 5 mark
grow grow VERB 3 xcomp
after after ADP 8 case
the the DET 8 det
win win NOUN 5 obl
. . PUNCT 3 punct
""") == []
    [record] = run("“We will win,” she continued.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
she she PRON 8 nsubj
continued continue VERB 4 parataxis
. . PUNCT 4 punct
""")
    assert (record["type"], record["cue"]["text"]) == ("direct", "continued")


def test_cue_noun_inside_a_quotation_is_part_of_it():
    records = run("“We live in fear that they will come,” she said.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
live live VERB 13 ccomp
in in ADP 5 case
fear fear NOUN 3 obl
that that SCONJ 9 mark
they they PRON 9 nsubj
will will AUX 9 aux
come come VERB 5 acl
, , PUNCT 3 punct
” ” PUNCT 3 punct
she she PRON 13 nsubj
said say VERB 0 root
. . PUNCT 13 punct
""")
    assert [(r["rule"], r["cue"]["text"]) for r in records] == [("direct_quote_with_cue", "said")]


def test_passive_subject_of_an_object_content_verb_is_the_content():
    [record] = run("These proposals have been applauded by Wall Street critics.", """
These these DET 2 det
proposals proposal NOUN 5 nsubj:pass
have have AUX 5 aux
been be AUX 5 aux:pass
applauded applaud VERB 0 root
by by ADP 9 case
Wall Wall PROPN 8 compound
Street Street PROPN 9 compound
critics critic NOUN 5 obl:agent
. . PUNCT 5 punct
""")
    assert (record["content"]["text"], record["cue"]["text"]) == ("These proposals", "applauded")
    assert record["speaker"]["mention"]["text"] == "Wall Street critics"
    assert record["rule"] == "passive_object"


def test_subject_of_a_statement_before_its_cue_that_the_parser_gave_the_cue():
    [record] = run("Trump's grasp of policy is worrying, Cuban said.", """
Trump Trump PROPN 3 nmod:poss
's 's PART 1 case
grasp grasp NOUN 10 nsubj
of of ADP 5 case
policy policy NOUN 3 nmod
is be AUX 7 aux
worrying worry VERB 10 ccomp
, , PUNCT 7 punct
Cuban Cuban PROPN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "Trump's grasp of policy is worrying"
    assert record["speaker"]["mention"]["text"] == "Cuban"


def test_contracted_has_before_a_participle_with_a_clause_is_active():
    # As parsed: "'s" a passive auxiliary, "said" tagged as a participle.
    [record] = run("He's said he gets his ideas from a novel.", """
He he PRON 3 nsubj
's be AUX 3 aux:pass
said say VERB 0 root xpos=VBN
he he PRON 5 nsubj
gets get VERB 3 ccomp
his his PRON 7 nmod:poss
ideas idea NOUN 5 obj
from from ADP 10 case
a a DET 10 det
novel novel NOUN 5 obl
. . PUNCT 3 punct
""")
    assert record["speaker"]["mention"]["text"] == "He"
    assert record["content"]["text"] == "he gets his ideas from a novel"


def test_statement_ends_at_a_semicolon():
    [record] = run("He argued that the deficit matters more; that is a losing bet.", """
He he PRON 2 nsubj
argued argue VERB 0 root
that that SCONJ 6 mark
the the DET 5 det
deficit deficit NOUN 6 nsubj
matters matter VERB 2 ccomp
more more ADV 6 advmod
; ; PUNCT 13 punct
that that PRON 13 nsubj
is be AUX 13 cop
a a DET 13 det
losing losing ADJ 13 amod
bet bet NOUN 6 parataxis
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that the deficit matters more"


def test_the_one_told_is_never_the_speaker():
    # The parser lost the subject of "told"; the name after it is the listener.
    records = run("Gingrich — the former speaker — told Bill O'Reilly, “We will win.”", """
Gingrich Gingrich PROPN 5 compound
— — PUNCT 5 punct
the the DET 5 det
former former ADJ 5 amod
speaker speaker NOUN 7 obl:npmod
— — PUNCT 5 punct
told tell VERB 0 root
Bill Bill PROPN 7 iobj
O'Reilly O'Reilly PROPN 8 flat
, , PUNCT 14 punct
“ “ PUNCT 14 punct
We we PRON 14 nsubj
will will AUX 14 aux
win win VERB 7 ccomp
. . PUNCT 14 punct
” ” PUNCT 14 punct
""")
    assert records
    assert not any("O'Reilly" in ((r["speaker"] or {}).get("mention") or {}).get("text", "") for r in records)


def test_a_letter_reads_a_quotation_but_reading_is_no_statement():
    [record] = run("“We will act,” the letter read.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
act act VERB 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
the the DET 8 det
letter letter NOUN 9 nsubj
read read VERB 4 parataxis
. . PUNCT 4 punct
""")
    assert (record["type"], record["cue"]["text"], record["speaker"]["mention"]["text"]) == (
        "direct", "read", "the letter")
    assert run("She read that the vote failed.", """
She she PRON 2 nsubj
read read VERB 0 root
that that SCONJ 6 mark
the the DET 5 det
vote vote NOUN 6 nsubj
failed fail VERB 2 ccomp
. . PUNCT 2 punct
""") == []


def test_that_clause_the_parser_hung_on_the_listener():
    [record] = run("Ivanka Trump told the Times that she took off eight days.", """
Ivanka Ivanka PROPN 3 nsubj
Trump Trump PROPN 1 flat
told tell VERB 0 root
the the DET 5 det
Times Times PROPN 3 iobj
that that SCONJ 8 mark
she she PRON 8 nsubj
took take VERB 5 acl:relcl
off off ADP 8 compound:prt
eight eight NUM 11 nummod
days day NOUN 8 obj
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "that she took off eight days"
    assert record["speaker"]["mention"]["text"] == "Ivanka Trump"


def test_lemmatizer_slips_still_find_the_cue():
    for auxiliary, form, slip in (("had", "underscored", "underscor"), ("were", "warning", "warning")):
        records = run(f"Officials {auxiliary} {form} that the talks could fail.", f"""
Officials official NOUN 3 nsubj
{auxiliary} {auxiliary} AUX 3 aux
{form} {slip} VERB 0 root
that that SCONJ 8 mark
the the DET 6 det
talks talk NOUN 8 nsubj
could could AUX 8 aux
fail fail VERB 3 ccomp
. . PUNCT 3 punct
""")
        assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [
            (form, "that the talks could fail")], form


def test_addressing_or_reviewing_a_topic_is_no_statement():
    for form, lemma in (("addressed", "address"), ("reviewed", "review")):
        assert run(f"The senator {form} climate change in Iowa.", f"""
The the DET 2 det
senator senator NOUN 3 nsubj
{form} {lemma} VERB 0 root
climate climate NOUN 5 compound
change change NOUN 3 obj
in in ADP 7 case
Iowa Iowa PROPN 3 obl
. . PUNCT 3 punct
""") == [], form


def test_read_before_a_colon_is_a_quotation_only_with_one():
    assert run("You can also read: A deep look into the partnership.", """
You you PRON 4 nsubj
can can AUX 4 aux
also also ADV 4 advmod
read read VERB 0 root
: : PUNCT 8 punct
A a DET 8 det
deep deep ADJ 8 amod
look look NOUN 4 parataxis
into into ADP 11 case
the the DET 11 det
partnership partnership NOUN 8 nmod
. . PUNCT 4 punct
""") == []


def test_a_plan_to_do_something_is_an_intention_of_its_owner():
    [record] = run("Trump's plan to build a wall drew crowds.", """
Trump Trump PROPN 3 nmod:poss
's 's PART 1 case
plan plan NOUN 8 nsubj
to to PART 5 mark
build build VERB 3 acl
a a DET 7 det
wall wall NOUN 5 obj
drew draw VERB 0 root
crowds crowd NOUN 8 obj
. . PUNCT 8 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("plan", "to build a wall")
    assert record["speaker"]["name"] == "Trump"


def test_a_second_subject_with_a_preposition_modifies_the_first():
    [record] = run("Others in the community have opposed the resolution.", """
Others other NOUN 6 nsubj
in in ADP 4 case
the the DET 4 det
community community NOUN 6 nsubj
have have AUX 6 aux
opposed oppose VERB 0 root
the the DET 8 det
resolution resolution NOUN 6 obj
. . PUNCT 6 punct
""")
    assert record["speaker"]["mention"]["text"].startswith("Others")
    assert record["content"]["text"] == "the resolution"


def test_as_clause_reports_the_clause_it_hangs_from():
    [record] = run("As I have suggested, he benefits from the tax code.", """
As as SCONJ 4 mark
I I PRON 4 nsubj
have have AUX 4 aux
suggested suggest VERB 7 advcl
, , PUNCT 4 punct
he he PRON 7 nsubj
benefits benefit VERB 0 root
from from ADP 11 case
the the DET 11 det
tax tax NOUN 11 compound
code code NOUN 7 obl
. . PUNCT 7 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("suggested", "he benefits from the tax code")
    assert record["speaker"]["mention"]["text"] == "I" and record["rule"] == "as_parenthetical"

def test_an_opening_as_clause_ends_at_its_comma_when_the_parser_took_the_subject_into_it():
    # the parser hung "the gap" on "side" as an apposition, so the main clause had no subject
    [record] = run("As one user pointed out with a chart, the gap is so vast.", """
As as ADP 4 mark
one one NUM 3 nummod
user user NOUN 4 nsubj
pointed point VERB 14 advcl
out out ADP 4 compound:prt
with with ADP 8 case
a a DET 8 det
chart chart NOUN 4 obl
, , PUNCT 11 punct
the the DET 11 det
gap gap NOUN 8 appos
is be AUX 14 cop
so so ADV 14 advmod
vast vast ADJ 0 root
. . PUNCT 14 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("pointed out", "the gap is so vast")
    assert record["speaker"]["mention"]["text"] == "one user" and record["rule"] == "as_parenthetical"


def test_a_cue_that_reported_a_mixed_statement_leaves_the_next_sentences_quotation_to_continue_it():
    records = run("But when it comes to Carrier, “we've all worked hard,” he said. “And now they throw us out?”",
                  """
But but CCONJ 17 cc
when when ADV 4 advmod
it it PRON 4 nsubj
comes come VERB 17 ccomp
to to ADP 6 case
Carrier Carrier PROPN 4 obl
, , PUNCT 4 punct
“ “ PUNCT 12 punct
we we PRON 12 nsubj
've have AUX 12 aux
all all DET 12 advmod
worked work VERB 17 ccomp
hard hard ADV 12 advmod
, , PUNCT 12 punct
” ” PUNCT 12 punct
he he PRON 17 nsubj
said say VERB 0 root
. . PUNCT 17 punct
""", """
“ “ PUNCT 5 punct
And and CCONJ 5 cc
now now ADV 5 advmod
they they PRON 5 nsubj
throw throw VERB 0 root
us we PRON 5 obj
out out ADP 5 compound:prt
? ? PUNCT 5 punct
” ” PUNCT 5 punct
""")
    said, going_on = records
    assert said["cue"]["text"] == "said" and said["speaker"]["mention"]["text"] == "he"
    assert said["content"]["text"] == "when it comes to Carrier, “we've all worked hard,”"
    assert going_on["content"]["text"] == "“And now they throw us out?”" and going_on["cue"] is None
    assert going_on["rule"] == "quote_continuation"


# "“We will win,” Miller said." and "Polls showed Miller far behind.": the statements before
# the quotations whose speaker the tests below look for
MILLER_SAID = """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Miller Miller PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct
"""
POLLS_SHOWED = """
Polls poll NOUN 2 nsubj
showed show VERB 0 root
Miller Miller PROPN 2 obj
far far ADV 5 advmod
behind behind ADV 2 xcomp
. . PUNCT 2 punct
"""


def test_a_quotation_set_in_the_writers_sentence_is_not_the_last_speaker_going_on():
    records = run("“We will win,” Miller said. Polls showed Miller far behind. "
                  "Below the stage, banners with “we will take our country back.”",
                  MILLER_SAID, POLLS_SHOWED, """
Below below ADP 3 case
the the DET 3 det
stage stage NOUN 5 obl
, , PUNCT 3 punct
banners banner NOUN 0 root
with with ADP 10 mark
“ “ PUNCT 10 punct
we we PRON 10 nsubj
will will AUX 10 aux
take take VERB 5 acl
our our PRON 12 nmod:poss
country country NOUN 10 obj
back back ADV 10 advmod
. . PUNCT 5 punct
” ” PUNCT 10 punct
""")
    said, banner = records[0], records[-1]
    assert said["speaker"]["mention"]["text"] == "Miller"
    assert banner["content"]["text"] == "“we will take our country back.”"
    assert banner["rule"] == "quote_without_cue" and banner["speaker"] is None
    assert banner["no_speaker_reason"] == "a quotation in the writer's own sentence, with no cue"


def test_a_quotation_standing_alone_after_another_statement_goes_on_with_the_last_speaker():
    records = run("“We will win,” Miller said. Polls showed Miller far behind. “We will take our country back.”",
                  MILLER_SAID, POLLS_SHOWED, """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
take take VERB 0 root
our our PRON 6 nmod:poss
country country NOUN 4 obj
back back ADV 4 advmod
. . PUNCT 4 punct
” ” PUNCT 4 punct
""")
    going_on = records[-1]
    assert going_on["rule"] == "quote_continuation" and going_on["speaker"]["name"] == "Miller"


def test_a_quotation_the_parser_ran_on_into_the_next_sentence_still_stands_alone():
    records = run("“We will win,” Miller said. Polls showed Miller far behind. “We will take it back!”Crowds gathered.",
                  MILLER_SAID, POLLS_SHOWED, """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
take take VERB 0 root
it it PRON 4 obj
back back ADV 4 advmod
! ! PUNCT 4 punct
” ” PUNCT 4 punct
Crowds crowd NOUN 10 nsubj
gathered gather VERB 4 parataxis
. . PUNCT 4 punct
""")
    going_on = next(r for r in records if r["content"]["text"] == "“We will take it back!”")
    assert going_on["rule"] == "quote_continuation" and going_on["speaker"]["name"] == "Miller"


def test_a_clause_of_time_read_as_the_complement_is_not_what_was_said():
    # the parser made "after the senator won" the complement of "said", with "after" as the
    # subject's preposition: the quotation, which opens a sentence before, is what Hannity said
    records = run("“Rubio won tonight. We need him back,” Hannity said after the senator won his primary.", """
“ “ PUNCT 3 punct
Rubio Rubio PROPN 3 nsubj
won win VERB 0 root
tonight tonight NOUN 3 obl:tmod
. . PUNCT 3 punct
""", """
We we PRON 2 nsubj
need need VERB 8 ccomp
him he PRON 2 obj
back back ADV 2 advmod
, , PUNCT 2 punct
” ” PUNCT 2 punct
Hannity Hannity PROPN 8 nsubj
said say VERB 0 root
after after ADP 11 case
the the DET 11 det
senator senator NOUN 12 nsubj
won win VERB 8 ccomp
his his PRON 14 nmod:poss
primary primary NOUN 12 obj
. . PUNCT 8 punct
""")
    [record] = records
    assert record["content"]["text"] == "“Rubio won tonight. We need him back,”" and record["rule"] == "direct_quote_with_cue"
    assert record["speaker"]["mention"]["text"] == "Hannity"


def test_a_clause_of_time_after_the_statement_goes_on_with_it():
    # the parser hung the "until" clause on "said" beside the statement's own clause
    records = run("Clarke said he was absorbing the costs until he can persuade utilities to pay.", """
Clarke Clarke PROPN 2 nsubj
said say VERB 0 root
he he PRON 5 nsubj
was be AUX 5 aux
absorbing absorb VERB 2 ccomp
the the DET 7 det
costs cost NOUN 5 obj
until until SCONJ 11 mark
he he PRON 11 nsubj
can can AUX 11 aux
persuade persuade VERB 2 ccomp
utilities utility NOUN 11 obj
to to PART 14 mark
pay pay VERB 11 xcomp
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "he was absorbing the costs until he can persuade utilities to pay"


def test_a_participle_whose_parse_gives_it_a_subject_inside_the_quotation_before_is_the_quoted_speakers():
    # the parser made the quotation's "I think" the root, "said" its complement and the
    # participle hang on the root: its subject is not "I" but the one quoted
    records = run("“I think we need him back,” Hannity said, remarking that Rubio paid a price.", """
“ “ PUNCT 3 punct
I I PRON 3 nsubj
think think VERB 0 root
we we PRON 5 nsubj
need need VERB 3 ccomp
him he PRON 5 obj
back back ADV 5 advmod
, , PUNCT 5 punct
” ” PUNCT 5 punct
Hannity Hannity PROPN 11 nsubj
said say VERB 3 parataxis
, , PUNCT 13 punct
remarking remark VERB 3 advcl
that that SCONJ 16 mark
Rubio Rubio PROPN 16 nsubj
paid pay VERB 13 ccomp
a a DET 18 det
price price NOUN 16 obj
. . PUNCT 3 punct
""")
    remarking = next(r for r in records if r["cue"] and r["cue"]["text"] == "remarking")
    assert remarking["speaker"]["mention"]["text"] == "Hannity"
    assert remarking["content"]["text"] == "that Rubio paid a price"


def test_a_capitalised_irregular_form_the_lemmatizer_left_alone_is_still_its_verb():
    [record] = run("Said Ellis: “I do not get the sense she is interested.”", """
Said Said VERB 0 root xpos=VBD
Ellis Ellis PROPN 1 flat
: : PUNCT 8 punct
“ “ PUNCT 8 punct
I I PRON 8 nsubj
do do AUX 8 aux
not not PART 8 advmod
get get VERB 1 appos
the the DET 10 det
sense sense NOUN 8 obj
she she PRON 13 nsubj
is be AUX 13 cop
interested interested ADJ 10 acl:relcl
. . PUNCT 1 punct
” ” PUNCT 8 punct
""")
    assert record["cue"]["text"] == "Said" and record["cue"]["lemma"] == "say"
    assert record["speaker"]["mention"]["text"] == "Ellis"
    assert record["content"]["text"] == "“I do not get the sense she is interested.”"


def test_a_relative_clause_on_the_speaker_read_as_the_cues_complement_leaves_the_quotation_its_cue():
    # the parser hung "who noted" and the clause of "noted" on "said" as complements
    records = run("“Revenues are up,” said Ekovich, who noted that prices had fallen.", """
“ “ PUNCT 4 punct
Revenues revenue NOUN 4 nsubj
are be AUX 4 cop
up up ADJ 7 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
said say VERB 0 root
Ekovich Ekovich PROPN 7 nsubj
, , PUNCT 11 punct
who who PRON 11 nsubj
noted note VERB 7 ccomp
that that SCONJ 15 mark
prices price NOUN 15 nsubj
had have AUX 15 aux
fallen fall VERB 7 ccomp
. . PUNCT 7 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["rule"] == "direct_quote_with_cue" and said["content"]["text"] == "“Revenues are up,”"
    assert said["speaker"]["mention"]["text"] == "Ekovich"
    assert not any(r["content"]["text"].startswith("who") for r in records)


def test_a_listener_and_a_time_stand_in_the_parenthetical_reporting_clause():
    [record] = run("The difference now, he told me on Friday, is that he is an anchor.", """
The the DET 2 det
difference difference NOUN 3 nsubj
now now ADV 6 advmod
, , PUNCT 3 punct
he he PRON 6 nsubj
told tell VERB 0 root
me I PRON 6 iobj
on on ADP 9 case
Friday Friday PROPN 6 obl
, , PUNCT 3 punct
is be AUX 16 cop
that that SCONJ 16 mark
he he PRON 16 nsubj
is be AUX 16 cop
an a DET 16 det
anchor anchor NOUN 6 ccomp
. . PUNCT 6 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]] == ["The difference now", "is that he is an anchor"]
    assert record["speaker"]["mention"]["text"] == "he" and record["cue"]["text"] == "told"


def test_a_clause_read_as_the_indirect_object_of_a_verb_with_no_listener_is_the_statement():
    # the parser read "expected" as a modifier of "production" and made that the indirect object
    # (a speaker's long apposition keeps word order from finding the statement instead)
    [record] = run("Phil Smith, a spokesman for the mine workers of West Virginia and Ohio, said the union "
                   "expected production to improve.", """
Phil Phil PROPN 16 nsubj
Smith Smith PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
spokesman spokesman NOUN 1 appos
for for ADP 9 case
the the DET 9 det
mine mine NOUN 9 compound
workers worker NOUN 5 nmod
of of ADP 12 case
West West PROPN 12 compound
Virginia Virginia PROPN 9 nmod
and and CCONJ 14 cc
Ohio Ohio PROPN 12 conj
, , PUNCT 1 punct
said say VERB 0 root
the the DET 18 det
union union NOUN 19 nsubj
expected expect VERB 20 amod xpos=VBN
production production NOUN 16 iobj
to to PART 22 mark
improve improve VERB 20 acl
. . PUNCT 16 punct
""")
    assert record["content"]["text"] == "the union expected production to improve"
    assert record["speaker"]["name"] == "Phil Smith"


def test_the_listener_of_a_verb_that_has_one_is_not_its_statement():
    # the parser hung the question on the one asked; "asked" has a listener, so that phrase is
    # no clause read as an indirect object (word order may still find a statement here)
    from quotes.cues import verb_cues
    from quotes.deps import Tree
    from quotes.sieves.content import verb_content_words

    document = parsed("Earhardt asked Rubio which states he could win.", """
Earhardt Earhardt PROPN 2 nsubj
asked ask VERB 0 root
Rubio Rubio PROPN 2 iobj
which which DET 5 det
states state NOUN 8 obj
he he PRON 8 nsubj
could could AUX 8 aux
win win VERB 3 acl:relcl
. . PUNCT 2 punct
""")
    tree = Tree.of(document.sentences[0])
    [asked] = verb_cues(tree, RULES)
    assert "Rubio" not in [w.text for w in verb_content_words(tree, asked, RULES)]


def test_an_opening_statement_with_a_tense_of_its_own_before_an_inverted_cue_is_the_statement():
    # the parser made the statement an adverbial clause and the speaker the verb's object
    [record] = run("India has more resonance, says political scientist Dossym Satpayev.", """
India India PROPN 2 nsubj
has have VERB 6 advcl xpos=VBZ
more more ADJ 4 amod
resonance resonance NOUN 2 obj
, , PUNCT 2 punct
says say VERB 0 root xpos=VBZ
political political ADJ 8 amod
scientist scientist NOUN 6 obj
Dossym Dossym PROPN 8 appos
Satpayev Satpayev PROPN 9 flat
. . PUNCT 6 punct
""")
    assert record["content"]["text"] == "India has more resonance"
    assert record["speaker"]["name"] == "Dossym Satpayev"


def test_a_clause_past_a_semicolon_is_the_writers_not_the_cues():
    [record] = run("Candidates need 40 percent, analysts say; in 2012, Romney won 27 percent.", """
Candidates candidate NOUN 2 nsubj
need need VERB 7 ccomp
40 40 NUM 4 nummod
percent percent NOUN 2 obj
, , PUNCT 6 punct
analysts analyst NOUN 7 nsubj
say say VERB 0 root
; ; PUNCT 13 punct
in in ADP 10 case
2012 2012 NUM 13 obl
, , PUNCT 10 punct
Romney Romney PROPN 13 nsubj
won win VERB 7 ccomp
27 27 NUM 15 nummod
percent percent NOUN 13 obj
. . PUNCT 7 punct
""")
    assert record["content"]["text"] == "Candidates need 40 percent"
    assert record["speaker"]["mention"]["text"] == "analysts"


def test_a_relative_clause_opened_by_a_relative_adverb_keeps_its_statement():
    [record] = run("It extends to the point where they believe they are winning.", """
It it PRON 2 nsubj
extends extend VERB 0 root
to to ADP 5 case
the the DET 5 det
point point NOUN 2 obl
where where ADV 8 advmod
they they PRON 8 nsubj
believe believe VERB 5 acl:relcl
they they PRON 11 nsubj
are be AUX 11 aux
winning win VERB 8 ccomp
. . PUNCT 2 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("believe", "they are winning")


def test_so_after_a_verb_of_believing_stands_for_the_statement():
    [record] = run("Ted Cruz apparently thinks so, too.", """
Ted Ted PROPN 4 nsubj
Cruz Cruz PROPN 1 flat
apparently apparently ADV 4 advmod
thinks think VERB 0 root
so so ADV 4 advmod
, , PUNCT 7 punct
too too ADV 4 advmod
. . PUNCT 4 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("thinks", "so")
    assert record["speaker"]["mention"]["text"] == "Ted Cruz"


def test_so_after_a_verb_of_saying_before_a_time_stands_for_the_statement():
    [record] = run("Most voters said so in December.", """
Most most ADJ 2 amod
voters voter NOUN 3 nsubj
said say VERB 0 root
so so ADV 6 advmod
in in ADP 6 case
December December PROPN 3 obl
. . PUNCT 3 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("said", "so")


def test_so_before_more_of_its_own_is_no_statement():
    records = run("He said so much.", """
He he PRON 2 nsubj
said say VERB 0 root
so so ADV 4 advmod
much much ADV 2 advmod
. . PUNCT 2 punct
""")
    assert records == []


def test_the_speakers_mention_takes_in_neither_the_cue_nor_the_statement():
    records = run("If the two spoke about the year-end budget agreement needed to prevent a shutdown, "
                  "neither side would say so.", """
If if SCONJ 4 mark
the the DET 3 det
two two NUM 4 nsubj xpos=CD
spoke speak VERB 12 advcl xpos=VBD
about about ADP 11 case
the the DET 11 det
year year NOUN 9 compound
- - PUNCT 7 punct
end end NOUN 11 compound
budget budget NOUN 11 compound
agreement agreement NOUN 4 obl
needed need VERB 0 root xpos=VBD
to to PART 14 mark
prevent prevent VERB 12 xcomp
a a DET 16 det
shutdown shutdown NOUN 14 obj
, , PUNCT 4 punct
neither neither DET 19 det
side side NOUN 21 nsubj
would would AUX 21 aux
say say VERB 12 parataxis
so so ADV 21 advmod
. . PUNCT 12 punct
""")
    for record in records:
        mention = record["speaker"]["mention"]
        assert not (mention["start"] <= record["cue"]["start"] < mention["end"])
        assert mention["end"] <= record["content"]["start"] or record["content"]["end"] <= mention["start"]


def test_a_naming_verb_with_its_phrasal_preposition_hung_on_a_name_still_reports():
    # the parser read "called" as a participle on the name ("a program called ...")
    [record] = run("Keron Blair, director of AROS, called for more school investment.", """
Keron Keron PROPN 0 root
Blair Blair PROPN 1 flat
, , PUNCT 4 punct
director director NOUN 1 appos
of of ADP 6 case
AROS AROS PROPN 4 nmod
, , PUNCT 4 punct
called call VERB 1 acl xpos=VBN
for for ADP 12 case
more more ADJ 11 amod
school school NOUN 12 compound
investment investment NOUN 8 obl
. . PUNCT 1 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("called", "more school investment")
    assert record["speaker"]["name"] == "Keron Blair"


def test_a_phrase_set_off_after_an_inverted_speaker_does_not_keep_the_verb_from_closing_the_sentence():
    [record] = run("It is informal, but it has a following, said Ms. Gil, with games and hikes.", """
It it PRON 3 nsubj
is be AUX 3 cop
informal informal ADJ 0 root
, , PUNCT 7 punct
but but CCONJ 7 cc
it it PRON 7 nsubj
has have VERB 3 conj
a a DET 9 det
following following NOUN 7 obj
, , PUNCT 11 punct
said say VERB 3 conj
Ms. Ms. PROPN 11 nsubj
Gil Gil PROPN 12 flat
, , PUNCT 16 punct
with with ADP 16 case
games game NOUN 11 obl
and and CCONJ 18 cc
hikes hike NOUN 16 conj
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "It is informal, but it has a following"
    assert record["speaker"]["mention"]["text"] == "Ms. Gil"


def test_a_contrast_with_a_copula_after_the_statement_is_the_writers():
    records = run("Trump accused Holt of being a Democrat, though he has been a Republican.", """
Trump Trump PROPN 2 nsubj
accused accuse VERB 0 root
Holt Holt PROPN 2 obj
of of SCONJ 7 mark
being be AUX 7 cop
a a DET 7 det
Democrat Democrat PROPN 2 xcomp
, , PUNCT 14 punct
though though SCONJ 14 mark
he he PRON 14 nsubj
has have AUX 14 aux
been be AUX 14 cop
a a DET 14 det
Republican Republican PROPN 2 ccomp
. . PUNCT 2 punct
""")
    accused = next(r for r in records if r["cue"]["text"] == "accused")
    assert accused["content"]["text"] == "Holt of being a Democrat"


def test_a_relative_clause_whose_infinitive_has_its_own_object_keeps_its_statement():
    # the parser made the relative "that" the verb's object: no object was moved out
    records = run("One reason that Trump refuses to make public his returns is clear.", """
One one NUM 2 nummod
reason reason NOUN 12 nsubj
that that SCONJ 5 obj
Trump Trump PROPN 5 nsubj
refuses refuse VERB 2 acl:relcl
to to PART 7 mark
make make VERB 5 xcomp
public public ADJ 7 xcomp
his his PRON 10 nmod:poss
returns return NOUN 7 obj
is be AUX 12 cop
clear clear ADJ 0 root
. . PUNCT 12 punct
""")
    refuses = next(r for r in records if r["cue"]["text"] == "refuses")
    assert refuses["content"]["text"] == "to make public his returns"


def test_scholars_with_the_lemma_left_capitalised_are_someone_who_can_debate():
    records = run("Scholars have long debated the salience of ethnic ties.", """
Scholars Scholars NOUN 4 nsubj
have have AUX 4 aux
long long ADV 4 advmod
debated debate VERB 0 root
the the DET 6 det
salience salience NOUN 4 obj
of of ADP 9 case
ethnic ethnic ADJ 9 amod
ties tie NOUN 6 nmod
. . PUNCT 4 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == [
        ("Scholars", "the salience of ethnic ties")]


def test_a_misread_verb_form_right_before_the_verb_is_its_subjects_noun():
    # "reports" and "shows" are both forms the tagger misreads; the first is the subject's noun
    [record] = run("Donations hit a record, an analysis of newly filed reports shows.", """
Donations donation NOUN 2 nsubj
hit hit VERB 0 root
a a DET 4 det
record record NOUN 2 obj
, , PUNCT 7 punct
an a DET 7 det
analysis analysis NOUN 4 appos
of of ADP 11 case
newly newly ADV 10 advmod
filed file VERB 11 amod xpos=VBN
reports report NOUN 12 nsubj xpos=NNS
shows show NOUN 7 acl:relcl xpos=NNS
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "shows" and record["content"]["text"] == "Donations hit a record"
    assert record["speaker"]["mention"]["text"] == "an analysis of newly filed reports"


QIN_SAID = """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 8 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Qin Qin PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct
"""
PROMISES = """
“ “ PUNCT 5 punct
The the DET 3 det
talks talk NOUN 5 nsubj
must must AUX 5 aux
go go VERB 0 root
on on ADP 5 compound:prt
and and CCONJ 10 cc
we we PRON 10 nsubj
will will AUX 10 aux
keep keep VERB 5 conj
our we PRON 12 nmod:poss
promises promise NOUN 10 obj
. . PUNCT 5 punct
” ” PUNCT 5 punct
"""


def test_quote_right_after_a_direct_quote_goes_on_with_it():
    text = "“We are ready,” Qin said.\n“The talks must go on and we will keep our promises.”"
    [record] = run(text, QIN_SAID, PROMISES)
    assert [f["text"] for f in record["content"]["fragments"]] == [
        "“We are ready,”", "“The talks must go on and we will keep our promises.”"]
    assert record["content"]["text"] == text
    assert record["speaker"]["name"] == "Qin" and record["rule"] == "direct_quote_with_cue"


def test_quote_after_another_statement_continues_the_previous_speaker():
    text = ("“We are ready,” Qin said. Blinken said talks went well.\n"
            "“The talks must go on and we will keep our promises.”")
    first, middle, second = run(text, QIN_SAID, """
Blinken Blinken PROPN 2 nsubj
said say VERB 0 root
talks talk NOUN 4 nsubj
went go VERB 2 ccomp
well well ADV 4 advmod
. . PUNCT 2 punct
""", PROMISES)
    assert middle["speaker"]["name"] == "Blinken"
    assert second["rule"] == "quote_continuation" and second["cue"] is None
    assert second["speaker"]["name"] == "Qin" and second["speaker"]["resolution"] == "continuation"
    assert second["speaker"]["mention"] == first["speaker"]["mention"]
    assert second["content"]["text"] == "“The talks must go on and we will keep our promises.”"


MEMO = """
The the DET 2 det
plant plant NOUN 4 nsubj
will will AUX 4 aux
close close VERB 0 root
, , PUNCT 9 punct
according accord VERB 9 case
to to ADP 6 fixed
a a DET 9 det Definite=Ind|PronType=Art
memo memo NOUN 4 obl
. . PUNCT 4 punct
"""


def test_a_quote_after_the_writers_sentence_about_someone_named_is_theirs():
    text = "“We are ready,” Qin said.\nBrown was cautious. “The talks must go on and we will keep our promises.”"
    first, second = run(text, QIN_SAID, """
Brown Brown PROPN 3 nsubj
was be AUX 3 cop
cautious cautious ADJ 0 root
. . PUNCT 3 punct
""", PROMISES)
    assert second["rule"] == "quote_after_introduction" and second["cue"] is None
    assert second["speaker"]["mention"]["text"] == "Brown" and second["speaker"]["name"] == "Brown"
    assert second["content"]["text"] == "“The talks must go on and we will keep our promises.”"


def test_a_quote_after_a_claim_according_to_a_document_is_not_the_documents():
    memo, quote = run("The plant will close, according to a memo.\n"
                      "“The talks must go on and we will keep our promises.”", MEMO, PROMISES)
    assert memo["rule"] == "according_to" and memo["speaker"]["mention"]["text"] == "a memo"
    assert quote["rule"] == "quote_without_cue" and quote["speaker"] is None
    # the last one quoted before the document speaks on
    first, memo, quote = run("“We are ready,” Qin said. The plant will close, according to a memo.\n"
                             "“The talks must go on and we will keep our promises.”", QIN_SAID, MEMO, PROMISES)
    assert quote["rule"] == "quote_continuation" and quote["speaker"]["name"] == "Qin"


def test_records_are_deterministic():
    first = run(SPLIT_TEXT, *SPLIT_PARSES)
    second = run(SPLIT_TEXT, *SPLIT_PARSES)
    assert [r["id"] for r in first] == [r["id"] for r in second]


def test_relative_pronoun_source_speaks_for_its_antecedent():
    [record] = run("Smith, who said that taxes would rise, left.", """
Smith Smith PROPN 10 nsubj
, , PUNCT 4 punct
who who PRON 4 nsubj PronType=Rel
said say VERB 1 acl:relcl
that that SCONJ 8 mark
taxes tax NOUN 8 nsubj
would would AUX 8 aux
rise rise VERB 4 ccomp
, , PUNCT 4 punct
left leave VERB 0 root
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "that taxes would rise"
    # The mention is the word written as the subject (PolNeAR marks "who"); the name is Smith's.
    assert record["speaker"]["mention"]["text"] == "who"
    assert record["speaker"]["name"] == "Smith" and record["speaker"]["kind"] == "person"
    assert record["speaker"]["resolution"] == "relative"


def test_relative_pronoun_hung_on_a_predicate_stands_for_the_noun_before_it():
    [record] = run("Smith, 58, has been under pressure from activist investor Elliott Management, which has "
                   "argued that the company should split.", """
Smith Smith PROPN 8 nsubj
, , PUNCT 3 punct
58 58 NUM 1 nmod:unmarked
, , PUNCT 3 punct
has have AUX 8 aux
been be AUX 8 cop
under under ADP 8 case
pressure pressure NOUN 0 root
from from ADP 13 case
activist activist ADJ 11 amod
investor investor NOUN 8 nmod
Elliott Elliott PROPN 13 compound
Management Management PROPN 11 appos
, , PUNCT 17 punct
which which PRON 17 nsubj
has have AUX 17 aux
argued argue VERB 8 acl:relcl xpos=VBN
that that SCONJ 22 mark
the the DET 20 det
company company NOUN 22 nsubj
should should AUX 22 aux
split split VERB 17 ccomp
. . PUNCT 8 punct
""")
    assert record["speaker"]["mention"]["text"] == "which"
    assert record["speaker"]["name"] == "Elliott Management" and record["speaker"]["resolution"] == "relative"


def _introduced_by(preposition: str, name: str, relative: str) -> list:
    """"Trump was introduced by Chris Christie, who said that taxes would rise." with the
    relative clause misparsed as an adverbial one of the main verb."""
    return run(f"Trump was introduced {preposition} {name}, {relative} said that taxes would rise.", f"""
Trump Trump PROPN 3 nsubj:pass
was be AUX 3 aux:pass
introduced introduce VERB 0 root xpos=VBN
{preposition} {preposition} ADP 5 case
Chris Chris PROPN 3 obl
{name.split()[1]} {name.split()[1]} PROPN 5 flat
, , PUNCT 9 punct
{relative} {relative} PRON 9 nsubj PronType=Rel
said say VERB 3 advcl
that that SCONJ 13 mark
taxes tax NOUN 13 nsubj
would would AUX 13 aux
rise rise VERB 9 ccomp
. . PUNCT 3 punct
""")


def test_relative_pronoun_after_a_verbs_phrase_stands_for_the_name_in_it():
    [record] = _introduced_by("by", "Chris Christie", "who")
    assert record["speaker"]["mention"]["text"] == "who"
    assert record["speaker"]["name"] == "Chris Christie" and record["speaker"]["resolution"] == "relative"
    # a phrase of place names where, not who ("enacted in New York, which ...")
    [record] = _introduced_by("in", "Chris Christie", "who")
    assert record["speaker"]["name"] is None and record["speaker"]["resolution"] == "unresolved"


def test_whom_a_relative_pronoun_stands_for_leaves_out_the_preposition_and_adverb_before_the_name():
    [record] = run("It helps, especially for the elder Mr. Murdoch, who said that taxes would rise.", """
It it PRON 2 nsubj
helps help VERB 0 root xpos=VBZ
, , PUNCT 9 punct
especially especially ADV 9 advmod
for for ADP 9 case
the the DET 9 det
elder elder ADJ 9 amod
Mr. Mr. PROPN 9 compound
Murdoch Murdoch PROPN 2 obl
, , PUNCT 12 punct
who who PRON 12 nsubj PronType=Rel
said say VERB 2 advcl
that that SCONJ 16 mark
taxes tax NOUN 16 nsubj
would would AUX 16 aux
rise rise VERB 12 ccomp
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "who" and record["speaker"]["name"] == "Murdoch"
    assert "especially" not in (record["speaker"]["role"] or "") and "for" not in (record["speaker"]["role"] or "")


def test_relative_who_after_a_name_in_a_nouns_phrase_stands_for_the_name():
    def aide_for(relative):
        [record] = run(f"An aide for Mr. Lyovochkin, {relative} said that taxes would rise, left.", f"""
An a DET 2 det
aide aide NOUN 14 nsubj
for for ADP 5 case
Mr. Mr. PROPN 5 compound
Lyovochkin Lyovochkin PROPN 2 nmod
, , PUNCT 8 punct
{relative} {relative} PRON 8 nsubj PronType=Rel
said say VERB 14 advcl
that that SCONJ 12 mark
taxes tax NOUN 12 nsubj
would would AUX 12 aux
rise rise VERB 8 ccomp
, , PUNCT 8 punct
left leave VERB 0 root
. . PUNCT 14 punct
""")
        assert record["cue"]["text"] == "said" and record["speaker"]["mention"]["text"] == relative
        return record["speaker"]
    # "who" stands for someone, and the name is the only one in the phrase
    assert aide_for("who")["name"] == "Lyovochkin"
    # "which" may stand for the aide's phrase as well: too far to tell
    assert aide_for("which")["name"] is None


def test_the_one_asked_is_no_part_of_the_question_however_parsed():
    # the question read as a relative clause on the listener
    [record] = run("Earhardt asked Rubio which states he could win.", """
Earhardt Earhardt PROPN 2 nsubj
asked ask VERB 0 root xpos=VBD
Rubio Rubio PROPN 2 iobj
which which DET 5 det
states state NOUN 8 obj
he he PRON 8 nsubj
could could AUX 8 aux
win win VERB 3 acl:relcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "which states he could win"
    assert record["speaker"]["name"] == "Earhardt"
    # a relative pronoun with its verb right after it opens no question: nothing is cut
    [record] = run("Earhardt asked Rubio who ran the campaign.", """
Earhardt Earhardt PROPN 2 nsubj
asked ask VERB 0 root xpos=VBD
Rubio Rubio PROPN 2 obj
who who PRON 5 nsubj
ran run VERB 3 acl:relcl xpos=VBD
the the DET 7 det
campaign campaign NOUN 5 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Rubio who ran the campaign"


def test_people_named_by_a_role_in_ant_endorse_as_speakers():
    # as parsed: "attendants" the subject, "representing" a modifier of it
    records = run("A union representing flight attendants endorsed Hillary Clinton for president.", """
A a DET 2 det
union union NOUN 3 nsubj
representing represent VERB 5 amod
flight flight NOUN 5 compound
attendants attendant NOUN 6 nsubj
endorsed endorse VERB 0 root xpos=VBD
Hillary Hillary PROPN 8 compound
Clinton Clinton PROPN 6 obj
for for ADP 10 case
president president NOUN 6 obl
. . PUNCT 6 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("endorsed", "Hillary Clinton for president")]


def test_a_question_before_asked_and_the_speaker_read_as_the_one_asked():
    # as parsed: the quoted question an adverbial clause of "asked", the speaker its indirect
    # object, the relative clause on her its complement
    records = run("“Asking them to go?” asked Sen. Barbara Mikulski, who wants a review.", """
“ “ PUNCT 2 punct
Asking ask VERB 8 advcl xpos=VBG
them they PRON 2 obj
to to PART 5 mark
go go VERB 2 xcomp
? ? PUNCT 2 punct
” ” PUNCT 2 punct
asked ask VERB 0 root xpos=VBD
Sen. Sen. PROPN 8 iobj
Barbara Barbara PROPN 9 flat
Mikulski Mikulski PROPN 9 flat
, , PUNCT 14 punct
who who PRON 14 nsubj PronType=Rel
wants want VERB 8 ccomp xpos=VBZ
a a DET 16 det
review review NOUN 14 obj
. . PUNCT 8 punct
""")
    asked = next(r for r in records if r["cue"]["text"] == "asked")
    assert asked["rule"] == "direct_quote_with_cue" and asked["content"]["text"] == "“Asking them to go?”"
    assert asked["speaker"]["name"] == "Barbara Mikulski"


def test_a_clause_right_after_a_verb_of_saying_hung_on_the_cue_is_that_verbs():
    # as parsed: the that-clause hung on "told", its subject made the object of "hinting"
    records = run("“It is on the table,” Carson told the AP after hinting that “changes” could come.", """
“ “ PUNCT 6 punct
It it PRON 6 nsubj
is be AUX 6 cop
on on ADP 6 case
the the DET 6 det
table table NOUN 10 advcl
, , PUNCT 6 punct
” ” PUNCT 6 punct
Carson Carson PROPN 10 nsubj
told tell VERB 0 root xpos=VBD
the the DET 12 det
AP AP PROPN 10 iobj
after after SCONJ 14 mark
hinting hint VERB 10 advcl xpos=VBG
that that SCONJ 20 mark
“ “ PUNCT 17 punct
changes change NOUN 14 obj
” ” PUNCT 17 punct
could could AUX 20 aux
come come VERB 10 ccomp
. . PUNCT 10 punct
""")
    told = next(r for r in records if r["cue"] and r["cue"]["text"] == "told")
    assert told["rule"] == "direct_quote_with_cue" and told["content"]["text"] == "“It is on the table,”"
    assert told["speaker"]["name"] == "Carson"


def test_a_that_clause_the_parser_hung_on_the_listener_as_a_plain_modifier_is_what_was_said():
    # as parsed: the clause an "acl" of "leaders", not a relative clause
    records = run("Clinton did not mention Trump, but told city leaders that the country should be governed "
                  "by those “who put people first.”", """
Clinton Clinton PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
mention mention VERB 0 root xpos=VB
Trump Trump PROPN 4 obj
, , PUNCT 8 punct
but but CCONJ 8 cc
told tell VERB 4 conj xpos=VBD
city city NOUN 10 compound
leaders leader NOUN 8 iobj
that that SCONJ 16 mark
the the DET 13 det
country country NOUN 16 nsubj:pass
should should AUX 16 aux
be be AUX 16 aux:pass
governed govern VERB 10 acl xpos=VBN
by by ADP 18 case
those that PRON 16 obl:agent
“ “ PUNCT 21 punct
who who PRON 21 nsubj
put put VERB 18 acl:relcl xpos=VBP
people people NOUN 21 obj
first first ADV 21 advmod
. . PUNCT 21 punct
” ” PUNCT 21 punct
""")
    [told] = [r for r in records if r["cue"] and r["cue"]["text"] == "told"]
    assert told["type"] == "mixed" and told["speaker"]["name"] == "Clinton"
    assert told["content"]["text"] == "that the country should be governed by those “who put people first.”"
    assert not [r for r in records if r["rule"] == "quote_without_cue"]


def test_a_verb_joined_inside_quotation_marks_is_no_next_action_of_the_speaker():
    records = run("She spoke, saying that we should lead and “be rallying our allies.”", """
She she PRON 2 nsubj
spoke speak VERB 0 root xpos=VBD
, , PUNCT 4 punct
saying say VERB 2 advcl xpos=VBG
that that SCONJ 8 mark
we we PRON 8 nsubj
should should AUX 8 aux
lead lead VERB 4 ccomp xpos=VB
and and CCONJ 12 cc
“ “ PUNCT 12 punct
be be AUX 12 aux
rallying rally VERB 8 conj xpos=VBG
our our PRON 14 nmod:poss
allies ally NOUN 12 obj
. . PUNCT 12 punct
” ” PUNCT 12 punct
""")
    [saying] = [r for r in records if r["cue"] and r["cue"]["text"] == "saying"]
    assert saying["content"]["text"] == "that we should lead and “be rallying our allies.”"
    assert saying["type"] == "mixed" and not [r for r in records if r["rule"] == "quote_without_cue"]


def test_a_quotation_inside_the_speakers_phrase_is_no_part_of_what_they_said():
    records = run('Sam Solovey, a contestant on Trump\'s reality TV show, "The Apprentice," who went on to work '
                  'alongside Trump, said his boss was "always kind and generous and charming."', """
Sam Sam PROPN 26 nsubj
Solovey Solovey PROPN 1 flat
, , PUNCT 5 punct
a a DET 5 det
contestant contestant NOUN 1 appos
on on ADP 10 case
Trump Trump PROPN 10 nmod:poss
's 's PART 7 case
reality reality NOUN 10 compound
TV TV NOUN 11 nsubj
show show NOUN 1 appos
, , PUNCT 15 punct
" " PUNCT 15 punct
The the DET 15 det
Apprentice Apprentice PROPN 11 appos
, , PUNCT 19 punct
" " PUNCT 19 punct
who who PRON 19 nsubj
went go VERB 15 acl:relcl xpos=VBD
on on ADP 19 compound:prt
to to PART 22 mark
work work VERB 19 xcomp xpos=VB
alongside alongside ADJ 24 compound
Trump Trump PROPN 22 obj
, , PUNCT 19 punct
said say VERB 0 root xpos=VBD
his his PRON 28 nmod:poss
boss boss NOUN 32 nsubj
was be AUX 32 cop xpos=VBD
" " PUNCT 32 punct
always always ADV 32 advmod
kind kind ADJ 26 ccomp
and and CCONJ 34 cc
generous generous ADJ 32 conj
and and CCONJ 36 cc
charming Charming VERB 34 conj xpos=VBG
. . PUNCT 26 punct
" " PUNCT 26 punct
""")
    [said] = [r for r in records if r["cue"] and r["cue"]["text"] == "said"]
    assert said["content"]["text"] == 'his boss was "always kind and generous and charming."'
    assert said["type"] == "mixed" and said["speaker"]["name"] == "Sam Solovey"
    assert not [r for r in records if r["content"]["text"] == '"The Apprentice,"']


def test_a_quotation_in_the_writers_sentence_after_a_verb_of_saying_is_that_speakers():
    records = run("Sanders said that he hoped for a large turnout, which “will help elect Kloppenburg.”", """
Sanders Sanders PROPN 2 nsubj
said say VERB 0 root xpos=VBD
that that SCONJ 5 mark
he he PRON 5 nsubj
hoped hope VERB 2 ccomp xpos=VBD
for for ADP 9 case
a a DET 9 det
large large ADJ 9 amod
turnout turnout NOUN 5 obl
, , PUNCT 14 punct
which which PRON 14 nsubj
“ “ PUNCT 14 punct
will will AUX 14 aux xpos=MD
help help VERB 9 acl:relcl xpos=VB
elect elect ADP 14 xcomp
Kloppenburg Kloppenburg PROPN 15 obj
. . PUNCT 2 punct
” ” PUNCT 14 punct
""")
    [quote] = [r for r in records if r["type"] == "direct"]
    assert quote["content"]["text"] == "“will help elect Kloppenburg.”"
    assert quote["rule"] == "quote_continuation" and quote["speaker"]["name"] == "Sanders"


def test_a_things_infinitive_is_done_by_whoever_has_the_thing():
    records = run("Trump used the debate to remind voters that he funds his campaign.", """
Trump Trump PROPN 2 nsubj
used use VERB 0 root xpos=VBD
the the DET 4 det
debate debate NOUN 2 obj
to to PART 6 mark
remind remind VERB 4 acl xpos=VB
voters voter NOUN 6 obj
that that SCONJ 10 mark
he he PRON 10 nsubj
funds fund VERB 6 ccomp xpos=VBZ
his his PRON 12 nmod:poss
campaign campaign NOUN 10 obj
. . PUNCT 2 punct
""")
    [remind] = [r for r in records if r["cue"]["text"] == "remind"]
    assert remind["content"]["text"] == "that he funds his campaign"
    assert remind["speaker"]["mention"]["text"] == "Trump"


def test_name_colon_quotation():
    [record] = run("Trump: “We are going to win so much.”", """
Trump Trump PROPN 0 root
: : PUNCT 8 punct
“ “ PUNCT 8 punct
We we PRON 6 nsubj
are be AUX 6 aux
going go VERB 1 parataxis
to to PART 8 mark
win win VERB 6 xcomp
so so ADV 10 advmod
much much ADV 8 advmod
. . PUNCT 6 punct
” ” PUNCT 6 punct
""")
    # a name before a colon that opens its line is a label: it speaks what the line says
    assert record["cue"]["kind"] == "label" and record["cue"]["text"] == ":"
    assert record["content"]["text"] == "“We are going to win so much.”"
    assert record["type"] == "direct"
    assert record["speaker"]["name"] == "Trump"


def test_people_familiar_with_the_matter_told_a_listener_after_the_statement():
    # as parsed: "familiar" the head of the people, the cue hung on it with no subject
    [record] = run("The company is exploring a sale, two people familiar with the matter told Reuters, "
                   "speaking on condition of anonymity.", """
The the DET 2 det
company company NOUN 4 nsubj
is be AUX 4 aux
exploring explore VERB 0 root
a a DET 6 det
sale sale NOUN 4 obj
, , PUNCT 10 punct
two two NUM 9 nummod
people person NOUN 10 nsubj
familiar familiar ADJ 4 parataxis
with with ADP 13 case
the the DET 13 det
matter matter NOUN 10 obl
told tell VERB 10 advcl xpos=VBD
Reuters Reuters PROPN 14 iobj
, , PUNCT 17 punct
speaking speak VERB 14 advcl xpos=VBG
on on ADP 19 case
condition condition NOUN 17 obl
of of ADP 21 case
anonymity anonymity NOUN 19 nmod
. . PUNCT 4 punct
""")
    assert record["content"]["text"] == "The company is exploring a sale"
    assert record["speaker"]["mention"]["text"] == "two people familiar with the matter"
    assert record["cue"]["text"] == "told"


def test_those_convinced_that_something_is_so_believe_it():
    [record] = run("Party leaders are convinced that abortion will drive turnout.", """
Party Party PROPN 2 compound
leaders leader NOUN 4 nsubj:pass
are be AUX 4 aux:pass
convinced convince VERB 0 root xpos=VBN
that that SCONJ 8 mark
abortion abortion NOUN 8 nsubj
will will AUX 8 aux
drive drive VERB 4 ccomp
turnout turnout NOUN 8 obj
. . PUNCT 4 punct
""")
    assert record["speaker"]["mention"]["text"] == "Party leaders" and record["cue"]["text"] == "convinced"
    assert record["content"]["text"] == "that abortion will drive turnout"


def test_reporting_clause_after_its_statement_ends_before_a_phrase_summing_it_up():
    # as parsed: "announced" a conjunct of the statement's verb, the rest hung on it
    records = run("Britain will phase out gasoline cars, Prime Minister Keir Starmer announced on Monday, "
                  "a move groups welcomed but carmakers warned could cost jobs.", """
Britain Britain PROPN 3 nsubj
will will AUX 3 aux
phase phase VERB 0 root
out out ADP 3 compound:prt
gasoline gasoline ADJ 6 compound
cars car NOUN 3 obj
, , PUNCT 12 punct
Prime Prime PROPN 9 nmod:desc
Minister Minister PROPN 12 nsubj
Keir Keir PROPN 9 flat
Starmer Starmer PROPN 10 flat
announced announce VERB 3 conj xpos=VBD
on on ADP 14 case
Monday Monday PROPN 12 obl
, , PUNCT 18 punct
a a DET 17 det Definite=Ind|PronType=Art
move move NOUN 18 amod
groups group NOUN 12 obl
welcomed welcome VERB 18 acl xpos=VBN
but but CCONJ 24 cc
carmakers carmaker NOUN 22 compound
warned warn VERB 24 nsubj xpos=VBD
could could AUX 24 aux
cost cost VERB 19 conj
jobs job NOUN 24 obj
. . PUNCT 3 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["cue"]["text"], r["content"]["text"]) for r in records] == [
        ("Prime Minister Keir Starmer", "announced", "Britain will phase out gasoline cars")]


def test_adding_something_to_something_says_nothing():
    records = run("Washington added firms to a blacklist. Ross added that the talks were over.", """
Washington Washington PROPN 2 nsubj
added add VERB 0 root xpos=VBD
firms firm NOUN 2 obj
to to ADP 6 case
a a DET 6 det Definite=Ind|PronType=Art
blacklist blacklist NOUN 3 nmod
. . PUNCT 2 punct
""", """
Ross Ross PROPN 2 nsubj
added add VERB 0 root xpos=VBD
that that SCONJ 7 mark
the the DET 5 det Definite=Def|PronType=Art
talks talk NOUN 7 nsubj
were be AUX 7 cop
over over ADV 2 ccomp
. . PUNCT 2 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == [
        ("Ross", "that the talks were over")]


def test_the_writers_phrase_summing_up_a_statement_is_not_in_it():
    text = "Musk wrote that the company would never bow to pressure, a post that drew 20 million views."
    parse = """
Musk Musk PROPN 2 nsubj
wrote write VERB 0 root xpos=VBD
that that SCONJ 8 mark
the the DET 5 det Definite=Def|PronType=Art
company company NOUN 8 nsubj
would would AUX 8 aux
never never ADV 8 advmod
bow bow VERB 2 ccomp
to to ADP 10 case
pressure pressure NOUN 8 obl
, , PUNCT 13 punct
a a DET 13 det Definite=Ind|PronType=Art
post post NOUN 8 obl
that that PRON 15 nsubj
drew draw VERB 13 acl:relcl xpos=VBD
20 20 NUM 17 nummod
million million NUM 18 nummod
views view NOUN 15 obj
. . PUNCT 2 punct
"""
    [record] = run(text, parse)
    assert record["content"]["text"] == "that the company would never bow to pressure"
    # a description of the name before it is the speaker's: "to For Our Future, a PAC he formed"
    [record] = run(text.replace("pressure, a post", "Pressure, a post"), parse.replace(
        "pressure pressure NOUN 8 obl", "Pressure Pressure PROPN 8 obl").replace("post post NOUN 8 obl",
                                                                                "post post NOUN 10 appos"))
    assert record["content"]["text"] == "that the company would never bow to Pressure, a post that drew 20 million views"


def test_how_something_was_said_before_that_is_not_what_was_said():
    [record] = run("Aides said privately that talks had stalled.", """
Aides aide NOUN 2 nsubj
said say VERB 0 root xpos=VBD
privately privately ADV 7 advmod
that that SCONJ 7 mark
talks talk NOUN 7 nsubj
had have AUX 7 aux
stalled stall VERB 2 ccomp xpos=VBN
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that talks had stalled"
    # a question word opens what was said
    [record] = run("She asked how that money might help.", """
She she PRON 2 nsubj
asked ask VERB 0 root xpos=VBD
how how ADV 7 advmod PronType=Int
that that SCONJ 7 mark
money money NOUN 7 nsubj
might might AUX 7 aux
help help VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "how that money might help"


def test_an_opening_phrase_before_a_reporting_clause_is_no_statement():
    records = run("On Tuesday, even as shares fell sharply, Ackman wrote to investors, telling them the stock "
                  "was cheap.", """
On on ADP 2 case
Tuesday Tuesday PROPN 11 obl
, , PUNCT 2 punct
even even ADV 7 advmod
as as SCONJ 7 mark
shares share NOUN 7 nsubj
fell fall VERB 11 advcl xpos=VBD
sharply sharply ADV 7 advmod
, , PUNCT 7 punct
Ackman Ackman PROPN 11 nsubj
wrote write VERB 0 root xpos=VBD
to to ADP 13 case
investors investor NOUN 11 obl
, , PUNCT 15 punct
telling tell VERB 11 advcl xpos=VBG
them they PRON 15 iobj
the the DET 18 det Definite=Def|PronType=Art
stock stock NOUN 20 nsubj
was be AUX 20 cop
cheap cheap ADJ 15 ccomp
. . PUNCT 11 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("telling", "the stock was cheap")]


def test_surface_fallback_when_the_parse_gives_no_structure():
    # A misparse: every word hangs from "said" with no subject or complement relation.
    [record] = run("The talks will go on, a senior official said.", """
The the DET 9 dep
talks talk NOUN 9 dep
will will AUX 9 dep
go go VERB 9 dep
on on ADP 9 dep
, , PUNCT 9 punct
a a DET 9 dep
senior senior ADJ 9 dep
official official NOUN 9 dep
said say VERB 0 root
. . PUNCT 10 punct
""".replace(" 9 ", " 10 "))
    assert record["rule"] == "surface_reporting_clause"
    assert record["content"]["text"] == "The talks will go on"
    assert record["speaker"]["mention"]["text"] == "a senior official"
    assert record["speaker"]["kind"] == "anonymous"


def test_multi_paragraph_quote_with_nested_quote_is_one_record():
    text = "“We must act now, and ‘now’ means today.\n“Nobody else will do it,” Qin said."
    records = run(text, """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
must must AUX 4 aux
act act VERB 0 root
now now ADV 4 advmod
, , PUNCT 11 punct
and and CCONJ 11 cc
‘ ‘ PUNCT 9 punct
now now ADV 11 nsubj
’ ’ PUNCT 9 punct
means mean VERB 4 conj
today today NOUN 11 obj
. . PUNCT 4 punct
""", """
“ “ PUNCT 5 punct
Nobody nobody PRON 5 nsubj
else else ADV 2 advmod
will will AUX 5 aux
do do VERB 10 ccomp
it it PRON 5 obj
, , PUNCT 5 punct
” ” PUNCT 5 punct
Qin Qin PROPN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct
""")
    [record] = records
    assert record["type"] == "direct" and record["speaker"]["name"] == "Qin"
    assert [f["text"] for f in record["content"]["fragments"]] == [
        "“We must act now, and ‘now’ means today.", "“Nobody else will do it,”"]
    assert record["content"]["start"] == 0 and record["content"]["text"].endswith("do it,”")


def test_odd_quote_marks_do_not_cost_the_other_quotes():
    text = "He called it a \"scam.\nThen “We will win this race,” Trump said."
    records = run(text, """
He he PRON 2 nsubj
called call VERB 0 root
it it PRON 2 obj
a a DET 6 det
" " PUNCT 6 punct
scam scam NOUN 2 xcomp
. . PUNCT 2 punct
""", """
Then then ADV 11 advmod
“ “ PUNCT 5 punct
We we PRON 5 nsubj
will will AUX 5 aux
win win VERB 11 ccomp
this this DET 7 det
race race NOUN 5 obj
, , PUNCT 5 punct
” ” PUNCT 5 punct
Trump Trump PROPN 11 nsubj
said say VERB 0 root
. . PUNCT 11 punct
""")
    direct = [r for r in records if r["type"] == "direct"]
    assert [r["content"]["text"] for r in direct] == ["“We will win this race,”"]
    assert direct[0]["speaker"]["name"] == "Trump"


def test_parenthetical_reporting_clause_keeps_the_whole_statement():
    [record] = run("The latest test, officials said, was the biggest yet.", """
The the DET 3 det
latest late ADJ 3 amod
test test NOUN 6 dep
, , PUNCT 6 punct
officials official NOUN 6 nsubj
said say VERB 0 root
, , PUNCT 6 punct
was be AUX 10 cop
the the DET 10 det
biggest big ADJ 6 ccomp
yet yet ADV 10 advmod
. . PUNCT 6 punct
""")
    # The parse leaves "The latest test" outside the complement: only the rule for a reporting
    # clause between two commas puts it back into the statement.
    assert record["content"]["text"] == "The latest test, officials said, was the biggest yet"
    assert record["speaker"]["mention"]["text"] == "officials" and record["speaker"]["kind"] == "group"
    # a lone subject before the reporting clause is the statement's too
    [record] = run("Business, she says, has never been worse.", """
Business business NOUN 4 dep
, , PUNCT 4 punct
she she PRON 4 nsubj
says say VERB 0 root xpos=VBZ
, , PUNCT 4 punct
has have AUX 9 aux
never never ADV 9 advmod
been be AUX 9 cop
worse bad ADJ 4 ccomp
. . PUNCT 4 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]] == ["Business", "has never been worse"]


def test_quoted_title_after_a_preposition_is_not_speech():
    records = run("On “Face the Nation,” Ryan said taxes would fall.", """
On on ADP 3 case
“ “ PUNCT 3 punct
Face face VERB 8 obl
the the DET 5 det
Nation Nation PROPN 3 obj
, , PUNCT 3 punct
” ” PUNCT 3 punct
Ryan Ryan PROPN 9 nsubj
said say VERB 0 root
taxes tax NOUN 12 nsubj
would would AUX 12 aux
fall fall VERB 9 ccomp
. . PUNCT 9 punct
""".replace("VERB 8 obl", "VERB 9 obl"))
    assert [(r["type"], r["content"]["text"]) for r in records] == [("indirect", "taxes would fall")]


def test_colon_at_paragraph_end_introduces_the_next_quotation():
    text = "Krystal Correa said:\n“Donald Trump scares me and my family.”"
    records = run(text, """
Krystal Krystal PROPN 3 nsubj
Correa Correa PROPN 1 flat
said say VERB 0 root
: : PUNCT 3 punct
""", """
“ “ PUNCT 4 punct
Donald Donald PROPN 4 nsubj
Trump Trump PROPN 2 flat
scares scare VERB 0 root
me I PRON 4 obj
and and CCONJ 8 cc
my my PRON 8 nmod:poss
family family NOUN 5 conj
. . PUNCT 4 punct
” ” PUNCT 4 punct
""")
    [record] = records
    assert record["rule"] == "colon_lead_in" and record["type"] == "direct"
    assert record["content"]["text"] == "“Donald Trump scares me and my family.”"
    assert record["speaker"]["name"] == "Krystal Correa"


def test_quoted_word_inside_a_paraphrase_is_a_mixed_quote():
    [record] = run("Trump called the deal “outrageous” on Sunday.", """
Trump Trump PROPN 2 nsubj
called call VERB 0 root
the the DET 4 det
deal deal NOUN 2 obj
“ “ PUNCT 6 punct
outrageous outrageous ADJ 2 xcomp
” ” PUNCT 6 punct
on on ADP 9 case
Sunday Sunday PROPN 2 obl
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "called" and record["type"] == "mixed"
    assert record["content"]["text"].startswith("the deal “outrageous”")


def test_phrasal_cue_takes_the_object_of_its_preposition():
    [record] = run("Trump called for steep new tariffs on goods.", """
Trump Trump PROPN 2 nsubj
called call VERB 0 root
for for ADP 6 case
steep steep ADJ 6 amod
new new ADJ 6 amod
tariffs tariff NOUN 2 obl
on on ADP 8 case
goods good NOUN 6 nmod
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "steep new tariffs on goods"
    assert record["cue"]["text"] == "called"
    assert record["speaker"]["mention"]["text"] == "Trump"


def test_phrasal_cue_with_particle_and_gerund():
    records = run("Ham lashed out at critics and talked about fixing it.", """
Ham Ham PROPN 2 nsubj
lashed lash VERB 0 root
out out ADP 2 compound:prt
at at ADP 5 case
critics critic NOUN 2 obl
and and CCONJ 7 cc
talked talk VERB 2 conj
about about SCONJ 9 mark
fixing fix VERB 7 advcl
it it PRON 9 obj
. . PUNCT 2 punct
""")
    lashed, talked = records
    assert lashed["content"]["text"] == "critics" and lashed["cue"]["text"] == "lashed out"
    assert talked["content"]["text"] == "fixing it" and talked["speaker"]["mention"]["text"] == "Ham"
    talked = run("Ham talked about fixing it.", """
Ham Ham PROPN 2 nsubj
talked talk VERB 0 root
about about SCONJ 4 mark
fixing fix VERB 2 advcl
it it PRON 4 obj
. . PUNCT 2 punct
""")
    assert [r["content"]["text"] for r in talked] == ["fixing it"]


def test_phrasal_cue_needs_its_own_preposition_next_to_the_verb():
    assert run("Trump talked to him on Monday.", """
Trump Trump PROPN 2 nsubj
talked talk VERB 0 root
to to ADP 4 case
him he PRON 2 obl
on on ADP 6 case
Monday Monday PROPN 2 obl
. . PUNCT 2 punct
""") == []
    # a time expression after the right preposition is when, not what
    assert run("Smith campaigned for a week.", """
Smith Smith PROPN 2 nsubj
campaigned campaign VERB 0 root
for for ADP 5 case
a a DET 5 det
week week NOUN 2 obl
. . PUNCT 2 punct
""") == []


def test_cue_whose_object_moved_out_of_its_clause_gives_no_record():
    # "the ones he refused to answer": the content of "refused" lacks its object
    assert run("These are the ones he refused to answer.", """
These these PRON 4 nsubj
are be AUX 4 cop
the the DET 4 det
ones one NOUN 0 root
he he PRON 6 nsubj
refused refuse VERB 4 acl:relcl
to to PART 8 mark
answer answer VERB 6 xcomp
. . PUNCT 4 punct
""") == []
    assert "called" not in [r["cue"]["text"] for r in run("He saw what she called a sex tape.", """
He he PRON 2 nsubj
saw see VERB 0 root
what what PRON 5 obj
she she PRON 5 nsubj
called call VERB 2 ccomp
a a DET 8 det
sex sex NOUN 8 compound
tape tape NOUN 5 xcomp
. . PUNCT 2 punct
""")]


def test_according_to_a_phrase_the_tagger_took_for_a_verb():
    [record] = run("According to exit polls, Romney had a lead.", """
According accord VERB 4 case
to to PART 4 case
exit exit VERB 4 compound
polls poll NOUN 8 obl
, , PUNCT 4 punct
Romney Romney PROPN 8 nsubj
had have VERB 0 root
a a DET 9 det
lead lead NOUN 7 obj
. . PUNCT 7 punct
""".replace(" 8 obl", " 7 obl").replace("PROPN 8", "PROPN 7"))
    assert record["speaker"]["mention"]["text"] == "exit polls"
    assert record["content"]["text"] == "Romney had a lead"


def test_quote_signed_with_a_dash_and_a_name():
    text = "“Donald Trump scares me.” ― Krystal Correa\n“He can’t answer.” ― Esther Tapia."
    first, second = run(text, """
“ “ PUNCT 4 punct
Donald Donald PROPN 3 compound
Trump Trump PROPN 4 nsubj
scares scare VERB 0 root
me I PRON 4 obj
. . PUNCT 4 punct
” ” PUNCT 4 punct
― ― PUNCT 9 punct
Krystal Krystal PROPN 4 parataxis
Correa Correa PROPN 9 flat
""", """
“ “ PUNCT 5 punct
He he PRON 5 nsubj
ca can AUX 5 aux
n’t not PART 5 advmod
answer answer VERB 0 root
. . PUNCT 5 punct
” ” PUNCT 5 punct
― ― PUNCT 9 punct
Esther Esther PROPN 5 parataxis
Tapia Tapia PROPN 9 flat
. . PUNCT 5 punct
""")
    assert first["content"]["text"] == "“Donald Trump scares me.”" and first["type"] == "direct"
    assert first["cue"]["text"] == "―" and first["cue"]["kind"] == "signature"
    assert first["speaker"]["mention"]["text"] == "Krystal Correa"
    assert second["speaker"]["mention"]["text"] == "Esther Tapia" and second["rule"] == "quote_signature"


def test_a_dash_before_a_sentence_is_no_signature():
    records = run("“We won.” — and then the crowd left.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
won win VERB 0 root
. . PUNCT 3 punct
” ” PUNCT 3 punct
— — PUNCT 11 punct
and and CCONJ 11 cc
then then ADV 11 advmod
the the DET 10 det
crowd crowd NOUN 11 nsubj
left leave VERB 3 parataxis
. . PUNCT 3 punct
""")
    assert all(r["rule"] != "quote_signature" for r in records)


def test_headline_verb_the_tagger_took_for_a_name():
    [record] = run("Lindsey Graham Says Trump Could Address Clean Energy", """
Lindsey Lindsey PROPN 3 compound
Graham Graham PROPN 3 compound
Says Says PROPN 0 root
Trump Trump PROPN 6 nsubj
Could could AUX 6 aux
Address address VERB 3 acl:relcl
Clean Clean PROPN 8 compound
Energy Energy PROPN 6 obj
""")
    assert record["cue"]["text"] == "Says" and record["cue"]["lemma"] == "say"
    assert record["speaker"]["mention"]["text"] == "Lindsey Graham"
    assert record["content"]["text"] == "Trump Could Address Clean Energy"


def test_object_of_a_control_verb_speaks_for_its_infinitive():
    records = run("The law requires candidates to disclose their assets.", """
The the DET 2 det
law law NOUN 3 nsubj
requires require VERB 0 root
candidates candidate NOUN 3 obj
to to PART 6 mark
disclose disclose VERB 3 xcomp
their they PRON 8 nmod:poss
assets asset NOUN 6 obj
. . PUNCT 3 punct
""")
    assert [(r["cue"]["text"], r["speaker"]["mention"]["text"]) for r in records] == [("disclose", "candidates")]


def test_source_found_by_word_order_across_an_apposition_when_the_parse_lost_it():
    [record] = run("Megan Hester, a senior associate, said parents want schools.", """
Megan Megan PROPN 2 compound
Hester Hester PROPN 6 nsubj
, , PUNCT 2 punct
a a DET 6 det
senior senior ADJ 6 amod
associate associate NOUN 8 ccomp
, , PUNCT 2 punct
said say VERB 0 root
parents parent NOUN 10 nsubj
want want VERB 8 ccomp
schools school NOUN 10 obj
. . PUNCT 8 punct
""")
    assert record["content"]["text"] == "parents want schools"
    assert record["speaker"]["mention"]["text"] == "Megan Hester"


def test_a_day_is_not_what_was_admitted():
    assert run("Sanders admitted Tuesday.", """
Sanders Sanders PROPN 2 nsubj
admitted admit VERB 0 root
Tuesday Tuesday PROPN 2 obj
. . PUNCT 2 punct
""") == []


def test_quote_inside_someone_elses_reported_words_is_theirs():
    records = run("Cruz said Rubio will continue to be “a champion for us.”", """
Cruz Cruz PROPN 2 nsubj
said say VERB 0 root
Rubio Rubio PROPN 5 nsubj
will will AUX 5 aux
continue continue VERB 2 ccomp
to to PART 10 mark
be be AUX 10 cop
“ “ PUNCT 10 punct
a a DET 10 det
champion champion NOUN 5 xcomp
for for ADP 12 case
us we PRON 10 nmod
. . PUNCT 2 punct
” ” PUNCT 10 punct
""")
    assert [(r["cue"]["text"], r["speaker"]["mention"]["text"], r["type"]) for r in records] == [
        ("said", "Cruz", "mixed")]
    assert records[0]["content"]["text"] == "Rubio will continue to be “a champion for us.”"


def test_verb_of_appearance_takes_its_whole_clause():
    [record] = run("Sanders appears to be spending more.", """
Sanders Sanders PROPN 2 nsubj
appears appear VERB 0 root
to to PART 5 mark
be be AUX 5 aux
spending spend VERB 2 xcomp
more more ADV 5 advmod
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Sanders appears to be spending more"
    assert record["cue"]["text"] == "appears" and record["speaker"] is None
    assert record["rule"] == "evidential_clause"
    assert run("She appeared on television.", """
She she PRON 2 nsubj
appeared appear VERB 0 root
on on ADP 4 case
television television NOUN 2 obl
. . PUNCT 2 punct
""") == []


def test_reportedly_marks_a_statement_with_no_named_source():
    [record] = run("He was reportedly targeted by the cartel.", """
He he PRON 4 nsubj:pass
was be AUX 4 aux:pass
reportedly reportedly ADV 4 advmod
targeted target VERB 0 root
by by ADP 7 case
the the DET 7 det
cartel cartel NOUN 4 obl:agent
. . PUNCT 4 punct
""")
    assert record["content"]["text"] == "He was reportedly targeted by the cartel"
    assert record["cue"]["text"] == "reportedly" and record["cue"]["kind"] == "adverb"
    assert record["speaker"] is None and record["no_speaker_reason"] == "the writer names no source"


def test_that_clause_the_parser_hung_elsewhere_is_found_by_word_order():
    [record] = run("Obama revised his plans, saying that troops would remain.", """
Obama Obama PROPN 2 nsubj
revised revise VERB 0 root
his he PRON 4 nmod:poss
plans plan NOUN 2 obj
, , PUNCT 6 punct
saying say VERB 2 advcl
that that SCONJ 10 mark
troops troop NOUN 10 nsubj
would would AUX 10 aux
remain remain VERB 2 conj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that troops would remain"
    assert record["cue"]["text"] == "saying" and record["speaker"]["mention"]["text"] == "Obama"


def test_a_lemmatizer_slip_still_finds_the_cue():
    [record] = run("Trump vowed to win.", """
Trump Trump PROPN 2 nsubj
vowed vowe VERB 0 root
to to PART 4 mark
win win VERB 2 xcomp
. . PUNCT 2 punct
""")
    assert record["cue"]["lemma"] == "vow" and record["content"]["text"] == "to win"


def test_direct_quote_source_across_an_apposition_when_the_parse_lost_it():
    [record] = run("“We allow it,” Rosette Pambakian, a spokeswoman, said.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
allow allow VERB 0 root
it it PRON 3 obj
, , PUNCT 3 punct
” ” PUNCT 3 punct
Rosette Rosette PROPN 8 compound
Pambakian Pambakian PROPN 3 obl
, , PUNCT 11 punct
a a DET 11 det
spokeswoman spokeswoman NOUN 3 obl
, , PUNCT 13 punct
said say VERB 3 conj
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "“We allow it,”" and record["type"] == "direct"
    assert record["speaker"]["mention"]["text"] == "Rosette Pambakian"


def test_direct_quote_speaker_with_a_long_apposition_before_the_cue():
    [record] = run("“We will act,” Anne Richards, secretary for refugees, and migration, said.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
act act VERB 0 root
, , PUNCT 4 punct
” ” PUNCT 4 punct
Anne Anne PROPN 8 compound
Richards Richards PROPN 4 obl
, , PUNCT 10 punct
secretary secretary NOUN 8 appos
for for ADP 12 case
refugees refugee NOUN 10 nmod
, , PUNCT 15 punct
and and CCONJ 15 cc
migration migration NOUN 12 conj
, , PUNCT 17 punct
said say VERB 4 parataxis
. . PUNCT 4 punct
""")
    assert record["type"] == "direct" and record["cue"]["text"] == "said"
    assert record["speaker"]["mention"]["text"].startswith("Anne Richards")


def test_a_headline_verb_is_not_part_of_a_name():
    records = run("Ben Carson Defends Trump\nHe said the plan works.", """
Ben Ben PROPN 2 compound
Carson Carson PROPN 3 compound
Defends Defends PROPN 0 root
Trump Trump PROPN 3 flat
""", """
He he PRON 2 nsubj
said say VERB 0 root
the the DET 4 det
plan plan NOUN 5 nsubj
works work VERB 2 ccomp
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["speaker"]["mention"]["text"] == "He"
    assert said["speaker"]["name"] in ("Ben Carson", "Trump")


def test_the_writers_aside_is_no_statement():
    assert run("It is important to note that the visit took place.", """
It it PRON 3 expl
is be AUX 3 cop
important important ADJ 0 root
to to PART 5 mark
note note VERB 3 csubj
that that SCONJ 9 mark
the the DET 8 det
visit visit NOUN 9 nsubj
took take VERB 5 ccomp
place place NOUN 9 obj
. . PUNCT 3 punct
""") == []


def test_a_participle_after_a_comma_ends_the_content():
    [record] = run("Biden expressed his hope to meet Xi again, building on their talks.", """
Biden Biden PROPN 2 nsubj
expressed express VERB 0 root
his he PRON 4 nmod:poss
hope hope NOUN 2 obj
to to PART 6 mark
meet meet VERB 2 advcl
Xi Xi PROPN 6 obj
again again ADV 6 advmod
, , PUNCT 10 punct
building build VERB 2 advcl
on on ADP 13 case
their they PRON 13 nmod:poss
talks talk NOUN 10 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "his hope to meet Xi again"


def test_a_label_that_names_no_speaker():
    assert run("Twitter: @Milbank and more.", """
Twitter Twitter PROPN 0 root
: : PUNCT 3 punct
@Milbank @Milbank PROPN 1 appos
and and CCONJ 5 cc
more more ADJ 3 conj
. . PUNCT 1 punct
""") == []
    [record] = run("PENCE: Well, the question really should be why.", """
PENCE Pence PROPN 0 root
: : PUNCT 10 punct
Well well INTJ 10 discourse
, , PUNCT 3 punct
the the DET 6 det
question question NOUN 10 nsubj
really really ADV 10 advmod
should should AUX 10 aux
be be AUX 10 cop
why why ADV 1 parataxis
. . PUNCT 1 punct
""")
    assert record["speaker"]["mention"]["text"] == "PENCE" and record["cue"]["text"] == ":"
    # "A:" opens an interviewee's answer in a transcript: no name, and many statements
    assert run("A: Well, the question really should be why.", """
A a DET 0 root
: : PUNCT 10 punct
Well well INTJ 10 discourse
, , PUNCT 3 punct
the the DET 6 det
question question NOUN 10 nsubj
really really ADV 10 advmod
should should AUX 10 aux
be be AUX 10 cop
why why ADV 1 parataxis
. . PUNCT 1 punct
""") == []


def test_a_speaker_label_holds_the_statement_its_line_reports():
    # the parser made the label the subject of "say", with "Critics" its apposition
    [record] = run("INTERVIEWER: Critics say the plan will raise taxes.", """
INTERVIEWER interviewer NOUN 4 nsubj
: : PUNCT 1 punct
Critics critic NOUN 1 appos
say say VERB 0 root
the the DET 6 det
plan plan NOUN 8 nsubj
will will AUX 8 aux
raise raise VERB 4 ccomp
taxes tax NOUN 8 obj
. . PUNCT 4 punct
""")
    assert record["speaker"]["mention"]["text"] == "INTERVIEWER"
    assert record["cue"]["text"] == ":" and record["cue"]["kind"] == "label"
    assert record["content"]["text"] == "Critics say the plan will raise taxes"
    # a named speaker inside the line has a record of their own, and the label is no part of who
    records = run("HOST: Warren says the plan will raise taxes.", """
HOST host NOUN 4 nsubj
: : PUNCT 1 punct
Warren Warren PROPN 1 appos
says say VERB 0 root
the the DET 6 det
plan plan NOUN 8 nsubj
will will AUX 8 aux
raise raise VERB 4 ccomp
taxes tax NOUN 8 obj
. . PUNCT 4 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["cue"]["text"], r["content"]["text"]) for r in records] == [
        ("HOST", ":", "Warren says the plan will raise taxes"), ("Warren", "says", "the plan will raise taxes")]


def test_a_heading_before_a_colon_is_no_speaker():
    # a paragraph opening "The Latest: ..." is a heading; the name label above speaks
    assert run("The Latest: Sanders wins Minnesota caucuses.", """
The the DET 2 det
Latest Latest PROPN 0 root
: : PUNCT 2 punct
Sanders Sanders PROPN 5 nsubj
wins win VERB 2 parataxis
Minnesota Minnesota PROPN 7 compound
caucuses caucus NOUN 5 obj
. . PUNCT 2 punct
""") == []


def test_a_clause_of_its_own_joined_at_the_statements_end_is_not_in_it():
    records = run("Grassley said officials mishandled the inquiry and Democrats accused the GOP of lying.", """
Grassley Grassley PROPN 2 nsubj
said say VERB 0 root
officials official NOUN 4 nsubj
mishandled mishandle VERB 2 ccomp
the the DET 6 det
inquiry inquiry NOUN 4 obj
and and CCONJ 9 cc
Democrats Democrats PROPN 9 nsubj
accused accuse VERB 4 conj
the the DET 11 det
GOP GOP PROPN 9 obj
of of SCONJ 13 mark
lying lie VERB 9 advcl
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r for r in records}
    assert by_cue["said"]["content"]["text"] == "officials mishandled the inquiry"
    assert by_cue["accused"]["speaker"]["mention"]["text"] == "Democrats"
    # with a comma, a clause that reports nothing is the writer's too
    [record] = run("Most said Clinton is honest, and the crowd cheered.", """
Most most ADJ 2 nsubj
said say VERB 0 root
Clinton Clinton PROPN 5 nsubj
is be AUX 5 cop
honest honest ADJ 2 ccomp
, , PUNCT 10 punct
and and CCONJ 10 cc
the the DET 9 det
crowd crowd NOUN 10 nsubj
cheered cheer VERB 5 conj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Clinton is honest"


def test_where_and_how_it_was_said_is_not_what_was_said():
    [record] = run("Putin denounced the annexation in an on-air diatribe.", """
Putin Putin PROPN 2 nsubj
denounced denounce VERB 0 root
the the DET 4 det
annexation annexation NOUN 2 obj
in in ADP 8 case
an a DET 8 det
on-air on-air ADJ 8 amod
diatribe diatribe NOUN 2 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the annexation"
    [record] = run("The poll indicates a tightening race as Trump consolidates support.", """
The the DET 2 det
poll poll NOUN 3 nsubj
indicates indicate VERB 0 root
a a DET 6 det
tightening tighten VERB 6 amod
race race NOUN 3 obj
as as SCONJ 9 mark
Trump Trump PROPN 9 nsubj
consolidates consolidate VERB 3 advcl xpos=VBZ
support support NOUN 9 obj
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "a tightening race"
    # hung on a verb of the statement, the occasion is part of what was said
    [record] = run("Trump said he would speak at the rally.", """
Trump Trump PROPN 2 nsubj
said say VERB 0 root
he he PRON 5 nsubj
would would AUX 5 aux
speak speak VERB 2 ccomp
at at ADP 8 case
the the DET 8 det
rally rally NOUN 5 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "he would speak at the rally"


def test_a_second_that_clause_goes_on_with_the_statement_whatever_its_verb():
    [record] = run("Kasich said the U.S. needs a border, but that he would not support deportation.", """
Kasich Kasich PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
U.S. U.S. PROPN 5 nsubj
needs need VERB 2 ccomp
a a DET 7 det
border border NOUN 5 obj
, , PUNCT 14 punct
but but CCONJ 14 cc
that that SCONJ 14 mark
he he PRON 14 nsubj
would would AUX 14 aux
not not PART 14 advmod
support support VERB 2 conj
deportation deportation NOUN 14 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the U.S. needs a border, but that he would not support deportation"


def test_a_clause_hung_elsewhere_right_after_a_bare_cue_is_its_content():
    [record] = run("Rubio hit back, saying Christie was too focused on his campaign.", """
Rubio Rubio PROPN 2 nsubj
hit hit VERB 0 root
back back ADV 2 advmod
, , PUNCT 5 punct
saying say VERB 2 advcl xpos=VBG
Christie Christie PROPN 9 nsubj:pass
was be AUX 9 aux:pass xpos=VBD
too too ADV 9 advmod
focused focus VERB 2 conj xpos=VBN
on on ADP 12 case
his his PRON 12 nmod:poss
campaign campaign NOUN 9 obl
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "saying" and record["speaker"]["mention"]["text"] == "Rubio"
    assert record["content"]["text"] == "Christie was too focused on his campaign"


def test_a_clause_after_a_second_cue_is_that_cues_even_when_hung_on_the_first():
    records = run("Clinton attacked Trump, saying he would appoint judges.", """
Clinton Clinton PROPN 2 nsubj
attacked attack VERB 0 root xpos=VBD
Trump Trump PROPN 2 obj
, , PUNCT 5 punct
saying say VERB 2 advcl xpos=VBG
he he PRON 8 nsubj
would would AUX 8 aux xpos=MD
appoint appoint VERB 2 ccomp xpos=VB
judges judge NOUN 8 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r for r in records}
    assert by_cue["attacked"]["content"]["text"] == "Trump"
    assert by_cue["saying"]["content"]["text"] == "he would appoint judges"
    assert by_cue["saying"]["speaker"]["mention"]["text"] == "Clinton"


def test_casting_someone_as_something_is_a_statement_casting_a_ballot_is_not():
    [record] = run("Clinton cast her rival as a fraud.", """
Clinton Clinton PROPN 2 nsubj
cast cast VERB 0 root xpos=VBD
her her PRON 4 nmod:poss
rival rival NOUN 2 obj
as as ADP 7 case
a a DET 7 det
fraud fraud NOUN 2 obl
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "cast" and record["content"]["text"] == "her rival as a fraud"
    assert record["speaker"]["mention"]["text"] == "Clinton"
    assert run("Voters cast ballots in Iowa.", """
Voters voter NOUN 2 nsubj
cast cast VERB 0 root xpos=VBD
ballots ballot NOUN 2 obj
in in ADP 5 case
Iowa Iowa PROPN 2 obl
. . PUNCT 2 punct
""") == []


def test_a_question_word_after_the_cue_opens_its_content():
    [record] = run("She asked what would happen next.", """
She she PRON 2 nsubj
asked ask VERB 0 root
what what PRON 2 obj
would would AUX 5 aux
happen happen VERB 2 ccomp
next next ADV 5 advmod
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "what would happen next" and record["rule"] == "verb_complement"


def test_reporting_clause_split_from_its_quote_after_a_title():
    [record] = run("“We get that back,” Ms. Acosta said.", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
get get VERB 0 root
that that PRON 3 obj
back back ADV 3 advmod
, , PUNCT 3 punct
” ” PUNCT 3 punct
Ms. Ms. PROPN 3 vocative
""", """
Acosta Acosta PROPN 2 nsubj
said say VERB 0 root
. . PUNCT 2 punct
""")
    assert record["type"] == "direct" and record["cue"]["text"] == "said"
    assert record["speaker"]["mention"]["text"] == "Acosta"


def test_an_object_followed_by_its_own_verb_is_the_subject_of_the_statement():
    # The parser took "budget reforms" for the object of "said" and hung "would help" elsewhere.
    [record] = run("He said budget reforms would help finance them.", """
He he PRON 2 nsubj
said say VERB 0 root
budget budget NOUN 4 compound
reforms reform NOUN 2 obj
would would AUX 6 aux Mood=Ind|VerbForm=Fin
help help VERB 2 advcl VerbForm=Inf
finance finance VERB 6 xcomp VerbForm=Inf
them they PRON 7 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "budget reforms would help finance them"
    assert record["speaker"]["mention"]["text"] == "He"


def test_an_object_followed_by_a_relative_clause_stays_an_object():
    [record] = run("She praised the plan that would help them.", """
She she PRON 2 nsubj
praised praise VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
that that PRON 7 nsubj
would would AUX 7 aux Mood=Ind|VerbForm=Fin
help help VERB 2 advcl VerbForm=Inf
them they PRON 7 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the plan"


def test_according_to_inside_a_clause_splits_the_statement_in_two():
    [record] = run("Among the cases at risk, according to Ms. Epstein, are 16 involving unions.", """
Among among ADP 3 case
the the DET 3 det
cases case NOUN 13 obl
at at ADP 5 case
risk risk NOUN 3 nmod
, , PUNCT 3 punct
according accord VERB 10 case
to to ADP 7 fixed
Ms. Ms. PROPN 10 compound
Epstein Epstein PROPN 13 obl
, , PUNCT 10 punct
are be AUX 13 cop
16 16 NUM 0 root
involving involve VERB 13 acl
unions union NOUN 14 obj
. . PUNCT 13 punct
""")
    fragments = [f["text"] for f in record["content"]["fragments"]]
    assert fragments == ["Among the cases at risk", "are 16 involving unions"]
    assert record["speaker"]["mention"]["text"] == "Ms. Epstein"


def test_according_to_at_the_end_keeps_the_whole_source_phrase_out():
    [record] = run("Taxes would rise, according to a new poll by Harvard.", """
Taxes tax NOUN 3 nsubj
would would AUX 3 aux
rise rise VERB 0 root
, , PUNCT 3 punct
according accord VERB 9 case
to to ADP 5 fixed
a a DET 9 det
new new ADJ 9 amod
poll poll NOUN 3 obl
by by ADP 11 case
Harvard Harvard PROPN 9 nmod
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "Taxes would rise" and not record["content"].get("fragments")


def test_according_to_a_source_with_a_relative_clause_after_it():
    [record] = run("Clinton broke it, according to Andrew McCarthy, who prosecuted them.", """
Clinton Clinton PROPN 2 nsubj
broke break VERB 0 root
it it PRON 2 obj
, , PUNCT 7 punct
according accord VERB 7 case
to to ADP 5 fixed
Andrew Andrew PROPN 2 obl
McCarthy McCarthy PROPN 7 flat
, , PUNCT 11 punct
who who PRON 11 nsubj
prosecuted prosecute VERB 7 acl:relcl
them they PRON 11 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Clinton broke it" and not record["content"].get("fragments")


def test_a_cue_inside_the_statement_is_left_out_of_its_fragments():
    [record] = run("The music seemed to match the mood.", """
The the DET 2 det
music music NOUN 3 nsubj
seemed seem VERB 0 root
to to PART 5 mark
match match VERB 3 xcomp
the the DET 7 det
mood mood NOUN 5 obj
. . PUNCT 3 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]] == ["The music", "to match the mood"]
    assert record["cue"]["text"] == "seemed"


def test_a_relative_clause_on_a_trailing_source_is_not_the_statement():
    # as the parser had it: the name an object, the relative clause the verb's complement
    [record] = run("Media uses the photo again, said Rita Katz, the director, who tracks them.", """
Media media NOUN 2 nsubj
uses use VERB 0 root
the the DET 4 det
photo photo NOUN 2 obj
again again ADV 2 advmod
, , PUNCT 7 punct
said say VERB 2 conj
Rita Rita PROPN 7 obj
Katz Katz PROPN 7 obj
, , PUNCT 12 punct
the the DET 12 det
director director NOUN 7 nsubj
, , PUNCT 15 punct
who who PRON 15 nsubj
tracks track VERB 7 ccomp
them they PRON 15 obj
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "said" and "Rita Katz" in record["speaker"]["mention"]["text"]
    assert record["content"]["text"] == "Media uses the photo again"


def test_a_quote_that_ends_the_reported_clause_makes_a_mixed_statement():
    [record] = run("Obama admits the action “didn’t work.”", """
Obama Obama PROPN 2 nsubj
admits admit VERB 0 root
the the DET 4 det
action action NOUN 2 obj
“ “ PUNCT 8 punct
didn’t do AUX 8 aux
work work VERB 2 ccomp
. . PUNCT 2 punct
” ” PUNCT 2 punct
""")
    assert record["type"] == "mixed" and record["rule"] == "verb_complement"
    assert record["content"]["text"].startswith("the action “didn’t work")


def test_a_quoted_name_after_a_naming_verb_is_the_statement_with_what_it_names():
    [record] = run("Trump called Christie “a loser.”", """
Trump Trump PROPN 2 nsubj
called call VERB 0 root
Christie Christie PROPN 2 obj
“ “ PUNCT 6 punct
a a DET 6 det
loser loser NOUN 2 xcomp
. . PUNCT 2 punct
” ” PUNCT 2 punct
""")
    # the statement is that Christie is a loser: the name stands in it, outside the quote
    assert record["type"] == "mixed" and record["content"]["text"] == "Christie “a loser.”"


def test_a_quote_that_ends_a_clause_before_its_reporting_clause_takes_the_clause():
    [record] = run("Petraeus “was handled so lightly,” Trump said.", """
Petraeus Petraeus PROPN 4 nsubj:pass
“ “ PUNCT 4 punct
was be AUX 4 aux:pass
handled handle VERB 10 ccomp
so so ADV 6 advmod
lightly lightly ADV 4 advmod
, , PUNCT 4 punct
” ” PUNCT 4 punct
Trump Trump PROPN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct
""")
    assert record["rule"] == "direct_quote_with_cue" and record["type"] == "mixed"
    assert record["content"]["text"] == "Petraeus “was handled so lightly,”"
    assert record["speaker"]["mention"]["text"] == "Trump"


def test_a_cue_with_a_that_clause_of_its_own_does_not_take_a_nearby_quote():
    records = run("“He is against Israel.” Carter has suggested that Israel is in danger.", """
“ “ PUNCT 5 punct
He he PRON 5 nsubj
is be AUX 5 cop
against against ADP 5 case
Israel Israel PROPN 0 root
. . PUNCT 5 punct
” ” PUNCT 5 punct
""", """
Carter Carter PROPN 3 nsubj
has have AUX 3 aux
suggested suggest VERB 0 root
that that SCONJ 8 mark
Israel Israel PROPN 8 nsubj
is be AUX 8 cop
in in ADP 8 case
danger danger NOUN 3 ccomp
. . PUNCT 3 punct
""")
    suggested = [r for r in records if r["cue"] and r["cue"]["text"] == "suggested"]
    assert [r["content"]["text"] for r in suggested] == ["that Israel is in danger"]
    assert not any(r["content"]["text"].startswith("“He is") and r["cue"] for r in records)


def test_a_name_before_an_apposition_the_parser_made_a_second_subject_speaks():
    [record] = run("Cruz, the only candidate in Wyoming, told delegates that they could win.", """
Cruz Cruz PROPN 9 nsubj
, , PUNCT 1 punct
the the DET 5 det
only only ADJ 5 amod
candidate candidate NOUN 9 nsubj
in in ADP 7 case
Wyoming Wyoming PROPN 5 nmod
, , PUNCT 9 punct
told tell VERB 0 root
delegates delegate NOUN 9 iobj
that that SCONJ 14 mark
they they PRON 14 nsubj
could could AUX 14 aux
win win VERB 9 ccomp
. . PUNCT 9 punct
""")
    assert record["speaker"]["mention"]["text"].startswith("Cruz")
    assert record["speaker"]["name"] == "Cruz"


def test_a_quote_opening_the_next_paragraph_goes_to_the_speaker_of_the_statement_before():
    records = run("Trump said taxes would fall.\n\n“We will win this race.”", """
Trump Trump PROPN 2 nsubj
said say VERB 0 root
taxes tax NOUN 5 nsubj
would would AUX 5 aux
fall fall VERB 2 ccomp
. . PUNCT 2 punct
""", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 0 root
this this DET 6 det
race race NOUN 4 obj
. . PUNCT 4 punct
” ” PUNCT 4 punct
""")
    [quote] = [r for r in records if r["type"] == "direct"]
    assert quote["rule"] == "quote_continuation" and quote["speaker"]["name"] == "Trump"


def test_what_a_poll_shows_is_its_object_with_the_complement():
    [record] = run("Polls show him leading in Ohio.", """
Polls poll NOUN 2 nsubj
show show VERB 0 root
him he PRON 2 obj
leading lead VERB 2 xcomp
in in ADP 6 case
Ohio Ohio PROPN 4 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "him leading in Ohio" and record["rule"] == "verb_complement"
    assert record["speaker"]["mention"]["text"] == "Polls"


def test_a_participle_that_names_something_reports_nothing():
    records = run("She founded a group called Occupy Now.", """
She she PRON 2 nsubj
founded found VERB 0 root
a a DET 4 det
group group NOUN 2 obj
called call VERB 4 acl VerbForm=Part|Tense=Past
Occupy Occupy PROPN 5 xcomp
Now Now PROPN 6 flat
. . PUNCT 2 punct
""")
    assert records == []


def test_the_speakers_relative_clause_may_stand_between_cue_and_quote():
    [record] = run("Said Dorothy Poynter, who grew up with him, “We were so proud of him.”", """
Said say VERB 0 root
Dorothy Dorothy PROPN 1 nsubj
Poynter Poynter PROPN 2 flat
, , PUNCT 6 punct
who who PRON 6 nsubj
grew grow VERB 2 acl:relcl
up up ADP 6 compound:prt
with with ADP 9 case
him he PRON 6 obl
, , PUNCT 6 punct
“ “ PUNCT 15 punct
We we PRON 15 nsubj
were be AUX 15 cop
so so ADV 15 advmod
proud proud ADJ 1 ccomp
of of ADP 17 case
him he PRON 15 obl
. . PUNCT 15 punct
” ” PUNCT 15 punct
""")
    assert record["rule"] == "direct_quote_with_cue" and record["type"] == "direct"
    assert record["content"]["text"] == "“We were so proud of him.”"
    assert record["speaker"]["name"] == "Dorothy Poynter"


def test_according_to_with_only_a_conjunction_after_it_keeps_one_fragment():
    # a side of the phrase with nothing but a conjunction once cost the whole document
    [record] = run("Sales rose sharply, according to the report, and.", """
Sales sale NOUN 2 nsubj
rose rise VERB 0 root
sharply sharply ADV 2 advmod
, , PUNCT 8 punct
according accord VERB 8 case
to to ADP 5 fixed
the the DET 8 det
report report NOUN 2 obl
, , PUNCT 8 punct
and and CCONJ 2 cc
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Sales rose sharply" and not record["content"].get("fragments")


def test_a_cue_in_the_quotes_own_sentence_beats_a_nearer_one_before_it():
    [record] = run("Others kept continuing. “On this basis it fails,” Hedge said.", """
Others other NOUN 3 nsubj
kept keep VERB 0 root
continuing continue VERB 2 xcomp
. . PUNCT 2 punct
""", """
“ “ PUNCT 6 punct
On on ADP 4 case
this this DET 4 det
basis basis NOUN 6 obl
it it PRON 6 nsubj
fails fail VERB 10 ccomp
, , PUNCT 6 punct
” ” PUNCT 6 punct
Hedge Hedge PROPN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct
""")
    assert record["cue"]["text"] == "said" and record["speaker"]["name"] == "Hedge"


def test_a_participle_with_its_own_object_does_not_take_the_next_quote():
    records = run("“We won,” Trump said, referring to the debate. “We will win again.”", """
“ “ PUNCT 3 punct
We we PRON 3 nsubj
won win VERB 7 ccomp
, , PUNCT 3 punct
” ” PUNCT 3 punct
Trump Trump PROPN 7 nsubj
said say VERB 0 root
, , PUNCT 9 punct
referring refer VERB 7 advcl
to to ADP 12 case
the the DET 12 det
debate debate NOUN 9 obl
. . PUNCT 7 punct
""", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 0 root
again again ADV 4 advmod
. . PUNCT 4 punct
” ” PUNCT 4 punct
""")
    second = next(r for r in records if "again" in r["content"]["text"])
    assert not (second["cue"] and second["cue"]["text"] == "referring")
    assert second["speaker"]["name"] == "Trump"


def test_a_speaker_the_parser_hung_on_the_statement_is_found_before_the_cue():
    [record] = run("Cruz won the crowds, Stovall said.", """
Cruz Cruz PROPN 2 nsubj
won win VERB 7 ccomp
the the DET 4 det
crowds crowd NOUN 2 obj
, , PUNCT 2 punct
Stovall Stovall PROPN 2 nsubj
said say VERB 0 root
. . PUNCT 7 punct
""")
    assert record["cue"]["text"] == "said" and record["content"]["text"] == "Cruz won the crowds"
    assert record["speaker"]["name"] == "Stovall"


def test_a_perfect_the_parser_took_for_a_passive_keeps_its_speaker():
    [record] = run("Kasich has called for new tariffs.", """
Kasich Kasich PROPN 3 nsubj:pass
has have AUX 3 aux
called call VERB 0 root
for for ADP 6 case
new new ADJ 6 amod
tariffs tariff NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "new tariffs"
    assert record["speaker"]["name"] == "Kasich"


def test_a_share_of_people_named_by_numbers_speaks():
    [record] = run("About 4 in 10 say they want change.", """
About about ADV 2 advmod
4 4 NUM 5 obl
in in ADP 4 case
10 10 NUM 2 nmod
say say VERB 0 root
they they PRON 7 nsubj
want want VERB 5 ccomp
change change NOUN 7 obj
. . PUNCT 5 punct
""")
    assert record["content"]["text"] == "they want change"
    assert record["speaker"]["mention"]["text"].endswith("4 in 10")


def test_an_apostrophe_s_before_a_participle_with_a_subject_is_has():
    [record] = run("He's said he gets his ideas from fiction.", """
He he PRON 3 nsubj
's be AUX 3 aux:pass
said say VERB 0 root
he he PRON 5 nsubj
gets get VERB 3 ccomp
his his PRON 7 nmod:poss
ideas idea NOUN 5 obj
from from ADP 9 case
fiction fiction NOUN 5 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "he gets his ideas from fiction"
    assert record["speaker"]["mention"]["text"] == "He"


def test_a_passive_subject_without_a_form_of_be_is_the_speaker():
    [record] = run("The secretary general called on Pyongyang to stop.", """
The the DET 3 det
secretary secretary NOUN 3 compound
general general NOUN 4 nsubj:pass
called call VERB 0 root
on on ADP 6 case
Pyongyang Pyongyang PROPN 4 obl
to to PART 8 mark
stop stop VERB 4 advcl
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "called"
    assert record["speaker"]["mention"]["text"] == "The secretary general"



def test_what_is_promoted_or_published_is_no_statement():
    for verb, lemma in (("promoted", "promote"), ("published", "publish")):
        assert run(f"She {verb} the book.", f"""
She she PRON 2 nsubj
{verb} {lemma} VERB 0 root
the the DET 4 det
book book NOUN 2 obj
. . PUNCT 2 punct
""") == [], verb


def test_what_is_reacted_to_is_no_statement():
    assert run("She reacted to the ruling.", """
She she PRON 2 nsubj
reacted react VERB 0 root
to to ADP 5 case
the the DET 5 det
ruling ruling NOUN 2 obl
. . PUNCT 2 punct
""") == []


BILL_WITH_RELATIVE = """
He he PRON 2 nsubj
said say VERB 0 root
he he PRON 4 nsubj
supports support VERB 2 ccomp
the the DET 6 det
bill bill NOUN 4 obj
, , PUNCT 8 punct
which which PRON 9 nsubj
includes include VERB 6 acl:relcl
new new ADJ 11 amod
rules rule NOUN 9 obj
. . PUNCT 2 punct
"""


def test_a_relative_clause_that_ends_the_statement_after_a_comma_is_the_writers():
    [record] = run("He said he supports the bill, which includes new rules.", BILL_WITH_RELATIVE)
    assert record["content"]["text"] == "he supports the bill"
    # a restrictive clause (no comma) tells which bill: it stays
    [record] = run("He said he supports the bill which includes new rules.", """
He he PRON 2 nsubj
said say VERB 0 root
he he PRON 4 nsubj
supports support VERB 2 ccomp
the the DET 6 det
bill bill NOUN 4 obj
which which PRON 8 nsubj
includes include VERB 6 acl:relcl
new new ADJ 10 amod
rules rule NOUN 8 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "he supports the bill which includes new rules"
    [record] = run("He said he would vote on April 26, when polls open.", """
He he PRON 2 nsubj
said say VERB 0 root
he he PRON 5 nsubj
would would AUX 5 aux
vote vote VERB 2 ccomp
on on ADP 7 case
April April PROPN 5 obl
26 26 NUM 7 nummod
, , PUNCT 12 punct
when when ADV 12 advmod
polls poll NOUN 12 nsubj
open open VERB 7 acl:relcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "he would vote on April 26"


def test_a_contrast_after_a_comma_that_ends_the_statement_is_the_writers():
    [record] = run("Most said they were tired, while ten members stayed.", """
Most most ADJ 2 nsubj
said say VERB 0 root
they they PRON 5 nsubj
were be AUX 5 cop
tired tired ADJ 2 ccomp
, , PUNCT 10 punct
while while SCONJ 10 mark
ten ten NUM 9 nummod
members member NOUN 10 nsubj
stayed stay VERB 5 advcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "they were tired"


def test_a_phrase_after_an_object_content_goes_on_with_it():
    [record] = run("The poll showed Trump with a large lead.", """
The the DET 2 det
poll poll NOUN 3 nsubj
showed show VERB 0 root
Trump Trump PROPN 3 obj
with with ADP 8 case
a a DET 8 det
large large ADJ 8 amod
lead lead NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "Trump with a large lead"
    [record] = run("She endorsed Sanders in the primary after the debate.", """
She she PRON 2 nsubj
endorsed endorse VERB 0 root
Sanders Sanders PROPN 2 obj
in in ADP 6 case
the the DET 6 det
primary primary NOUN 2 obl
after after ADP 9 case
the the DET 9 det
debate debate NOUN 2 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Sanders in the primary"


def test_the_subject_of_a_statement_taken_for_an_indirect_object_belongs_to_it():
    [record] = run("Fowler said the politics would be intense.", """
Fowler Fowler PROPN 2 nsubj
said say VERB 0 root
the the DET 4 det
politics politics NOUN 2 iobj
would would AUX 7 aux
be be AUX 7 cop
intense intense ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the politics would be intense"
    # after a verb of telling, the indirect object is the listener
    [record] = run("Fowler told reporters the politics would be intense.", """
Fowler Fowler PROPN 2 nsubj
told tell VERB 0 root
reporters reporter NOUN 2 iobj
the the DET 5 det
politics politics NOUN 8 nsubj
would would AUX 8 aux
be be AUX 8 cop
intense intense ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the politics would be intense"


def test_the_subject_of_a_subjectless_clause_taken_for_an_object_belongs_to_it():
    [record] = run("They knew some of this was coming.", """
They they PRON 2 nsubj
knew know VERB 0 root
some some PRON 2 obj
of of ADP 5 case
this this PRON 3 nmod
was be AUX 7 aux
coming come VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "some of this was coming"
    # a day the parser took for an object is not the statement's subject
    [record] = run("They said Saturday that this was coming.", """
They they PRON 2 nsubj
said say VERB 0 root
Saturday Saturday PROPN 2 obj
that that SCONJ 7 mark
this this PRON 7 nsubj
was be AUX 7 aux
coming come VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that this was coming"


def test_a_question_keeps_its_mark():
    [record] = run("She asked why he left?", """
She she PRON 2 nsubj
asked ask VERB 0 root
why why ADV 5 advmod
he he PRON 5 nsubj
left leave VERB 2 ccomp
? ? PUNCT 5 punct
""")
    assert record["content"]["text"] == "why he left?"


def test_a_one_word_object_is_the_statement():
    [record] = run("Critics hated it.", """
Critics critic NOUN 2 nsubj
hated hate VERB 0 root
it it PRON 2 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "it"
    assert record["speaker"]["mention"]["text"] == "Critics"


def test_a_noun_for_people_is_a_speaker_by_its_ending():
    [record] = run("Environmentalists hated the pipeline.", """
Environmentalists environmentalist NOUN 2 nsubj
hated hate VERB 0 root
the the DET 4 det
pipeline pipeline NOUN 2 obj
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "Environmentalists"
    assert record["content"]["text"] == "the pipeline"


def test_a_name_the_tagger_took_for_a_noun_is_still_a_speaker():
    # "Sanders" at the start of a sentence read as the plural of "sander"; the document names
    # him elsewhere, and "defended" needs a speaker, not a thing.
    records = run("Bernie Sanders spoke in Iowa. Sanders defended the plan.", """
Bernie Bernie PROPN 2 compound
Sanders Sanders PROPN 3 nsubj
spoke speak VERB 0 root
in in ADP 5 case
Iowa Iowa PROPN 3 obl
. . PUNCT 3 punct
""", """
Sanders sander NOUN 2 nsubj
defended defend VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
. . PUNCT 2 punct
""")
    [record] = [r for r in records if r["content"]["text"] == "the plan"]
    assert record["speaker"]["mention"]["text"] == "Sanders"


def test_a_name_after_a_participle_of_saying_is_no_inverted_speaker():
    # Unlike "..., said Smith", a participle does not put its speaker after it: the name is
    # the start of the claim (the parser hung the rest of it on the main verb).
    records = run("The state is suing Trump, claiming Trump University is a fraud.", """
The the DET 2 det
state state NOUN 4 nsubj
is be AUX 4 aux
suing sue VERB 0 root
Trump Trump PROPN 4 obj
, , PUNCT 7 punct
claiming claim VERB 4 advcl xpos=VBG
Trump Trump PROPN 9 compound
University University PROPN 7 obj
is be AUX 12 cop
a a DET 12 det
fraud fraud NOUN 4 conj
. . PUNCT 4 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "claiming"]
    assert record["content"]["text"].startswith("Trump University")
    assert record["speaker"]["mention"]["text"] == "The state"


def test_a_poll_opening_the_sentence_is_the_source_of_its_finding():
    [record] = run("In a new CBS News poll, she led Sanders 56 percent to 32 percent.", """
In in ADP 6 case
a a DET 6 det
new new ADJ 6 amod
CBS CBS PROPN 5 compound
News News PROPN 6 compound
poll poll NOUN 9 obl
, , PUNCT 6 punct
she she PRON 9 nsubj
led lead VERB 0 root
Sanders Sanders PROPN 9 obj
56 56 NUM 12 nummod
percent percent NOUN 9 obl:npmod
to to ADP 15 case
32 32 NUM 15 nummod
percent percent NOUN 12 nmod
. . PUNCT 9 punct
""")
    assert record["cue"]["text"] == "In"
    assert record["speaker"]["mention"]["text"] == "a new CBS News poll"
    assert record["content"]["text"] == "she led Sanders 56 percent to 32 percent"


def test_a_poll_inside_the_sentence_is_where_a_lead_holds_not_a_source():
    assert run("He is ahead in the polls, and he leads in Iowa.", """
He he PRON 3 nsubj
is be AUX 3 cop
ahead ahead ADV 0 root
in in ADP 6 case
the the DET 6 det
polls poll NOUN 3 obl
, , PUNCT 10 punct
and and CCONJ 10 cc
he he PRON 10 nsubj
leads lead VERB 3 conj
in in ADP 12 case
Iowa Iowa PROPN 10 obl
. . PUNCT 3 punct
""") == []


def test_a_question_word_the_parser_hung_on_the_cue_opens_the_question():
    [record] = run("She asked why he had left the race.", """
She she PRON 2 nsubj
asked ask VERB 0 root
why why ADV 2 advmod
he he PRON 6 nsubj
had have AUX 6 aux
left leave VERB 2 ccomp
the the DET 8 det
race race NOUN 6 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "why he had left the race"


def test_a_participle_of_reporting_the_parser_took_for_a_second_complement_is_a_statement_of_its_own():
    records = run("Cruz said that he will win, adding that Trump attacks him.", """
Cruz Cruz PROPN 2 nsubj
said say VERB 0 root
that that SCONJ 6 mark
he he PRON 6 nsubj
will will AUX 6 aux
win win VERB 2 ccomp
, , PUNCT 8 punct
adding add VERB 2 ccomp xpos=VBG
that that SCONJ 11 mark
Trump Trump PROPN 11 nsubj
attacks attack VERB 8 ccomp
him he PRON 11 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["said"] == "that he will win"
    assert by_cue["adding"] == "that Trump attacks him"


def test_a_participle_of_reporting_after_a_comma_ends_the_statement_before_it():
    # "saying" hangs on a word of the object here, not on the cue
    records = run("He echoed that promise, saying he would stop deportations.", """
He he PRON 2 nsubj
echoed echo VERB 0 root
that that DET 4 det
promise promise NOUN 2 obj
, , PUNCT 6 punct
saying say VERB 4 acl xpos=VBG
he he PRON 9 nsubj
would would AUX 9 aux
stop stop VERB 6 ccomp
deportations deportation NOUN 9 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["echoed"] == "that promise"


def test_a_participle_joined_at_the_end_of_the_content_is_the_speakers_next_action():
    records = run("Cruz spoke, stating that he would win and chiding the media.", """
Cruz Cruz PROPN 2 nsubj
spoke speak VERB 0 root
, , PUNCT 4 punct
stating state VERB 2 advcl xpos=VBG
that that SCONJ 8 mark
he he PRON 8 nsubj
would would AUX 8 aux
win win VERB 4 ccomp
and and CCONJ 10 cc
chiding chide VERB 8 conj xpos=VBG
the the DET 12 det
media media NOUN 10 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["stating"] == "that he would win"


def test_a_participle_joined_to_an_adjective_describes_and_stays_in_the_content():
    records = run("Biden spoke, suggesting that it was unintentional and more embarrassing than deliberate.", """
Biden Biden PROPN 2 nsubj
spoke speak VERB 0 root
, , PUNCT 4 punct
suggesting suggest VERB 2 advcl xpos=VBG
that that SCONJ 8 mark
it it PRON 8 nsubj
was be AUX 8 cop
unintentional unintentional ADJ 4 ccomp
and and CCONJ 11 cc
more more ADV 11 advmod
embarrassing embarrass VERB 8 conj xpos=VBG
than than ADP 13 case
deliberate deliberate NOUN 11 obl
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["suggesting"] == "that it was unintentional and more embarrassing than deliberate"


def test_an_apposition_the_parser_took_for_a_clause_after_an_inverted_speaker():
    [record] = run("Turnout has grown, said Steven Taylor, a chairman at Troy University.", """
Turnout turnout NOUN 3 nsubj
has have AUX 3 aux
grown grow VERB 5 ccomp
, , PUNCT 5 punct
said say VERB 0 root
Steven Steven PROPN 5 iobj
Taylor Taylor PROPN 6 flat
, , PUNCT 10 punct
a a DET 10 det
chairman chairman NOUN 5 ccomp
at at ADP 13 case
Troy Troy PROPN 13 compound
University University PROPN 10 nmod
. . PUNCT 5 punct
""")
    assert record["speaker"]["mention"]["text"].startswith("Steven Taylor")
    assert record["content"]["text"] == "Turnout has grown"


def test_a_clause_with_its_own_object_is_no_reporting_clause_after_a_statement():
    records = run("Blinken, the first official since Biden assumed office, is expected.", """
Blinken Blinken PROPN 12 nsubj:pass
, , PUNCT 1 punct
the the DET 5 det
first first ADJ 5 amod
official official NOUN 1 appos
since since SCONJ 7 case
Biden Biden PROPN 8 nsubj
assumed assume VERB 1 parataxis
office office NOUN 8 obj
, , PUNCT 1 punct
is be AUX 12 aux:pass
expected expect VERB 0 root
. . PUNCT 12 punct
""")
    assert not [r for r in records if r["cue"]["text"] == "assumed"]


def test_a_participle_in_the_reporting_clause_does_not_part_two_quotes():
    text = "“We are ready,” Qin said, referring to the talks.\n“The talks must go on and we will keep our promises.”"
    records = run(text, """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 8 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Qin Qin PROPN 8 nsubj
said say VERB 0 root
, , PUNCT 10 punct
referring refer VERB 8 advcl xpos=VBG
to to ADP 13 case
the the DET 13 det
talks talk NOUN 10 obl
. . PUNCT 8 punct
""", PROMISES)
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert [f["text"] for f in record["content"]["fragments"]] == [
        "“We are ready,”", "“The talks must go on and we will keep our promises.”"]


def test_a_passive_verb_of_believing_with_a_complement_reports_its_whole_clause():
    [record] = run("The fight is expected to be costly.", """
The the DET 2 det
fight fight NOUN 4 nsubj:pass
is be AUX 4 aux:pass
expected expect VERB 0 root
to to PART 7 mark
be be AUX 7 cop
costly costly ADJ 4 xcomp
. . PUNCT 4 punct
""")
    assert record["rule"] == "passive_raising"
    assert record["content"]["text"] == "The fight is expected to be costly"
    assert record["speaker"] is None and record["no_speaker_reason"] == "passive cue (no agent named)"


def test_a_passive_verb_with_its_agent_names_the_source():
    [record] = run("The plan was seen by critics as a gift to donors.", """
The the DET 2 det
plan plan NOUN 4 nsubj:pass
was be AUX 4 aux:pass
seen see VERB 0 root
by by ADP 6 case
critics critic NOUN 4 obl:agent
as as ADP 9 case
a a DET 9 det
gift gift NOUN 4 obl
to to ADP 11 case
donors donor NOUN 9 nmod
. . PUNCT 4 punct
""")
    assert record["speaker"]["mention"]["text"] == "critics"
    assert [f["text"] for f in record["content"]["fragments"]] == ["The plan was", "as a gift to donors"]


def test_in_someones_view_opening_the_sentence_is_their_statement():
    [record] = run("In Knittel's view, the tax would work.", """
In in ADP 4 case
Knittel Knittel PROPN 4 nmod:poss
's 's PART 2 case
view view NOUN 9 obl
, , PUNCT 4 punct
the the DET 7 det
tax tax NOUN 9 nsubj
would would AUX 9 aux
work work VERB 0 root
. . PUNCT 9 punct
""")
    assert record["content"]["text"] == "the tax would work"
    assert record["speaker"]["name"] == "Knittel" and record["speaker"]["kind"] == "person"


def test_a_day_after_the_cue_is_no_inverted_speaker():
    [record] = run("“We are ready,” Rhodes, an adviser, said Sunday.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
are be AUX 4 cop
ready ready ADJ 12 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Rhodes Rhodes PROPN 12 nsubj
, , PUNCT 10 punct
an a DET 10 det
adviser adviser NOUN 7 appos
, , PUNCT 7 punct
said say VERB 0 root
Sunday Sunday PROPN 12 obj
. . PUNCT 12 punct
""")
    assert record["speaker"]["mention"]["text"].startswith("Rhodes")


def test_a_quote_after_a_lead_in_of_its_own_does_not_go_on_with_the_one_before():
    text = "“We are ready,” Qin said.\nHe played up the talks: “The talks must go on and we will keep our promises.”"
    records = run(text, QIN_SAID, """
He he PRON 2 nsubj
played play VERB 0 root
up up ADP 2 compound:prt
the the DET 5 det
talks talk NOUN 2 obj
: : PUNCT 11 punct
“ “ PUNCT 11 punct
The the DET 9 det
talks talk NOUN 11 nsubj
must must AUX 11 aux
go go VERB 2 parataxis
on on ADP 11 compound:prt
and and CCONJ 16 cc
we we PRON 16 nsubj
will will AUX 16 aux
keep keep VERB 11 conj
our we PRON 18 nmod:poss
promises promise NOUN 16 obj
. . PUNCT 2 punct
” ” PUNCT 2 punct
""")
    [first] = [r for r in records if r["cue"] and r["cue"]["text"] == "said"]
    assert not first["content"].get("fragments")
    assert first["content"]["text"] == "“We are ready,”"


def test_a_cue_in_the_next_sentence_with_a_statement_of_its_own_does_not_take_the_quote():
    records = run("Greenblatt warned of a ban. “It is unacceptable.” He said Jews know it well.", """
Greenblatt Greenblatt PROPN 2 nsubj
warned warn VERB 0 root
of of ADP 5 case
a a DET 5 det
ban ban NOUN 2 obl
. . PUNCT 2 punct
""", """
“ “ PUNCT 4 punct
It it PRON 4 nsubj
is be AUX 4 cop
unacceptable unacceptable ADJ 0 root
. . PUNCT 4 punct
” ” PUNCT 4 punct
""", """
He he PRON 2 nsubj
said say VERB 0 root
Jews Jew PROPN 4 nsubj
know know VERB 2 ccomp
it it PRON 4 obj
well well ADV 4 advmod
. . PUNCT 2 punct
""")
    [said] = [r for r in records if r["cue"] and r["cue"]["text"] == "said"]
    assert said["content"]["text"] == "Jews know it well"


def test_a_cue_verb_with_a_particle_that_changes_its_meaning_is_no_cue():
    assert run("Hundreds showed up to hear Stein.", """
Hundreds hundred NOUN 2 nsubj
showed show VERB 0 root
up up ADP 2 compound:prt
to to PART 5 mark
hear hear VERB 2 advcl
Stein Stein PROPN 5 obj
. . PUNCT 2 punct
""") == []


def test_a_second_clause_joined_by_and_goes_on_with_the_content():
    [record] = run("She claimed that crime has fallen and the prison population has fallen.", """
She she PRON 2 nsubj
claimed claim VERB 0 root
that that SCONJ 6 mark
crime crime NOUN 6 nsubj
has have AUX 6 aux
fallen fall VERB 2 ccomp
and and CCONJ 12 cc
the the DET 10 det
prison prison NOUN 10 compound
population population NOUN 12 nsubj
has have AUX 12 aux
fallen fall VERB 2 conj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "that crime has fallen and the prison population has fallen"


def test_an_if_clause_after_asking_is_the_question():
    [record] = run("She asked the students if they would vote.", """
She she PRON 2 nsubj
asked ask VERB 0 root
the the DET 4 det
students student NOUN 2 obj
if if SCONJ 8 mark
they they PRON 8 nsubj
would would AUX 8 aux
vote vote VERB 2 advcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "if they would vote"



def test_a_relative_that_opening_the_clause_keeps_the_object_before_it():
    # the parser made the relative clause a complement of the cue; "that" is its subject, so
    # the object before it is what the clause is about
    [record] = run("He proposed nothing that would raise taxes.", """
He he PRON 2 nsubj
proposed propose VERB 0 root
nothing nothing PRON 2 obj
that that PRON 6 nsubj
would would AUX 6 aux
raise raise VERB 2 ccomp
taxes tax NOUN 6 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "nothing that would raise taxes"


def test_a_finite_verb_joined_to_the_cue_after_its_content_is_the_next_action():
    records = run("She said that taxes would rise and went back to Iowa.", """
She she PRON 2 nsubj
said say VERB 0 root xpos=VBD
that that SCONJ 6 mark
taxes tax NOUN 6 nsubj
would would AUX 6 aux
rise rise VERB 2 ccomp xpos=VB
and and CCONJ 8 cc
went go VERB 2 conj xpos=VBD
back back ADV 8 advmod
to to ADP 11 case
Iowa Iowa PROPN 8 obl
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["said"] == "that taxes would rise"


def test_a_finite_verb_the_parser_hung_on_the_object_is_the_next_action():
    records = run("Trump praised the Hispanics and swears Latinos love him.", """
Trump Trump PROPN 2 nsubj
praised praise VERB 0 root xpos=VBD
the the DET 4 det
Hispanics Hispanic PROPN 2 obj
and and CCONJ 6 cc
swears swear VERB 4 conj xpos=VBZ
Latinos Latino PROPN 8 nsubj
love love VERB 6 ccomp xpos=VBP
him he PRON 8 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert by_cue["praised"] == "the Hispanics"


def test_a_relative_clause_the_parser_took_for_an_adverbial_clause_is_cut_at_its_comma():
    [record] = run("Voters said they liked Sanders, who held a rally on Friday.", """
Voters voter NOUN 2 nsubj
said say VERB 0 root xpos=VBD
they they PRON 4 nsubj
liked like VERB 2 ccomp xpos=VBD
Sanders Sanders PROPN 4 obj
, , PUNCT 8 punct
who who PRON 8 nsubj
held hold VERB 4 advcl xpos=VBD
a a DET 10 det
rally rally NOUN 8 obj
on on ADP 12 case
Friday Friday PROPN 8 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "they liked Sanders"


def test_a_question_quoted_before_asked_and_a_name_is_the_named_ones():
    text = "“How big is that wall?” asked the boy, who wore a 'Make America Great Again' hat."
    record, slogan = run(text, """
“ " PUNCT 6 punct
How how ADV 3 advmod
big big ADJ 6 amod
is be AUX 6 cop
that that DET 6 det
wall wall NOUN 9 nsubj
? ? PUNCT 6 punct
” " PUNCT 6 punct
asked ask VERB 0 root xpos=VBD
the the DET 11 det
boy boy NOUN 9 obj
, , PUNCT 14 punct
who who PRON 14 nsubj
wore wear VERB 9 ccomp xpos=VBD
a a DET 22 det
' ' PUNCT 17 punct
Make make VERB 22 amod
America America PROPN 20 compound
Great great ADJ 20 amod
Again again ADV 22 amod
' ' PUNCT 22 punct
hat hat NOUN 14 obj
. . PUNCT 9 punct
""")
    assert record["content"]["text"] == "“How big is that wall?”"
    assert record["speaker"]["mention"]["text"] == "the boy"
    assert record["cue"]["text"] == "asked"
    assert slogan["content"]["text"] == "'Make America Great Again'"
    assert slogan["speaker"] is None  # the writer's description of the boy, not his words


def test_a_relative_clause_on_the_speaker_is_no_statement_parting_him_from_his_quote():
    text = "“They might win. I think that they play a role,” said Udall, who backs reform."
    records = run(text, """
“ " PUNCT 4 punct
They they PRON 4 nsubj
might might AUX 4 aux
win win VERB 0 root xpos=VB
. . PUNCT 4 punct
""", """
I I PRON 2 nsubj
think think VERB 0 root xpos=VBP
that that SCONJ 5 mark
they they PRON 5 nsubj
play play VERB 2 ccomp xpos=VBP
a a DET 7 det
role role NOUN 5 obj
, , PUNCT 5 punct
” " PUNCT 5 punct
said say VERB 2 ccomp xpos=VBD
Udall Udall PROPN 10 nsubj
, , PUNCT 14 punct
who who PRON 14 nsubj
backs back VERB 10 ccomp xpos=VBZ
reform reform NOUN 14 obj
. . PUNCT 2 punct
""")
    by_rule = {r["rule"]: r for r in records}
    quoted = by_rule["direct_quote_with_cue"]
    assert quoted["speaker"]["mention"]["text"] == "Udall"
    assert quoted["content"]["text"] == "“They might win. I think that they play a role,”"


def test_including_does_not_end_the_object_taken_for_the_statements_subject():
    [record] = run("Voters say the economy, including jobs, should be the priority.", """
Voters voter NOUN 2 nsubj
say say VERB 0 root xpos=VBP
the the DET 4 det
economy economy NOUN 2 obj
, , PUNCT 6 punct
including include VERB 7 case xpos=VBG
jobs job NOUN 2 obl
, , PUNCT 2 punct
should should AUX 12 aux xpos=MD
be be AUX 12 cop xpos=VB
the the DET 12 det
priority priority NOUN 2 advcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the economy, including jobs, should be the priority"


def test_where_someone_wrote_is_not_what_he_wrote():
    records = run("Cruz wrote on Twitter.", """
Cruz Cruz PROPN 2 nsubj
wrote write VERB 0 root xpos=VBD
on on ADP 4 case
Twitter Twitter PROPN 2 obl
. . PUNCT 2 punct
""")
    assert records == []


def test_a_cue_opening_its_quote_with_a_colon_reports_it_however_deep_the_parser_hung_it():
    text = "After Scalia said that schools help, Trump said: “I do not like what he said.”"
    records = run(text, """
After after SCONJ 3 mark
Scalia Scalia PROPN 3 nsubj
said say VERB 0 root xpos=VBD
that that SCONJ 6 mark
schools school NOUN 6 nsubj
help help VERB 3 ccomp xpos=VBP
, , PUNCT 9 punct
Trump Trump PROPN 9 nsubj
said say VERB 6 conj xpos=VBD
: : PUNCT 9 punct
“ " PUNCT 15 punct
I I PRON 15 nsubj
do do AUX 15 aux
not not PART 15 advmod
like like VERB 9 ccomp xpos=VB
what what PRON 18 obj
he he PRON 18 nsubj
said say VERB 15 ccomp xpos=VBD
. . PUNCT 15 punct
” " PUNCT 15 punct
""")
    quoted = next(r for r in records if r["content"]["text"] == "“I do not like what he said.”")
    assert quoted["rule"] == "direct_quote_with_cue"
    assert quoted["speaker"]["mention"]["text"] == "Trump"


def test_a_clause_ending_in_a_colon_before_a_quotation_introduces_it():
    text = "Later, Trump went even further: “If he loses, it is the end of his career.”"
    [record] = run(text, """
Later later ADV 4 advmod
, , PUNCT 4 punct
Trump Trump PROPN 4 nsubj
went go VERB 0 root xpos=VBD
even even ADV 6 advmod
further further ADV 4 advmod
: : PUNCT 4 punct
“ " PUNCT 16 punct
If if SCONJ 11 mark
he he PRON 11 nsubj
loses lose VERB 16 advcl xpos=VBZ
, , PUNCT 16 punct
it it PRON 16 nsubj
is be AUX 16 cop
the the DET 16 det
end end NOUN 4 parataxis
of of ADP 19 case
his his PRON 19 nmod:poss
career career NOUN 16 nmod
. . PUNCT 16 punct
” " PUNCT 16 punct
""")
    assert record["rule"] == "clause_before_quote"
    assert record["content"]["text"] == "“If he loses, it is the end of his career.”"
    assert record["speaker"]["mention"]["text"] == "Trump"
    assert record["cue"]["text"] == "went"


def test_a_thing_before_a_colon_does_not_speak_a_quotation():
    text = "A footnote puts that plainly: “These rules do not apply to the system.”"
    records = run(text, """
A a DET 2 det
footnote footnote NOUN 3 nsubj
puts put VERB 0 root xpos=VBZ
that that PRON 3 obj
plainly plainly ADV 3 advmod
: : PUNCT 3 punct
“ " PUNCT 12 punct
These this DET 9 det
rules rule NOUN 12 nsubj
do do AUX 12 aux
not not PART 12 advmod
apply apply VERB 3 parataxis xpos=VB
to to ADP 15 case
the the DET 15 det
system system NOUN 12 obl
. . PUNCT 12 punct
” " PUNCT 12 punct
""")
    assert all(r["rule"] != "clause_before_quote" and r["speaker"] is None for r in records)


def test_a_document_making_something_clear_before_a_colon_is_cited_for_the_quotation():
    # "makes that clear" is a cue of saying ("make clear" in cues.toml), and a document speaks
    # through one as "the report says" does; PolNeAR's annotators cite the footnote here too.
    text = "A footnote makes that clear: “These rules do not apply to the system.”"
    [record] = run(text, """
A a DET 2 det
footnote footnote NOUN 3 nsubj
makes make VERB 0 root xpos=VBZ
that that PRON 3 obj
clear clear ADJ 3 xcomp
: : PUNCT 3 punct
“ " PUNCT 12 punct
These this DET 9 det
rules rule NOUN 12 nsubj
do do AUX 12 aux
not not PART 12 advmod
apply apply VERB 3 parataxis xpos=VB
to to ADP 15 case
the the DET 15 det
system system NOUN 12 obl
. . PUNCT 12 punct
” " PUNCT 12 punct
""")
    assert record["type"] == "direct" and record["cue"]["lemma"] == "make clear"
    assert record["speaker"]["mention"]["text"] == "A footnote"


def test_as_someone_put_it_before_a_colon_names_the_speaker():
    text = "As Cornyn put it: “This person will not be confirmed.”"
    [record] = run(text, """
As as ADP 2 case
Cornyn Cornyn PROPN 3 obl
put put VERB 0 root xpos=VBD
it it PRON 3 obj
: : PUNCT 3 punct
“ " PUNCT 12 punct
This this DET 8 det
person person NOUN 12 nsubj:pass
will will AUX 12 aux
not not PART 12 advmod
be be AUX 12 aux:pass
confirmed confirm VERB 3 parataxis xpos=VBN
. . PUNCT 12 punct
” " PUNCT 12 punct
""")
    # "put it" is a cue of its own (before it was one, the colon lead-in found this speaker)
    assert (record["rule"], record["cue"]["text"]) == ("direct_quote_with_cue", "put it")
    assert record["speaker"]["mention"]["text"] == "Cornyn"


def test_a_subject_the_parser_took_for_an_adjective_modifying_the_verb_speaks():
    [record] = run("Most believe that the economy has improved.", """
Most most ADJ 2 advmod
believe believe VERB 0 root xpos=VBP
that that SCONJ 7 mark
the the DET 5 det
economy economy NOUN 7 nsubj
has have AUX 7 aux
improved improve VERB 2 ccomp xpos=VBN
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "Most"
    assert record["content"]["text"] == "that the economy has improved"


def test_a_statement_inside_the_speakers_participle_does_not_part_his_quotes():
    text = "“We will win,” Clark said, noting he would back any of the other candidates if they won. “We have a deep bench.”"
    records = run(text, """
“ " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 8 ccomp xpos=VB
, , PUNCT 4 punct
” " PUNCT 4 punct
Clark Clark PROPN 8 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 10 punct
noting note VERB 8 advcl xpos=VBG
he he PRON 13 nsubj
would would AUX 13 aux
back back VERB 10 ccomp xpos=VB
any any DET 13 obj
of of ADP 18 case
the the DET 18 det
other other ADJ 18 amod
candidates candidate NOUN 14 nmod
if if SCONJ 21 mark
they they PRON 21 nsubj
won win VERB 13 advcl xpos=VBD
. . PUNCT 8 punct
""", """
“ " PUNCT 4 punct
We we PRON 3 nsubj
have have VERB 0 root xpos=VBP
a a DET 6 det
deep deep ADJ 6 amod
bench bench NOUN 3 obj
. . PUNCT 3 punct
” " PUNCT 3 punct
""")
    said = next(r for r in records if r["cue"] and r["cue"]["text"] == "said")
    assert [text[f["start"]:f["end"]] for f in said["content"]["fragments"]] == ["“We will win,”", "“We have a deep bench.”"]


def test_a_quotation_opened_in_a_statement_runs_on_to_its_closing_mark():
    text = "He noted that Trump would skip “the details. They bore him.”"
    records = run(text, """
He he PRON 2 nsubj
noted note VERB 0 root xpos=VBD
that that SCONJ 6 mark
Trump Trump PROPN 6 nsubj
would would AUX 6 aux
skip skip VERB 2 ccomp xpos=VB
“ " PUNCT 9 punct
the the DET 9 det
details detail NOUN 6 obj
. . PUNCT 2 punct
""", """
They they PRON 2 nsubj
bore bore VERB 0 root xpos=VBP
him he PRON 2 obj
. . PUNCT 2 punct
” " PUNCT 2 punct
""")
    [record] = records
    assert record["content"]["text"] == "that Trump would skip “the details. They bore him.”"
    assert record["type"] == "mixed" and record["speaker"]["mention"]["text"] == "He"


def test_a_verb_in_the_speakers_description_does_not_take_his_next_quote():
    text = "“We should drop them,” said Merkley, the only senator to endorse Sanders. “Many feel the votes are unfair.”"
    records = run(text, """
“ " PUNCT 4 punct
We we PRON 4 nsubj
should should AUX 4 aux
drop drop VERB 8 ccomp xpos=VB
them they PRON 4 obj
, , PUNCT 4 punct
” " PUNCT 4 punct
said say VERB 0 root xpos=VBD
Merkley Merkley PROPN 8 nsubj
, , PUNCT 13 punct
the the DET 13 det
only only ADJ 13 amod
senator senator NOUN 9 appos
to to PART 15 mark
endorse endorse VERB 13 acl xpos=VB
Sanders Sanders PROPN 15 obj
. . PUNCT 8 punct
""", """
“ " PUNCT 3 punct
Many many ADJ 3 nsubj
feel feel VERB 0 root xpos=VBP
the the DET 5 det
votes vote NOUN 7 nsubj
are be AUX 7 cop
unfair unfair ADJ 3 ccomp
. . PUNCT 3 punct
” " PUNCT 3 punct
""")
    said = next(r for r in records if r["cue"] and r["cue"]["text"] == "said")
    assert [text[f["start"]:f["end"]] for f in said["content"]["fragments"]] == [
        "“We should drop them,”", "“Many feel the votes are unfair.”"]
    assert not any(r["cue"] and r["cue"]["text"] == "endorse" and "unfair" in r["content"]["text"] for r in records)


def test_what_the_reporting_clause_says_of_the_speaker_does_not_part_his_quotes():
    text = "“It is not easy,” said King, who endorsed Rubio. “Trump is the favorite.”"
    records = run(text, """
“ " PUNCT 5 punct
It it PRON 5 nsubj
is be AUX 5 cop
not not PART 5 advmod
easy easy ADJ 8 ccomp
, , PUNCT 5 punct
” " PUNCT 5 punct
said say VERB 0 root xpos=VBD
King King PROPN 8 nsubj
, , PUNCT 12 punct
who who PRON 12 nsubj
endorsed endorse VERB 9 acl:relcl xpos=VBD
Rubio Rubio PROPN 12 obj
. . PUNCT 8 punct
""", """
“ " PUNCT 5 punct
Trump Trump PROPN 5 nsubj
is be AUX 5 cop
the the DET 5 det
favorite favorite NOUN 0 root
. . PUNCT 5 punct
” " PUNCT 5 punct
""")
    said = next(r for r in records if r["cue"] and r["cue"]["text"] == "said")
    assert [text[f["start"]:f["end"]] for f in said["content"]["fragments"]] == [
        "“It is not easy,”", "“Trump is the favorite.”"]


def test_the_lead_in_verb_before_a_colon_is_the_one_with_a_subject_nearest_the_colon():
    text = "Asked which county he liked, he demurred: “Whichever one I am in.”"
    records = run(text, """
Asked ask VERB 0 root xpos=VBD
which which DET 3 det
county county NOUN 5 obj
he he PRON 5 nsubj
liked like VERB 1 ccomp xpos=VBD
, , PUNCT 8 punct
he he PRON 8 nsubj
demurred demur VERB 1 ccomp xpos=VBD
: : PUNCT 8 punct
“ " PUNCT 12 punct
Whichever whichever DET 12 det
one one NUM 8 ccomp
I I PRON 15 nsubj
am be AUX 15 cop
in in ADP 12 acl:relcl
. . PUNCT 12 punct
” " PUNCT 12 punct
""")
    quoted = next(r for r in records if r["content"]["text"] == "“Whichever one I am in.”")
    assert quoted["speaker"]["mention"]["text"] == "he" and quoted["cue"]["text"] == "demurred"


def test_a_quotation_after_adding_colon_is_not_the_first_cues_and_does_not_unseat_it():
    text = "“We respect him. He leads,” Cruz said, adding: “I would welcome his support.”"
    records = run(text, """
“ " PUNCT 3 punct
We we PRON 3 nsubj
respect respect VERB 0 root xpos=VBP
him he PRON 3 obj
. . PUNCT 3 punct
""", """
He he PRON 2 nsubj
leads lead VERB 6 ccomp xpos=VBZ
, , PUNCT 2 punct
” " PUNCT 2 punct
Cruz Cruz PROPN 6 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 8 punct
adding add VERB 6 advcl xpos=VBG
: : PUNCT 8 punct
“ " PUNCT 13 punct
I I PRON 13 nsubj
would would AUX 13 aux
welcome welcome VERB 6 ccomp xpos=VB
his he PRON 15 nmod:poss
support support NOUN 13 obj
. . PUNCT 13 punct
” " PUNCT 13 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records if r["cue"]}
    assert by_cue["said"] == "“We respect him. He leads,”"
    assert by_cue["adding"] == "“I would welcome his support.”"


def test_a_cue_in_the_next_sentence_parts_a_split_quotation():
    text = "“We felt the pain,” Khan wrote. She continued: “He has children.”"
    records = run(text, """
“ " PUNCT 3 punct
We we PRON 3 nsubj
felt feel VERB 9 ccomp xpos=VBD
the the DET 5 det
pain pain NOUN 3 obj
, , PUNCT 3 punct
” " PUNCT 3 punct
Khan Khan PROPN 9 nsubj
wrote write VERB 0 root xpos=VBD
. . PUNCT 9 punct
""", """
She she PRON 2 nsubj
continued continue VERB 0 root xpos=VBD
: : PUNCT 2 punct
“ " PUNCT 6 punct
He he PRON 6 nsubj
has have VERB 2 ccomp xpos=VBZ
children child NOUN 6 obj
. . PUNCT 6 punct
” " PUNCT 6 punct
""")
    by_cue = {r["cue"]["text"]: r["content"]["text"] for r in records if r["cue"]}
    assert by_cue["wrote"] == "“We felt the pain,”"
    assert by_cue["continued"] == "“He has children.”"


def test_the_one_said_of_is_not_the_speaker():
    text = "Axelrod said of Sanders: “Will he do the same?”"
    [record] = run(text, """
Axelrod Axelrod PROPN 2 vocative
said say VERB 0 root xpos=VBD
of of ADP 4 case
Sanders Sanders PROPN 2 obl
: : PUNCT 2 punct
“ " PUNCT 9 punct
Will will AUX 9 aux
he he PRON 9 nsubj
do do VERB 2 ccomp xpos=VB
the the DET 11 det
same same ADJ 9 obj
? ? PUNCT 9 punct
” " PUNCT 9 punct
""")
    assert record["content"]["text"] == "“Will he do the same?”"
    assert record["speaker"]["mention"]["text"] == "Axelrod"


def test_a_name_after_a_headlines_dash_speaks_the_quotation_after_its_colon():
    text = "STATES GAIN - Jones: “Gallup finds that states are red.”"
    records = run(text, """
STATES state PROPN 2 nsubj
GAIN gain VERB 0 root xpos=VBP
- - PUNCT 4 punct
Jones Jones PROPN 2 parataxis
: : PUNCT 4 punct
“ " PUNCT 8 punct
Gallup Gallup PROPN 8 nsubj
finds find VERB 4 appos xpos=VBZ
that that SCONJ 12 mark
states state NOUN 12 nsubj
are be AUX 12 cop
red red ADJ 8 ccomp
. . PUNCT 8 punct
” " PUNCT 8 punct
""")
    quoted = next(r for r in records if r["content"]["text"] == "“Gallup finds that states are red.”")
    assert quoted["speaker"]["mention"]["text"] == "Jones"


def test_a_quotation_signed_on_the_next_line_with_a_hyphen():
    text = "“I went to Wall Street before the crash.”\n\n- Clinton.\n\nShe tends to overstate it."
    records = run(text, """
“ “ PUNCT 3 punct
I I PRON 3 nsubj
went go VERB 0 root
to to ADP 6 case
Wall Wall PROPN 6 compound
Street Street PROPN 3 obl
before before ADP 9 case
the the DET 9 det
crash crash NOUN 3 obl
. . PUNCT 3 punct
” ” PUNCT 3 punct
""", """
- - PUNCT 2 punct
Clinton Clinton PROPN 0 root
. . PUNCT 2 punct
""", """
She she PRON 2 nsubj
tends tend VERB 0 root
to to PART 4 mark
overstate overstate VERB 2 xcomp
it it PRON 4 obj
. . PUNCT 2 punct
""")
    [signed] = [r for r in records if r["rule"] == "quote_signature"]
    assert signed["content"]["text"] == "“I went to Wall Street before the crash.”"
    assert signed["speaker"]["mention"]["text"] == "Clinton"


def test_a_noun_of_calling_for_something_names_what_was_called_for_and_who_called():
    [record] = run("Republican calls for a special prosecutor grew.", """
Republican Republican ADJ 2 amod
calls call NOUN 7 nsubj
for for ADP 6 case
a a DET 6 det
special special ADJ 6 amod
prosecutor prosecutor NOUN 2 nmod
grew grow VERB 0 root xpos=VBD
. . PUNCT 7 punct
""")
    assert record["rule"] == "noun_with_preposition" and record["cue"]["text"] == "calls"
    assert record["content"]["text"] == "a special prosecutor"
    assert record["speaker"]["mention"]["text"] == "Republican"


def test_a_quotation_ending_the_writers_clause_after_the_cue_is_no_second_fragment():
    text = "“Savage,” she said, meaning that he is “radical enough.”"
    records = run(text, """
“ " PUNCT 2 punct
Savage savage ADJ 6 ccomp
, , PUNCT 2 punct
” " PUNCT 2 punct
she she PRON 6 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 8 punct
meaning mean VERB 6 advcl xpos=VBG
that that SCONJ 13 mark
he he PRON 13 nsubj
is be AUX 13 cop
“ " PUNCT 13 punct
radical radical ADJ 8 ccomp
enough enough ADV 13 advmod
. . PUNCT 6 punct
” " PUNCT 13 punct
""")
    said = next(r for r in records if r["cue"] and r["cue"]["text"] == "said")
    assert said["content"]["text"] == "“Savage,”"


def test_the_word_order_fallback_takes_no_lead_in_before_a_colon():
    records = run("In the text below the video, Wallnau wrote:", """
In in ADP 3 case
the the DET 3 det
text text NOUN 0 root
below below ADP 6 case
the the DET 6 det
video video NOUN 3 nmod
, , PUNCT 3 punct
Wallnau Wallnau PROPN 3 appos
wrote write VERB 3 acl xpos=VBD
: : PUNCT 3 punct
""")
    assert not [r for r in records if r["rule"] == "surface_reporting_clause"]


def test_the_word_order_fallback_takes_no_bare_adverb_for_a_statement():
    records = run("Sanders laughed, heartily.", """
Sanders Sanders PROPN 4 nsubj
laughed laugh VERB 4 csubj xpos=VBD
, , PUNCT 4 punct
heartily heartily ADV 0 root
. . PUNCT 4 punct
""")
    assert not [r for r in records if r["rule"] == "surface_reporting_clause"]


def test_who_makes_the_claim_speaks_for_the_noun_cue():
    [record] = run("Carson made the claim that the episode was over.", """
Carson Carson PROPN 2 nsubj
made make VERB 0 root xpos=VBD
the the DET 4 det
claim claim NOUN 2 obj
that that SCONJ 9 mark
the the DET 7 det
episode episode NOUN 9 nsubj
was be AUX 9 cop
over over ADJ 4 acl
. . PUNCT 2 punct
""")
    assert record["rule"] == "noun_cue" and record["content"]["text"] == "that the episode was over"
    assert record["speaker"]["mention"]["text"] == "Carson"


def test_an_adverbial_clause_taken_for_a_complement_does_not_part_a_cue_from_its_quote():
    text = "“I love Oreos. I will never eat them,” Trump said after Nabisco announced layoffs."
    records = run(text, """
“ " PUNCT 3 punct
I I PRON 3 nsubj
love love VERB 0 root xpos=VBP
Oreos Oreo PROPN 3 obj
. . PUNCT 3 punct
""", """
I I PRON 4 nsubj
will will AUX 4 aux
never never ADV 4 advmod
eat eat VERB 0 root xpos=VB
them they PRON 4 obj
, , PUNCT 4 punct
” " PUNCT 4 punct
Trump Trump PROPN 9 nsubj
said say VERB 4 parataxis xpos=VBD
after after ADP 12 mark
Nabisco Nabisco PROPN 12 nsubj
announced announce VERB 9 ccomp xpos=VBD
layoffs layoff NOUN 12 obj
. . PUNCT 4 punct
""")
    said = next(r for r in records if r["cue"] and r["cue"]["text"] == "said")
    assert said["content"]["text"] == "“I love Oreos. I will never eat them,”"
    assert said["speaker"]["mention"]["text"] == "Trump"


def test_a_day_the_parser_made_the_subject_does_not_speak():
    records = run("Scott freed funds and on Monday announced more money was sent.", """
Scott Scott PROPN 2 nsubj
freed free VERB 0 root xpos=VBD
funds fund NOUN 2 obj
and and CCONJ 7 cc
on on ADP 6 case
Monday Monday PROPN 7 nsubj
announced announce VERB 2 conj xpos=VBD
more more ADJ 9 amod
money money NOUN 11 nsubj:pass
was be AUX 11 aux:pass
sent send VERB 7 ccomp xpos=VBN
. . PUNCT 2 punct
""")
    announced = next(r for r in records if r["cue"]["text"] == "announced")
    assert announced["speaker"]["mention"]["text"] == "Scott"


def test_the_agent_of_a_noun_cue_speaks():
    records = run("This decision by the FBI that no charges were needed destroys trust.", """
This this DET 2 det
decision decision NOUN 11 nsubj
by by ADP 5 case
the the DET 5 det
FBI FBI PROPN 2 nmod
that that SCONJ 10 mark
no no DET 8 det
charges charge NOUN 10 nsubj:pass
were be AUX 10 aux:pass
needed need VERB 2 acl xpos=VBN
destroys destroy VERB 0 root xpos=VBZ
trust trust NOUN 11 obj
. . PUNCT 11 punct
""")
    [record] = [r for r in records if r["rule"] == "noun_cue"]
    assert record["content"]["text"] == "that no charges were needed"
    assert record["speaker"]["mention"]["text"] == "the FBI"


def test_a_document_can_speak_for_a_verb_of_stance():
    [record] = run("The ad then references FBI criticism of Clinton.", """
The the DET 2 det
ad ad NOUN 4 nsubj
then then ADV 4 advmod
references reference VERB 0 root xpos=VBZ
FBI FBI PROPN 6 compound
criticism criticism NOUN 4 obj
of of ADP 8 case
Clinton Clinton PROPN 6 nmod
. . PUNCT 4 punct
""")
    assert record["speaker"]["mention"]["text"] == "The ad"
    assert record["content"]["text"] == "FBI criticism of Clinton"


def test_a_quotation_ending_the_writers_clause_is_no_fragment_for_the_next_sentences_cue():
    text = "She says Trump represents the “same rigged system.” She adds, “He lost a billion.”"
    records = run(text, """
She she PRON 2 nsubj
says say VERB 0 root xpos=VBZ
Trump Trump PROPN 4 nsubj
represents represent VERB 2 ccomp xpos=VBZ
the the DET 9 det
“ " PUNCT 9 punct
same same ADJ 9 amod
rigged rig VERB 9 amod xpos=VBN
system system NOUN 4 obj
. . PUNCT 2 punct
” " PUNCT 9 punct
""", """
She she PRON 2 nsubj
adds add VERB 0 root xpos=VBZ
, , PUNCT 6 punct
“ " PUNCT 6 punct
He he PRON 6 nsubj
lost lose VERB 2 ccomp xpos=VBD
a a DET 8 det
billion billion NUM 6 obj
. . PUNCT 6 punct
” " PUNCT 6 punct
""")
    adds = next(r for r in records if r["cue"] and r["cue"]["text"] == "adds")
    assert adds["content"]["text"] == "“He lost a billion.”"


def test_the_main_verb_of_saying_is_no_content_of_an_opening_asked():
    records = run("Asked about the blast, Clinton said the facts matter.", """
Asked ask VERB 0 root xpos=VBD
about about ADP 4 case
the the DET 4 det
blast blast NOUN 1 obl
, , PUNCT 7 punct
Clinton Clinton PROPN 7 nsubj
said say VERB 1 parataxis xpos=VBD
the the DET 9 det
facts fact NOUN 10 nsubj
matter matter VERB 7 ccomp xpos=VBP
. . PUNCT 1 punct
""")
    assert not any(r["cue"]["text"] == "Asked" and "said" in r["content"]["text"] for r in records)
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "the facts matter" and said["speaker"]["mention"]["text"] == "Clinton"


def test_a_statement_ending_on_a_quotation_runs_over_the_quoted_list_that_follows():
    text = "Cruz called him a “pathological liar” who is “amoral” and a “narcissist of rank.”"
    records = run(text, """
Cruz Cruz PROPN 2 nsubj
called call VERB 0 root xpos=VBD
him he PRON 2 iobj
a a DET 7 det
“ " PUNCT 7 punct
pathological pathological ADJ 7 amod
liar liar NOUN 2 obj
” " PUNCT 7 punct
who who PRON 12 nsubj
is be AUX 12 cop
“ " PUNCT 12 punct
amoral amoral ADJ 2 advcl
” " PUNCT 12 punct
and and CCONJ 17 cc
a a DET 17 det
“ " PUNCT 17 punct
narcissist narcissist NOUN 12 conj
of of ADP 19 case
rank rank NOUN 17 nmod
. . PUNCT 2 punct
” " PUNCT 17 punct
""")
    called = next(r for r in records if r["cue"] and r["cue"]["text"] == "called")
    assert called["content"]["text"] == "a “pathological liar” who is “amoral” and a “narcissist of rank.”"


def test_the_word_order_fallback_starts_a_told_statement_at_that():
    records = run("He told his aides on a regular basis that terror is the answer.", """
He he PRON 2 nsubj
told tell VERB 0 root xpos=VBD
his he PRON 4 nmod:poss
aides aide NOUN 2 obj
on on ADP 8 case
a a DET 8 det
regular regular ADJ 8 amod
basis basis NOUN 2 obl
that that SCONJ 13 mark
terror terror NOUN 13 nsubj
is be AUX 13 cop
the the DET 13 det
answer answer NOUN 8 dep
. . PUNCT 2 punct
""")
    # (with the clause a bare "dep" of the phrase of time: a plain "acl" on it is read by structure)
    told = next(r for r in records if r["cue"]["text"] == "told")
    assert told["rule"] == "surface_reporting_clause"
    assert told["content"]["text"] == "that terror is the answer"


def test_the_word_order_fallback_takes_no_listener_for_a_statement():
    records = run("Graham told The Huffington Post on Thursday.", """
Graham Graham PROPN 2 nsubj
told tell VERB 0 root xpos=VBD
The the DET 5 det
Huffington Huffington PROPN 5 compound
Post Post PROPN 2 obj
on on ADP 7 case
Thursday Thursday PROPN 2 obl
. . PUNCT 2 punct
""")
    assert records == []


def test_a_particle_the_parser_hung_on_the_next_noun_still_makes_no_cue():
    records = run("Trump backed off some of his initial proposals.", """
Trump Trump PROPN 2 nsubj
backed back VERB 0 root xpos=VBD
off off ADP 4 case
some some PRON 2 obl
of of ADP 8 case
his he PRON 8 nmod:poss
initial initial ADJ 8 amod
proposals proposal NOUN 4 nmod
. . PUNCT 2 punct
""")
    assert records == []


def test_a_speaker_named_in_an_aside_before_told_reports_the_statement_before_him():
    # As parsed: "told" joined to "believes", the name split into conjuncts.
    records = run("Newsom believes the state can meet that goal, his spokeswoman, Erin Mellon, told reporters.", """
Newsom Newsom PROPN 2 nsubj
believes believe VERB 0 root xpos=VBZ
the the DET 4 det
state state NOUN 6 nsubj
can can AUX 6 aux xpos=MD
meet meet VERB 2 ccomp xpos=VB
that that DET 8 det
goal goal NOUN 6 obj
, , PUNCT 11 punct
his his PRON 11 nmod:poss
spokeswoman spokeswoman NOUN 16 nsubj
, , PUNCT 13 punct
Erin Erin PROPN 11 conj
Mellon Mellon PROPN 11 conj
, , PUNCT 13 punct
told tell VERB 2 conj xpos=VBD
reporters reporter NOUN 16 iobj
. . PUNCT 2 punct
""")
    told = next(r for r in records if r["cue"]["text"] == "told")
    assert told["content"]["text"] == "Newsom believes the state can meet that goal"
    assert told["speaker"]["mention"]["text"] == "his spokeswoman, Erin Mellon"
    assert told["speaker"]["name"] == "Erin Mellon"


def test_a_past_tense_between_two_noun_phrases_is_no_part_of_a_speakers_phrase():
    records = run("Republicans accused Newsom of ignoring the costs.", """
Republicans Republican PROPN 2 nsubj
accused accuse VERB 0 root xpos=VBD
Newsom Newsom PROPN 2 obj
of of ADP 5 mark
ignoring ignore VERB 2 advcl xpos=VBG
the the DET 7 det
costs cost NOUN 5 obj
. . PUNCT 2 punct
""")
    assert [(r["cue"]["text"], r["speaker"]["mention"]["text"]) for r in records] == [("accused", "Republicans")]


def test_a_single_dash_after_a_quotation_starts_the_writers_comment():
    text = "Gingrich dismissed Estonia as the “suburbs of St. Petersburg” — a telling metaphor."
    records = run(text, """
Gingrich Gingrich PROPN 2 nsubj
dismissed dismiss VERB 0 root xpos=VBD
Estonia Estonia PROPN 2 obj
as as ADP 7 case
the the DET 7 det
“ " PUNCT 7 punct
suburbs suburb NOUN 2 obl
of of ADP 10 case
St. St. PROPN 10 compound
Petersburg Petersburg PROPN 7 nmod
” " PUNCT 7 punct
— — PUNCT 15 punct
a a DET 15 det
telling telling ADJ 15 amod
metaphor metaphor NOUN 7 appos
. . PUNCT 2 punct
""")
    dismissed = next(r for r in records if r["cue"]["text"] == "dismissed")
    assert dismissed["content"]["text"] == "Estonia as the “suburbs of St. Petersburg”"


def test_a_day_the_parser_made_a_subject_is_no_speaker():
    text = "Sunday on CNN, President Barack Obama said he expected a win."
    [said] = run(text, """
Sunday Sunday PROPN 8 nsubj
on on ADP 3 case
CNN CNN PROPN 1 nmod
, , PUNCT 5 punct
President President PROPN 8 nsubj
Barack Barack PROPN 5 flat
Obama Obama PROPN 5 flat
said say VERB 0 root xpos=VBD
he he PRON 10 nsubj
expected expect VERB 8 ccomp xpos=VBD
a a DET 12 det
win win NOUN 10 obj
. . PUNCT 8 punct
""")
    assert said["speaker"]["mention"]["text"] == "President Barack Obama"


def test_names_the_parser_joined_to_a_day_are_the_speakers():
    text = "Also Monday, Goodlatte and Gowdy sent a letter saying the FBI erred."
    records = run(text, """
Also also ADV 7 advmod
Monday Monday PROPN 7 nsubj
, , PUNCT 4 punct
Goodlatte Goodlatte PROPN 2 conj
and and CCONJ 6 cc
Gowdy Gowdy PROPN 2 conj
sent send VERB 0 root xpos=VBD
a a DET 9 det
letter letter NOUN 7 obj
saying say VERB 9 acl xpos=VBG
the the DET 12 det
FBI FBI PROPN 13 nsubj
erred err VERB 10 ccomp xpos=VBD
. . PUNCT 7 punct
""")
    saying = next(r for r in records if r["cue"]["text"] == "saying")
    assert saying["speaker"]["mention"]["text"] == "Goodlatte"


def test_a_time_phrase_before_a_pronoun_is_no_part_of_the_speakers_mention():
    text = "On Monday he said the plan would fail."
    [said] = run(text, """
On on ADP 2 case
Monday Monday PROPN 4 obl
he he PRON 4 nsubj
said say VERB 0 root xpos=VBD
the the DET 6 det
plan plan NOUN 8 nsubj
would would AUX 8 aux
fail fail VERB 4 ccomp
. . PUNCT 4 punct
""")
    assert said["speaker"]["mention"]["text"] == "he"


def test_a_speakers_party_in_brackets_is_closed_in_the_mention():
    text = "Gov. John Kasich (R-OH) said the race is open."
    [said] = run(text, """
Gov. Gov. PROPN 9 nsubj
John John PROPN 1 flat
Kasich Kasich PROPN 1 flat
( ( PUNCT 5 punct
R R PROPN 3 appos
- - PUNCT 7 punct
OH OH PROPN 5 flat
) ) PUNCT 5 punct
said say VERB 0 root xpos=VBD
the the DET 11 det
race race NOUN 13 nsubj
is be AUX 13 cop
open open ADJ 9 ccomp
. . PUNCT 9 punct
""")
    assert said["speaker"]["mention"]["text"] == "Gov. John Kasich (R-OH)"


def test_a_place_the_parser_made_the_subject_gives_way_to_its_apposition():
    text = "At the convention Sen. Elizabeth Warren said Trump was a failure."
    [said] = run(text, """
At at ADP 3 case
the the DET 3 det
convention convention NOUN 7 nsubj
Sen. Sen. PROPN 3 appos
Elizabeth Elizabeth PROPN 4 flat
Warren Warren PROPN 4 flat
said say VERB 0 root xpos=VBD
Trump Trump PROPN 11 nsubj
was be AUX 11 cop
a a DET 11 det
failure failure NOUN 7 ccomp
. . PUNCT 7 punct
""")
    assert said["speaker"]["mention"]["text"] == "Sen. Elizabeth Warren"


def test_thanking_and_reaffirming_take_their_objects_as_statements():
    text = "Sanders thanked the raucous crowd. Many Republicans reaffirmed their opposition."
    thanked, reaffirmed = run(text, """
Sanders Sanders PROPN 2 nsubj
thanked thank VERB 0 root xpos=VBD
the the DET 5 det
raucous raucous ADJ 5 amod
crowd crowd NOUN 2 obj
. . PUNCT 2 punct
""", """
Many many ADJ 2 amod
Republicans Republican PROPN 3 nsubj
reaffirmed reaffirm VERB 0 root xpos=VBD
their they PRON 5 nmod:poss
opposition opposition NOUN 3 obj
. . PUNCT 3 punct
""")
    assert (thanked["speaker"]["mention"]["text"], thanked["content"]["text"]) == ("Sanders", "the raucous crowd")
    assert (reaffirmed["speaker"]["mention"]["text"], reaffirmed["content"]["text"]) == \
        ("Many Republicans", "their opposition")


def test_naming_and_exposing_take_their_objects_as_statements():
    text = "Obama named her his successor. The report exposed the scheme."
    named, exposed = run(text, """
Obama Obama PROPN 2 nsubj
named name VERB 0 root xpos=VBD
her she PRON 2 obj
his he PRON 5 nmod:poss
successor successor NOUN 2 xcomp
. . PUNCT 2 punct
""", """
The the DET 2 det
report report NOUN 3 nsubj
exposed expose VERB 0 root xpos=VBD
the the DET 5 det
scheme scheme NOUN 3 obj
. . PUNCT 3 punct
""")
    assert (named["speaker"]["mention"]["text"], named["content"]["text"]) == ("Obama", "her his successor")
    assert (exposed["speaker"]["mention"]["text"], exposed["content"]["text"]) == ("The report", "the scheme")


def test_a_time_after_an_object_content_ends_it():
    text = "Xi stressed those worries on Sunday at a forum."
    [stressed] = run(text, """
Xi Xi PROPN 2 nsubj
stressed stress VERB 0 root xpos=VBD
those that DET 4 det
worries worry NOUN 2 obj
on on ADP 6 case
Sunday Sunday PROPN 2 obl
at at ADP 9 case
a a DET 9 det
forum forum NOUN 2 obl
. . PUNCT 2 punct
""")
    assert stressed["content"]["text"] == "those worries"


def test_a_statement_issued_speaks_for_its_issuer_though_the_parser_made_it_controller():
    text = "The council issued a statement calling the test a violation."
    records = run(text, """
The the DET 2 det
council council NOUN 3 nsubj
issued issue VERB 0 root xpos=VBD
a a DET 5 det
statement statement NOUN 3 obj
calling call VERB 3 xcomp xpos=VBG
the the DET 8 det
test test NOUN 6 obj
a a DET 10 det
violation violation NOUN 6 xcomp
. . PUNCT 3 punct
""")
    calling = next(r for r in records if r["cue"]["text"] == "calling")
    assert calling["speaker"]["mention"]["text"] == "The council"


def test_the_occasion_of_a_statement_does_not_speak_its_participle():
    text = "She spoke at a news conference announcing that her department was suing."
    records = run(text, """
She she PRON 2 nsubj
spoke speak VERB 0 root xpos=VBD
at at ADP 6 case
a a DET 6 det
news news NOUN 6 compound
conference conference NOUN 2 obl
announcing announce VERB 6 acl xpos=VBG
that that SCONJ 12 mark
her she PRON 10 nmod:poss
department department NOUN 12 nsubj
was be AUX 12 aux
suing sue VERB 7 ccomp xpos=VBG
. . PUNCT 2 punct
""")
    announcing = next(r for r in records if r["cue"]["text"] == "announcing")
    assert announcing["speaker"]["mention"]["text"] == "She"


def test_the_agent_of_a_participle_is_not_the_speaker_of_a_verb_joined_to_it():
    text = "Clinton spoke at a forum sponsored by NBC and said she was ready."
    records = run(text, """
Clinton Clinton PROPN 2 nsubj
spoke speak VERB 0 root xpos=VBD
at at ADP 5 case
a a DET 5 det
forum forum NOUN 2 obl
sponsored sponsor VERB 2 advcl xpos=VBN
by by ADP 8 case
NBC NBC PROPN 6 obl:agent
and and CCONJ 10 cc
said say VERB 6 conj xpos=VBD
she she PRON 13 nsubj
was be AUX 13 cop
ready ready ADJ 10 ccomp
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["speaker"]["mention"]["text"] == "Clinton"


def test_what_was_supposed_to_happen_is_no_ones_statement():
    text = "The mine was supposed to keep producing coal."
    records = run(text, """
The the DET 2 det
mine mine NOUN 4 nsubj:pass
was be AUX 4 aux:pass
supposed suppose VERB 0 root xpos=VBN
to to PART 6 mark
keep keep VERB 4 xcomp
producing produce VERB 6 xcomp xpos=VBG
coal coal NOUN 7 obj
. . PUNCT 4 punct
""")
    assert records == []


def test_a_verb_of_saying_joined_as_the_last_conjunct_closes_on_its_speaker():
    text = "That would create a summer of agony, said Brad Bannon, a pollster."
    [said] = run(text, """
That that PRON 3 nsubj
would would AUX 3 aux
create create VERB 0 root
a a DET 5 det
summer summer NOUN 3 obj
of of ADP 7 case
agony agony NOUN 5 nmod
, , PUNCT 9 punct
said say VERB 3 conj xpos=VBD
Brad Brad PROPN 9 iobj
Bannon Bannon PROPN 10 flat
, , PUNCT 14 punct
a a DET 14 det
pollster pollster NOUN 9 ccomp
. . PUNCT 3 punct
""")
    assert said["rule"] == "inverted_cue"
    assert said["speaker"]["mention"]["text"] == "Brad Bannon"
    assert said["content"]["text"] == "That would create a summer of agony"


def test_a_that_clause_hung_on_the_occasion_is_the_statement():
    text = "It drew a response from Trump Jr., who suggested in an interview that Lewandowski was trying to stay relevant."
    records = run(text, """
It it PRON 2 nsubj
drew draw VERB 0 root xpos=VBD
a a DET 4 det
response response NOUN 2 obj
from from ADP 6 case
Trump Trump PROPN 4 nmod
Jr. Jr. PROPN 6 flat
, , PUNCT 10 punct
who who PRON 10 nsubj
suggested suggest VERB 2 conj xpos=VBD
in in ADP 13 case
an a DET 13 det
interview interview NOUN 10 obl
that that SCONJ 17 mark
Lewandowski Lewandowski PROPN 17 nsubj
was be AUX 17 aux
trying try VERB 13 acl:relcl xpos=VBG
to to PART 19 mark
stay stay VERB 17 xcomp
relevant relevant ADJ 19 xcomp
. . PUNCT 2 punct
""")
    suggested = next(r for r in records if r["cue"]["text"] == "suggested")
    assert suggested["content"]["text"] == "that Lewandowski was trying to stay relevant"
    assert suggested["speaker"]["mention"]["text"] == "who"


def test_what_a_naming_verb_names_is_part_of_the_quoted_statement():
    text = "Bolton called the decision “disrespectful to the troops.”"
    [called] = run(text, """
Bolton Bolton PROPN 2 nsubj
called call VERB 0 root xpos=VBD
the the DET 4 det
decision decision NOUN 2 obj
“ “ PUNCT 6 punct
disrespectful disrespectful ADJ 2 xcomp
to to ADP 9 case
the the DET 9 det
troops troop NOUN 6 obl
. . PUNCT 2 punct
” ” PUNCT 6 punct
""")
    assert called["content"]["text"] == "the decision “disrespectful to the troops.”"
    assert called["type"] == "mixed"


def test_a_passive_verb_with_as_says_something_of_its_subject_though_no_one_is_named():
    text = "Atkinson was identified as the protester."
    [identified] = run(text, """
Atkinson Atkinson PROPN 3 nsubj:pass
was be AUX 3 aux:pass
identified identify VERB 0 root xpos=VBN
as as ADP 6 case
the the DET 6 det
protester protester NOUN 3 obl
. . PUNCT 3 punct
""")
    assert identified["rule"] == "passive_raising" and identified["speaker"] is None
    assert identified["content"]["text"] == "Atkinson was identified as the protester"


def test_people_named_by_what_they_do_hold_stances():
    text = "Male troops backed Trump."
    [backed] = run(text, """
Male male ADJ 2 amod
troops troop NOUN 3 nsubj
backed back VERB 0 root xpos=VBD
Trump Trump PROPN 3 obj
. . PUNCT 3 punct
""")
    assert backed["speaker"]["mention"]["text"] == "Male troops"
    assert backed["speaker"]["kind"] == "group"


def test_an_unnamed_supporter_holds_a_belief():
    text = "One supporter believes that Cruz passes the test."
    [believes] = run(text, """
One one NUM 2 nummod
supporter supporter NOUN 3 nsubj
believes believe VERB 0 root xpos=VBZ
that that SCONJ 6 mark
Cruz Cruz PROPN 6 nsubj
passes pass VERB 3 ccomp xpos=VBZ
the the DET 8 det
test test NOUN 6 obj
. . PUNCT 3 punct
""")
    assert believes["speaker"]["mention"]["text"] == "One supporter"
    assert believes["speaker"]["kind"] == "anonymous"


def test_a_poll_opening_the_sentence_is_found_by_word_order_when_the_parse_loses_it():
    text = "In an NBC News poll released Monday, 50 percent chose Clinton."
    [record] = run(text, """
In in ADP 4 case
an a DET 4 det
NBC NBC PROPN 4 compound
News News NOUN 6 obl
poll poll NOUN 6 nsubj
released release VERB 0 root xpos=VBD
Monday Monday PROPN 6 obj
, , PUNCT 10 punct
50 50 NUM 10 nummod
percent percent NOUN 6 obj
chose choose VERB 6 advcl xpos=VBD
Clinton Clinton PROPN 11 obj
. . PUNCT 6 punct
""")
    assert record["rule"] == "according_to"
    assert record["speaker"]["mention"]["text"] == "an NBC News poll released Monday"
    assert record["content"]["text"] == "50 percent chose Clinton"


def test_according_to_a_source_the_tagger_took_for_verbs():
    text = "Clinton made a brief visit, according to media buying sources."
    [record] = run(text, """
Clinton Clinton PROPN 2 nsubj
made make VERB 0 root xpos=VBD
a a DET 5 det
brief brief ADJ 5 amod
visit visit NOUN 2 obj
, , PUNCT 10 punct
according accord VERB 10 mark
to to PART 7 fixed
media media VERB 10 nsubj
buying buy VERB 5 acl
sources source NOUN 10 obj
. . PUNCT 2 punct
""")
    assert record["rule"] == "according_to"
    assert record["speaker"]["mention"]["text"] == "media buying sources"
    assert record["content"]["text"] == "Clinton made a brief visit"


def test_a_statement_starting_inside_a_quotation_it_closes_starts_at_the_opening_mark():
    text = "His aides called him ''a genius'' for his strategies."
    [called] = run(text, """
His he PRON 2 nmod:poss
aides aide NOUN 3 nsubj
called call VERB 0 root xpos=VBD
him he PRON 3 iobj
'' '' PUNCT 7 punct
a a DET 7 det
genius genius NOUN 3 obj
'' '' PUNCT 7 punct
for for ADP 11 case
his he PRON 11 nmod:poss
strategies strategy NOUN 3 obl
. . PUNCT 3 punct
""")
    assert called["content"]["text"] == "''a genius'' for his strategies"


def test_a_relative_word_hung_on_the_cue_does_not_move_its_clause_out():
    text = "He wants a wall, which he said Mexico should pay for."
    records = run(text, """
He he PRON 2 nsubj
wants want VERB 0 root xpos=VBZ
a a DET 4 det
wall wall NOUN 2 obj
, , PUNCT 8 punct
which which PRON 8 obj
he he PRON 8 nsubj
said say VERB 4 acl:relcl xpos=VBD
Mexico Mexico PROPN 11 nsubj
should should AUX 11 aux
pay pay VERB 8 ccomp
for for ADP 11 obl
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "Mexico should pay for"
    assert said["speaker"]["mention"]["text"] == "he"


def test_said_with_its_speaker_and_his_apposition_the_parser_made_objects():
    text = "Mandates are a burden, said Wilcox, an Orlando Republican."
    [said] = run(text, """
Mandates mandate NOUN 4 nsubj
are be AUX 4 cop
a a DET 4 det
burden burden NOUN 0 root
, , PUNCT 6 punct
said say VERB 4 parataxis xpos=VBD
Wilcox Wilcox PROPN 6 iobj
, , PUNCT 11 punct
an a DET 11 det
Orlando Orlando PROPN 11 amod
Republican Republican PROPN 6 obj
. . PUNCT 4 punct
""")
    assert said["rule"] == "inverted_cue"
    assert said["speaker"]["mention"]["text"] == "Wilcox"
    assert said["content"]["text"] == "Mandates are a burden"


def test_a_name_before_a_comma_far_from_the_speaker_is_no_apposition_of_his():
    text = "Assem, the co-pilot, had logged many hours, the airline said."
    records = run(text, """
Assem Assem PROPN 13 nsubj
, , PUNCT 1 punct
the the DET 4 det
co-pilot co-pilot NOUN 7 nsubj
, , PUNCT 1 punct
had have AUX 7 aux
logged log VERB 13 ccomp xpos=VBN
many many ADJ 9 amod
hours hour NOUN 7 obj
, , PUNCT 13 punct
the the DET 12 det
airline airline NOUN 13 nsubj
said say VERB 0 root xpos=VBD
. . PUNCT 13 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["speaker"]["mention"]["text"] == "the airline"


def test_a_verb_of_saying_between_commas_is_an_aside_in_the_statement_whatever_the_parse():
    text = "Whatever progress Kerry has made, officials said, could be undone."
    [said] = run(text, """
Whatever whatever DET 2 det
progress progress NOUN 8 nsubj
Kerry Kerry PROPN 5 nsubj
has have AUX 5 aux
made make VERB 2 acl:relcl xpos=VBN
, , PUNCT 5 punct
officials official NOUN 5 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 12 punct
could could AUX 12 aux
be be AUX 12 aux:pass
undone undo VERB 8 ccomp xpos=VBN
. . PUNCT 8 punct
""")
    assert said["speaker"]["mention"]["text"] == "officials"
    assert [f["text"] for f in said["content"]["fragments"]] == ["Whatever progress Kerry has made", "could be undone"]


def test_a_clause_spliced_on_with_a_comma_is_not_the_statement():
    text = "Both said the US must act, they differ by degree."
    records = run(text, """
Both both DET 2 nsubj
said say VERB 0 root xpos=VBD
the the DET 4 det
US US PROPN 6 nsubj
must must AUX 6 aux
act act VERB 2 ccomp
, , PUNCT 9 punct
they they PRON 9 nsubj
differ differ VERB 6 parataxis
by by ADP 11 case
degree degree NOUN 9 obl
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "the US must act"


def test_a_clause_opened_by_though_after_a_comma_is_the_writers():
    text = "He said he will seek reelection, though few expect him to win."
    records = run(text, """
He he PRON 2 nsubj
said say VERB 0 root xpos=VBD
he he PRON 5 nsubj
will will AUX 5 aux
seek seek VERB 2 ccomp
reelection reelection NOUN 5 obj
, , PUNCT 10 punct
though though SCONJ 10 mark
few few ADJ 10 nsubj
expect expect VERB 5 advcl xpos=VBP
him he PRON 10 obj
to to PART 13 mark
win win VERB 10 xcomp
. . PUNCT 2 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert said["content"]["text"] == "he will seek reelection"


def test_an_aside_inside_a_relative_clause_reports_the_relative_clause():
    text = "It is near the stadium, which, Tompkins said, is full on game days."
    records = run(text, """
It it PRON 5 nsubj
is be AUX 5 cop
near near ADP 5 case
the the DET 5 det
stadium stadium NOUN 0 root
, , PUNCT 13 punct
which which PRON 13 nsubj
, , PUNCT 10 punct
Tompkins Tompkins PROPN 10 nsubj
said say VERB 13 parataxis xpos=VBD
, , PUNCT 10 punct
is be AUX 13 cop
full full ADJ 5 acl:relcl
on on ADP 16 case
game game NOUN 16 compound
days day NOUN 13 obl
. . PUNCT 5 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "said")
    assert [f["text"] for f in said["content"]["fragments"]] == ["which", "is full on game days"]


def test_shows_tagged_as_a_noun_still_reports_a_finding():
    text = "A new analysis shows that donations hit a record."
    records = run(text, """
A a DET 3 det
new new ADJ 3 amod
analysis analysis NOUN 4 nsubj
shows show NOUN 0 root xpos=NNS
that that SCONJ 7 mark
donations donation NOUN 7 nsubj
hit hit VERB 4 ccomp xpos=VBD
a a DET 9 det
record record NOUN 7 obj
. . PUNCT 4 punct
""")
    shows = next(r for r in records if r["cue"]["text"] == "shows")
    assert shows["content"]["text"] == "that donations hit a record"
    assert shows["speaker"]["mention"]["text"] == "A new analysis"


def test_a_short_quotation_in_doubled_apostrophes_ends_on_its_comma_too():
    text = "''That's the risk,'' said Luis Rubio."
    [said] = run(text, """
'' '' PUNCT 4 punct
That's that PRON 4 nsubj
the the DET 4 det
risk risk NOUN 7 ccomp
, , PUNCT 4 punct
'' '' PUNCT 4 punct
said say VERB 0 root xpos=VBD
Luis Luis PROPN 7 nsubj
Rubio Rubio PROPN 8 flat
. . PUNCT 7 punct
""")
    assert said["rule"] == "direct_quote_with_cue"
    assert said["content"]["text"] == "''That's the risk,''"


def test_quote_in_a_clause_of_a_verb_no_lexicon_lists_takes_its_subject():
    [record] = run("Sullivan forwarded an article with the line “Ever since Obama turned to Asia, China has "
                   "kept its distance.”", """
Sullivan Sullivan PROPN 2 nsubj
forwarded forward VERB 0 root
an a DET 4 det
article article NOUN 2 obj
with with ADP 7 case
the the DET 7 det
line line NOUN 4 nmod
“ “ PUNCT 18 punct
Ever ever ADV 12 advmod
since since SCONJ 12 mark
Obama Obama PROPN 12 nsubj
turned turn VERB 18 advcl
to to ADP 14 case
Asia Asia PROPN 12 obl
, , PUNCT 12 punct
China China PROPN 18 nsubj
has have AUX 18 aux
kept keep VERB 7 appos
its its PRON 20 nmod:poss
distance distance NOUN 18 obj
. . PUNCT 18 punct
” ” PUNCT 18 punct
""")
    assert record["rule"] == "quote_in_clause" and record["type"] == "direct"
    assert record["content"]["text"] == "“Ever since Obama turned to Asia, China has kept its distance.”"
    assert record["speaker"]["mention"]["text"] == "Sullivan"
    assert record["cue"]["text"] == "forwarded"


def test_direct_quote_keeps_a_title_the_parser_broke_up_before_its_speaker():
    # The parser took "press" for the head of a clause of its own ("House press secretary").
    [record] = run("“We have seen a sustained effort to tear down that law,” White House press secretary "
                   "Josh Earnest said.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
have have AUX 4 aux
seen see VERB 0 root
a a DET 7 det
sustained sustain VERB 7 amod
effort effort NOUN 4 obj
to to PART 9 mark
tear tear VERB 7 acl
down down ADP 9 compound:prt
that that DET 12 det
law law NOUN 9 obj
, , PUNCT 4 punct
” ” PUNCT 4 punct
White white ADJ 16 amod
House House PROPN 17 nsubj
press press NOUN 4 parataxis
secretary secretary NOUN 17 obj
Josh Josh PROPN 20 nsubj
Earnest Earnest PROPN 21 nsubj
said say VERB 17 parataxis
. . PUNCT 4 punct
""")
    assert record["rule"] == "direct_quote_with_cue" and record["type"] == "direct"
    assert record["content"]["text"] == "“We have seen a sustained effort to tear down that law,”"
    assert record["cue"]["text"] == "said"
    assert "Earnest" in record["speaker"]["mention"]["text"]


def test_the_one_asked_is_not_the_asker():
    records = run("He seemed uneasy when asked about the campaign.", """
He he PRON 2 nsubj
seemed seem VERB 0 root
uneasy uneasy ADJ 2 xcomp
when when ADV 5 advmod
asked ask VERB 2 advcl _ xpos=VBN
about about ADP 8 case
the the DET 8 det
campaign campaign NOUN 5 obl
. . PUNCT 2 punct
""")
    [asked] = [r for r in records if r["cue"]["text"] == "asked"]
    assert asked["content"]["text"] == "the campaign"
    assert asked["speaker"] is None and asked["no_speaker_reason"] == "passive cue (no agent named)"


def test_the_reason_after_the_object_belongs_to_the_statement():
    records = run("Warren criticized Clinton for supporting the crime bill.", """
Warren Warren PROPN 2 nsubj
criticized criticize VERB 0 root
Clinton Clinton PROPN 2 obj
for for SCONJ 5 mark
supporting support VERB 2 advcl
the the DET 8 det
crime crime NOUN 8 compound
bill bill NOUN 5 obj
. . PUNCT 2 punct
""")
    [criticized] = [r for r in records if r["cue"]["text"] == "criticized"]
    assert criticized["content"]["text"] == "Clinton for supporting the crime bill"
    assert criticized["speaker"]["mention"]["text"] == "Warren"


def test_a_statement_ends_before_the_writers_according_to():
    records = run("Kasich said he would have fired him, according to two aides.", """
Kasich Kasich PROPN 2 nsubj
said say VERB 0 root
he he PRON 6 nsubj
would would AUX 6 aux
have have AUX 6 aux
fired fire VERB 2 ccomp
him he PRON 6 obj
, , PUNCT 12 punct
according accord VERB 12 case
to to ADP 9 fixed
two two NUM 12 nummod
aides aide NOUN 6 obl
. . PUNCT 2 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["content"]["text"] == "he would have fired him"
    assert said["speaker"]["mention"]["text"] == "Kasich"


def test_speaker_after_an_inverted_said_beats_the_statements_subject():
    # The parser gave "said" two subjects: the statement's ("parties") and the speaker.
    [record] = run("Both parties “saw Burma as a country under pressure,” said Victor Cha.", """
Both both DET 2 det
parties party NOUN 13 nsubj
“ “ PUNCT 4 punct
saw see VERB 13 ccomp
Burma Burma PROPN 4 obj
as as ADP 8 case
a a DET 8 det
country country NOUN 4 obl
under under ADP 10 case
pressure pressure NOUN 8 nmod
, , PUNCT 4 punct
” ” PUNCT 4 punct
said say VERB 0 root
Victor Victor PROPN 13 nsubj
Cha Cha PROPN 14 flat
. . PUNCT 13 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["speaker"]["mention"]["text"] == "Victor Cha"


def test_subject_after_said_that_follows_a_speakers_apposition_is_the_statements():
    records = run("Luntz, a pollster, said Cameron had failed to reach voters.", """
Luntz Luntz PROPN 6 nsubj
, , PUNCT 4 punct
a a DET 4 det
pollster pollster NOUN 1 appos
, , PUNCT 1 punct
said say VERB 0 root
Cameron Cameron PROPN 6 nsubj
had have AUX 9 aux
failed fail VERB 6 ccomp
to to PART 11 mark
reach reach VERB 9 xcomp
voters voter NOUN 11 obj
. . PUNCT 6 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["mention"]["text"] == "Luntz, a pollster"


def test_a_time_phrase_the_parser_made_a_second_subject_does_not_speak():
    records = run("Feinstein last week said Clinton was not the originator.", """
Feinstein Feinstein PROPN 4 nsubj
last last ADJ 3 amod
week week NOUN 4 nsubj
said say VERB 0 root
Clinton Clinton PROPN 9 nsubj
was be AUX 9 cop
not not PART 9 advmod
the the DET 9 det
originator originator NOUN 4 ccomp
. . PUNCT 4 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["mention"]["text"] == "Feinstein"


def test_when_asked_tagged_as_a_past_tense_is_still_no_asker():
    records = run("When asked about the race, Cruz said he would win.", """
When when ADV 2 advmod
asked ask VERB 8 advcl _ xpos=VBD
about about ADP 5 case
the the DET 5 det
race race NOUN 2 obl
, , PUNCT 2 punct
Cruz Cruz PROPN 8 nsubj
said say VERB 0 root
he he PRON 11 nsubj
would would AUX 11 aux
win win VERB 8 ccomp
. . PUNCT 8 punct
""")
    [asked] = [r for r in records if r["cue"]["text"] == "asked"]
    assert asked["speaker"] is None
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["mention"]["text"] == "Cruz"


def test_a_cue_that_said_its_own_does_not_take_the_next_sentences_quotation():
    records = run("“We have had problems,” Obama said. He did not suggest retaliation. “Our goal is to set norms.”", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
have have AUX 4 aux
had have VERB 9 ccomp
problems problem NOUN 4 obj
, , PUNCT 4 punct
” ” PUNCT 4 punct
Obama Obama PROPN 9 nsubj
said say VERB 0 root
. . PUNCT 9 punct
""", """
He he PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
suggest suggest VERB 0 root
retaliation retaliation NOUN 4 obj
. . PUNCT 4 punct
""", """
“ “ PUNCT 4 punct
Our our PRON 3 nmod:poss
goal goal NOUN 4 nsubj
is be AUX 0 root
to to PART 6 mark
set set VERB 4 xcomp
norms norm NOUN 6 obj
. . PUNCT 4 punct
” ” PUNCT 4 punct
""")
    [goal] = [r for r in records if r["content"]["text"].startswith("“Our goal")]
    assert goal["cue"] is None and goal["rule"] == "quote_continuation"
    assert goal["speaker"]["name"] == "Obama" and goal["speaker"]["mention"]["text"] == "Obama"


def test_a_long_apposition_may_stand_between_a_quotation_and_its_cue():
    text = ("“It has the important virtue of being fiscally responsible,” Leonard E. Burman, director of the "
            "centrist Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse "
            "University, said.")
    [record] = run(text, """
“ “ PUNCT 3 punct
It it PRON 3 nsubj
has have VERB 36 ccomp
the the DET 6 det
important important ADJ 6 amod
virtue virtue NOUN 3 obj
of of SCONJ 10 mark
being be AUX 10 cop
fiscally fiscally ADV 10 advmod
responsible responsible ADJ 6 acl
, , PUNCT 3 punct
” ” PUNCT 3 punct
Leonard Leonard PROPN 36 nsubj
E. E. PROPN 13 flat
Burman Burman PROPN 13 flat
, , PUNCT 17 punct
director director NOUN 13 appos
of of ADP 24 case
the the DET 24 det
centrist centrist ADJ 24 amod
Urban-Brookings Urban-Brookings PROPN 24 compound
Tax Tax PROPN 24 compound
Policy Policy PROPN 24 compound
Center Center PROPN 17 nmod
and and CCONJ 27 cc
a a DET 27 det
professor professor NOUN 17 conj
at at ADP 31 case
the the DET 31 det
Maxwell Maxwell PROPN 31 compound
School School PROPN 27 nmod
of of ADP 34 case
Syracuse Syracuse PROPN 34 compound
University University PROPN 31 nmod
, , PUNCT 17 punct
said say VERB 0 root
. . PUNCT 36 punct
""")
    assert record["rule"] == "direct_quote_with_cue"
    assert record["content"]["text"] == "“It has the important virtue of being fiscally responsible,”"
    assert record["speaker"]["name"] == "Leonard E. Burman"


def test_words_of_the_quotation_hung_on_the_speaker_are_no_part_of_the_mention():
    [record] = run("“Very good reporter this guy,” Trump said.", """
“ “ PUNCT 4 punct
Very very ADV 3 advmod
good good ADJ 4 amod
reporter reporter NOUN 9 compound
this this DET 6 det
guy guy NOUN 4 appos
, , PUNCT 4 punct
” ” PUNCT 4 punct
Trump Trump PROPN 10 nsubj
said say VERB 0 root
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "“Very good reporter this guy,”"
    assert record["speaker"]["mention"]["text"] == "Trump"


def test_a_misparsed_lead_in_before_a_colon_still_names_its_speaker():
    # The parser made "17" the root and "echoed" an apposition, with no subject.
    records = run("17-year-old Jared Potts echoed:\n\n“He speaks his mind, and the country needs that.”", """
17 17 NUM 0 root
- - PUNCT 3 punct
year year NOUN 5 obl:unmarked
- - PUNCT 3 punct
old old ADJ 7 amod
Jared Jared PROPN 7 compound
Potts Potts PROPN 8 compound
echoed echo VERB 1 appos
: : PUNCT 8 punct
""", """
“ “ PUNCT 3 punct
He he PRON 3 nsubj
speaks speak VERB 0 root
his his PRON 5 nmod:poss
mind mind NOUN 3 obj
, , PUNCT 10 punct
and and CCONJ 10 cc
the the DET 9 det
country country NOUN 10 nsubj
needs need VERB 3 conj
that that PRON 10 obj
. . PUNCT 3 punct
” ” PUNCT 3 punct
""")
    [record] = [r for r in records if r["content"]["text"].startswith("“He speaks")]
    assert record["rule"] == "clause_before_quote"
    assert record["cue"]["text"] == "echoed" and "Jared Potts" in record["speaker"]["mention"]["text"]


def test_a_speaker_the_parser_hung_inside_the_quotation_still_makes_it_direct():
    # The parser made "Pruitt" an apposition of "domain", inside the quoted clause.
    [record] = run("“It is an invasion of the state domain,” Scott Pruitt, the attorney general of Oklahoma, said.", """
“ “ PUNCT 5 punct
It it PRON 5 nsubj
is be AUX 5 cop
an a DET 5 det
invasion invasion NOUN 21 ccomp
of of ADP 9 case
the the DET 9 det
state state NOUN 9 compound
domain domain NOUN 5 nmod
, , PUNCT 12 punct
” ” PUNCT 12 punct
Scott Scott PROPN 9 appos
Pruitt Pruitt PROPN 12 flat
, , PUNCT 17 punct
the the DET 17 det
attorney attorney NOUN 17 compound
general general NOUN 12 appos
of of ADP 19 case
Oklahoma Oklahoma PROPN 17 nmod
, , PUNCT 21 punct
said say VERB 0 root
. . PUNCT 21 punct
""")
    assert record["rule"] == "direct_quote_with_cue" and record["type"] == "direct"
    assert record["content"]["text"] == "“It is an invasion of the state domain,”"
    assert "Pruitt" in record["speaker"]["mention"]["text"]


def test_a_split_quote_goes_on_over_the_one_spoken_to():
    records = run("“I would,” Melanie said to the TV. “I would, Donald.”", """
“ “ PUNCT 3 punct
I I PRON 3 nsubj
would would AUX 7 ccomp
, , PUNCT 3 punct
” ” PUNCT 3 punct
Melanie Melanie PROPN 7 nsubj
said say VERB 0 root
to to ADP 10 case
the the DET 10 det
TV TV PROPN 7 obl
. . PUNCT 7 punct
""", """
“ “ PUNCT 3 punct
I I PRON 3 nsubj
would would AUX 0 root
, , PUNCT 5 punct
Donald Donald PROPN 3 vocative
. . PUNCT 3 punct
” ” PUNCT 3 punct
""")
    [record] = records
    assert [f["text"] for f in record["content"]["fragments"]] == ["“I would,”", "“I would, Donald.”"]
    assert record["speaker"]["mention"]["text"] == "Melanie"


def test_a_quotation_inside_the_writers_next_clause_is_not_the_split_quotes_second_half():
    records = run("“This just isn’t right,” Warren said. “You squeezed employees” to drive up the price.", """
“ “ PUNCT 5 punct
This this PRON 5 nsubj
just just ADV 5 advmod
isn’t be AUX 5 cop
right right ADJ 9 ccomp
, , PUNCT 5 punct
” ” PUNCT 5 punct
Warren Warren PROPN 9 nsubj
said say VERB 0 root
. . PUNCT 9 punct
""", """
“ “ PUNCT 3 punct
You you PRON 3 nsubj
squeezed squeeze VERB 0 root
employees employee NOUN 3 obj
” ” PUNCT 3 punct
to to PART 7 mark
drive drive VERB 3 advcl
up up ADP 7 compound:prt
the the DET 10 det
price price NOUN 7 obj
. . PUNCT 3 punct
""")
    [said] = [r for r in records if r["cue"] and r["cue"]["text"] == "said"]
    assert said["content"]["text"] == "“This just isn’t right,”"
    assert "fragments" not in said["content"] or len(said["content"]["fragments"]) == 1


def test_a_quotation_in_a_clause_of_the_writers_does_not_continue_the_quote_before():
    records = run("“You winning?” she said, but Kevin was drifting off as Trump went on about “how the system is "
                  "rigged.”", """
“ “ PUNCT 3 punct
You you PRON 3 nsubj
winning win VERB 7 ccomp
? ? PUNCT 3 punct
” ” PUNCT 3 punct
she she PRON 7 nsubj
said say VERB 0 root
, , PUNCT 12 punct
but but CCONJ 12 cc
Kevin Kevin PROPN 12 nsubj
was be AUX 12 aux
drifting drift VERB 7 conj
off off ADP 12 compound:prt
as as SCONJ 16 mark
Trump Trump PROPN 16 nsubj
went go VERB 12 advcl
on on ADP 16 compound:prt
about about SCONJ 24 mark
“ “ PUNCT 24 punct
how how ADV 24 advmod
the the DET 22 det
system system NOUN 24 nsubj:pass
is be AUX 24 aux:pass
rigged rig VERB 16 advcl
. . PUNCT 7 punct
” ” PUNCT 24 punct
""")
    [said] = [r for r in records if r["cue"] and r["cue"]["text"] == "said"]
    assert said["content"]["text"] == "“You winning?”"


def test_a_lower_case_quote_after_a_comma_goes_on_with_the_clause_before():
    # The parser left "party" hanging from "said", away from the quoted clause.
    [record] = run("The party, typically attended by hundreds, “allows us to get our message out,” Coleman said.", """
The the DET 2 det
party party NOUN 20 dep
, , PUNCT 5 punct
typically typically ADV 5 advmod
attended attend VERB 2 acl
by by ADP 7 case
hundreds hundred NOUN 5 obl
, , PUNCT 5 punct
“ “ PUNCT 10 punct
allows allow VERB 20 ccomp
us we PRON 10 obj
to to PART 13 mark
get get VERB 10 xcomp
our our PRON 15 nmod:poss
message message NOUN 13 obj
out out ADP 13 compound:prt
, , PUNCT 10 punct
” ” PUNCT 10 punct
Coleman Coleman PROPN 20 nsubj
said say VERB 0 root
. . PUNCT 20 punct
""")
    assert record["content"]["text"] == "The party, typically attended by hundreds, “allows us to get our message out,”"
    assert record["type"] == "mixed" and record["speaker"]["mention"]["text"] == "Coleman"


def test_a_noun_cue_in_an_oblique_takes_the_subject_of_its_verb():
    records = run("His allies bristle at the suggestion that he lied.", """
His his PRON 2 nmod:poss
allies ally NOUN 3 nsubj
bristle bristle VERB 0 root
at at ADP 6 case
the the DET 6 det
suggestion suggestion NOUN 3 obl
that that SCONJ 9 mark
he he PRON 9 nsubj
lied lie VERB 6 acl
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "suggestion"]
    assert record["content"]["text"] == "that he lied"
    assert record["speaker"]["mention"]["text"] == "His allies"


def test_a_day_after_a_trailing_cue_is_no_speaker_the_name_before_it_is():
    [record] = run("“It is unbelievable,” Trump said Monday.", """
“ “ PUNCT 4 punct
It it PRON 4 nsubj
is be AUX 4 cop
unbelievable unbelievable ADJ 8 ccomp
, , PUNCT 4 punct
” ” PUNCT 4 punct
Trump Trump PROPN 4 nsubj
said say VERB 0 root xpos=VBD
Monday Monday PROPN 8 nsubj
. . PUNCT 8 punct
""")
    assert record["content"]["text"] == "“It is unbelievable,”"
    assert record["speaker"]["mention"]["text"] == "Trump"


def test_a_participle_set_off_by_a_comma_and_hung_on_a_thing_deep_in_a_phrase_is_the_clauses():
    records = run("A judge rejected a request on Trump's divorce, saying the courts have no business.", """
A a DET 2 det
judge judge NOUN 3 nsubj
rejected reject VERB 0 root xpos=VBD
a a DET 5 det
request request NOUN 3 obj
on on ADP 9 case
Trump Trump PROPN 9 nmod:poss
's 's PART 7 case
divorce divorce NOUN 5 nmod
, , PUNCT 11 punct
saying say VERB 9 acl xpos=VBG
the the DET 13 det
courts court NOUN 14 nsubj
have have VERB 11 ccomp xpos=VBP
no no DET 16 det
business business NOUN 14 obj
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "saying"]
    assert record["content"]["text"] == "the courts have no business"
    assert record["speaker"]["mention"]["text"] == "A judge"


def test_a_participle_joined_to_an_infinitive_is_not_spoken_by_the_thing_before_it():
    records = run("The Times filed a motion to unseal the records, arguing the move was needed.", """
The the DET 2 det
Times Times PROPN 3 nsubj
filed file VERB 0 root xpos=VBD
a a DET 5 det
motion motion NOUN 3 obj
to to PART 7 mark
unseal unseal VERB 3 advcl xpos=VB
the the DET 9 det
records record NOUN 7 obj
, , PUNCT 11 punct
arguing argue VERB 7 conj xpos=VBG
the the DET 13 det
move move NOUN 15 nsubj:pass
was be AUX 15 aux:pass
needed need VERB 11 ccomp xpos=VBN
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "arguing"]
    assert record["content"]["text"] == "the move was needed"
    assert record["speaker"]["mention"]["text"] == "The Times"


def test_a_time_before_a_cue_with_no_subject_is_no_speaker():
    records = run("A poll released in late August found that 74 percent agreed.", """
A a DET 2 det
poll poll NOUN 3 nsubj
released release VERB 7 ccomp xpos=VBD
in in ADP 6 case
late late ADJ 6 amod
August August PROPN 3 obl
found find VERB 0 root xpos=VBD
that that SCONJ 11 mark
74 74 NUM 10 nummod
percent percent NOUN 11 nsubj
agreed agree VERB 7 ccomp xpos=VBD
. . PUNCT 7 punct
""")
    found = [r for r in records if r["cue"] and r["cue"]["text"] == "found"]
    assert found and all(r["speaker"] is None or "August" not in r["speaker"]["mention"]["text"] for r in found)


def test_word_order_ends_a_statement_before_the_writers_relative_clause():
    # The parse gives "likened" no structure, so word order finds its statement.
    records = run("Schultz likened RT to the BBC, which receives government funding.", """
Schultz Schultz PROPN 0 root
likened liken VERB 1 acl xpos=VBD
RT RT PROPN 1 appos
to to ADP 6 case
the the DET 6 det
BBC BBC PROPN 3 nmod
, , PUNCT 9 punct
which which PRON 9 nsubj
receives receive VERB 6 acl:relcl
government government NOUN 11 compound
funding funding NOUN 9 obj
. . PUNCT 1 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "likened"]
    assert record["rule"] == "surface_reporting_clause"
    assert record["content"]["text"] == "RT to the BBC"


def test_a_participle_set_off_by_a_comma_inside_a_relative_clause_is_the_main_clauses():
    records = run("Obama threatened to veto the bill that allows lawsuits, arguing such laws could hurt.", """
Obama Obama PROPN 2 nsubj
threatened threaten VERB 0 root xpos=VBD
to to PART 4 mark
veto veto VERB 2 xcomp xpos=VB
the the DET 6 det
bill bill NOUN 4 obj
that that PRON 8 nsubj
allows allow VERB 6 acl:relcl xpos=VBZ
lawsuits lawsuit NOUN 8 obj
, , PUNCT 11 punct
arguing argue VERB 8 advcl xpos=VBG
such such ADJ 13 amod
laws law NOUN 15 nsubj
could could AUX 15 aux
hurt hurt VERB 11 ccomp xpos=VB
. . PUNCT 2 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "arguing"]
    assert record["content"]["text"] == "such laws could hurt"
    assert record["speaker"]["mention"]["text"] == "Obama"


def test_a_title_the_parser_made_the_cues_clause_is_no_statement():
    records = run("White House press secretary Josh Earnest told reporters that the mayor acted.", """
White white ADJ 2 amod
House House PROPN 3 nsubj
press press NOUN 7 ccomp
secretary secretary NOUN 3 obj
Josh Josh PROPN 4 flat
Earnest Earnest PROPN 5 flat
told tell VERB 0 root xpos=VBD
reporters reporter NOUN 7 iobj
that that SCONJ 12 mark
the the DET 11 det
mayor mayor NOUN 12 nsubj
acted act VERB 8 acl:relcl xpos=VBD
. . PUNCT 7 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "told"]
    assert record["content"]["text"] == "that the mayor acted"
    assert record["speaker"]["mention"]["text"] == "White House press secretary Josh Earnest"


def test_a_that_clause_the_parser_hung_on_a_time_phrase_is_the_statement():
    records = run("A woman said Sunday night that Clinton was lying.", """
A a DET 2 det
woman woman NOUN 3 nsubj
said say VERB 0 root xpos=VBD
Sunday Sunday PROPN 5 compound
night night NOUN 3 iobj
that that SCONJ 9 mark
Clinton Clinton PROPN 9 nsubj
was be AUX 9 aux
lying lie VERB 5 acl:relcl xpos=VBG
. . PUNCT 3 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "that Clinton was lying"
    assert record["speaker"]["mention"]["text"] == "A woman"


def test_a_clause_before_the_cue_gives_way_to_a_that_clause_hung_on_a_word_after_it():
    records = run("Clinton, who did not say that, said on Wednesday that he had not done his homework.", """
Clinton Clinton PROPN 9 nsubj
, , PUNCT 1 punct
who who PRON 6 nsubj
did do AUX 6 aux
not not PART 6 advmod
say say VERB 9 ccomp
that that PRON 6 obj
, , PUNCT 1 punct
said say VERB 0 root xpos=VBD
on on ADP 11 case
Wednesday Wednesday PROPN 9 obl
that that SCONJ 16 mark
he he PRON 16 nsubj
had have AUX 16 aux
not not PART 16 advmod
done do VERB 11 acl:relcl xpos=VBN
his his PRON 18 nmod:poss
homework homework NOUN 16 obj
. . PUNCT 9 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "that he had not done his homework"
    assert record["speaker"]["mention"]["text"] == "Clinton"


def test_a_that_the_parser_made_an_object_still_opens_the_hung_clause():
    records = run("Costs rose, but he has said from the start that he will pay.", """
Costs cost NOUN 2 nsubj
rose rise VERB 0 root xpos=VBD
, , PUNCT 7 punct
but but CCONJ 7 cc
he he PRON 7 nsubj
has have AUX 7 aux
said say VERB 2 conj xpos=VBN
from from ADP 10 case
the the DET 10 det
start start NOUN 7 obl
that that SCONJ 14 obj
he he PRON 14 nsubj
will will AUX 14 aux
pay pay VERB 10 acl:relcl xpos=VB
. . PUNCT 2 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "that he will pay"


def test_a_title_read_as_a_predicate_over_the_cue_leaves_the_speaker_to_word_order():
    [record] = run("“We will win,” White House press secretary Josh Earnest said.", """
“ “ PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
win win VERB 0 root
, , PUNCT 9 punct
” ” PUNCT 9 punct
White white ADJ 8 amod
House House PROPN 9 nsubj
press press NOUN 4 parataxis
secretary secretary NOUN 9 obj
Josh Josh PROPN 10 flat
Earnest Earnest PROPN 11 flat
said say VERB 9 ccomp xpos=VBD
. . PUNCT 4 punct
""")
    assert record["content"]["text"] == "“We will win,”"
    assert record["cue"]["text"] == "said"
    assert record["speaker"]["mention"]["text"] == "White House press secretary Josh Earnest"


def test_a_trailing_speaker_found_by_word_order_leaves_the_statement_whole():
    [record] = run("Donald Trump is on solid ground, Carly Fiorina said.", """
Donald Donald PROPN 6 nsubj
Trump Trump PROPN 1 flat
is be AUX 6 cop
on on ADP 6 case
solid solid ADJ 6 amod
ground ground NOUN 10 ccomp
, , PUNCT 8 punct
Carly Carly PROPN 6 appos
Fiorina Fiorina PROPN 8 flat
said say VERB 0 root xpos=VBD
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "Donald Trump is on solid ground"
    assert record["speaker"]["mention"]["text"] == "Carly Fiorina"


def test_dateline_is_neither_statement_nor_speaker():
    [record] = run("WASHINGTON (AP) — The meeting was productive, according to the US Department of State.", """
WASHINGTON Washington PROPN 9 nsubj
( ( PUNCT 3 punct
AP AP PROPN 1 appos
) ) PUNCT 3 punct
— — PUNCT 1 punct
The the DET 7 det
meeting meeting NOUN 9 nsubj
was be AUX 9 cop
productive productive ADJ 0 root
, , PUNCT 15 punct
according accord VERB 15 case
to to ADP 11 fixed
the the DET 15 det
US US PROPN 15 compound
Department Department PROPN 9 obl
of of ADP 17 case
State State PROPN 15 nmod
. . PUNCT 9 punct
""")
    assert record["content"]["text"] == "The meeting was productive"
    assert record["speaker"]["mention"]["text"] == "the US Department of State"


def test_speaker_the_parser_hung_on_a_dateline_is_the_name_after_it():
    [record] = run("WASHINGTON -- President Obama said it would tell a story.", """
WASHINGTON Washington PROPN 5 nsubj
-- -- PUNCT 1 punct
President President PROPN 4 compound
Obama Obama PROPN 1 appos
said say VERB 0 root xpos=VBD
it it PRON 8 nsubj
would would AUX 8 aux
tell tell VERB 5 ccomp
a a DET 10 det
story story NOUN 8 obj
. . PUNCT 5 punct
""")
    assert record["content"]["text"] == "it would tell a story"
    assert record["speaker"]["mention"]["text"] == "President Obama"
    assert record["speaker"]["name"] == "Obama" and record["speaker"]["role"] == "President"
    # the speaker's phrase hung beside the place on the verb
    [record] = run("WASHINGTON — The Supreme Court on Friday agreed to hear the case.", """
WASHINGTON Washington NOUN 8 nsubj
— — PUNCT 1 punct
The the DET 5 det
Supreme Supreme ADJ 5 amod
Court Court PROPN 8 obl
on on ADP 7 case
Friday Friday PROPN 5 nmod
agreed agree VERB 0 root xpos=VBD
to to PART 10 mark
hear hear VERB 8 xcomp
the the DET 12 det
case case NOUN 10 obj
. . PUNCT 8 punct
""")
    assert record["content"]["text"] == "to hear the case"
    assert record["speaker"]["mention"]["text"] == "The Supreme Court"


def test_name_a_naming_verb_gives_follows_its_object_whatever_the_parse():
    [record] = run("Republicans called it a reckless giveaway on Tuesday.", """
Republicans Republican PROPN 2 nsubj
called call VERB 0 root xpos=VBD
it it PRON 2 obj
a a DET 5 det
reckless reckless NOUN 6 obl:unmarked
giveaway giveaway NOUN 2 advmod
on on ADP 8 case
Tuesday Tuesday PROPN 2 obl
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "called"
    assert record["content"]["text"] == "it a reckless giveaway"


def test_that_clause_after_where_it_was_said_is_the_statement_even_read_as_a_relative():
    [record] = run("His campaign spokesperson, Karoline Leavitt, said in an email that the rally drew 10,000 people.", """
His his PRON 3 nmod:poss
campaign campaign NOUN 3 compound
spokesperson spokesperson NOUN 8 nsubj
, , PUNCT 5 punct
Karoline Karoline PROPN 3 appos
Leavitt Leavitt PROPN 5 flat
, , PUNCT 3 punct
said say VERB 0 root xpos=VBD
in in ADP 11 case
an a DET 11 det
email email NOUN 8 obl
that that PRON 15 mark
the the DET 14 det
rally rally ADV 15 advmod
drew drew NOUN 11 acl:relcl
10,000 10,000 NUM 17 nummod
people people NOUN 15 obj
. . PUNCT 8 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == "that the rally drew 10,000 people"
    assert record["speaker"]["name"] == "Karoline Leavitt"


def test_that_clause_after_a_note_to_clients_is_what_was_written():
    # as parsed: the that-clause hung on "clients"
    [record] = run("Jane Roe, an analyst at Morgan Stanley, wrote in a note to clients that the guidance "
                   "“raises more questions.”", """
Jane Jane PROPN 10 nsubj
Roe Roe PROPN 1 flat
, , PUNCT 5 punct
an a DET 5 det Definite=Ind|PronType=Art
analyst analyst NOUN 1 appos
at at ADP 7 case
Morgan Morgan PROPN 5 nmod
Stanley Stanley PROPN 7 flat
, , PUNCT 1 punct
wrote write VERB 0 root xpos=VBD
in in ADP 13 case
a a DET 13 det Definite=Ind|PronType=Art
note note NOUN 10 obl
to to ADP 15 mark
clients client NOUN 10 advcl
that that SCONJ 20 mark
the the DET 18 det
guidance guidance NOUN 20 nsubj
“ “ PUNCT 20 punct
raises raise VERB 15 ccomp xpos=VBZ
more more ADJ 22 amod
questions question NOUN 20 obj
. . PUNCT 10 punct
” ” PUNCT 20 punct
""")
    assert record["cue"]["text"] == "wrote" and record["speaker"]["name"] == "Jane Roe"
    assert record["content"]["text"] == "that the guidance “raises more questions.”"


def test_a_clause_with_no_that_after_where_it_was_said_is_the_statement():
    # as parsed: "it was reviewing the decision" a relative clause on "statement"
    parse = """
The the DET 3 det
Justice Justice PROPN 3 compound
Department Department PROPN 4 nsubj
said say VERB 0 root xpos=VBD
in in ADP 7 case
a a DET 7 det
statement statement NOUN 4 obl
it it PRON 10 nsubj
was be AUX 10 aux xpos=VBD
reviewing review VERB 7 acl:relcl
the the DET 12 det
decision decision NOUN 10 obj
. . PUNCT 4 punct
"""
    [record] = run("The Justice Department said in a statement it was reviewing the decision.", parse)
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == "it was reviewing the decision"


def test_object_after_a_cue_that_takes_objects_is_no_inverted_speaker():
    records = run("Michigan Gov. Gretchen Whitmer, a Democrat, dismissed the claim.", """
Michigan Michigan PROPN 0 root
Gov. Gov. PROPN 1 flat
Gretchen Gretchen PROPN 1 flat
Whitmer Whitmer PROPN 1 flat
, , PUNCT 7 punct
a a DET 7 det
Democrat Democrat PROPN 1 appos
, , PUNCT 7 punct
dismissed dismiss VERB 1 acl xpos=VBD
the the DET 11 det
claim claim NOUN 9 obj
. . PUNCT 1 punct
""")
    assert all(r["speaker"] is None or r["speaker"]["mention"]["text"] != "the claim" for r in records)
    assert all("Whitmer" not in r["content"]["text"] for r in records)


def test_time_between_cue_and_statement_is_when_not_what():
    [record] = run("Biden vowed Thursday to keep up pressure on Russia.", """
Biden Biden PROPN 2 nsubj
vowed vow VERB 0 root xpos=VBD
Thursday Thursday PROPN 2 obj
to to PART 5 mark
keep keep VERB 2 advcl
up up ADP 5 compound:prt
pressure pressure NOUN 5 obj
on on ADP 9 case
Russia Russia PROPN 5 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "to keep up pressure on Russia"


def test_time_that_owns_the_statements_subject_stays():
    [record] = run("He said Monday’s decision was wrong.", """
He he PRON 2 nsubj
said say VERB 0 root xpos=VBD
Monday Monday PROPN 5 nmod:poss
’s ’s PART 3 case
decision decision NOUN 7 nsubj
was be AUX 7 cop
wrong wrong ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Monday’s decision was wrong"


def test_name_set_off_before_a_description_the_parser_made_the_subject_speaks():
    text = '"We will not back down," Senator Jane Holt, a Democrat from Ohio, told reporters.'
    [record] = run(text, """
" " PUNCT 5 punct
We we PRON 5 nsubj
will will AUX 5 aux
not not PART 5 advmod
back back VERB 18 ccomp
down down ADP 5 compound:prt
, , PUNCT 5 punct
" " PUNCT 9 punct
Senator Senator PROPN 5 parataxis
Jane Jane PROPN 11 compound
Holt Holt PROPN 9 flat
, , PUNCT 14 punct
a a DET 14 det Definite=Ind|PronType=Art
Democrat democrat NOUN 18 nsubj
from from ADP 16 case
Ohio Ohio PROPN 14 nmod
, , PUNCT 5 punct
told tell VERB 0 root xpos=VBD
reporters reporter NOUN 18 iobj
. . PUNCT 18 punct
""")
    assert record["content"]["text"] == '"We will not back down,"'
    assert record["cue"]["text"] == "told"
    assert record["speaker"]["mention"]["text"] == "Senator Jane Holt, a Democrat from Ohio"
    assert record["speaker"]["name"] == "Jane Holt"


def test_apposition_after_an_inverted_speaker_is_no_second_statement():
    # As parsed: "adviser", set off after the speaker, the cue's second clausal complement.
    [record] = run("Its ad could start this week, said Brian Baker, a longtime adviser to the family.", """
Its its PRON 2 nmod:poss
ad ad NOUN 4 nsubj
could could AUX 4 aux
start start VERB 8 ccomp
this this DET 6 det
week week NOUN 4 obl:unmarked
, , PUNCT 4 punct
said say VERB 0 root xpos=VBD
Brian Brian PROPN 8 nsubj
Baker Baker PROPN 9 flat
, , PUNCT 14 punct
a a DET 14 det
longtime longtime ADJ 14 amod
adviser adviser NOUN 8 ccomp
to to ADP 17 case
the the DET 17 det
family family NOUN 14 nmod
. . PUNCT 8 punct
""")
    assert record["content"]["text"] == "Its ad could start this week"
    assert record["speaker"]["mention"]["text"] == "Brian Baker"


def test_inverted_reporting_clause_hung_on_the_statement_is_not_its_content():
    # As parsed: "said" a parataxis of "felt", itself a cue of feeling.
    records = run("Officials felt comfortable with the plan, said Mr. Barrett, the state's lawyer.", """
Officials official NOUN 2 nsubj
felt feel VERB 0 root xpos=VBD
comfortable comfortable ADJ 2 xcomp
with with ADP 6 case
the the DET 6 det
plan plan NOUN 3 obl
, , PUNCT 8 punct
said say VERB 2 parataxis xpos=VBD
Mr. Mr. PROPN 10 nmod:desc
Barrett Barrett PROPN 8 nsubj
, , PUNCT 15 punct
the the DET 13 det
state state NOUN 15 nmod:poss
's 's PART 13 case
lawyer lawyer NOUN 10 appos
. . PUNCT 8 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == \
        [("said", "Officials felt comfortable with the plan")]
    assert records[0]["speaker"]["mention"]["text"].startswith("Mr. Barrett")


def test_clause_after_the_listener_read_as_its_relative_clause_is_the_statement():
    # As parsed: "disappointed" a relative clause on "reporters", with no mark.
    [record] = run("Lankford told reporters he was disappointed.", """
Lankford Lankford PROPN 2 nsubj
told tell VERB 0 root xpos=VBD
reporters reporter NOUN 2 iobj
he he PRON 6 nsubj:pass
was be AUX 6 aux:pass
disappointed disappoint VERB 3 acl:relcl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "he was disappointed"
    assert record["speaker"]["mention"]["text"] == "Lankford"


def test_relative_clause_on_a_thing_told_is_no_statement():
    # As parsed: "the I.R.S. anything" one object, "know" a relative clause on it.
    records = run("They would not tell the I.R.S. anything it does not already know.", """
They they PRON 4 nsubj
would would AUX 4 aux
not not PART 4 advmod
tell tell VERB 0 root
the the DET 7 det
I.R.S. I.R.S. NOUN 7 compound
anything anything PRON 4 obj PronType=Ind
it it PRON 12 nsubj
does do AUX 12 aux
not not PART 12 advmod
already already ADV 12 advmod
know know VERB 7 acl:relcl
. . PUNCT 4 punct
""")
    assert not any(r["content"]["text"].startswith("it does") for r in records)


def test_quoted_object_of_a_cue_with_its_subject_before_a_comma_is_the_statement():
    # The comma before the cue closes "in a statement", not a quotation: the object is no speaker.
    [record] = run('The White House, in a statement, blamed "extreme MAGA Republicans" for the failure.', """
The the DET 3 det
White white ADJ 3 amod
House House PROPN 9 nsubj
, , PUNCT 7 punct
in in ADP 7 case
a a DET 7 det
statement statement NOUN 3 nmod
, , PUNCT 3 punct
blamed blame VERB 0 root xpos=VBD
" " PUNCT 13 punct
extreme extreme ADJ 13 amod
MAGA MAGA PROPN 13 compound
Republicans Republicans PROPN 9 obj
" " PUNCT 13 punct
for for ADP 17 case
the the DET 17 det
failure failure NOUN 9 obl
. . PUNCT 9 punct
""")
    assert record["content"]["text"] == '"extreme MAGA Republicans" for the failure'
    assert record["speaker"]["mention"]["text"] == "The White House"


def test_predicate_an_object_needs_is_part_of_the_statement_however_parsed():
    # As parsed: "Sanders" an oblique of "cast" with no preposition, "progressive" another.
    [record] = run("Canova cast himself as a Sanders-style progressive.", """
Canova Canova PROPN 2 nsubj
cast cast VERB 0 root xpos=VBD
himself himself PRON 2 obj
as as ADP 9 case
a a DET 9 det
Sanders Sanders PROPN 2 obl
- - PUNCT 8 punct
style style NOUN 9 compound
progressive progressive NOUN 2 obl
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "himself as a Sanders-style progressive"


def test_relative_pronoun_of_a_clause_misparsed_as_adverbial_stands_for_the_name_before_it():
    # As parsed: "criticized" an adverbial clause of "wrote", not a relative clause on "Trump".
    records = run("Trump, who has criticized Powell, wrote that rates should be lower.", """
Trump Trump PROPN 8 nsubj
, , PUNCT 1 punct
who who PRON 5 nsubj
has have AUX 5 aux
criticized criticize VERB 8 advcl xpos=VBN
Powell Powell PROPN 5 obj
, , PUNCT 5 punct
wrote write VERB 0 root xpos=VBD
that that SCONJ 13 mark
rates rate NOUN 13 nsubj
should should AUX 13 aux
be be AUX 13 cop
lower low ADJ 8 ccomp
. . PUNCT 8 punct
""")
    criticized = next(r for r in records if r["cue"]["text"] == "criticized")
    assert criticized["speaker"]["mention"]["text"] == "who"
    assert criticized["speaker"]["name"] == "Trump" and criticized["speaker"]["resolution"] == "relative"


def test_relative_pronoun_after_a_place_phrase_stands_for_the_name_it_follows():
    # As parsed: "praised" hung on the verb; "Vermont" the object of "of" on "Sanders".
    records = run("Sanders of Vermont, who praised the plan, spoke.", """
Sanders Sanders PROPN 9 nsubj
of of ADP 3 case
Vermont Vermont PROPN 1 nmod
, , PUNCT 1 punct
who who PRON 6 nsubj
praised praise VERB 9 advcl xpos=VBD
the the DET 8 det
plan plan NOUN 6 obj
spoke speak VERB 0 root xpos=VBD
. . PUNCT 9 punct
""")
    praised = next(r for r in records if r["cue"]["text"] == "praised")
    assert praised["speaker"]["name"] == "Sanders"


def test_federal_reserve_is_an_organization():
    [record] = run("The Federal Reserve said rates would stay high.", """
The the DET 3 det
Federal Federal PROPN 3 amod
Reserve Reserve PROPN 4 nsubj
said say VERB 0 root xpos=VBD
rates rate NOUN 7 nsubj
would would AUX 7 aux
stay stay VERB 4 ccomp
high high ADJ 7 xcomp
. . PUNCT 4 punct
""")
    assert record["speaker"]["kind"] == "organization"


def test_verb_of_saying_joined_at_the_end_of_a_statement_makes_a_statement_of_its_own():
    # As parsed: "cautioned" a conjunct of "relieved", inside the complement of "said".
    records = run("Piñon said she was relieved but cautioned that the fight was far from over.", """
Piñon Piñon PROPN 2 nsubj
said say VERB 0 root xpos=VBD
she she PRON 5 nsubj:pass
was be AUX 5 aux:pass
relieved relieve VERB 2 ccomp xpos=VBN
but but CCONJ 7 cc
cautioned caution VERB 5 conj xpos=VBD
that that SCONJ 12 mark
the the DET 10 det
fight fight NOUN 12 nsubj
was be AUX 12 cop
far far ADV 7 ccomp
from from ADP 14 case
over over ADV 12 obl
. . PUNCT 2 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"], r["speaker"]["name"]) for r in records] == [
        ("said", "she was relieved", "Piñon"), ("cautioned", "that the fight was far from over", "Piñon")]
    assert records[1]["speaker"]["mention"]["text"] == "Piñon"


def test_body_with_a_named_owner_is_an_organization():
    [record] = run("Mexico's foreign ministry said it rejected the measure.", """
Mexico Mexico PROPN 4 nmod:poss
's 's PART 1 case
foreign foreign ADJ 4 amod
ministry ministry NOUN 5 nsubj
said say VERB 0 root xpos=VBD
it it PRON 7 nsubj
rejected reject VERB 5 ccomp xpos=VBD
the the DET 9 det
measure measure NOUN 7 obj
. . PUNCT 5 punct
""")
    assert record["speaker"]["mention"]["text"] == "Mexico's foreign ministry"
    assert record["speaker"]["kind"] == "organization"


def test_writers_aside_inside_the_subject_is_no_part_of_the_speaker():
    [record] = run("Democrats, for their part, signaled they were prepared to help.", """
Democrats Democrats PROPN 7 nsubj
, , PUNCT 5 punct
for for ADP 5 case
their their PRON 5 nmod:poss
part part NOUN 1 nmod
, , PUNCT 5 punct
signaled signal VERB 0 root xpos=VBD
they they PRON 10 nsubj:pass
were be AUX 10 aux:pass
prepared prepare VERB 7 ccomp
to to PART 12 mark
help help VERB 10 xcomp
. . PUNCT 7 punct
""")
    assert record["speaker"]["mention"]["text"] == "Democrats"
    assert record["speaker"]["name"] == "Democrats"


def test_country_is_no_person_and_a_she_after_it_looks_further_back():
    records = run("Bonnie Glaser noted that China had not acted. China warned allies. She said so.", """
Bonnie Bonnie PROPN 3 nsubj
Glaser Glaser PROPN 1 flat
noted note VERB 0 root xpos=VBD
that that SCONJ 8 mark
China China PROPN 8 nsubj
had have AUX 8 aux
not not PART 8 advmod
acted act VERB 3 ccomp xpos=VBN
. . PUNCT 3 punct
""", """
China China PROPN 2 nsubj
warned warn VERB 0 root xpos=VBD
allies ally NOUN 2 obj
. . PUNCT 2 punct
""", """
She she PRON 2 nsubj
said say VERB 0 root xpos=VBD
so so ADV 2 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r["speaker"] for r in records}
    assert by_cue["warned"]["name"] == "China" and by_cue["warned"]["kind"] == "organization"
    assert by_cue["said"]["name"] == "Bonnie Glaser"


def test_surname_that_is_a_country_stays_the_person_named_in_full():
    records = run("Rep. Steve Israel said the vote was close. Israel added that it would pass.", """
Rep. Rep. PROPN 3 nmod:desc
Steve Steve PROPN 4 nsubj
Israel Israel PROPN 2 flat
said say VERB 0 root xpos=VBD
the the DET 6 det
vote vote NOUN 8 nsubj
was be AUX 8 cop
close close ADJ 4 ccomp
. . PUNCT 4 punct
""", """
Israel Israel PROPN 2 nsubj
added add VERB 0 root xpos=VBD
that that SCONJ 6 mark
it it PRON 6 nsubj
would would AUX 6 aux
pass pass VERB 2 ccomp
. . PUNCT 2 punct
""")
    added = next(r for r in records if r["cue"]["text"] == "added")
    assert added["speaker"]["name"] == "Steve Israel" and added["speaker"]["kind"] == "person"


def test_participle_describing_a_speaker_inside_the_mention_reports_nothing():
    records = run("Regulators are examining the chatbots, people briefed on the inquiry said.", """
Regulators regulator NOUN 3 nsubj
are be AUX 3 aux
examining examine VERB 12 ccomp
the the DET 5 det
chatbots chatbot NOUN 3 obj
, , PUNCT 3 punct
people people NOUN 12 nsubj
briefed brief VERB 7 acl xpos=VBN
on on ADP 11 case
the the DET 11 det
inquiry inquiry NOUN 8 obl
said say VERB 0 root xpos=VBD
. . PUNCT 12 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == \
        [("said", "Regulators are examining the chatbots")]
    assert records[0]["speaker"]["mention"]["text"] == "people"


def test_verb_of_alleging_tagged_as_a_noun_is_still_a_cue():
    # As parsed: "alleges" a plural noun at the root, "indictment" an adjective.
    [record] = run("The indictment alleges that Reyes lied to customers.", """
The the DET 2 det
indictment indictment ADJ 3 nsubj
alleges allege NOUN 0 root xpos=NNS
that that SCONJ 6 mark
Reyes Reyes PROPN 6 nsubj
lied lie VERB 3 ccomp xpos=VBD
to to ADP 8 case
customers customer NOUN 6 obl
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "alleges" and record["cue"]["lemma"] == "allege"
    assert record["content"]["text"] == "that Reyes lied to customers"
    assert record["speaker"]["mention"]["text"] == "The indictment"


def test_statement_opened_in_a_clause_hung_on_the_occasion_goes_on_in_the_cues_own():
    # As parsed: "showed" a relative clause on "statement", "pursue" the cue's complement.
    [record] = run("Williams said in a statement that the case showed his office would pursue fraud.", """
Williams Williams PROPN 2 nsubj
said say VERB 0 root xpos=VBD
in in ADP 5 case
a a DET 5 det
statement statement NOUN 2 obl
that that SCONJ 9 mark
the the DET 8 det
case case NOUN 9 nsubj
showed show VERB 5 acl:relcl xpos=VBD
his his PRON 11 nmod:poss
office office NOUN 9 obj
would would AUX 13 aux
pursue pursue VERB 2 ccomp
fraud fraud NOUN 13 obj
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == "that the case showed his office would pursue fraud"


def test_people_described_by_a_modifier_opening_the_sentence_speak():
    # As parsed: "Those" the subject of the adjective "close", "say" an adverbial clause of
    # it with no complement, the statement the sentence's main clause.
    records = run("Those close to him say that he would consider Beyer.", """
Those those DET 2 nsubj
close close ADJ 9 advcl
to to ADP 4 case
him he PRON 2 obl
say say VERB 2 advcl
that that PRON 9 mark
he he PRON 9 nsubj
would would AUX 9 aux
consider consider VERB 0 root
Beyer Beyer PROPN 9 obj
. . PUNCT 9 punct
""")
    said = next(r for r in records if r["cue"]["text"] == "say")
    assert said["speaker"]["mention"]["text"] == "Those close to him"
    assert said["content"]["text"] == "that he would consider Beyer"


def test_made_it_clear_reports_what_was_made_clear():
    # As parsed: "it" the object of "made", "clear" its predicate, the clause hung on "clear".
    [record] = run("Trump made it clear that he would not back down.", """
Trump Trump PROPN 2 nsubj
made make VERB 0 root xpos=VBD
it it PRON 2 obj
clear clear ADJ 2 xcomp
that that SCONJ 9 mark
he he PRON 9 nsubj
would would AUX 9 aux
not not PART 9 advmod
back back VERB 4 ccomp
down down ADP 9 compound:prt
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "clear" and record["cue"]["lemma"] == "make clear"
    assert record["content"]["text"] == "that he would not back down"
    assert record["speaker"]["mention"]["text"] == "Trump"
    assert record["rule"] == "verb_complement"


def test_made_plain_is_a_cue_as_made_clear_is_and_made_obvious_is_not():
    parse = """
She she PRON 2 nsubj
made make VERB 0 root xpos=VBD
{adjective} {adjective} ADJ 2 xcomp
that that SCONJ 7 mark
she she PRON 7 nsubj
would would AUX 7 aux
run run VERB 3 ccomp
. . PUNCT 2 punct
"""
    [record] = run("She made plain that she would run.", parse.format(adjective="plain"))
    assert record["cue"]["lemma"] == "make plain" and record["content"]["text"] == "that she would run"
    # an adjective the lexicon does not pair with "make" reports nothing
    assert run("She made obvious that she would run.", parse.format(adjective="obvious")) == []


def test_records_that_show_something_are_a_document_not_a_group():
    [record] = run("Court records show he was released.", """
Court court NOUN 2 compound
records record NOUN 3 nsubj
show show VERB 0 root xpos=VBP
he he PRON 6 nsubj:pass
was be AUX 6 aux:pass
released release VERB 3 ccomp xpos=VBN
. . PUNCT 3 punct
""")
    assert record["speaker"]["mention"]["text"] == "Court records"
    assert record["speaker"]["kind"] == "media"


def test_a_speakers_mention_takes_in_nothing_before_its_own_preposition():
    # the parse is right, but the words before "with" also hang on the main verb
    text = "Trump improved his standing, with 30 percent of voters saying they liked him."
    [saying] = run(text, """
Trump Trump PROPN 2 nsubj
improved improve VERB 0 root xpos=VBD
his his PRON 4 nmod:poss
standing standing NOUN 2 obj
, , PUNCT 8 punct
with with ADP 8 case
30 30 NUM 8 nummod
percent percent NOUN 2 obl
of of ADP 10 case
voters voter NOUN 8 nmod
saying say VERB 8 acl xpos=VBG
they they PRON 13 nsubj
liked like VERB 11 ccomp xpos=VBD
him he PRON 13 obj
. . PUNCT 2 punct
""")
    assert saying["cue"]["text"] == "saying"
    assert saying["content"]["text"] == "they liked him"
    assert saying["speaker"]["mention"]["text"] == "30 percent of voters"


def test_the_noun_of_a_with_phrase_is_the_subject_of_the_participle_after_it():
    # the parser hung the participle on the main verb, as it often does
    text = "The interview ended with Maddow asking Clinton whether she would run."
    [asking] = run(text, """
The the DET 2 det
interview interview NOUN 3 nsubj
ended end VERB 0 root xpos=VBD
with with ADP 5 case
Maddow Maddow PROPN 3 obl
asking ask VERB 3 advcl xpos=VBG
Clinton Clinton PROPN 6 obj
whether whether SCONJ 11 mark
she she PRON 11 nsubj
would would AUX 11 aux
run run VERB 6 ccomp
. . PUNCT 3 punct
""")
    assert asking["cue"]["text"] == "asking"
    assert asking["content"]["text"] == "whether she would run"
    assert asking["speaker"]["mention"]["text"] == "Maddow"


def test_a_noun_joined_in_a_with_phrase_is_no_subject_of_the_participle():
    text = "The PACs sided with Cruz and paid for ads attacking Dewhurst."
    records = run(text, """
The the DET 2 det
PACs PAC PROPN 3 nsubj
sided side VERB 0 root xpos=VBD
with with ADP 5 case
Cruz Cruz PROPN 3 obl
and and CCONJ 7 cc
paid pay VERB 5 conj xpos=VBD
for for ADP 9 case
ads ad NOUN 7 obl
attacking attack VERB 3 advcl xpos=VBG
Dewhurst Dewhurst PROPN 10 obj
. . PUNCT 3 punct
""")
    [attacking] = [r for r in records if r["cue"]["text"] == "attacking"]
    assert attacking["speaker"]["mention"]["text"] == "The PACs"


def test_a_noun_phrase_right_before_a_joined_verb_is_its_subject():
    # the parser took "Cruz" for a second object and joined "suggested" to "won"
    text = "Kasich has won no state and Cruz suggested he should drop out."
    [suggested] = run(text, """
Kasich Kasich PROPN 3 nsubj
has have AUX 3 aux xpos=VBZ
won win VERB 0 root xpos=VBN
no no DET 5 det
state state NOUN 3 obj
and and CCONJ 7 cc
Cruz Cruz PROPN 5 conj
suggested suggest VERB 3 conj xpos=VBD
he he PRON 12 nsubj
should should AUX 12 aux
drop drop VERB 8 ccomp
out out ADP 11 compound:prt
. . PUNCT 3 punct
""")
    assert suggested["content"]["text"] == "he should drop out"
    assert suggested["speaker"]["mention"]["text"] == "Cruz"


def test_a_prepositions_object_before_a_joined_verb_is_not_its_subject():
    # "released" misread as the main verb, "noted" joined to it
    text = "A report released by the Academies noted that costs rose."
    [noted] = run(text, """
A a DET 2 det
report report NOUN 3 nsubj
released release VERB 0 root xpos=VBD
by by ADP 6 case
the the DET 6 det
Academies Academies PROPN 3 obl
noted note VERB 3 conj xpos=VBD
that that SCONJ 10 mark
costs cost NOUN 10 nsubj
rose rise VERB 7 ccomp xpos=VBD
. . PUNCT 3 punct
""")
    assert noted["content"]["text"] == "that costs rose"
    assert noted["speaker"]["mention"]["text"] == "A report"


def test_the_subject_of_an_adverbial_clause_the_parser_lost_is_the_phrase_before_its_verb():
    # the parser hung "leaders" on the verb as an oblique, and the clause's mark on "leaders"
    text = "While Republican leaders argued that trade helps, Trump said it hurts."
    records = run(text, """
While while SCONJ 3 mark
Republican Republican ADJ 3 amod
leaders leader NOUN 4 obl
argued argue VERB 10 advcl xpos=VBD
that that SCONJ 7 mark
trade trade NOUN 7 nsubj
helps help VERB 4 ccomp xpos=VBZ
, , PUNCT 4 punct
Trump Trump PROPN 10 nsubj
said say VERB 0 root xpos=VBD
it it PRON 12 nsubj
hurts hurt VERB 10 ccomp xpos=VBZ
. . PUNCT 10 punct
""")
    [argued] = [r for r in records if r["cue"]["text"] == "argued"]
    assert argued["content"]["text"] == "that trade helps"
    assert argued["speaker"]["mention"]["text"] == "Republican leaders"


def test_a_phrase_set_off_after_the_cue_is_no_statement_that_takes_the_cue_from_a_quote():
    # the parser read ", in another shot aimed at Trump" as a clause with "shot" its subject
    text = "\"Let me be clear. I will not be neutral,\" Cruz said, in another shot aimed at Trump."
    records = run(text, """
" " PUNCT 2 punct
Let let VERB 0 root xpos=VB
me I PRON 2 obj
be be AUX 5 cop
clear clear ADJ 2 xcomp
. . PUNCT 2 punct
""", """
I I PRON 5 nsubj
will will AUX 5 aux
not not PART 5 advmod
be be AUX 5 cop
neutral neutral ADJ 9 ccomp
, , PUNCT 5 punct
" " PUNCT 5 punct
Cruz Cruz PROPN 9 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 14 punct
in in ADP 13 case
another another DET 13 det
shot shot NOUN 14 nsubj
aimed aim VERB 9 ccomp xpos=VBN
at at ADP 16 case
Trump Trump PROPN 14 obl
. . PUNCT 9 punct
""")
    [quote] = [r for r in records if r["type"] == "direct"]
    assert quote["content"]["text"] == "\"Let me be clear. I will not be neutral,\""
    assert quote["cue"]["text"] == "said" and quote["speaker"]["mention"]["text"] == "Cruz"
    assert not any(r["content"]["text"].startswith("in another shot") for r in records)


def test_a_name_set_off_after_an_opening_clause_is_the_speaker_alone():
    text = "After winning Ohio, Gov. John Kasich (R-OH), said, “I am ready.”"
    [said] = run(text, """
After after SCONJ 2 mark
winning win VERB 14 advcl xpos=VBG
Ohio Ohio PROPN 2 obj
, , PUNCT 5 punct
Gov. Gov. PROPN 3 appos
John John PROPN 5 flat
Kasich Kasich PROPN 5 flat
( ( PUNCT 9 punct
R R PROPN 7 appos
- - PUNCT 11 punct
OH OH PROPN 9 flat
) ) PUNCT 9 punct
, , PUNCT 2 punct
said say VERB 0 root xpos=VBD
, , PUNCT 19 punct
“ “ PUNCT 19 punct
I I PRON 19 nsubj
am be AUX 19 cop
ready ready ADJ 14 ccomp
. . PUNCT 19 punct
” ” PUNCT 19 punct
""")
    assert said["type"] == "direct" and said["content"]["text"] == "“I am ready.”"
    assert said["speaker"]["mention"]["text"] == "Gov. John Kasich (R-OH)"


def _kind_of_speaker(text, parse):
    [record] = run(text, parse)
    return record["speaker"]["name"], record["speaker"]["kind"]


# "said the rule was final." with "said" the first word: _shifted puts a speaker before it
SAID_THE_RULE_WAS_FINAL = """
said say VERB 0 root xpos=VBD
the the DET 3 det
rule rule NOUN 5 nsubj
was be AUX 5 cop
final final ADJ 1 ccomp
. . PUNCT 1 punct
"""


def _shifted(parse, by):
    """The lines of a hand parse with every head moved `by` places (for words put before it)."""
    lines = []
    for line in parse.strip().splitlines():
        form, lemma, upos, head, *rest = line.split(" ")
        lines.append(" ".join([form, lemma, upos, str(int(head) + by if int(head) else 0), *rest]))
    return "\n".join(lines) + "\n"


def test_a_body_known_by_name_alone_is_an_organization():
    parse = "Google Google PROPN 2 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 1)
    assert _kind_of_speaker("Google said the rule was final.", parse) == ("Google", "organization")


def test_an_acronym_or_a_name_after_the_is_an_organization_and_initials_are_a_person():
    parse = "IBM IBM PROPN 2 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 1)
    assert _kind_of_speaker("IBM said the rule was final.", parse) == ("IBM", "organization")
    parse = "The the DET 2 det\nKremlin Kremlin PROPN 3 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 2)
    assert _kind_of_speaker("The Kremlin said the rule was final.", parse)[1] == "organization"
    parse = "JFK JFK PROPN 2 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 1)
    assert _kind_of_speaker("JFK said the rule was final.", parse) == ("JFK", "person")
    parse = "Miller Miller PROPN 2 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 1)
    assert _kind_of_speaker("Miller said the rule was final.", parse) == ("Miller", "person")


def test_a_plural_name_after_the_is_a_group():
    parse = "The the DET 2 det\nSaudis Saudi PROPN 3 nsubj xpos=NNPS\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 2)
    assert _kind_of_speaker("The Saudis said the rule was final.", parse)[1] == "group"


def test_a_he_does_not_stand_for_a_company_named_before():
    records = run("Boeing made planes. He said the rule was final.", """
Boeing Boeing PROPN 2 nsubj
made make VERB 0 root xpos=VBD
planes plane NOUN 2 obj
. . PUNCT 2 punct
""", "He he PRON 2 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 1))
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["speaker"]["mention"]["text"] == "He" and said["speaker"]["name"] != "Boeing"


def test_a_participle_the_tagger_read_in_a_noun_phrase_does_not_open_the_statement():
    text = "Judge Amy Berman wrote in a 114-page ruling that the law was unconstitutional."
    [wrote] = run(text, """
Judge Judge PROPN 4 nsubj
Amy Amy PROPN 1 flat
Berman Berman PROPN 2 flat
wrote write VERB 0 root xpos=VBD
in in ADP 9 case
a a DET 9 det
114 114 NUM 9 nummod
- - PUNCT 7 punct
page page NOUN 4 obl
ruling rule VERB 9 acl xpos=VBG
that that SCONJ 15 mark
the the DET 13 det
law law NOUN 15 nsubj
was be AUX 15 cop
unconstitutional unconstitutional ADJ 10 ccomp
. . PUNCT 4 punct
""")
    assert wrote["cue"]["text"] == "wrote"
    assert wrote["content"]["text"] == "that the law was unconstitutional"
    assert wrote["speaker"]["mention"]["text"] == "Judge Amy Berman"


def test_a_hyphenated_name_set_off_before_the_cue_names_the_speaker():
    # the parser read "press" as a predicate over "said", as it often does
    text = "The White House press secretary, Karine Jean-Pierre, said the president was confident."
    [said] = run(text, """
The the DET 3 det
White White ADJ 3 amod
House House PROPN 4 nsubj
press press NOUN 12 ccomp
secretary secretary NOUN 4 obj
, , PUNCT 7 punct
Karine Karine PROPN 8 compound
Jean Jean PROPN 10 compound
- - PUNCT 8 punct
Pierre Pierre PROPN 5 conj
, , PUNCT 4 punct
said say VERB 0 root xpos=VBD
the the DET 14 det
president president NOUN 16 nsubj
was be AUX 16 cop
confident confident ADJ 12 ccomp
. . PUNCT 12 punct
""")
    assert said["content"]["text"] == "the president was confident"
    assert said["speaker"]["name"] == "Karine Jean-Pierre"


def test_a_speaker_with_an_affiliation_after_the_statement_and_phrases_after_the_cue():
    # the parser made "Investors" the subject of "wrote" and "analysts" an object of "appeared"
    text = "Investors were calm, analysts at Morgan Stanley wrote in a note to clients."
    records = run(text, """
Investors investor NOUN 9 nsubj
were be AUX 3 cop
calm calm ADJ 9 advcl
, , PUNCT 5 punct
analysts analyst NOUN 3 obj
at at ADP 7 case
Morgan Morgan PROPN 5 nmod
Stanley Stanley PROPN 7 flat
wrote write VERB 0 root xpos=VBD
in in ADP 12 case
a a DET 12 det
note note NOUN 9 obl
to to ADP 14 case
clients client NOUN 12 nmod
. . PUNCT 9 punct
""")
    [wrote] = [r for r in records if r["cue"]["text"] == "wrote"]
    assert wrote["content"]["text"] == "Investors were calm"
    assert wrote["speaker"]["mention"]["text"] == "analysts at Morgan Stanley"


def test_a_phrase_of_where_before_the_speaker_is_no_statement():
    records = run("In an interview with ABC News, Clinton laughed.", """
In in ADP 3 case
an a DET 3 det
interview interview NOUN 9 obl
with with ADP 6 case
ABC ABC PROPN 6 compound
News News PROPN 3 nmod
, , PUNCT 3 punct
Clinton Clinton PROPN 9 nsubj
laughed laugh VERB 0 root xpos=VBD
. . PUNCT 9 punct
""")
    assert records == []


def test_a_conjunction_before_a_speaker_found_by_word_order_is_no_part_of_the_mention():
    records = run("A boutique was involved, and Centerview advised.", """
A a DET 2 det
boutique boutique NOUN 4 nsubj:pass
was be AUX 4 aux:pass
involved involve VERB 0 root xpos=VBN
, , PUNCT 8 punct
and and CCONJ 8 cc
Centerview Centerview PROPN 8 nsubj
advised advise VERB 4 conj xpos=VBD
. . PUNCT 4 punct
""")
    assert all(r["speaker"] is None or not r["speaker"]["mention"]["text"].startswith("and") for r in records)
    [advised] = [r for r in records if r["cue"]["text"] == "advised"]
    assert advised["speaker"]["mention"]["text"] == "Centerview"


def test_an_agency_is_an_organization_and_a_news_agency_media():
    parse = "The the DET 2 det\nagency agency NOUN 3 nsubj\n" + _shifted(SAID_THE_RULE_WAS_FINAL, 2)
    assert _kind_of_speaker("The agency said the rule was final.", parse)[1] == "organization"
    parse = "The the DET 3 det\nnews news NOUN 3 compound\nagency agency NOUN 4 nsubj\n" \
        + _shifted(SAID_THE_RULE_WAS_FINAL, 3)
    assert _kind_of_speaker("The news agency said the rule was final.", parse)[1] == "media"


def test_a_plural_subjects_say_the_tagger_read_as_a_noun_is_a_cue_but_a_say_is_not():
    [say] = run("Six in 10 say he is decisive.", """
Six six NUM 4 nsubj
in in ADP 3 case
10 10 NUM 1 nmod
say say NOUN 0 root xpos=NN
he he PRON 7 nsubj
is be AUX 7 cop
decisive decisive ADJ 4 ccomp
. . PUNCT 4 punct
""")
    assert say["cue"]["lemma"] == "say" and say["content"]["text"] == "he is decisive"
    assert say["speaker"]["mention"]["text"] == "Six in 10"
    # a misparse hangs a clause on the noun: "a say" is still no verb of saying
    records = run("They won a say that the deal was fair.", """
They they PRON 2 nsubj
won win VERB 0 root xpos=VBD
a a DET 4 det
say say NOUN 2 obj xpos=NN
that that SCONJ 9 mark
the the DET 7 det
deal deal NOUN 9 nsubj
was be AUX 9 cop
fair fair ADJ 4 ccomp
. . PUNCT 2 punct
""")
    assert not any(r["cue"]["text"] == "say" for r in records)


def test_a_verb_right_after_a_cue_in_a_relative_clause_opens_its_statement():
    # the parser hung "drafted" on "letter" beside "said", not under it
    text = "Roffman signed a letter that he said was drafted by the firm."
    [said] = run(text, """
Roffman Roffman PROPN 2 nsubj
signed sign VERB 0 root xpos=VBD
a a DET 4 det
letter letter NOUN 2 obj
that that SCONJ 9 mark
he he PRON 7 nsubj
said say VERB 4 acl:relcl xpos=VBD
was be AUX 9 aux:pass xpos=VBD
drafted draft VERB 4 acl:relcl xpos=VBN
by by ADP 12 case
the the DET 12 det
firm firm NOUN 9 obl:agent
. . PUNCT 2 punct
""")
    assert said["content"]["text"] == "was drafted by the firm"
    assert said["speaker"]["mention"]["text"] == "he"


def test_a_relative_clause_set_off_by_commas_ends_the_statement_at_the_next():
    text = "The changes, which officials said will start soon, will not apply."
    records = run(text, """
The the DET 2 det
changes change NOUN 13 nsubj
, , PUNCT 2 punct
which which PRON 8 obj
officials official NOUN 6 nsubj
said say VERB 2 acl:relcl xpos=VBD
will will AUX 8 aux xpos=MD
start start VERB 2 acl:relcl xpos=VB
soon soon ADV 8 advmod
, , PUNCT 2 punct
will will AUX 13 aux xpos=MD
not not PART 13 advmod
apply apply VERB 0 root xpos=VB
. . PUNCT 13 punct
""")
    [said] = [r for r in records if r["cue"]["text"] == "said"]
    assert said["content"]["text"] == "will start soon"


def test_a_cue_hung_on_what_reports_the_clause_after_it_but_not_a_time_clause():
    text = "It is half of what researchers say they need."
    [say] = run(text, """
It it PRON 3 nsubj
is be AUX 3 cop
half half NOUN 0 root
of of ADP 5 case
what what PRON 3 nmod
researchers researcher NOUN 7 nsubj
say say VERB 5 acl:relcl xpos=VBP
they they PRON 9 nsubj
need need VERB 7 ccomp xpos=VBP
. . PUNCT 3 punct
""")
    assert say["content"]["text"] == "they need" and say["speaker"]["mention"]["text"] == "researchers"
    records = run("That was what Wahl said when she resigned.", """
That that PRON 3 nsubj
was be AUX 3 cop
what what PRON 0 root
Wahl Wahl PROPN 5 nsubj
said say VERB 3 acl:relcl xpos=VBD
when when ADV 8 advmod
she she PRON 8 nsubj
resigned resign VERB 5 ccomp xpos=VBD
. . PUNCT 3 punct
""")
    assert records == []


def test_a_description_the_parser_hung_on_the_verb_after_the_speaker_is_in_the_mention():
    text = "“It matters,” said Rebecca Allensworth, a law professor at Vanderbilt University."
    [said] = run(text, """
“ “ PUNCT 3 punct
It it PRON 3 nsubj
matters matter VERB 6 ccomp xpos=VBZ
, , PUNCT 3 punct
” ” PUNCT 3 punct
said say VERB 0 root xpos=VBD
Rebecca Rebecca PROPN 6 nsubj
Allensworth Allensworth PROPN 7 flat
, , PUNCT 12 punct
a a DET 12 det Definite=Ind|PronType=Art
law law NOUN 12 compound
professor professor NOUN 6 ccomp
at at ADP 15 case
Vanderbilt Vanderbilt PROPN 15 compound
University University PROPN 12 nmod
. . PUNCT 6 punct
""")
    assert said["content"]["text"] == "“It matters,”"
    speaker = said["speaker"]
    assert speaker["mention"]["text"] == "Rebecca Allensworth, a law professor at Vanderbilt University"
    assert speaker["name"] == "Rebecca Allensworth" and speaker["role"] == "law professor"
    assert speaker["affiliation"] == "Vanderbilt University"


def test_that_clause_after_the_occasion_and_its_time_is_the_statement():
    # as parsed: the clause a relative on "conference", "that" a relative pronoun
    [record] = run("But she said at a news conference last week that she would govern the country.", """
But but CCONJ 3 cc
she she PRON 3 nsubj
said say VERB 0 root xpos=VBD
at at ADP 7 case
a a DET 7 det Definite=Ind|PronType=Art
news news NOUN 7 compound
conference conference NOUN 3 obl
last last ADJ 9 amod
week week NOUN 7 nmod
that that PRON 13 mark xpos=WDT
she she PRON 13 nsubj
would would AUX 13 aux
govern govern VERB 7 acl:relcl
the the DET 15 det
country country NOUN 13 obj
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == "that she would govern the country"


def test_statement_joined_to_its_verb_of_saying_with_the_speaker_as_subject_after_it():
    # as parsed: "said" a conjunct of the statement's verb, the speaker its subject
    [record] = run("The Internet has greatly facilitated the spread of misinformation, said Angie Holan, "
                   "Politifact's editor.", """
The the DET 2 det
Internet Internet PROPN 5 nsubj
has have AUX 5 aux
greatly greatly ADV 5 advmod
facilitated facilitate VERB 0 root xpos=VBN
the the DET 7 det
spread spread NOUN 5 obj
of of ADP 9 case
misinformation misinformation NOUN 7 nmod
, , PUNCT 11 punct
said say VERB 5 conj xpos=VBD
Angie Angie PROPN 11 nsubj
Holan Holan PROPN 12 flat
, , PUNCT 17 punct
Politifact Politifact PROPN 17 nmod:poss
's 's PART 15 case
editor editor NOUN 12 appos
. . PUNCT 11 punct
""")
    assert record["cue"]["text"] == "said"
    assert record["content"]["text"] == "The Internet has greatly facilitated the spread of misinformation"
    assert record["speaker"]["name"] == "Angie Holan"


def test_speaker_after_the_verb_read_as_its_clause_is_the_speaker():
    # as parsed: the speaker "the company's chief executive" the verb's clausal complement
    [record] = run("The plant is under intense pressure from imports, said the company's chief executive.", """
The the DET 2 det
plant plant NOUN 6 nsubj
is be AUX 6 cop
under under ADP 6 case
intense intense ADJ 6 amod
pressure pressure NOUN 10 ccomp
from from ADP 8 case
imports import NOUN 6 nmod
, , PUNCT 6 punct
said say VERB 0 root xpos=VBD
the the DET 12 det
company company NOUN 15 nmod:poss
's 's PART 12 case
chief chief ADJ 15 amod
executive executive ADJ 10 ccomp
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "The plant is under intense pressure from imports"
    assert record["speaker"]["mention"]["text"] == "the company's chief executive"


def test_quotation_before_a_verb_with_a_clause_of_its_own_is_not_what_that_verb_says():
    # as parsed (xpos as the tagger gave them)
    records = run("Although Weiner admitted that they had “been friends for years,” he claimed they had never met.", """
Although although SCONJ 3 mark
Weiner Weiner PROPN 3 nsubj
admitted admit VERB 15 advcl xpos=VBD
that that SCONJ 6 mark
they they PRON 6 nsubj
had have AUX 3 ccomp
“ " PUNCT 9 punct
been be AUX 9 cop
friends friend NOUN 3 ccomp
for for ADP 11 case
years year NOUN 9 nmod
, , PUNCT 3 punct
” " PUNCT 3 punct
he he PRON 15 nsubj
claimed claim VERB 0 root xpos=VBD
they they PRON 19 nsubj
had have AUX 19 aux
never never ADV 19 advmod
met meet VERB 15 ccomp xpos=VBN
. . PUNCT 15 punct
""")
    claimed = [r for r in records if r["cue"]["text"] == "claimed"]
    assert [r["content"]["text"] for r in claimed] == ["they had never met"]


def test_clause_after_a_later_cue_hung_deeper_is_not_the_first_cues():
    # as parsed: the quotation a second clausal complement of "joked", "say" under "went"
    records = run("Trump joked that Brooklyn was his answer, but went on to say, “There are dangerous places.”", """
Trump Trump PROPN 2 nsubj xpos=NNP
joked joke VERB 0 root xpos=VBD
that that SCONJ 7 mark xpos=IN
Brooklyn Brooklyn PROPN 7 nsubj xpos=NNP
was be AUX 7 cop xpos=VBD
his his PRON 7 nmod:poss xpos=PRP$
answer answer NOUN 2 ccomp xpos=NN
, , PUNCT 10 punct
but but CCONJ 10 cc xpos=CC
went go VERB 2 conj xpos=VBD
on on ADP 10 advmod xpos=IN
to to PART 13 mark xpos=TO
say say VERB 10 xcomp xpos=VB
, , PUNCT 17 punct
“ " PUNCT 17 punct
There there PRON 17 expl xpos=EX
are be VERB 2 ccomp xpos=VBP
dangerous dangerous ADJ 19 amod xpos=JJ
places place NOUN 17 nsubj xpos=NNS
. . PUNCT 2 punct
” " PUNCT 17 punct
""")
    joked = [r for r in records if r["cue"]["text"] == "joked"]
    assert [r["content"]["text"] for r in joked] == ["that Brooklyn was his answer"]


def test_object_after_a_bracket_is_what_was_attacked_and_a_hyphen_joins_the_title():
    # the subject lost to the year before it, as parsers do
    [record] = run("In 2014, then-Senator Harry Reid (D) attacked the Koch brothers.", """
In in ADP 2 case
2014 2014 NUM 12 obl
, , PUNCT 2 punct
then then ADV 6 advmod
- - PUNCT 4 punct
Senator Senator PROPN 2 appos
Harry Harry PROPN 6 flat
Reid Reid PROPN 6 flat
( ( PUNCT 10 punct
D D PROPN 6 appos
) ) PUNCT 10 punct
attacked attack VERB 0 root xpos=VBD
the the DET 15 det
Koch Koch PROPN 15 compound
brothers brother NOUN 12 obj
. . PUNCT 12 punct
""")
    assert record["cue"]["text"] == "attacked"
    assert record["content"]["text"] == "the Koch brothers"
    assert record["speaker"]["mention"]["text"] == "then-Senator Harry Reid (D)"


def test_aside_between_the_subject_and_the_verb_is_neither_statement_nor_sign_of_inversion():
    # as parsers do: the aside a clause of "said", the statement's verb read as a noun
    [record] = run("Mike Shields, a super PAC allied with House leaders, said every talk centers on a firewall.", """
Mike Mike PROPN 12 nsubj
Shields Shields PROPN 1 flat
, , PUNCT 7 punct
a a DET 6 det Definite=Ind|PronType=Art
super super NOUN 6 amod
PAC PAC PROPN 7 nsubj
allied ally VERB 12 ccomp xpos=VBN
with with ADP 10 case
House House PROPN 10 compound
leaders leader NOUN 7 obl
, , PUNCT 7 punct
said say VERB 0 root xpos=VBD
every every DET 14 det
talk talk NOUN 12 obj
centers center NOUN 14 nmod
on on ADP 18 case
a a DET 18 det Definite=Ind|PronType=Art
firewall firewall NOUN 15 nmod
. . PUNCT 12 punct
""")
    assert record["speaker"]["name"] == "Mike Shields"
    assert record["content"]["text"] == "every talk centers on a firewall"


def test_thing_after_a_verb_of_saying_after_a_comma_is_what_was_said_not_who_said_it():
    # as parsers do: "voiced" joined to the relative clause
    [record] = run("The senator, who was hosting the convention, voiced the frustration of Republicans.", """
The the DET 2 det
senator senator NOUN 0 root
, , PUNCT 6 punct
who who PRON 6 nsubj
was be AUX 6 aux
hosting host VERB 2 acl:relcl xpos=VBG
the the DET 8 det
convention convention NOUN 6 obj
, , PUNCT 10 punct
voiced voice VERB 6 conj xpos=VBD
the the DET 12 det
frustration frustration NOUN 10 obj
of of ADP 14 case
Republicans Republican PROPN 12 nmod
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "voiced"
    assert record["content"]["text"] == "the frustration of Republicans"
    assert record["speaker"]["mention"]["text"] == "The senator"  # the main clause's subject, not "who"
    assert record["speaker"]["name"] == "senator"


def test_reporting_clause_set_off_after_its_statement_ends_before_how_long_after_something_it_was():
    # as parsed: "declared" joined to the statement, with a phrase of time after it
    [record] = run("Clinton won the primary, the Associated Press declared on Thursday, two days after the vote.", """
Clinton Clinton PROPN 2 nsubj xpos=NNP
won win VERB 0 root xpos=VBD
the the DET 4 det xpos=DT
primary primary ADJ 2 obj xpos=JJ
, , PUNCT 9 punct
the the DET 8 det xpos=DT
Associated Associated VERB 8 amod xpos=NNP
Press Press PROPN 9 nsubj xpos=NNP
declared declare VERB 2 conj xpos=VBD
on on ADP 11 case xpos=IN
Thursday Thursday PROPN 9 obl xpos=NNP
, , PUNCT 14 punct
two two NUM 14 nummod xpos=CD
days day NOUN 9 obl:unmarked xpos=NNS
after after ADP 17 case xpos=IN
the the DET 17 det xpos=DT
vote vote NOUN 14 nmod xpos=NN
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "declared"
    assert record["content"]["text"] == "Clinton won the primary"
    assert record["speaker"]["mention"]["text"] == "the Associated Press"


def test_that_clause_after_a_verb_of_hoping_is_what_is_hoped_whatever_the_parse():
    # as parsed: "that" a determiner of "states", the clause's verb hung elsewhere
    [record] = run("He is hoping that states, led by Ohio, will allow it.", """
He he PRON 3 nsubj xpos=PRP
is be AUX 3 aux xpos=VBZ
hoping hope VERB 0 root xpos=VBG
that that SCONJ 5 det xpos=IN
states state NOUN 3 obj xpos=NNS
, , PUNCT 7 punct
led lead VERB 5 acl xpos=VBN
by by ADP 9 case xpos=IN
Ohio Ohio PROPN 7 obl:agent xpos=NNP
, , PUNCT 7 punct
will will AUX 12 aux xpos=MD
allow allow VERB 3 parataxis xpos=VB
it it PRON 12 obj xpos=PRP
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "hoping"
    assert record["content"]["text"] == "that states, led by Ohio, will allow it"


def test_subject_of_a_participle_read_as_a_clause_before_the_cue_is_the_speaker():
    # as parsed: "people involved" a clause of "assumed", which has no subject
    [record] = run("Many people involved in the talks assumed that Clarke had the backing of Justice.", """
Many many ADJ 2 amod
people person NOUN 3 nsubj
involved involve VERB 7 ccomp xpos=VBD
in in ADP 6 case
the the DET 6 det
talks talk NOUN 3 obl
assumed assume VERB 0 root xpos=VBD
that that SCONJ 10 mark
Clarke Clarke PROPN 10 nsubj
had have VERB 7 ccomp xpos=VBD
the the DET 12 det
backing backing NOUN 10 obj
of of ADP 14 case
Justice Justice PROPN 12 nmod
. . PUNCT 7 punct
""")
    assert record["cue"]["text"] == "assumed"
    # the whole noun phrase, the participle's words with it
    assert record["speaker"]["mention"]["text"] == "Many people involved in the talks"
    assert record["content"]["text"] == "that Clarke had the backing of Justice"


def test_subject_of_an_adjective_read_as_a_clause_before_the_cue_is_the_speaker():
    # as parsed: "People familiar" a clause of "said", with the full stop hung on "familiar"
    [record] = run("People familiar with the matter said the deal was off.", """
People person NOUN 2 nsubj
familiar familiar ADJ 6 ccomp
with with ADP 5 case
the the DET 5 det
matter matter NOUN 2 obl
said say VERB 0 root xpos=VBD
the the DET 8 det
deal deal NOUN 10 nsubj
was be AUX 10 cop
off off ADP 6 ccomp
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "People familiar with the matter"
    assert record["speaker"]["kind"] == "group"
    assert record["content"]["text"] == "the deal was off"


def test_a_noun_for_one_who_does_something_holds_beliefs_and_a_thing_so_ending_does_not():
    parse = """
The the DET 2 det
administrators administrator NOUN 3 nsubj
decided decide VERB 0 root xpos=VBD
she she PRON 6 nsubj
should should AUX 6 aux
share share VERB 3 ccomp xpos=VB
the the DET 8 det
honor honor NOUN 6 obj
. . PUNCT 3 punct
"""
    [record] = run("The administrators decided she should share the honor.", parse)
    assert record["speaker"]["mention"]["text"] == "The administrators"
    assert record["content"]["text"] == "she should share the honor"
    assert run("The computers decided she should share the honor.",
               parse.replace("administrators administrator", "computers computer")) == []


def test_clause_the_parser_built_around_the_speaker_is_no_part_of_the_speaker():
    # as parsed: "Democrats" the predicate of "It was a move", and the subject of "said"
    [record] = run("It was a move Democrats said showed the party was desperate.", """
It it PRON 5 nsubj
was be AUX 5 cop
a a DET 5 det Definite=Ind|PronType=Art
move move NOUN 5 amod
Democrats Democrat PROPN 6 nsubj
said say VERB 0 root xpos=VBD
showed show VERB 6 ccomp xpos=VBD
the the DET 9 det
party party NOUN 11 nsubj
was be AUX 11 cop
desperate desperate ADJ 7 ccomp
. . PUNCT 6 punct
""")
    assert record["speaker"]["mention"]["text"] == "Democrats"
    assert record["speaker"]["name"] == "Democrats"


def test_statement_the_parser_made_the_subject_of_the_verb_of_saying_after_it():
    # as parsed: "Moves" the subject of "said", "led" its modifier, the speaker an indirect object
    [record] = run("Moves against the radio led to its removal, said Jeffrey Trimble, a senior official.", """
Moves move NOUN 10 nsubj
against against ADP 4 case
the the DET 4 det
radio radio NOUN 1 nmod
led lead VERB 1 acl xpos=VBD
to to ADP 8 case
its its PRON 8 nmod:poss
removal removal NOUN 5 obl
, , PUNCT 10 punct
said say VERB 0 root xpos=VBD
Jeffrey Jeffrey PROPN 10 iobj
Trimble Trimble PROPN 11 flat
, , PUNCT 16 punct
a a DET 16 det Definite=Ind|PronType=Art
senior senior ADJ 16 amod
official official NOUN 10 ccomp
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "Moves against the radio led to its removal"
    assert record["speaker"]["name"] == "Jeffrey Trimble"


def test_statement_opening_the_sentence_read_as_an_adverbial_clause_of_the_verb_after_it():
    # as parsed: "Defending" an adverbial clause of "said", the speaker its object
    [record] = run("Defending that terrain is within his wheelhouse, said a handful of Democrats.", """
Defending defend VERB 9 advcl xpos=VBG
that that SCONJ 1 obj
terrain terrain NOUN 7 nsubj
is be AUX 7 cop xpos=VBZ
within within ADP 7 case
his his PRON 7 nmod:poss
wheelhouse wheelhouse NOUN 1 ccomp
, , PUNCT 1 punct
said say VERB 0 root xpos=VBD
a a DET 11 det Definite=Ind|PronType=Art
handful handful NOUN 9 obj
of of ADP 13 case
Democrats Democrat PROPN 11 nmod
. . PUNCT 9 punct
""")
    assert record["content"]["text"] == "Defending that terrain is within his wheelhouse"
    assert record["speaker"]["mention"]["text"] == "a handful of Democrats"


def test_a_program_or_project_named_as_speaker_is_an_organization():
    parse = ("Free Free PROPN 3 compound\nState State PROPN 3 compound\nProject Project PROPN 4 nsubj\n"
             + _shifted(SAID_THE_RULE_WAS_FINAL, 3))
    assert _kind_of_speaker("Free State Project said the rule was final.", parse) == (
        "Free State Project", "organization")


def test_a_clause_with_a_subject_of_its_own_joined_by_but_to_the_cue_is_not_the_statement():
    # as parsed: the second clause's noun "measure" a conjunct of "showed", not of "winner"
    [record] = run("Polls showed Clinton was the winner, but polls are not a measure of intentions.", """
Polls poll NOUN 2 nsubj
showed show VERB 0 root xpos=VBD
Clinton Clinton PROPN 6 nsubj
was be AUX 6 cop xpos=VBD
the the DET 6 det
winner winner NOUN 2 ccomp
, , PUNCT 13 punct
but but CCONJ 13 cc
polls poll NOUN 13 nsubj
are be AUX 13 cop xpos=VBP
not not PART 13 advmod
a a DET 13 det
measure measure NOUN 2 conj
of of ADP 15 case
intentions intention NOUN 13 nmod
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Clinton was the winner"
    assert record["cue"]["text"] == "showed"


def test_a_report_joined_after_the_statement_by_word_order_is_another_speakers():
    # as parsed: "Democrats" a conjunct of "investigation", "accused" of "mishandled", with no subject
    records = run("Republicans said the department mishandled the investigation and Democrats accused "
                  "the GOP of stoking the issue.", """
Republicans Republican PROPN 2 nsubj
said say VERB 0 root xpos=VBD
the the DET 4 det
department department NOUN 5 nsubj
mishandled mishandle VERB 2 ccomp xpos=VBD
the the DET 7 det
investigation investigation NOUN 5 obj
and and CCONJ 9 cc
Democrats Democrat PROPN 7 conj
accused accuse VERB 5 conj xpos=VBD
the the DET 12 det
GOP GOP PROPN 10 obj
of of SCONJ 14 mark
stoking stoke VERB 12 acl xpos=VBG
the the DET 16 det
issue issue NOUN 14 obj
. . PUNCT 2 punct
""")
    by_cue = {r["cue"]["text"]: r for r in records}
    assert by_cue["said"]["content"]["text"] == "the department mishandled the investigation"
    assert by_cue["accused"]["speaker"]["mention"]["text"] == "Democrats"


def test_a_description_set_off_after_the_statements_last_noun_is_the_writers():
    [record] = run("Clinton condemned the candidate's proposal, the plan that would ban refugees.", """
Clinton Clinton PROPN 2 nsubj
condemned condemn VERB 0 root xpos=VBD
the the DET 4 det
candidate candidate NOUN 6 nmod:poss
's 's PART 4 case
proposal proposal NOUN 2 obj
, , PUNCT 9 punct
the the DET 9 det
plan plan NOUN 6 appos
that that PRON 12 nsubj
would would AUX 12 aux
ban ban VERB 9 acl:relcl
refugees refugee NOUN 12 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "the candidate's proposal"


def test_a_description_set_off_after_a_name_stays_with_the_statement():
    [record] = run("Trump criticized Machado, the former pageant winner.", """
Trump Trump PROPN 2 nsubj
criticized criticize VERB 0 root xpos=VBD
Machado Machado PROPN 2 obj
, , PUNCT 8 punct
the the DET 8 det
former former ADJ 8 amod
pageant pageant NOUN 8 compound
winner winner NOUN 3 appos
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "Machado, the former pageant winner"


def test_it_that_does_something_and_says_something_is_the_speaker():
    [record] = [r for r in run("Meanwhile, it attacked Trump, saying he “has offended voters.”", """
Meanwhile Meanwhile PROPN 4 advmod
, , PUNCT 1 punct
it it PRON 4 nsubj
attacked attack VERB 0 root xpos=VBD
Trump Trump PROPN 4 obj
, , PUNCT 7 punct
saying say VERB 4 advcl xpos=VBG
he he PRON 11 nsubj
“ “ PUNCT 11 punct
has have AUX 11 aux
offended offend VERB 7 ccomp xpos=VBN
voters voter NOUN 11 obj
. . PUNCT 4 punct
” ” PUNCT 4 punct
""") if r["cue"]["text"] == "saying"]
    assert record["speaker"]["mention"]["text"] == "it"


def test_the_object_of_the_verb_an_infinitive_complements_is_its_speaker():
    [record] = run("The announcement led some to speculate that the club had failed.", """
The the DET 2 det
announcement announcement NOUN 3 nsubj
led lead VERB 0 root xpos=VBD
some some DET 3 obj
to to PART 6 mark
speculate speculate VERB 3 xcomp xpos=VB
that that SCONJ 11 mark
the the DET 9 det
club club NOUN 11 nsubj
had have AUX 11 aux
failed fail VERB 6 ccomp xpos=VBN
. . PUNCT 3 punct
""")
    assert record["speaker"]["mention"]["text"] == "some"


def test_a_speaker_named_by_a_hyphenated_word_after_a_quote():
    # as parsed: the quotation's "What" the subject of "asked", "year" a noun inside "43-year-old"
    [record] = run("“What if he had lessons?” the 43-year-old asked.", """
“ “ PUNCT 2 punct
What what PRON 15 nsubj
if if SCONJ 5 mark
he he PRON 5 nsubj
had have VERB 2 acl:relcl xpos=VBD
lessons lesson NOUN 5 obj
? ? PUNCT 5 punct
” ” PUNCT 5 punct
the the DET 14 det
43 43 NUM 12 nummod
- - PUNCT 12 punct
year year NOUN 14 compound
- - PUNCT 12 punct
old old ADJ 15 compound
asked ask VERB 0 root xpos=VBD
. . PUNCT 15 punct
""")
    assert record["type"] == "direct" and record["cue"]["text"] == "asked"
    assert record["speaker"]["mention"]["text"] == "the 43-year-old"


def test_a_boy_asking_after_his_question_is_its_speaker_and_an_audience_laughing_says_nothing():
    records = run("“How big is that wall?” asked the boy, who wore a hat, as the audience laughed.", """
“ “ PUNCT 9 punct
How how ADV 3 advmod
big big ADJ 6 amod
is be AUX 6 cop
that that DET 6 det
wall wall NOUN 9 ccomp
? ? PUNCT 6 punct
” ” PUNCT 6 punct
asked ask VERB 0 root xpos=VBD
the the DET 11 det
boy boy NOUN 9 obj
, , PUNCT 14 punct
who who PRON 14 nsubj
wore wear VERB 11 acl:relcl xpos=VBD
a a DET 16 det
hat hat NOUN 14 obj
, , PUNCT 21 punct
as as SCONJ 21 mark
the the DET 20 det
audience audience NOUN 21 nsubj
laughed laugh VERB 14 advcl xpos=VBD
. . PUNCT 9 punct
""")
    assert [(r["cue"]["text"], r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == [
        ("asked", "the boy", "“How big is that wall?”")]


def test_as_someone_put_it_introduces_a_quotation():
    [record] = run("As Dana Milbank puts it, \"Senate Republicans are unmoved.\"", """
As as SCONJ 4 mark
Dana Dana PROPN 4 nsubj
Milbank Milbank PROPN 2 flat
puts put VERB 11 advcl xpos=VBZ
it it PRON 4 obj
, , PUNCT 4 punct
" " PUNCT 11 punct
Senate Senate PROPN 9 compound
Republicans Republican PROPN 11 nsubj:pass
are be AUX 11 aux:pass
unmoved unmoved ADJ 0 root
. . PUNCT 11 punct
" " PUNCT 11 punct
""")
    assert record["type"] == "direct" and record["cue"]["text"] == "puts it"
    assert record["content"]["text"] == "\"Senate Republicans are unmoved.\""
    assert record["speaker"]["mention"]["text"] == "Dana Milbank"


def test_the_clause_as_someone_put_it_is_their_statement():
    [record] = run("As he puts it, the best thing is her record.", """
As as SCONJ 3 mark
he he PRON 3 nsubj
puts put VERB 11 advcl xpos=VBZ
it it PRON 3 obj
, , PUNCT 3 punct
the the DET 8 det
best best ADJ 8 amod
thing thing NOUN 11 nsubj
is be AUX 11 cop
her her PRON 11 nmod:poss
record record NOUN 0 root
. . PUNCT 11 punct
""")
    assert record["cue"]["text"] == "puts it" and record["speaker"]["mention"]["text"] == "he"
    assert record["content"]["text"] == "the best thing is her record"


def test_the_subject_of_a_quotation_the_parser_made_the_main_clause_speaks_for_no_cue_before_it():
    # as parsed: "rallied" a modifier of "supporters", "saying" an adverbial clause of the quoted "have"
    records = run("Her aide rallied supporters, saying: “We have to be ready.”", """
Her her PRON 2 nmod:poss
aide aide NOUN 4 compound
rallied rally VERB 4 amod xpos=VBD
supporters supporter NOUN 6 obj
, , PUNCT 6 punct
saying say VERB 10 advcl xpos=VBG
: : PUNCT 10 punct
“ “ PUNCT 10 punct
We we PRON 10 nsubj
have have VERB 0 root xpos=VBP
to to PART 13 mark
be be AUX 13 cop
ready ready ADJ 10 xcomp
. . PUNCT 10 punct
” ” PUNCT 10 punct
""")
    assert [(r["content"]["text"], r["cue"]["text"], r["speaker"]["mention"]["text"]) for r in records] == [
        ("“We have to be ready.”", "rallied", "Her aide")]


def test_a_name_before_and_and_a_verb_of_saying_is_not_its_speaker():
    # as parsed: "joked" a conjunct of the agent "Franken", with no subject
    records = run("Silverman was joined by Al Franken and joked, “You are being ridiculous.”", """
Silverman Silverman PROPN 3 nsubj:pass
was be AUX 3 aux:pass
joined join VERB 0 root xpos=VBN
by by ADP 5 case
Al Al PROPN 3 obl:agent
Franken Franken PROPN 5 flat
and and CCONJ 8 cc
joked joke VERB 5 conj xpos=VBD
, , PUNCT 14 punct
“ “ PUNCT 14 punct
You you PRON 14 nsubj
are be AUX 14 aux
being be AUX 14 cop
ridiculous ridiculous ADJ 8 ccomp
. . PUNCT 14 punct
” ” PUNCT 14 punct
""")
    mentions = [(r["speaker"] or {}).get("mention") or {} for r in records]
    assert records and not any("Franken" in m.get("text", "") for m in mentions)


def test_a_day_after_the_verb_opens_no_speakers_phrase():
    # as parsed: the quoted "person" the subject of "said", the name its apposition, "Monday" an object
    [record] = run("\"Clearly an intelligent person,\" campaign manager Jeff Weaver said Monday in an interview.", """
" " PUNCT 5 punct
Clearly clearly ADV 5 advmod
an a DET 5 det
intelligent intelligent ADJ 5 amod
person person NOUN 12 nsubj
, , PUNCT 5 punct
" " PUNCT 9 punct
campaign campaign NOUN 9 compound
manager manager NOUN 5 appos
Jeff Jeff PROPN 9 flat
Weaver Weaver PROPN 10 flat
said say VERB 0 root xpos=VBD
Monday Monday PROPN 12 iobj
in in ADP 16 case
an a DET 16 det
interview interview NOUN 12 obl
. . PUNCT 12 punct
""")
    assert record["type"] == "direct" and record["content"]["text"] == "\"Clearly an intelligent person,\""
    assert record["speaker"]["name"] == "Jeff Weaver"


def test_a_quotation_takes_its_speakers_whole_phrase_where_the_parse_broke_it_up():
    # as parsed: "planning" a verb with "policy" its subject, "Slaughter" the subject of "wrote"
    [record] = run("\"We won,\" former policy planning director Anne Slaughter wrote to Clinton.", """
" " PUNCT 3 punct
We we PRON 3 nsubj
won win VERB 12 ccomp xpos=VBD
, , PUNCT 3 punct
" " PUNCT 3 punct
former former ADJ 7 amod
policy policy NOUN 8 nsubj xpos=NN
planning plan VERB 12 advcl xpos=VBG
director director NOUN 10 compound xpos=NN
Anne Anne PROPN 11 compound
Slaughter Slaughter PROPN 12 nsubj
wrote write VERB 0 root xpos=VBD
to to ADP 14 case
Clinton Clinton PROPN 12 obl
. . PUNCT 12 punct
""")
    assert record["type"] == "direct" and record["cue"]["text"] == "wrote"
    assert record["speaker"]["mention"]["text"] == "former policy planning director Anne Slaughter"


def test_a_participle_inside_a_title_is_no_cue():
    from quotes.cues import verb_cues
    from quotes.deps import Tree

    document = parsed("Policy planning director Anne Slaughter", """
Policy policy NOUN 2 nsubj xpos=NN
planning plan VERB 0 root xpos=VBG
director director NOUN 4 compound xpos=NN
Anne Anne PROPN 5 compound
Slaughter Slaughter PROPN 2 obj
""")
    assert verb_cues(Tree.of(document.sentences[0]), RULES) == []


def test_a_noun_in_ing_with_its_article_is_no_cue():
    from quotes.cues import verb_cues
    from quotes.deps import Tree

    document = parsed("Clinton clashed with Johnson during the hearing, chiding him.", """
Clinton Clinton PROPN 2 nsubj
clashed clash VERB 0 root
with with ADP 4 case
Johnson Johnson PROPN 2 obl
during during ADP 7 case
the the DET 7 det
hearing hearing NOUN 4 nmod
, , PUNCT 9 punct
chiding chide VERB 2 advcl
him he PRON 9 obj
. . PUNCT 2 punct
""")
    assert [c.word.text for c in verb_cues(Tree.of(document.sentences[0]), RULES)] == ["chiding"]


def test_a_noun_with_a_subject_and_a_clause_after_it_is_a_verb_cue():
    [record] = run("Leaked documents from his tax return show he took a loss.", """
Leaked leak VERB 2 amod xpos=VBN
documents document NOUN 7 nsubj
from from ADP 6 case
his his PRON 6 nmod:poss
tax tax NOUN 6 compound
return return NOUN 2 nmod
show show NOUN 0 root xpos=NN
he he PRON 9 nsubj
took take VERB 7 ccomp xpos=VBD
a a DET 11 det
loss loss NOUN 9 obj
. . PUNCT 7 punct
""")
    assert record["cue"]["text"] == "show" and record["content"]["text"] == "he took a loss"


def test_a_noun_with_a_subject_and_an_infinitive_after_it_is_a_verb_cue():
    [record] = run("Obama plans to send a nominee.", """
Obama Obama PROPN 2 nsubj
plans plan NOUN 0 root xpos=NNS
to to PART 4 mark
send send VERB 2 xcomp
a a DET 6 det
nominee nominee NOUN 4 obj
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "plans" and record["content"]["text"] == "to send a nominee"


def test_a_noun_after_two_joined_subjects_with_an_object_is_a_verb_cue():
    [record] = run("The caucus and Schumer oppose tinkering with it.", """
The the DET 2 det
caucus caucus NOUN 5 nsubj
and and CCONJ 4 cc
Schumer Schumer PROPN 2 conj
oppose oppose NOUN 0 root xpos=NN
tinkering tinker NOUN 5 obj
with with ADP 8 case
it it PRON 6 nmod
. . PUNCT 5 punct
""")
    assert record["cue"]["text"] == "oppose" and record["content"]["text"] == "tinkering with it"


def test_a_noun_with_a_subject_and_a_name_read_as_its_clause_is_no_verb_cue():
    # "Trump's reality television show “The Apprentice”": the parser made "television" the
    # subject of "show" and the title its clause; a clause with no verb makes no verb of a noun
    from quotes.cues import verb_cues
    from quotes.deps import Tree

    document = parsed("His reality television show The Apprentice ran for years.", """
His his PRON 3 nmod:poss
reality reality NOUN 3 compound
television television NOUN 4 nsubj
show show NOUN 7 nsubj xpos=NN
The the DET 6 det
Apprentice Apprentice PROPN 4 ccomp
ran run VERB 0 root
for for ADP 9 case
years year NOUN 7 obl
. . PUNCT 7 punct
""")
    assert [c.word.text for c in verb_cues(Tree.of(document.sentences[0]), RULES)] == []


def test_a_capitalised_base_form_before_a_name_is_a_first_name_and_no_cue():
    from quotes.cues import verb_cues
    from quotes.deps import Tree

    document = parsed("Spokeswoman Hope Hicks said it.", """
Spokeswoman spokeswoman NOUN 2 nsubj
Hope hope VERB 0 root xpos=VBP
Hicks Hicks PROPN 4 nsubj
said say VERB 2 ccomp xpos=VBD
it it PRON 4 obj
. . PUNCT 2 punct
""")
    assert [c.word.text for c in verb_cues(Tree.of(document.sentences[0]), RULES)] == ["said"]


def test_a_quotation_ending_on_its_comma_belongs_to_the_speaker_after_the_verb_right_after_it():
    # as parsed: the first quotation's head a complement of the second "said", which hangs in
    # the complement of the first, and the relative clause on its speaker another complement
    records = run("\"Her tone is sharp,\" he said, but \"I think she will win,\" said Kunin, who was critical of Smith.", """
" " PUNCT 5 punct
Her her PRON 3 nmod:poss
tone tone NOUN 5 nsubj
is be AUX 5 cop
sharp sharp ADJ 20 ccomp
, , PUNCT 5 punct
" " PUNCT 5 punct
he he PRON 9 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 14 punct
but but CCONJ 14 cc
" " PUNCT 14 punct
I I PRON 14 nsubj
think think VERB 9 ccomp xpos=VBP
she she PRON 17 nsubj
will will AUX 17 aux
win win VERB 14 ccomp xpos=VB
, , PUNCT 17 punct
" " PUNCT 20 punct
said say VERB 14 parataxis xpos=VBD
Kunin Kunin PROPN 20 nsubj
, , PUNCT 25 punct
who who PRON 25 nsubj
was be AUX 25 cop
critical critical ADJ 20 ccomp
of of ADP 27 case
Smith Smith PROPN 25 obl
. . PUNCT 9 punct
""")
    by_quote = {r["content"]["text"]: r["speaker"]["mention"]["text"] for r in records
                if r["content"]["text"].startswith('"')}
    assert by_quote == {"\"Her tone is sharp,\"": "he", "\"I think she will win,\"": "Kunin"}
    # (and the relative clause holds a stance of Kunin's own)
    [stance] = [r for r in records if not r["content"]["text"].startswith('"')]
    assert (stance["cue"]["text"], stance["content"]["text"], stance["speaker"]["name"]) == ("critical", "Smith", "Kunin")


def test_a_verb_after_a_relative_clause_read_as_its_last_nouns_participle_is_the_antecedents():
    # as parsed: "tweeted" a participle on "followers", the relative clause's object
    records = run("Trump, who has 9 million followers, tweeted, \"They are wrong.\"", """
Trump Trump PROPN 0 root
, , PUNCT 4 punct
who who PRON 4 nsubj
has have AUX 1 acl:relcl xpos=VBZ
9 9 NUM 6 nummod
million million NUM 7 nummod
followers follower NOUN 4 obj
, , PUNCT 9 punct
tweeted tweet VERB 7 acl xpos=VBN
, , PUNCT 9 punct
" " PUNCT 14 punct
They they PRON 14 nsubj
are be AUX 14 cop
wrong wrong ADJ 9 ccomp
. . PUNCT 14 punct
" " PUNCT 14 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["cue"]["text"]) for r in records] == [("Trump", "tweeted")]


def test_it_that_the_parser_took_for_an_expletive_of_an_active_verb_of_saying_said_it():
    records = run("It said officials have concealed information.", """
It it PRON 2 expl
said say VERB 0 root xpos=VBD
officials official NOUN 5 nsubj
have have AUX 5 aux
concealed conceal VERB 2 ccomp xpos=VBN
information information NOUN 5 obj
. . PUNCT 2 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == \
        [("It", "officials have concealed information")]


def test_a_quoted_name_someone_gives_is_their_statement_and_a_thing_called_so_is_a_title():
    records = run("Under what Hedge called “the old model,” a film called “The Game” ran.", """
Under under ADP 2 case
what what PRON 18 obl
Hedge Hedge PROPN 4 nsubj
called call VERB 2 acl:relcl xpos=VBD
“ “ PUNCT 8 punct
the the DET 8 det
old old ADJ 8 amod
model model NOUN 4 obj
, , PUNCT 4 punct
” ” PUNCT 4 punct
a a DET 12 det
film film NOUN 18 nsubj
called call VERB 12 acl xpos=VBN
“ “ PUNCT 16 punct
The the DET 16 det
Game Game PROPN 13 xcomp
” ” PUNCT 16 punct
ran run VERB 0 root xpos=VBD
. . PUNCT 18 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["cue"]["text"], r["content"]["text"]) for r in records] == \
        [("Hedge", "called", "“the old model,”")]


def test_a_hyphenated_subject_after_the_conjunction_opens_another_report():
    # as parsed: "three-quarters" a conjunct of "honest", the second "said" another complement
    records = run("Voters said Clinton is honest, and three-quarters said the same of Sanders.", """
Voters voter NOUN 2 nsubj
said say VERB 0 root xpos=VBD
Clinton Clinton PROPN 5 nsubj
is be AUX 5 cop
honest honest ADJ 2 ccomp
, , PUNCT 11 punct
and and CCONJ 11 cc
three three NUM 10 nummod
- - PUNCT 8 punct xpos=HYPH
quarters quarter NOUN 5 conj
said say VERB 2 ccomp xpos=VBD
the the DET 13 det
same same ADJ 11 obj
of of ADP 15 case
Sanders Sanders PROPN 13 nmod
. . PUNCT 2 punct
""")
    assert ("Voters", "Clinton is honest") in [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records]


def test_an_imperative_bids_the_reader_and_reports_nothing():
    records = run("Imagine that she wins. Smith said that she wins.", """
Imagine imagine VERB 0 root Mood=Imp|VerbForm=Fin xpos=VB
that that SCONJ 4 mark
she she PRON 4 nsubj
wins win VERB 1 ccomp xpos=VBZ
. . PUNCT 1 punct
""", """
Smith Smith PROPN 2 nsubj
said say VERB 0 root xpos=VBD
that that SCONJ 5 mark
she she PRON 5 nsubj
wins win VERB 2 ccomp xpos=VBZ
. . PUNCT 2 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("said", "that she wins")]


def test_a_mark_opening_a_speaker_label_is_no_part_of_the_name_and_a_video_no_speaker():
    records = run("“RAMOS: Did you lie to the families?\n\n[Video: Full speech of the president at the caucus]", """
“ “ PUNCT 2 punct
RAMOS Ramos PROPN 0 root
: : PUNCT 2 punct
Did do AUX 6 aux
you you PRON 6 nsubj
lie lie VERB 2 parataxis
to to ADP 9 case
the the DET 9 det
families family NOUN 6 obl
? ? PUNCT 6 punct
""", """
[ [ PUNCT 2 punct
Video video NOUN 0 root
: : PUNCT 2 punct
Full full ADJ 5 amod
speech speech NOUN 2 appos
of of ADP 8 case
the the DET 8 det
president president NOUN 5 nmod
at at ADP 11 case
the the DET 11 det
caucus caucus NOUN 5 nmod
] ] PUNCT 2 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == \
        [("RAMOS", "Did you lie to the families?")]


def test_a_title_in_title_case_is_no_quotation_but_a_headline_quotation_is():
    records = run("Clinton: ‘Families Have Seen Enough Of This’\n\nThen came “Tales From the Crypt Again” on TV.", """
Clinton Clinton PROPN 0 root
: : PUNCT 1 punct
‘ ‘ PUNCT 6 punct
Families family NOUN 6 nsubj
Have have AUX 6 aux
Seen see VERB 1 parataxis
Enough enough ADJ 6 obj
Of of ADP 9 case
This this PRON 7 nmod
’ ’ PUNCT 6 punct
""", """
Then then ADV 2 advmod
came come VERB 0 root xpos=VBD
“ “ PUNCT 4 punct
Tales tale NOUN 2 nsubj
From from ADP 7 case
the the DET 7 det
Crypt Crypt PROPN 4 nmod
Again again ADV 4 advmod
” ” PUNCT 4 punct
on on ADP 11 case
TV TV NOUN 2 obl
. . PUNCT 2 punct
""")
    assert [r["content"]["text"] for r in records] == ["‘Families Have Seen Enough Of This’"]


def test_a_naming_participle_set_off_after_the_clause_gives_its_own_quoted_name():
    records = run("The ministry denied the report, calling it “baseless.”", """
The the DET 2 det
ministry ministry NOUN 3 nsubj
denied deny VERB 0 root xpos=VBD
the the DET 5 det
report report NOUN 3 obj
, , PUNCT 7 punct
calling call VERB 3 advcl xpos=VBG
it it PRON 7 obj
“ “ PUNCT 10 punct
baseless baseless ADJ 7 xcomp
. . PUNCT 3 punct
” ” PUNCT 10 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == \
        [("denied", "the report"), ("calling", "it “baseless.”")]


def test_a_reporting_clause_closing_the_sentence_is_no_part_of_the_statement_before_it():
    # as parsed: "reported" a second complement of "believe"
    records = run("Officials believe the gunman acted alone, the newspaper reported.", """
Officials official NOUN 2 nsubj
believe believe VERB 0 root xpos=VBP
the the DET 4 det
gunman gunman NOUN 5 nsubj
acted act VERB 2 ccomp xpos=VBD
alone alone ADV 5 advmod
, , PUNCT 10 punct
the the DET 9 det
newspaper newspaper NOUN 10 nsubj
reported report VERB 2 ccomp xpos=VBD
. . PUNCT 2 punct
""")
    assert all("reported" not in r["content"]["text"] for r in records)
    assert ("the newspaper", "Officials believe the gunman acted alone") in \
        [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records]


def test_a_that_clause_the_parser_made_a_conjunct_of_the_verb_is_its_statement():
    records = run("The CEO wrote in a memo, obtained by CNN, that layoffs would begin.", """
The the DET 2 det
CEO CEO PROPN 3 nsubj
wrote write VERB 0 root xpos=VBD
in in ADP 6 case
a a DET 6 det
memo memo NOUN 3 obl
, , PUNCT 8 punct
obtained obtain VERB 3 advcl xpos=VBN
by by ADP 10 case
CNN CNN PROPN 8 obl:agent
, , PUNCT 15 punct
that that SCONJ 15 mark
layoffs layoff NOUN 15 nsubj
would would AUX 15 aux
begin begin VERB 3 conj xpos=VB
. . PUNCT 3 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("wrote", "that layoffs would begin")]


def test_a_statement_by_word_order_ends_before_according_to():
    from quotes.sieves.content import statement_end
    document = parsed("He plans to visit Ohio, according to an aide.", """
He he PRON 2 nsubj
plans plan VERB 0 root xpos=VBZ
to to PART 4 mark
visit visit VERB 2 xcomp xpos=VB
Ohio Ohio PROPN 4 obj
, , PUNCT 10 punct
according accord VERB 10 case xpos=VBG
to to ADP 7 fixed
an a DET 10 det
aide aide NOUN 4 obl
. . PUNCT 2 punct
""")
    words = document.sentences[0].words
    assert [w.text for w in words[2:statement_end(words, 1, len(words) - 1, RULES)]] == ["to", "visit", "Ohio"]


def test_a_trailing_reporting_clause_with_an_auxiliary_reports_the_clause_before_it():
    # as parsed: "has learned" joined to the statement as a conjunct
    [record] = run("The senator will resign next month, CNN has learned.", """
The the DET 2 det
senator senator NOUN 4 nsubj
will will AUX 4 aux
resign resign VERB 0 root
next next ADJ 6 amod
month month NOUN 4 obj
, , PUNCT 4 punct
CNN CNN PROPN 10 nsubj
has have AUX 10 aux
learned learn VERB 4 conj xpos=VBN
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "learned"
    assert record["speaker"]["mention"]["text"] == "CNN"
    assert record["content"]["text"] == "The senator will resign next month"


def test_a_noun_phrase_before_a_verb_and_its_object_is_no_statement_of_an_inverted_speaker():
    records = run("Elliott’s father, the Rev. Charles Elliott Jr., knew Muhammad Ali for decades.", """
Elliott Elliott PROPN 3 nmod:poss
’s 's PART 1 case
father father NOUN 11 nsubj
, , PUNCT 3 punct
the the DET 7 det
Rev. Rev. PROPN 7 compound
Charles Charles PROPN 8 compound
Elliott Elliott PROPN 3 appos
Jr. Jr. PROPN 8 flat
, , PUNCT 3 punct
knew know VERB 0 root xpos=VBD
Muhammad Muhammad PROPN 11 obj
Ali Ali PROPN 12 flat
for for ADP 15 case
decades decade NOUN 11 obl
. . PUNCT 11 punct
""")
    assert not [r for r in records if r["content"]["text"].startswith("Elliott’s father")]


def test_an_opening_participle_of_asking_reports_the_question_up_to_the_main_clause():
    # as parsed: the question a relative clause on the debate, the main clause's subject its apposition
    records = run("Asked during a debate why he trailed Clinton among black voters, Senator Bernie Sanders said "
                  "he would gain ground.", """
Asked ask VERB 16 advcl xpos=VBD
during during ADP 4 case
a a DET 4 det
debate debate NOUN 1 obl
why why ADV 7 advmod
he he PRON 7 nsubj
trailed trail VERB 4 acl:relcl xpos=VBD
Clinton Clinton PROPN 7 obj
among among ADP 11 case
black black ADJ 11 amod
voters voter NOUN 7 obl
, , PUNCT 13 punct
Senator Senator PROPN 11 appos
Bernie Bernie PROPN 13 flat
Sanders Sanders PROPN 14 flat
said say VERB 0 root xpos=VBD
he he PRON 19 nsubj
would would AUX 19 aux
gain gain VERB 16 ccomp
ground ground NOUN 19 obj
. . PUNCT 16 punct
""")
    [asked] = [r for r in records if r["cue"]["text"] == "Asked"]
    assert asked["rule"] == "opening_question"
    assert asked["content"]["text"] == "why he trailed Clinton among black voters"
    assert asked["speaker"] is None


def test_the_agent_of_an_opening_participle_of_asking_asked_the_question():
    records = run("When asked by Ingraham about the visas, Cruz said no.", """
When when ADV 2 advmod
asked ask VERB 10 advcl xpos=VBN
by by ADP 4 case
Ingraham Ingraham PROPN 2 obl:agent
about about ADP 7 case
the the DET 7 det
visas visa NOUN 2 obl
, , PUNCT 2 punct
Cruz Cruz PROPN 10 nsubj
said say VERB 0 root xpos=VBD
no no INTJ 10 obj
. . PUNCT 10 punct
""")
    [asked] = [r for r in records if r["cue"]["text"] == "asked"]
    assert asked["content"]["text"] == "about the visas"
    assert asked["speaker"]["mention"]["text"] == "Ingraham"


def test_what_a_finding_shows_is_its_object_with_the_predicate_after_it():
    # as parsed: "within two points" an oblique of "show"
    [record] = run("Several polls show Sanders within two points of Clinton.", """
Several several ADJ 2 amod
polls poll NOUN 3 nsubj
show show VERB 0 root xpos=VBP
Sanders Sanders PROPN 3 obj
within within ADP 7 case
two two NUM 7 nummod
points point NOUN 3 obl
of of ADP 9 case
Clinton Clinton PROPN 7 nmod
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "Sanders within two points of Clinton"
    assert record["speaker"]["mention"]["text"] == "Several polls"


def test_the_predicate_of_a_verb_of_appearance_read_as_its_object_is_what_seems_so():
    # as parsed: "impervious" the object of "seemed", "to all" an oblique (no one it seems so to)
    [record] = run("The economy, until recently, seemed impervious to all but the largest shocks.", """
The the DET 2 det
economy economy NOUN 7 nsubj
, , PUNCT 5 punct
until until SCONJ 7 mark
recently recently ADV 7 advmod
, , PUNCT 5 punct
seemed seem VERB 0 root xpos=VBD
impervious impervious ADJ 7 obj
to to ADP 10 case
all all DET 7 obl
but but CCONJ 14 cc
the the DET 14 det
largest large ADJ 14 amod
shocks shock NOUN 10 conj
. . PUNCT 7 punct
""")
    assert record["rule"] == "evidential_clause"
    assert record["content"]["text"] == "The economy, until recently, seemed impervious to all but the largest shocks"
    assert record["speaker"] is None


def test_what_seems_like_something_takes_its_subject_into_the_statement():
    [record] = run("Now it seemed like an impossible task.", """
Now now ADV 3 advmod
it it PRON 3 nsubj
seemed seem VERB 0 root xpos=VBD
like like ADP 7 case
an a DET 7 det
impossible impossible ADJ 7 amod
task task NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "it seemed like an impossible task"


def test_what_a_survey_finds_is_an_object_with_a_predicate_after_it():
    records = run("A survey by the group in March found Clinton with a small lead. Romney found himself in a tight race.", """
A a DET 2 det
survey survey NOUN 8 nsubj
by by ADP 5 case
the the DET 5 det
group group NOUN 2 nmod
in in ADP 7 case
March March PROPN 2 nmod
found find VERB 0 root xpos=VBD
Clinton Clinton PROPN 8 obj
with with ADP 13 case
a a DET 13 det
small small ADJ 13 amod
lead lead NOUN 8 obl
. . PUNCT 8 punct
""", """
Romney Romney PROPN 2 nsubj
found find VERB 0 root xpos=VBD
himself himself PRON 2 obj
in in ADP 7 case
a a DET 7 det
tight tight ADJ 7 amod
race race NOUN 2 obl
. . PUNCT 2 punct
""")
    assert [(r["speaker"]["mention"]["text"], r["content"]["text"]) for r in records] == [
        ("A survey by the group", "Clinton with a small lead")]  # ("in March" says when)


def test_what_someone_shows_does_not_run_on_over_what_follows_the_object():
    records = run("Obama has shown leadership in pushing reform.", """
Obama Obama PROPN 3 nsubj
has have AUX 3 aux
shown show VERB 0 root xpos=VBN
leadership leadership NOUN 3 obj
in in ADP 6 mark
pushing push VERB 3 advcl xpos=VBG
reform reform NOUN 6 obj
. . PUNCT 3 punct
""")
    assert [r["content"]["text"] for r in records if r["cue"]["text"] == "shown"] == ["leadership"]


def test_a_bare_verb_joined_to_a_past_cue_is_a_second_infinitive():
    # The parser joins "declare" to "declined"; as the speaker's next act it would read
    # "declared", so it goes on with what was declined (and is no statement of its own).
    [record] = run("The president declined to threaten Moscow or even directly declare it responsible.", """
The the DET 2 det
president president NOUN 3 nsubj
declined decline VERB 0 root xpos=VBD
to to PART 5 mark
threaten threaten VERB 3 xcomp xpos=VB
Moscow Moscow PROPN 5 obj
or or CCONJ 10 cc
even even ADV 10 advmod
directly directly ADV 10 advmod
declare declare VERB 3 conj xpos=VB
it it PRON 10 obj
responsible responsible ADJ 10 xcomp
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "declined"
    assert record["content"]["text"] == "to threaten Moscow or even directly declare it responsible"
    assert record["speaker"]["mention"]["text"] == "The president"


def test_a_past_verb_joined_to_a_past_cue_is_the_speakers_next_act():
    records = run("The president declined to threaten Moscow and declared the talks over.", """
The the DET 2 det
president president NOUN 3 nsubj
declined decline VERB 0 root xpos=VBD
to to PART 5 mark
threaten threaten VERB 3 xcomp xpos=VB
Moscow Moscow PROPN 5 obj
and and CCONJ 8 cc
declared declare VERB 3 conj xpos=VBD
the the DET 10 det
talks talk NOUN 8 obj
over over ADP 8 compound:prt
. . PUNCT 3 punct
""")
    declined = next(r for r in records if r["cue"]["text"] == "declined")
    assert declined["content"]["text"] == "to threaten Moscow"


def test_an_adjective_of_manner_before_a_colon_makes_a_statement():
    [record] = run("The mayor was blunt: the city must end the strike.", """
The the DET 2 det
mayor mayor NOUN 4 nsubj
was be AUX 4 cop
blunt blunt ADJ 0 root
: : PUNCT 9 punct
the the DET 7 det
city city NOUN 9 nsubj
must must AUX 9 aux
end end VERB 4 parataxis
the the DET 11 det
strike strike NOUN 9 obj
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "blunt"
    assert record["content"]["text"] == "the city must end the strike"
    assert record["speaker"]["mention"]["text"] == "The mayor"
    assert run("One thing was clear: the city must end the strike.", """
One one NUM 2 nummod
thing thing NOUN 4 nsubj
was be AUX 4 cop
clear clear ADJ 0 root
: : PUNCT 9 punct
the the DET 7 det
city city NOUN 9 nsubj
must must AUX 9 aux
end end VERB 4 parataxis
the the DET 11 det
strike strike NOUN 9 obj
. . PUNCT 4 punct
""") == []


def test_a_quotation_after_a_noun_of_saying_and_a_colon_is_the_owners_to_its_closing_mark():
    [record] = run("Her message was simple: “We will win. We always do.”", """
Her her PRON 2 nmod:poss Poss=Yes
message message NOUN 4 nsubj
was be AUX 4 cop
simple simple ADJ 0 root
: : PUNCT 9 punct
“ “ PUNCT 9 punct
We we PRON 9 nsubj
will will AUX 9 aux
win win VERB 4 parataxis
. . PUNCT 4 punct
""", """
We we PRON 3 nsubj
always always ADV 3 advmod
do do VERB 0 root
. . PUNCT 3 punct
” ” PUNCT 3 punct
""")
    assert record["content"]["text"] == "“We will win. We always do.”"
    assert record["cue"]["text"] == "message"
    assert record["speaker"]["mention"]["text"] == "Her"


def test_the_subject_not_the_possessive_speaks_for_an_answer_before_a_colon():
    [record] = run("I had to change my answer: “It was a joke.”", """
I I PRON 2 nsubj
had have VERB 0 root
to to PART 4 mark
change change VERB 2 xcomp
my my PRON 6 nmod:poss Poss=Yes
answer answer NOUN 4 obj
: : PUNCT 12 punct
“ “ PUNCT 12 punct
It it PRON 12 nsubj
was be AUX 12 cop
a a DET 12 det
joke joke NOUN 2 parataxis
. . PUNCT 12 punct
” ” PUNCT 12 punct
""")
    assert record["content"]["text"] == "“It was a joke.”"
    assert record["cue"]["text"] == "answer"
    assert record["speaker"]["mention"]["text"] == "I"


LIMBAUGH_ADDED = """
Limbaugh Limbaugh PROPN 2 nsubj
added add VERB 0 root xpos=VBD
: : PUNCT 2 punct
"""
THIS_REEKS = """
This this PRON 2 nsubj
reeks reek VERB 0 root
of of ADP 4 case
hypocrisy hypocrisy NOUN 2 obl
. . PUNCT 2 punct
"""


def test_a_paragraph_without_quotation_marks_after_a_closing_colon_is_the_statement():
    records = run("Limbaugh added:\nThis reeks of hypocrisy. She knows nothing.", LIMBAUGH_ADDED, THIS_REEKS, """
She she PRON 2 nsubj
knows know VERB 0 root
nothing nothing PRON 2 obj
. . PUNCT 2 punct
""")
    added = next(r for r in records if r["cue"]["text"] == "added")
    assert added["rule"] == "colon_lead_in" and added["type"] == "indirect"
    assert added["content"]["text"] == "This reeks of hypocrisy. She knows nothing."
    assert added["speaker"]["name"] == "Limbaugh"


def test_a_paragraph_with_a_speakers_label_after_a_closing_colon_is_not_the_statement():
    records = run("Limbaugh added:\nTAPPER: This reeks of hypocrisy.", LIMBAUGH_ADDED, """
TAPPER TAPPER PROPN 0 root
: : PUNCT 1 punct
This this PRON 4 nsubj
reeks reek VERB 1 parataxis
of of ADP 6 case
hypocrisy hypocrisy NOUN 4 obl
. . PUNCT 1 punct
""")
    assert not [r for r in records if r["cue"] and r["cue"]["text"] == "added"]


def test_according_to_a_source_writing_for_an_outlet_before_a_closing_colon_reports_the_next_paragraph():
    [record] = run("According to Jack Kelly, writing for RealClearPolitics:\nThis reeks of hypocrisy.", """
According accord VERB 3 case xpos=VBG
to to ADP 1 fixed
Jack Jack PROPN 0 root
Kelly Kelly PROPN 3 flat
, , PUNCT 6 punct
writing write VERB 3 acl xpos=VBG
for for ADP 8 case
RealClearPolitics RealClearPolitics PROPN 6 obl
: : PUNCT 6 punct
""", THIS_REEKS)
    assert record["rule"] == "according_to"
    assert record["content"]["text"] == "This reeks of hypocrisy."
    assert record["speaker"]["mention"]["text"] == "Jack Kelly, writing for RealClearPolitics"


def test_a_verb_the_tagger_read_as_a_noun_between_a_share_and_its_object_is_a_cue():
    [record] = run("Only 1 percent support Jill Stein.", """
Only only ADV 3 advmod
1 1 NUM 3 nummod
percent percent NOUN 4 nsubj
support support NOUN 0 root
Jill Jill PROPN 4 obj
Stein Stein PROPN 5 flat
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "support"
    assert record["content"]["text"] == "Jill Stein"
    assert record["speaker"]["mention"]["text"] == "Only 1 percent"


def test_a_noun_after_a_singular_noun_read_as_its_subject_is_no_cue():
    # As parsed: "TV" the subject of "show", the title its object, "show" a conjunct.
    records = run("The office was used for sets and the reality TV show The Apprentice.", """
The the DET 2 det
office office NOUN 4 nsubj:pass
was be AUX 4 aux:pass
used use VERB 0 root xpos=VBN
for for ADP 6 case
sets set NOUN 4 obl
and and CCONJ 11 cc
the the DET 10 det
reality reality NOUN 10 compound
TV TV NOUN 11 nsubj
show show NOUN 4 conj
The the DET 13 det
Apprentice Apprentice PROPN 11 obj
. . PUNCT 4 punct
""")
    assert not [r for r in records if r["cue"] and r["cue"]["text"] == "show"]


def test_a_that_clause_after_the_listener_of_a_verb_of_telling_is_its_statement():
    # As parsed: the that-clause a conjunct of the main verb.
    records = run("He courted voters by telling them that their lives were terrible.", """
He he PRON 2 nsubj
courted court VERB 0 root xpos=VBD
voters voter NOUN 2 obj
by by SCONJ 5 mark
telling tell VERB 2 advcl xpos=VBG
them they PRON 5 iobj
that that SCONJ 11 mark
their their PRON 9 nmod:poss
lives life NOUN 11 nsubj
were be AUX 11 cop
terrible terrible ADJ 2 conj
. . PUNCT 2 punct
""")
    telling = next(r for r in records if r["cue"]["text"] == "telling")
    assert telling["content"]["text"] == "that their lives were terrible"
    assert telling["speaker"]["mention"]["text"] == "He"


def test_a_day_between_a_phrasal_cue_and_its_preposition_is_when():
    # As parsed: the day the verb's object.
    [record] = run("Clinton spoke out Tuesday about the death of a man.", """
Clinton Clinton PROPN 2 nsubj
spoke speak VERB 0 root xpos=VBD
out out ADP 2 compound:prt
Tuesday Tuesday PROPN 2 obj
about about ADP 7 case
the the DET 7 det
death death NOUN 2 obl
of of ADP 10 case
a a DET 10 det
man man NOUN 7 nmod
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "spoke out"
    assert record["content"]["text"] == "the death of a man"


def test_a_particle_of_the_cue_is_no_part_of_the_statement():
    # The word-order rule reads the statement from right after the verb; the particle there
    # belongs to the cue's span ("ruled out"), and no span may hold the cue.
    records = run("Sources have also said Lt. Gov. Eric Holcomb is interested as well. "
                  "Former Gov. Mitch Daniels ruled out making a bid this morning.", """
Sources source NOUN 4 nsubj
have have AUX 4 aux
also also ADV 4 advmod
said say VERB 0 root xpos=VBN
Lt. Lt. PROPN 10 nsubj:pass
Gov. Gov. PROPN 5 flat
Eric Eric PROPN 6 flat
Holcomb Holcomb PROPN 7 flat
is be AUX 10 aux:pass
interested interest VERB 4 ccomp xpos=VBN
as as ADV 10 advmod
well well ADV 11 fixed
. . PUNCT 4 punct
""", """
Former former ADJ 2 nmod:desc
Gov. Gov. PROPN 5 nsubj
Mitch Mitch PROPN 2 flat
Daniels Daniels PROPN 2 flat
ruled rule VERB 0 root xpos=VBD
out out ADP 5 compound:prt xpos=RP
making make VERB 5 advcl xpos=VBG
a a DET 9 det
bid bid NOUN 7 obj
this this DET 11 det
morning morning NOUN 7 obl:unmarked
. . PUNCT 5 punct
""")
    [ruled] = [r for r in records if r["cue"]["text"] == "ruled out"]
    assert ruled["content"]["text"] == "making a bid this morning"


def test_a_statement_before_a_colon_ends_before_its_own_trailing_cue():
    # "said" has the parser's two clausal complements before it; the colon in the first must
    # not run the statement on over "she said" itself.
    records = run("Rhimes declared the need: “Change it again,” she said.", """
Rhimes Rhimes PROPN 2 nsubj
declared declare VERB 13 ccomp xpos=VBD
the the DET 4 det
need need NOUN 2 obj
: : PUNCT 7 punct
“ " PUNCT 7 punct
Change change VERB 2 parataxis xpos=VB
it it PRON 7 obj
again again ADV 7 advmod
, , PUNCT 7 punct
” " PUNCT 7 punct
she she PRON 13 nsubj
said say VERB 0 root xpos=VBD
. . PUNCT 13 punct
""")
    assert records
    assert not [r for r in records if _holds_its_cue(r)]


def _holds_its_cue(record):
    cue = record["cue"]
    return any(f["start"] < cue["end"] and cue["start"] < f["end"]
               for f in record["content"].get("fragments") or [record["content"]])


def test_an_interview_label_before_a_colon_is_no_statement():
    # "A: I think so": the parser made the label the complement of "think".
    records = run("A: I think so.", """
A a DET 4 ccomp
: : PUNCT 1 punct
I I PRON 4 nsubj
think think VERB 0 root xpos=VBP
so so ADV 4 advmod
. . PUNCT 4 punct
""")
    labels = [f for r in records for f in r["content"].get("fragments") or [r["content"]] if f["text"] == "A"]
    assert not labels and not [r for r in records if _holds_its_cue(r)]


def test_the_end_of_a_hyphenated_modifier_is_no_cue():
    # The tokenizer cut "Clinton-Supporting" at its hyphen and the parser made a verb of it.
    records = run("Clinton-Supporting Super PACs Target Latino Voters.", """
Clinton Clinton PROPN 0 root
- - PUNCT 3 punct xpos=HYPH
Supporting support VERB 1 appos xpos=VBG
Super Super PROPN 6 compound
PACs PACs PROPN 6 compound
Target Target PROPN 1 list
Latino latino PROPN 8 compound
Voters voter PROPN 6 flat
. . PUNCT 1 punct
""")
    assert not [r for r in records if r["cue"] and r["cue"]["text"] == "Supporting"]


def test_an_aside_between_dashes_before_the_cue_is_not_the_speaker():
    # No subject in the parse: word order finds the phrase before "said", past the aside
    # that dashes set off ("- which has endorsed Sanders -").
    records = run("Democracy for America - which has endorsed Sanders - said Sanders has options.", """
Democracy Democracy NOUN 7 nsubj
for for ADP 3 case
America America PROPN 1 nmod
- - PUNCT 7 punct xpos=HYPH
which which PRON 7 nsubj
has have AUX 7 aux
endorsed endorse VERB 0 root xpos=VBN
Sanders Sanders PROPN 7 obj
- - PUNCT 10 punct xpos=HYPH
said say VERB 7 parataxis xpos=VBD
Sanders Sanders PROPN 12 nsubj
has have VERB 10 ccomp xpos=VBZ
options option NOUN 12 obj
. . PUNCT 7 punct
""")
    [record] = [r for r in records if r["cue"]["text"] == "said"]
    assert record["content"]["text"] == "Sanders has options"
    assert record["speaker"]["mention"]["text"] == "Democracy for America"


def test_the_first_word_of_an_according_to_source_is_no_cue():
    # The tagger made "show" (of "show insiders") a verb with "insiders" its object.
    records = run("Trump demeaned women, according to show insiders.", """
Trump Trump PROPN 2 nsubj
demeaned demean VERB 0 root xpos=VBD
women woman NOUN 2 obj
, , PUNCT 7 punct
according accord VERB 7 mark xpos=VBG
to to PART 5 fixed
show show VERB 2 advcl xpos=VB
insiders insider NOUN 7 obj
. . PUNCT 2 punct
""")
    assert not [r for r in records if r["cue"] and r["cue"]["text"] == "show"]
    [according] = records
    assert according["cue"]["text"] == "according to"
    assert according["speaker"]["mention"]["text"] == "show insiders"


def test_a_verb_and_its_object_as_one_idiom_of_stance():
    # "took | multiple | swipes | at": the lexicon lists "take swipe" (by the noun's lemma),
    # and the object of the idiom's preposition is the statement.
    [record] = run("The senator took multiple swipes at the president.", """
The the DET 2 det
senator senator NOUN 3 nsubj
took take VERB 0 root xpos=VBD
multiple multiple ADJ 5 amod
swipes swipe NOUN 3 obj
at at ADP 8 case
the the DET 8 det
president president NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "took multiple swipes"
    assert record["content"]["text"] == "the president"
    assert record["speaker"]["mention"]["text"] == "The senator"


def test_an_idiom_whose_preposition_the_parser_hung_on_its_noun():
    [record] = run("Clinton took issue with his remarks.", """
Clinton Clinton PROPN 2 nsubj
took take VERB 0 root xpos=VBD
issue issue NOUN 2 obj
with with ADP 6 case
his his PRON 6 nmod:poss
remarks remark NOUN 3 nmod
. . PUNCT 2 punct
""")
    assert record["cue"]["text"] == "took issue"
    assert record["content"]["text"] == "his remarks"


def test_the_verb_of_an_idiom_alone_is_no_cue():
    assert run("Clinton took the train to Boston.", """
Clinton Clinton PROPN 2 nsubj
took take VERB 0 root xpos=VBD
the the DET 4 det
train train NOUN 2 obj
to to ADP 6 case
Boston Boston PROPN 2 obl
. . PUNCT 2 punct
""") == []


def test_a_phrase_of_the_verbs_own_between_a_phrasal_cue_and_its_preposition():
    # "talking | to voters | about health care": to whom it was said stands between.
    [record] = run("He is talking to voters about health care.", """
He he PRON 3 nsubj
is be AUX 3 aux
talking talk VERB 0 root xpos=VBG
to to ADP 5 case
voters voter NOUN 3 obl
about about ADP 8 case
health health NOUN 8 compound
care care NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "talking"
    assert record["content"]["text"] == "health care"


def test_an_adjective_of_stance_said_of_the_speaker_holds_a_that_clause():
    [record] = run("The senator was adamant that the bill would pass.", """
The the DET 2 det
senator senator NOUN 4 nsubj
was be AUX 4 cop xpos=VBD
adamant adamant ADJ 0 root xpos=JJ
that that SCONJ 9 mark
the the DET 7 det
bill bill NOUN 9 nsubj
would would AUX 9 aux
pass pass VERB 4 ccomp xpos=VB
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "adamant"
    assert record["content"]["text"] == "that the bill would pass"
    assert record["speaker"]["mention"]["text"] == "The senator"


def test_an_adjective_of_stance_with_its_preposition():
    [record] = run("Sanders was critical of the trade deal.", """
Sanders Sanders PROPN 3 nsubj
was be AUX 3 cop xpos=VBD
critical critical ADJ 0 root xpos=JJ
of of ADP 7 case
the the DET 7 det
trade trade NOUN 7 compound
deal deal NOUN 3 obl
. . PUNCT 3 punct
""")
    assert record["cue"]["text"] == "critical"
    assert record["content"]["text"] == "the trade deal"
    assert record["speaker"]["mention"]["text"] == "Sanders"


def test_an_adjective_of_stance_with_an_expletive_subject_is_no_ones():
    assert run("It is certain that the vote will be close.", """
It it PRON 3 nsubj
is be AUX 3 cop xpos=VBZ
certain certain ADJ 0 root xpos=JJ
that that SCONJ 9 mark
the the DET 6 det
vote vote NOUN 9 nsubj
will will AUX 9 aux
be be AUX 9 cop
close close ADJ 3 ccomp xpos=JJ
. . PUNCT 3 punct
""") == []


def test_the_passive_subject_of_a_verb_of_feeling_is_who_feels_so():
    [record] = run("Many Republicans are concerned that Trump will lose.", """
Many many ADJ 2 amod
Republicans Republican PROPN 4 nsubj:pass
are be AUX 4 aux:pass
concerned concern VERB 0 root xpos=VBN
that that SCONJ 8 mark
Trump Trump PROPN 8 nsubj
will will AUX 8 aux
lose lose VERB 4 ccomp xpos=VB
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "concerned"
    assert record["content"]["text"] == "that Trump will lose"
    assert record["speaker"]["mention"]["text"] == "Many Republicans"


def test_a_noun_of_saying_and_its_preposition_with_the_possessor_as_speaker():
    [record] = run("Trump's comments about the judge drew criticism.", """
Trump Trump PROPN 3 nmod:poss
's 's PART 1 case
comments comment NOUN 7 nsubj
about about ADP 6 case
the the DET 6 det
judge judge NOUN 3 nmod
drew draw VERB 0 root xpos=VBD
criticism criticism NOUN 7 obj
. . PUNCT 7 punct
""")
    assert record["cue"]["text"] == "comments"
    assert record["content"]["text"] == "the judge"
    assert record["speaker"]["name"] == "Trump"


def test_an_adjective_of_stance_with_another_preposition():
    [record] = run("Republicans were unhappy with the deal.", """
Republicans Republican PROPN 3 nsubj
were be AUX 3 cop xpos=VBD
unhappy unhappy ADJ 0 root xpos=JJ
with with ADP 6 case
the the DET 6 det
deal deal NOUN 3 obl
. . PUNCT 3 punct
""")
    assert (record["cue"]["text"], record["content"]["text"]) == ("unhappy", "the deal")


def test_an_object_that_names_no_one_does_not_control_the_infinitive():
    # "has a rare chance | to show ...": the subject shows, not the chance (an object that
    # names someone does: "led some | to speculate")
    records = run("Trump has a rare chance to show that he can win. "
                  "The news led some to speculate that he would quit.", """
Trump Trump PROPN 2 nsubj
has have VERB 0 root xpos=VBZ
a a DET 5 det
rare rare ADJ 5 amod
chance chance NOUN 2 obj
to to PART 7 mark
show show VERB 2 advcl xpos=VB
that that SCONJ 11 mark
he he PRON 11 nsubj
can can AUX 11 aux
win win VERB 7 ccomp xpos=VB
. . PUNCT 2 punct
""", """
The the DET 2 det
news news NOUN 3 nsubj
led lead VERB 0 root xpos=VBD
some some PRON 3 obj
to to PART 6 mark
speculate speculate VERB 3 xcomp xpos=VB
that that SCONJ 10 mark
he he PRON 10 nsubj
would would AUX 10 aux
quit quit VERB 6 ccomp xpos=VB
. . PUNCT 3 punct
""")
    speakers = {r["cue"]["text"]: r["speaker"]["mention"]["text"] for r in records}
    assert speakers == {"show": "Trump", "speculate": "some"}


@pytest.mark.parametrize("opening, closing", [("“", "”"), ("''", "''")])
def test_a_quotation_broken_off_at_a_comma_goes_on_after_a_relative_clause(opening, closing):
    # The relative clause on the reporting clause's object does not make the second half the
    # writer's words: the quotation broke off at its comma and goes on after the clause's
    # (whatever marks close it: the comma stands before all of them).
    marked = lambda text: text.replace("“", opening).replace("”", closing)
    records = run(marked("“I have no idea how they voted,” he said of people whose rights were restored, "
                         "“But I do know that they took a step.”"), marked("""
“ " PUNCT 3 punct
I I PRON 3 nsubj
have have VERB 12 advcl xpos=VBP
no no DET 5 det
idea idea NOUN 3 obj
how how ADV 8 advmod
they they PRON 8 nsubj
voted vote VERB 5 acl:relcl xpos=VBD
, , PUNCT 8 punct
” " PUNCT 8 punct
he he PRON 12 nsubj
said say VERB 0 root xpos=VBD
of of ADP 14 case
people person NOUN 12 obl
whose whose PRON 16 nmod:poss
rights right NOUN 18 nsubj:pass
were be AUX 18 aux:pass
restored restore VERB 14 acl:relcl xpos=VBN
, , PUNCT 24 punct
“ " PUNCT 24 punct
But but CCONJ 24 cc
I I PRON 24 nsubj
do do AUX 24 aux
know know VERB 12 conj xpos=VB
that that SCONJ 27 mark
they they PRON 27 nsubj
took take VERB 24 ccomp xpos=VBD
a a DET 29 det
step step NOUN 27 obj
. . PUNCT 12 punct
” " PUNCT 24 punct
"""))
    second = [r for r in records if r["content"]["text"].startswith(opening + "But")]
    assert second and all(r["speaker"] and r["speaker"]["mention"]["text"] == "he" for r in second)


def test_a_dash_that_closes_an_aside_ends_before_the_speakers_name():
    # The parser made the dash and the word before it modifiers of the name.
    records = run("His returns were made public ― Trump boasted, “That makes me smart.”", """
His his PRON 2 nmod:poss
returns return NOUN 4 nsubj:pass
were be AUX 4 aux:pass
made make VERB 0 root xpos=VBN
public public ADJ 7 amod
― ― NOUN 7 compound
Trump Trump PROPN 8 nsubj
boasted boast VERB 4 xcomp xpos=VBD
, , PUNCT 12 punct
“ " PUNCT 12 punct
That that PRON 12 nsubj
makes make VERB 4 advcl xpos=VBZ
me me PRON 12 obj
smart smart NOUN 12 xcomp
. . PUNCT 12 punct
” " PUNCT 12 punct
""")
    [boasted] = [r for r in records if r["cue"] and r["cue"]["text"] == "boasted"]
    assert boasted["speaker"]["mention"]["text"] == "Trump"


def test_an_according_to_source_runs_over_an_adverb_of_its_modifier():
    [record] = run("Crime fell, according to the most recent data from the FBI.", """
Crime crime NOUN 2 nsubj
fell fall VERB 0 root xpos=VBD
, , PUNCT 9 punct
according accord VERB 9 case
to to ADP 4 fixed
the the DET 9 det
most most ADV 8 advmod
recent recent ADJ 9 amod
data data NOUN 2 obl
from from ADP 12 case
the the DET 12 det
FBI FBI PROPN 9 nmod
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "the most recent data from the FBI"


def test_an_adverb_set_off_by_a_comma_is_no_part_of_the_speakers_mention():
    # The tagger read "meanwhile" as a noun and the parser hung it on the name.
    [record] = run("Sanders, meanwhile, hopes that the delegates will give him momentum.", """
Sanders Sanders PROPN 5 nsubj
, , PUNCT 3 punct
meanwhile meanwhile NOUN 1 advmod
, , PUNCT 3 punct
hopes hope VERB 0 root xpos=VBZ
that that SCONJ 10 mark
the the DET 8 det
delegates delegate NOUN 10 nsubj
will will AUX 10 aux
give give VERB 5 ccomp xpos=VB
him him PRON 10 iobj
momentum momentum NOUN 10 obj
. . PUNCT 5 punct
""")
    assert record["speaker"]["mention"]["text"] == "Sanders"


def test_word_order_takes_in_a_share_whatever_its_tag():
    # No subject in the parse; walking back from "said", "%" (a symbol) is part of the phrase.
    [record] = run("In Virginia, 85% of Democrats said the system favors the wealthy.", """
In in ADP 2 case
Virginia Virginia PROPN 8 obl
, , PUNCT 2 punct
85 85 NUM 5 nummod
% % SYM 2 appos
of of ADP 7 case
Democrats Democrat PROPN 5 nmod
said say VERB 0 root xpos=VBD
the the DET 10 det
system system NOUN 11 nsubj
favors favor VERB 8 ccomp xpos=VBZ
the the DET 13 det
wealthy wealthy ADJ 11 obj
. . PUNCT 8 punct
""")
    assert record["speaker"]["mention"]["text"] == "85% of Democrats"


def test_a_clause_of_the_speakers_own_before_a_quotation_is_no_part_of_it():
    # The trailing participle reports the quotation; the clause it ends is the speaker's act.
    records = run("Clinton talked up her “50-state strategy,” promising to compete everywhere.", """
Clinton Clinton PROPN 2 nsubj
talked talk VERB 0 root xpos=VBD
up up ADP 2 compound:prt xpos=RP
her her PRON 9 nmod:poss
“ " PUNCT 9 punct
50 50 NUM 8 nummod
- - PUNCT 6 punct
state state NOUN 9 compound
strategy strategy NOUN 2 obj
, , PUNCT 12 punct
” " PUNCT 12 punct
promising promise VERB 2 advcl xpos=VBG
to to PART 14 mark
compete compete VERB 12 xcomp xpos=VB
everywhere everywhere ADV 14 advmod
. . PUNCT 2 punct
""")
    [quoted] = [r for r in records if r["rule"] == "direct_quote_with_cue"]
    assert quoted["content"]["text"] == "“50-state strategy,”"
    assert quoted["speaker"]["mention"]["text"] == "Clinton"


def test_the_subject_of_a_statement_is_not_its_speaker():
    # The parser hung "arguing" on the statement's verb, so climbing from it reached the
    # statement's own subject.
    records = run("“We can do better,” Clinton said, while arguing the U.S. should increase its forces.", """
“ " PUNCT 4 punct
We we PRON 4 nsubj
can can AUX 4 aux
do do VERB 9 ccomp xpos=VB
better better ADJ 4 obj
, , PUNCT 4 punct
” " PUNCT 4 punct
Clinton Clinton PROPN 9 nsubj
said say VERB 0 root xpos=VBD
, , PUNCT 16 punct
while while SCONJ 12 mark
arguing argue VERB 16 advcl Tense=Pres|VerbForm=Part xpos=VBG
the the DET 14 det
U.S. U.S. PROPN 16 nsubj
should should AUX 16 aux VerbForm=Fin xpos=MD
increase increase VERB 9 ccomp VerbForm=Inf xpos=VB
its its PRON 18 nmod:poss
forces force NOUN 16 obj
. . PUNCT 9 punct
""")
    arguing = [r for r in records if r["cue"]["text"] == "arguing"]
    assert arguing and all((r["speaker"] or {}).get("mention", {}).get("text") != "the U.S." for r in arguing)


def test_an_infinitive_read_as_a_prepositional_phrase_continues_the_object():
    # The parser took "to vote" for a prepositional phrase ("to" as its case).
    records = run("Albright urged women to vote for Clinton.", """
Albright Albright PROPN 2 nsubj
urged urge VERB 0 root xpos=VBD
women woman NOUN 2 obj
to to PART 5 case
vote vote VERB 2 obl xpos=VB
for for ADP 7 case
Clinton Clinton PROPN 5 obl
. . PUNCT 2 punct
""")
    [urged] = [r for r in records if r["cue"]["text"] == "urged"]
    assert urged["content"]["text"] == "women to vote for Clinton"
    assert urged["speaker"]["mention"]["text"] == "Albright"


def test_whom_a_speaker_persuades_and_to_what():
    # not "color", the "of" phrase of the object, as though "persuaded them of it"
    records = run("He tried to persuade people of color to support Trump.", """
He he PRON 2 nsubj
tried try VERB 0 root xpos=VBD
to to PART 4 mark
persuade persuade VERB 2 xcomp xpos=VB
people person NOUN 4 obj
of of ADP 7 case
color color NOUN 5 nmod
to to PART 9 mark
support support VERB 4 advcl xpos=VB
Trump Trump PROPN 9 obj
. . PUNCT 2 punct
""")
    [persuade] = [r for r in records if r["cue"]["text"] == "persuade"]
    assert persuade["content"]["text"] == "people of color to support Trump"
    assert persuade["speaker"]["mention"]["text"] == "He"


def test_the_reason_a_speaker_rebukes_someone_for_belongs_to_the_statement():
    records = run("Sanders assailed her for supporting the war.", """
Sanders Sanders PROPN 2 nsubj
assailed assail VERB 0 root xpos=VBD
her she PRON 2 obj
for for SCONJ 5 mark
supporting support VERB 2 advcl xpos=VBG
the the DET 7 det
war war NOUN 5 obj
. . PUNCT 2 punct
""")
    [assailed] = [r for r in records if r["cue"]["text"] == "assailed"]
    assert assailed["content"]["text"] == "her for supporting the war"


def test_a_gerund_after_a_preposition_takes_no_subject_from_word_order():
    # "suggesting" hangs on "rebuked" and its clause on a noun, so only word order is left;
    # it must not make "rebuked Mr. Trump for" a speaker.
    records = run("Khan, in an article, rebuked Mr. Trump for suggesting this weekend that she had not spoken.", """
Khan Khan PROPN 7 nsubj
, , PUNCT 5 punct
in in ADP 5 case
an a DET 5 det
article article NOUN 7 obl
, , PUNCT 5 punct
rebuked rebuke VERB 0 root xpos=VBD
Mr. Mr. PROPN 9 compound
Trump Trump PROPN 7 obj
for for SCONJ 11 mark
suggesting suggest VERB 7 advcl xpos=VBG
this this DET 13 det
weekend weekend NOUN 11 obj
that that SCONJ 18 mark
she she PRON 18 nsubj
had have AUX 18 aux xpos=VBD
not not PART 18 advmod
spoken speak VERB 13 acl:relcl xpos=VBN
. . PUNCT 7 punct
""")
    mentions = [((r["speaker"] or {}).get("mention") or {}).get("text") for r in records]
    assert "rebuked Mr. Trump for" not in mentions
    [rebuked] = [r for r in records if r["cue"]["text"] == "rebuked"]
    assert rebuked["content"]["text"].startswith("Mr. Trump for suggesting")


def test_a_noun_of_saying_without_an_owner_is_the_act_of_its_verbs_subject():
    records = run("Clinton issued a call for a special prosecutor.", """
Clinton Clinton PROPN 2 nsubj
issued issue VERB 0 root xpos=VBD
a a DET 4 det
call call NOUN 2 obj
for for ADP 8 case
a a DET 8 det
special special ADJ 8 amod
prosecutor prosecutor NOUN 4 nmod
. . PUNCT 2 punct
""")
    [call] = [r for r in records if r["cue"]["text"] == "call"]
    assert call["content"]["text"] == "a special prosecutor"
    assert call["speaker"]["mention"]["text"] == "Clinton"


def test_word_order_gives_a_verb_of_object_statements_no_statement():
    # "ruling" (a noun the tagger read as a participle) would take "could decide the case"
    # as its object statement by word order alone
    records = run("The eventual appeals court ruling could decide the case, even if it goes to the Supreme Court.", """
The the DET 4 det
eventual eventual ADJ 4 amod
appeals appeal NOUN 4 compound
court court NOUN 7 nsubj
ruling rule VERB 4 acl xpos=VBG
could could AUX 7 aux xpos=MD
decide decide VERB 0 root xpos=VB
the the DET 9 det
case case NOUN 7 obj
, , PUNCT 14 punct
even even ADV 14 advmod
if if SCONJ 14 mark
it it PRON 14 nsubj
goes go VERB 7 advcl xpos=VBZ
to to ADP 18 case
the the DET 18 det
Supreme Supreme ADJ 18 amod
Court Court PROPN 14 obl
. . PUNCT 7 punct
""")
    assert not [r for r in records if r["cue"] and r["cue"]["text"] == "ruling"]


def test_what_seems_so_to_no_one_named_is_part_of_a_speakers_statement():
    # the verb of appearance comes first among the sieves; its statement, whose no one, must
    # not keep "Says" from the statement around it
    records = run("Hillary Clinton Says EgyptAir Crash Seems Like An Act Of Terrorism.", """
Hillary Hillary PROPN 3 nsubj
Clinton Clinton PROPN 1 flat
Says say VERB 0 root xpos=VBZ
EgyptAir EgyptAir PROPN 5 compound
Crash Crash PROPN 6 nsubj
Seems seem VERB 3 ccomp xpos=VBZ
Like like ADP 9 case
An a DET 9 det
Act Act PROPN 6 obl
Of of ADP 11 case
Terrorism Terrorism PROPN 9 nmod
. . PUNCT 3 punct
""")
    [says] = [r for r in records if r["cue"] and r["cue"]["text"] == "Says"]
    assert says["speaker"]["mention"]["text"] == "Hillary Clinton"
    assert says["content"]["text"] == "EgyptAir Crash Seems Like An Act Of Terrorism"


def test_a_statement_whose_source_the_parse_hid_keeps_its_own_record():
    # "stated" lost its subject to a misparse ("Lehel" hangs on "interview"), so its record
    # names no one; word order's "known | as ..." must not take it over as though it were a
    # statement that names no one by its nature
    records = run("During the interview, Lehel, the hacker known as “Guccifer,” stated that he had access to the server.", """
During during ADP 3 case
the the DET 3 det
interview interview NOUN 15 obl
, , PUNCT 5 punct
Lehel Lehel PROPN 3 appos
, , PUNCT 9 punct
the the DET 8 det
hacker hacker NOUN 9 nsubj
known know VERB 5 acl xpos=VBN
as as ADP 12 case
“ " PUNCT 12 punct
Guccifer Guccifer PROPN 9 obl
, , PUNCT 12 punct
” " PUNCT 12 punct
stated state VERB 0 root xpos=VBD
that that SCONJ 18 mark
he he PRON 18 nsubj
had have VERB 15 ccomp xpos=VBD
access access NOUN 18 obj
to to ADP 22 case
the the DET 22 det
server server NOUN 18 obl
. . PUNCT 15 punct
""")
    stated = [r for r in records if r["cue"] and r["cue"]["text"] == "stated"]
    assert stated and stated[0]["content"]["text"] == "that he had access to the server"


def test_a_relative_clause_on_the_speaker_after_a_quotation_is_no_statement_of_the_cue():
    # The parser made "Kessel" an indirect object and the relative clause the cue's complement;
    # "whose" opens it, so it is no statement of its own that would keep the cue from the quote.
    records = run('"There was not a lot of education. Maybe not," said Kessel, whose group is helping.', """
" " PUNCT 3 punct
There there PRON 3 expl
was be VERB 0 root xpos=VBD
not not PART 3 advmod
a a DET 6 det
lot lot NOUN 3 nsubj
of of ADP 8 case
education education NOUN 6 nmod
. . PUNCT 3 punct
""", """
Maybe maybe ADV 5 advmod
not not PART 5 advmod
, , PUNCT 2 punct
" " PUNCT 2 punct
said say VERB 0 root xpos=VBD
Kessel Kessel PROPN 5 iobj
, , PUNCT 11 punct
whose whose PRON 9 nmod:poss
group group NOUN 11 nsubj
is be AUX 11 aux xpos=VBZ
helping help VERB 5 ccomp xpos=VBG
. . PUNCT 5 punct
""")
    [quoted] = [r for r in records if r["type"] == "direct"]
    assert quoted["cue"]["text"] == "said"
    assert quoted["speaker"]["mention"]["text"] == "Kessel"


def test_a_phrasal_only_verb_is_a_cue_with_its_preposition_only():
    # a phrasal-only entry ("come out against") is a cue with its words after it; the bare verb
    # is no lexicon verb (tests/test_rules.py), so "comes" reports nothing here
    records = run("Sanders came out against the deal. When it comes to Carrier, “we have all worked hard,” he said.", """
Sanders Sanders PROPN 2 nsubj
came come VERB 0 root xpos=VBD
out out ADP 2 compound:prt xpos=RP
against against ADP 6 case
the the DET 6 det
deal deal NOUN 2 obl
. . PUNCT 2 punct
""", """
When when ADV 3 advmod
it it PRON 3 nsubj
comes come VERB 16 advcl xpos=VBZ
to to ADP 5 case
Carrier Carrier PROPN 3 obl
, , PUNCT 3 punct
“ " PUNCT 11 punct
we we PRON 11 nsubj
have have AUX 11 aux xpos=VBP
all all ADV 11 advmod
worked work VERB 16 ccomp xpos=VBN
hard hard ADV 11 advmod
, , PUNCT 11 punct
” " PUNCT 11 punct
he he PRON 16 nsubj
said say VERB 0 root xpos=VBD
. . PUNCT 16 punct
""")
    [came] = [r for r in records if r["cue"] and r["cue"]["text"].startswith("came")]
    assert came["content"]["text"] == "the deal"
    [quoted] = [r for r in records if "we have all worked hard" in r["content"]["text"]]
    assert quoted["cue"]["text"] == "said" and quoted["speaker"]["mention"]["text"] == "he"


def test_a_subject_of_punctuation_alone_is_no_crash():
    # found by the random-tree property test: a "subject" with no word in it but marks
    records = run('" , aides said .', """
" " PUNCT 4 nsubj
, , PUNCT 3 punct
aides aide NOUN 4 ccomp
said say VERB 0 root xpos=VBD
. . PUNCT 4 punct
""")
    assert all(r["content"]["text"] for r in records)


def test_an_including_phrase_after_the_object_is_part_of_it():
    # The parser hung "including ..." on the verb; it names some of the factors blamed, and an
    # object so extended may still be the subject of the statement's own verb.
    blamed, said = run("Rendell blamed several factors, including budget cuts. "
                       "They say the economy, including jobs, should come first.", """
Rendell Rendell PROPN 2 nsubj
blamed blame VERB 0 root
several several ADJ 4 amod
factors factor NOUN 2 obj
, , PUNCT 8 punct
including include VERB 8 case xpos=VBG
budget budget NOUN 8 compound
cuts cut NOUN 2 obl
. . PUNCT 2 punct
""", """
They they PRON 2 nsubj
say say VERB 10 advcl
the the DET 4 det
economy economy NOUN 2 obj
, , PUNCT 7 punct
including include VERB 7 case xpos=VBG
jobs job NOUN 2 obl
, , PUNCT 10 punct
should should AUX 10 aux Mood=Ind|VerbForm=Fin
come come VERB 0 root VerbForm=Inf
first first ADV 10 advmod
. . PUNCT 10 punct
""")
    assert blamed["content"]["text"] == "several factors, including budget cuts"
    assert said["content"]["text"] == "the economy, including jobs, should come first"


def test_a_condition_after_the_object_is_part_of_the_statement():
    [record] = run("They would support him if he wins.", """
They they PRON 3 nsubj
would would AUX 3 aux
support support VERB 0 root
him he PRON 3 obj
if if SCONJ 7 mark
he he PRON 7 nsubj
wins win VERB 3 advcl
. . PUNCT 3 punct
""")
    assert record["content"]["text"] == "him if he wins"


def test_a_second_infinitive_marked_by_to_goes_on_with_the_statement():
    # "or to appear flustered" is a second thing he does not want, not something he did next;
    # after a cue itself marked by "to", a "to" infinitive is the next action.
    records = run("He doesn't want the attacks to stick, or to appear flustered. "
                       "She went to say she won and to thank them.", """
He he PRON 4 nsubj
does do AUX 4 aux
n't not PART 4 advmod
want want VERB 0 root xpos=VB
the the DET 6 det
attacks attack NOUN 4 obj
to to PART 8 mark
stick stick VERB 6 acl xpos=VB
, , PUNCT 12 punct
or or CCONJ 12 cc
to to PART 12 mark
appear appear VERB 4 conj xpos=VB
flustered flustered VERB 12 xcomp xpos=VBN
. . PUNCT 4 punct
""", """
She she PRON 2 nsubj
went go VERB 0 root xpos=VBD
to to PART 4 mark
say say VERB 2 advcl xpos=VB
she she PRON 6 nsubj
won win VERB 4 ccomp xpos=VBD
and and CCONJ 9 cc
to to PART 9 mark
thank thank VERB 4 conj xpos=VB
them they PRON 9 obj
. . PUNCT 2 punct
""")
    contents = {r["cue"]["text"]: r["content"]["text"] for r in records}
    assert contents["want"] == "the attacks to stick, or to appear flustered"
    assert contents["say"] == "she won"


def test_a_writers_suggestion_to_the_reader_reports_no_one():
    # "Let's say ..." puts a case, "let's focus on understanding ..." proposes; "'s" is no
    # speaker. Someone the writer lets speak still is one.
    records = run("Let's say costs rise. Let's focus on understanding how firms work. "
                  "Let him say he won.", """
Let let VERB 0 root xpos=VB
's we PRON 1 obj
say say VERB 1 xcomp xpos=VB
costs cost NOUN 5 nsubj
rise rise VERB 3 ccomp
. . PUNCT 1 punct
""", """
Let let VERB 0 root xpos=VB
's we PRON 1 obj
focus focus VERB 1 xcomp xpos=VB
on on SCONJ 5 mark
understanding understand VERB 3 advcl xpos=VBG
how how ADV 8 advmod
firms firm NOUN 8 nsubj
work work VERB 5 ccomp
. . PUNCT 1 punct
""", """
Let let VERB 0 root xpos=VB
him he PRON 1 obj
say say VERB 1 xcomp xpos=VB
he he PRON 5 nsubj
won win VERB 3 ccomp
. . PUNCT 1 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("say", "he won")]


def test_a_one_word_answer_after_a_verb_of_saying_is_what_was_said():
    # The parser hung the last "yes" on the words after it, and the clause of time on "said"
    # as its complement; "said no to the war" is no answer standing alone.
    records = run("Melanie said yes, yes, yes, over and over again, until Trump finished. "
                  "Sanders said yes and took the opportunity. He said no to the war.", """
Melanie Melanie PROPN 2 nsubj
said say VERB 0 root
yes yes INTJ 2 discourse
, , PUNCT 5 punct
yes yes INTJ 2 discourse
, , PUNCT 7 punct
yes yes INTJ 9 discourse
, , PUNCT 9 punct
over over ADV 11 advmod
and and CCONJ 11 cc
over over ADP 12 advmod
again again ADV 16 advmod
, , PUNCT 16 punct
until until SCONJ 16 mark
Trump Trump PROPN 16 nsubj
finished finish VERB 2 ccomp
. . PUNCT 2 punct
""", """
Sanders Sanders PROPN 2 nsubj
said say VERB 0 root
yes yes INTJ 2 discourse
and and CCONJ 5 cc
took take VERB 2 conj
the the DET 7 det
opportunity opportunity NOUN 5 obj
. . PUNCT 2 punct
""", """
He he PRON 2 nsubj
said say VERB 0 root
no no INTJ 6 det
to to ADP 6 case
the the DET 6 det
war war NOUN 2 obl
. . PUNCT 2 punct
""")
    contents = [r["content"]["text"] for r in records if r["cue"]["text"] == "said"]
    assert contents[:2] == ["yes, yes, yes", "yes"]
    assert "no" not in contents


def test_a_time_before_the_speaker_is_no_part_of_the_mention():
    # The shipped parser gives such a time UD 2.15's obl:unmarked (obl:tmod before); a name
    # misread so still is one.
    said, replied = run("Last week Stumpf said he erred. Mrs. Schlafly replied that she was glad.", """
Last last ADJ 2 amod
week week NOUN 4 obl:unmarked
Stumpf Stumpf PROPN 4 nsubj
said say VERB 0 root
he he PRON 6 nsubj
erred err VERB 4 ccomp
. . PUNCT 4 punct
""", """
Mrs. Mrs. PROPN 3 obl:unmarked
Schlafly Schlafly PROPN 3 nsubj
replied reply VERB 0 root
that that SCONJ 7 mark
she she PRON 7 nsubj
was be AUX 7 cop
glad glad ADJ 3 ccomp
. . PUNCT 3 punct
""")
    assert said["speaker"]["mention"]["text"] == "Stumpf"
    assert replied["speaker"]["mention"]["text"] == "Mrs. Schlafly"


def test_a_noun_read_as_a_clausal_complement_may_be_the_statements_subject():
    # The parser made the quoted noun the verb's ccomp and hung "would help" on the main verb.
    [record] = run('He gave no cost, though he said "budget reforms" and taxes would help finance them.', """
He he PRON 2 nsubj
gave give VERB 0 root xpos=VBD
no no DET 4 det
cost cost NOUN 2 obj
, , PUNCT 8 punct
though though SCONJ 8 mark
he he PRON 8 nsubj
said say VERB 2 advcl xpos=VBD
" " PUNCT 11 punct
budget budget NOUN 11 compound
reforms reform NOUN 8 ccomp
" " PUNCT 11 punct
and and CCONJ 16 cc
taxes tax NOUN 16 nsubj
would would AUX 16 aux xpos=MD
help help VERB 2 conj xpos=VB
finance finance VERB 16 xcomp xpos=VB
them they PRON 17 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == '"budget reforms" and taxes would help finance them'


def test_a_clause_opening_with_the_speakers_quoted_words_goes_on_with_the_statement():
    [record] = run("Trump says correctness has run amok, and “we’re going to end” that.", """
Trump Trump PROPN 2 nsubj
says say VERB 0 root xpos=VBZ
correctness correctness NOUN 5 nsubj
has have AUX 5 aux
run run VERB 2 ccomp xpos=VBN
amok amok NOUN 5 obj
, , PUNCT 12 punct
and and CCONJ 12 cc
“ “ PUNCT 12 punct xpos=``
we we PRON 12 nsubj
’re be AUX 12 aux
going go VERB 2 conj xpos=VBG
to to PART 14 mark
end end VERB 12 xcomp xpos=VB
” ” PUNCT 12 punct
that that PRON 14 obj
. . PUNCT 2 punct
""")
    assert record["content"]["text"] == "correctness has run amok, and “we’re going to end” that"


def test_a_speaker_the_parser_gave_the_statement_as_its_subject_is_the_speaker():
    # The parse gave "said" the statement's subject and "held" the speaker.
    [record] = run("A cashier who steals is held accountable, Warren said.", """
A a DET 2 det
cashier cashier NOUN 10 nsubj
who who PRON 4 nsubj
steals steal VERB 2 acl:relcl xpos=VBZ
is be AUX 6 aux:pass
held hold VERB 10 ccomp xpos=VBN
accountable accountable ADJ 6 xcomp
, , PUNCT 2 punct
Warren Warren PROPN 6 nsubj:pass
said say VERB 0 root xpos=VBD
. . PUNCT 10 punct
""")
    assert record["content"]["text"] == "A cashier who steals is held accountable"
    assert record["speaker"]["mention"]["text"] == "Warren"


def test_a_name_set_off_before_the_cue_is_no_part_of_the_statements_fragments():
    # The parser hung "Ms." on "problem" as an apposition and "Bigbee" on "Ms."
    [record] = run("The only problem, Ms. Bigbee said, is that her pay is less.", """
The the DET 3 det
only only ADJ 3 amod
problem problem NOUN 7 nsubj
, , PUNCT 3 punct
Ms. Ms. PROPN 3 appos
Bigbee Bigbee PROPN 5 flat
said say VERB 0 root xpos=VBD
, , PUNCT 3 punct
is be AUX 14 cop
that that SCONJ 14 mark
her her PRON 12 nmod:poss
pay pay NOUN 14 nsubj
is be AUX 14 cop
less less ADJ 7 ccomp
. . PUNCT 7 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]] == ["The only problem", "is that her pay is less"]
    assert record["speaker"]["mention"]["text"] == "Ms. Bigbee"


def test_a_statement_cut_between_a_title_and_its_name_does_not_end_in_the_title():
    from quotes.sieves.content import trim_edges
    document = parsed("She was pleased Ms. Friedan had said that.", """
She she PRON 3 nsubj
was be AUX 3 cop
pleased pleased ADJ 0 root
Ms. Ms. PROPN 5 nmod:desc
Friedan Friedan PROPN 7 nsubj
had have AUX 7 aux
said say VERB 3 ccomp
that that PRON 7 obj
. . PUNCT 3 punct
""")
    words = list(document.sentences[0].words)
    assert [w.text for w in trim_edges(words[:4], RULES, document.text.text)] == ["She", "was", "pleased"]
    assert [w.text for w in trim_edges(words[:5], RULES, document.text.text)][-1] == "Friedan"


def test_according_to_takes_the_whole_phrase_over_adverbs_and_joining_hyphens():
    # "yearly" and "just" are adverbs of words after them; the hyphen joins a word. A spaced
    # dash ends the phrase.
    records = run("Clinton leads, according to a yearly Gallup poll. "
                  "According to a just-released poll, Trump leads.", """
Clinton Clinton PROPN 2 nsubj
leads lead VERB 0 root
, , PUNCT 9 punct
according accord VERB 9 case
to to ADP 4 fixed
a a DET 9 det
yearly yearly ADV 8 advmod
Gallup Gallup PROPN 9 compound
poll poll NOUN 2 obl
. . PUNCT 2 punct
""", """
According accord VERB 7 case
to to ADP 1 fixed
a a DET 7 det
just just ADV 6 advmod
- - PUNCT 4 punct xpos=HYPH
released release VERB 7 amod xpos=VBN
poll poll NOUN 10 obl
, , PUNCT 7 punct
Trump Trump PROPN 10 nsubj
leads lead VERB 0 root
. . PUNCT 10 punct
""")
    assert [r["speaker"]["mention"]["text"] for r in records] == ["a yearly Gallup poll", "a just-released poll"]


def test_a_subordinator_the_parser_took_for_a_preposition_is_no_part_of_the_speaker():
    [record] = run("It came hours after Donald Trump proposed a ban.", """
It it PRON 2 nsubj
came come VERB 0 root
hours hour NOUN 2 obj
after after ADP 5 case
Donald Donald PROPN 6 compound
Trump Trump PROPN 7 nsubj
proposed propose VERB 2 advcl xpos=VBD
a a DET 9 det
ban ban NOUN 7 obj
. . PUNCT 2 punct
""")
    assert record["speaker"]["mention"]["text"] == "Donald Trump"


def test_word_order_gives_a_verb_that_reports_clauses_no_bare_object():
    # "maintain" reports only clauses; a poll still finds an object with its predicate.
    records = run("Clinton maintains a wide lead among voters. The poll finds Trump gaining ground.", """
Clinton Clinton PROPN 2 nsubj
maintains maintain VERB 0 root xpos=VBZ
a a DET 5 det
wide wide ADJ 5 amod
lead lead NOUN 2 obj
among among ADP 7 case
voters voter NOUN 5 nmod
. . PUNCT 2 punct
""", """
The the DET 2 det
poll poll NOUN 3 nsubj
finds find VERB 0 root xpos=VBZ
Trump Trump PROPN 3 obj
gaining gain VERB 4 acl xpos=VBG
ground ground NOUN 5 obj
. . PUNCT 3 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("finds", "Trump gaining ground")]


def test_a_hedged_verb_of_saying_keeps_its_whole_statement():
    # The parser hung "might not be as strong" on the main clause; the statement "suggest"
    # reports runs on over it, and so does the clause of "appeared" that hedges it.
    records = run("He is drawing fire after he appeared to suggest that veterans who suffer might not be strong.", """
He he PRON 3 nsubj
is be AUX 3 aux
drawing draw VERB 0 root xpos=VBG
fire fire NOUN 3 obj
after after SCONJ 7 mark
he he PRON 7 nsubj
appeared appear VERB 3 advcl xpos=VBD
to to PART 9 mark
suggest suggest VERB 7 xcomp xpos=VB
that that SCONJ 11 det
veterans veteran NOUN 9 obj
who who PRON 13 nsubj
suffer suffer VERB 11 acl:relcl xpos=VBP
might might AUX 17 aux xpos=MD
not not PART 17 advmod
be be AUX 17 cop xpos=VB
strong strong ADJ 3 conj
. . PUNCT 3 punct
""")
    [appeared] = [r for r in records if r["cue"]["text"] == "appeared"]
    assert appeared["content"]["text"].endswith("that veterans who suffer might not be strong")


def test_a_reflexive_alone_is_no_statement():
    records = run("Rubio defended himself on Saturday.", """
Rubio Rubio PROPN 2 nsubj
defended defend VERB 0 root xpos=VBD
himself himself PRON 2 obj
on on ADP 5 case
Saturday Saturday PROPN 2 obl
. . PUNCT 2 punct
""")
    assert records == []


def test_appealing_to_voters_is_no_statement_but_appealing_for_calm_is():
    records = run("Both candidates appeal to the voters. The mayor appealed for calm.", """
Both both DET 2 det
candidates candidate NOUN 3 nsubj
appeal appeal VERB 0 root xpos=VBP
to to ADP 6 case
the the DET 6 det
voters voter NOUN 3 obl
. . PUNCT 3 punct
""", """
The the DET 2 det
mayor mayor NOUN 3 nsubj
appealed appeal VERB 0 root xpos=VBD
for for ADP 5 case
calm calm NOUN 3 obl
. . PUNCT 3 punct
""")
    assert [(r["cue"]["text"], r["content"]["text"]) for r in records] == [("appealed", "calm")]


def test_a_statement_inside_a_quotation_stops_at_its_according_to():
    records = run("“The count was 699, according to the party. Sanders had 695,” The Blaze reported.", """
“ “ PUNCT 5 punct
The the DET 3 det
count count NOUN 5 nsubj
was be AUX 5 cop
699 699 NUM 0 root
, , PUNCT 10 punct
according accord VERB 10 case
to to ADP 7 fixed
the the DET 10 det
party party NOUN 5 obl
. . PUNCT 5 punct
""", """
Sanders Sanders PROPN 2 nsubj
had have VERB 8 ccomp
695 695 NUM 2 obj
, , PUNCT 2 punct
” ” PUNCT 2 punct
The the DET 7 det
Blaze Blaze PROPN 8 nsubj
reported report VERB 0 root xpos=VBD
. . PUNCT 8 punct
""")
    [party] = [r for r in records if r["cue"]["text"] == "according to"]
    assert party["content"]["text"] == "“The count was 699"
    assert party["speaker"]["mention"]["text"] == "the party"


def test_the_one_quoted_as_saying_is_no_statement_and_the_quotation_is_reported():
    records = run("A tweet quoted the president as saying “We need to prevent the next one!”", """
A a DET 2 det
tweet tweet NOUN 3 nsubj
quoted quote VERB 0 root xpos=VBD
the the DET 5 det
president president NOUN 3 obj
as as SCONJ 7 mark
saying say VERB 3 advcl xpos=VBG VerbForm=Part|Tense=Pres
“ “ PUNCT 10 punct
We we PRON 10 nsubj
need need VERB 3 advcl
to to PART 12 mark
prevent prevent VERB 10 xcomp
the the DET 15 det
next next ADJ 15 amod
one one NOUN 12 obj
! ! PUNCT 3 punct
” ” PUNCT 3 punct
""")
    assert [(r["content"]["text"], r["cue"]["text"]) for r in records] == \
        [("“We need to prevent the next one!”", "saying")]
    assert records[0]["type"] == "direct"


def test_an_outlet_quoting_someone_as_saying_reports_what_follows_not_whom():
    records = run("The Post quoted an official as saying that Trump was wrong.", """
The the DET 2 det
Post Post PROPN 3 nsubj
quoted quote VERB 0 root xpos=VBD
an a DET 5 det
official official NOUN 3 obj
as as SCONJ 7 mark
saying say VERB 3 advcl xpos=VBG VerbForm=Part|Tense=Pres
that that SCONJ 11 mark
Trump Trump PROPN 11 nsubj
was be AUX 11 cop
wrong wrong ADJ 7 ccomp
. . PUNCT 3 punct
""")
    assert [(r["content"]["text"], r["cue"]["text"]) for r in records] == [("that Trump was wrong", "saying")]


def test_a_quotation_inside_the_speakers_description_is_none_of_their_statements():
    # the parse of a PolNeAR sentence: the relative clause hangs on the lawsuit
    records = run('"It was truly shameful," said Leslie Feldman, 34, a plaintiff in the lawsuit who waited in an '
                  '"extraordinarily long line snaking in, out and around" a Phoenix church for 4 hours.', """
" " PUNCT 5 punct
It it PRON 5 nsubj
was be AUX 5 cop
truly truly ADV 5 advmod
shameful shameful ADJ 8 ccomp
, , PUNCT 5 punct
" " PUNCT 5 punct
said say VERB 0 root
Leslie Leslie PROPN 8 nsubj
Feldman Feldman PROPN 9 flat
, , PUNCT 12 punct
34 34 NUM 10 nmod:unmarked
, , PUNCT 15 punct
a a DET 15 det
plaintiff plaintiff NOUN 10 appos
in in ADP 18 case
the the DET 18 det
lawsuit lawsuit NOUN 15 nmod
who who PRON 20 nsubj
waited wait VERB 18 acl:relcl
in in ADP 26 case
an a DET 26 det
" " PUNCT 26 punct
extraordinarily extraordinarily ADV 25 advmod
long long ADJ 26 amod
line line NOUN 20 obl
snaking snake VERB 20 advcl
in in ADP 27 compound:prt
, , PUNCT 30 punct
out out ADP 27 advmod
and and CCONJ 36 cc
around around ADP 36 case
" " PUNCT 36 punct
a a DET 36 det
Phoenix Phoenix ADJ 36 amod
church church NOUN 27 conj
for for ADP 39 case
4 4 NUM 39 nummod
hours hour NOUN 36 nmod
. . PUNCT 8 punct
""")
    assert [r["content"]["text"] for r in records] == ['"It was truly shameful,"']


def test_a_title_after_the_speaker_is_no_part_of_the_quotation():
    # PolNeAR sentences with their parses: a show after "on", a book after "of"
    records = run("''He views Russia as a foreign power that has its own interests at stake,'' Mr. Manafort said on CBS's ''Face the Nation.''", """
'' " PUNCT 3 punct
He he PRON 3 nsubj
views view VERB 20 ccomp
Russia Russia PROPN 3 obj
as as ADP 8 case
a a DET 8 det
foreign foreign ADJ 8 amod
power power NOUN 3 obl
that that PRON 10 nsubj
has have VERB 8 acl:relcl
its its PRON 13 nmod:poss
own own ADJ 13 amod
interests interest NOUN 10 obj
at at ADP 15 case
stake stake NOUN 10 obl
, , PUNCT 3 punct
'' " PUNCT 20 punct
Mr. Mr. PROPN 19 nmod:desc
Manafort Manafort PROPN 20 nsubj
said say VERB 0 root
on on ADP 25 case
CBS CBS PROPN 25 nmod:poss
's 's PART 22 case
'' " PUNCT 25 punct
Face face VERB 20 ccomp
the the DET 27 det
Nation Nation PROPN 25 obj
. . PUNCT 20 punct
'' " PUNCT 20 punct
""")
    assert [r["content"]["text"] for r in records] == ["''He views Russia as a foreign power that has its own interests at stake,''"]
    records = run("''I would expect a novel to look at ordinary working women,'' said Suzanne Ferriss, an English professor at Nova Southeastern University, and a co-editor of ''Chick Lit: The New Woman's Fiction.''", """
'' " PUNCT 4 punct
I I PRON 4 nsubj
would would AUX 4 aux
expect expect VERB 15 ccomp
a a DET 6 det
novel novel NOUN 4 obj
to to PART 8 mark
look look VERB 6 acl
at at ADP 12 case
ordinary ordinary ADJ 12 amod
working work VERB 12 amod
women woman NOUN 8 obl
, , PUNCT 4 punct
'' " PUNCT 15 punct
said say VERB 0 root
Suzanne Suzanne PROPN 15 nsubj
Ferriss Ferriss PROPN 16 flat
, , PUNCT 21 punct
an a DET 21 det
English English ADJ 21 amod
professor professor NOUN 15 ccomp
at at ADP 25 case
Nova Nova PROPN 25 compound
Southeastern Southeastern PROPN 25 compound
University University PROPN 21 nmod
, , PUNCT 29 punct
and and CCONJ 29 cc
a a DET 29 det
co-editor co-editor NOUN 15 conj
of of ADP 32 case
'' " PUNCT 32 punct
Chick Chick PROPN 29 nmod
Lit Lit PROPN 32 flat
: : PUNCT 39 punct
The the DET 37 det
New New ADJ 37 amod
Woman Woman PROPN 39 nmod:poss
's 's PART 37 case
Fiction Fiction PROPN 33 appos
. . PUNCT 15 punct
'' " PUNCT 15 punct
""")
    assert [r["content"]["text"] for r in records] == ["''I would expect a novel to look at ordinary working women,''"]


def test_a_quotation_after_a_preposition_not_in_title_case_goes_on_with_the_speaker():
    [record] = run("Emerging from the meeting, the prime minister ''looked ashen,'' Mr. Arad said, from ''the direct body blow.''", """
Emerging emerg VERB 16 advcl
from from ADP 4 case
the the DET 4 det
meeting meeting NOUN 1 obl
, , PUNCT 1 punct
the the DET 8 det
prime prime ADJ 8 compound
minister minister NOUN 10 nsubj
'' " PUNCT 8 punct
looked look VERB 16 ccomp
ashen ashen NOUN 10 obj
, , PUNCT 1 punct
'' " PUNCT 16 punct
Mr. Mr. PROPN 15 nmod:desc
Arad Arad PROPN 16 nsubj
said say VERB 0 root
, , PUNCT 23 punct
from from ADP 23 case
'' " PUNCT 23 punct
the the DET 22 det
direct direct ADJ 22 amod
body body NOUN 23 compound
blow blow NOUN 16 ccomp
. . PUNCT 16 punct
'' " PUNCT 16 punct
""")
    assert [f["text"] for f in record["content"]["fragments"]][-1] == "''the direct body blow.''"


def test_a_heading_in_capitals_reports_nothing_by_word_order():
    records = run("QUESTIONABLE MEDICAL CLAIMS — For years,", """
QUESTIONABLE questionable NOUN 0 root
MEDICAL medical ADJ 1 flat
CLAIMS claims NOUN 1 flat
— — PUNCT 6 punct
For for ADP 6 case
years year NOUN 3 nmod
, , PUNCT 1 punct
""")
    assert records == []


def test_a_participle_hung_on_a_predicate_is_its_subjects():
    # the parse of a PolNeAR sentence: the place is the predicate, the participle hangs on it
    [record] = run("Sanders was on CNN talking about what he does next.", """
Sanders Sanders NOUN 4 nsubj
was be AUX 4 cop
on on ADP 4 case
CNN CNN PROPN 0 root
talking talk VERB 4 acl xpos=VBG VerbForm=Part|Tense=Pres
about about ADP 7 case
what what PRON 5 obl
he he PRON 9 nsubj
does do AUX 7 acl:relcl
next next ADJ 9 advmod
. . PUNCT 4 punct
""")
    assert record["cue"]["text"] == "talking"
    assert record["speaker"]["mention"]["text"] == "Sanders"


def test_a_speaker_the_parser_made_the_verbs_object_is_the_speaker():
    # the parse of a PolNeAR sentence: the statement's subject is the verb's, the speaker its object
    [record] = run('The Central American Minors program “is gaining and has gained considerable traction recently,” Homeland Security Deputy Secretary Alejandro Mayorkas told reporters.', """
The the DET 5 det
Central Central ADJ 5 amod
American American ADJ 5 amod
Minors Minors PROPN 5 compound
program program NOUN 23 nsubj
“ " PUNCT 8 punct
is be AUX 8 aux
gaining gain VERB 23 ccomp
and and CCONJ 11 cc
has have AUX 11 aux
gained gain VERB 8 conj
considerable considerable ADJ 13 amod
traction traction NOUN 11 obj
recently recently ADV 11 advmod
, , PUNCT 11 punct
” " PUNCT 11 punct
Homeland Homeland PROPN 18 compound
Security Security PROPN 19 nmod:desc
Deputy deputy PROPN 20 nmod:desc
Secretary Secretary PROPN 23 obj
Alejandro Alejandro PROPN 20 flat
Mayorkas Mayorkas PROPN 21 flat
told tell VERB 0 root
reporters reporter NOUN 23 iobj
. . PUNCT 23 punct
""")
    assert record["speaker"]["name"] == "Alejandro Mayorkas"
    assert record["content"]["text"].startswith("The Central American Minors program “is gaining")
