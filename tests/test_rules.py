import shutil
from pathlib import Path

import pytest

from quotes.rules import RuleError, default_rules_dir, load_rules, timed_search

import regex


def copy_rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), target)
    return target


def test_shipped_rules_load_with_both_spellings():
    rules = load_rules()
    speech = {c.name: c for c in rules.verb_classes}["speech"]
    assert {"emphasise", "emphasize", "say", "state"} <= speech.lemmas
    assert ("according", "to") in rules.according_to


def test_unknown_key_names_file_and_line(tmp_path):
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text() + "\n[nouns2]\nlemmas = [\"x\"]\n")
    with pytest.raises(RuleError) as error:
        load_rules(directory)
    message = str(error.value)
    assert str(cues) in message and "nouns2" in message
    assert f"{cues}:{len(cues.read_text().splitlines()) - 1}" in message


@pytest.mark.parametrize("line, typo, message", [
    # the nested table names verb classes of cues.toml ...
    ('standalone_classes = ["speech"]', 'standalone_classes = ["speach"]', r"standalone_classes.*'speach'"),
    # ... and resolutions that quotes.speakers gives
    ('speaker_resolutions = ["name", "cluster"]', 'speaker_resolutions = ["name", "named"]',
     r"speaker_resolutions.*'named'"),
])
def test_nested_table_names_only_what_exists(tmp_path, line, typo, message):
    directory = copy_rules(tmp_path)
    patterns = directory / "patterns.toml"
    assert line in patterns.read_text()
    patterns.write_text(patterns.read_text().replace(line, typo))
    with pytest.raises(RuleError, match=r"patterns.toml.*" + message):
        load_rules(directory)


def test_toml_syntax_error_names_file(tmp_path):
    directory = copy_rules(tmp_path)
    (directory / "speakers.toml").write_text("titles = [\n")
    with pytest.raises(RuleError, match="speakers.toml"):
        load_rules(directory)


def test_bad_regex_is_reported(tmp_path):
    directory = copy_rules(tmp_path)
    marks = directory / "marks.toml"
    marks.write_text(marks.read_text().replace("opens_before = '(?=\\S)'", "opens_before = '(?=\\S'"))
    with pytest.raises(RuleError, match="bad regular expression for 'opens_before'"):
        load_rules(directory)


def test_catastrophic_pattern_times_out_with_clear_error():
    pattern = regex.compile(r"(a|aa)+$")
    with pytest.raises(RuleError, match="timed out"):
        timed_search(pattern, "a" * 60 + "b")


def test_phrasal_cue_entries_are_checked(tmp_path):
    rules = load_rules()
    prepositional = {c.name: c for c in rules.verb_classes}["prepositional"]
    assert ("", "for") in prepositional.phrasal_of("call")
    assert ("out", "at") in prepositional.phrasal_of("lash")
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text().replace('"call for",', '"call",'))
    with pytest.raises(RuleError, match=r"cues\.toml:\d+: .*phrasal entry 'call'"):
        load_rules(directory)


def test_phrasal_only_entries_are_checked_and_make_no_lexicon_verb(tmp_path):
    rules = load_rules()
    prepositional = {c.name: c for c in rules.verb_classes}["prepositional"]
    assert ("go", "", "after") in prepositional.phrasal_only
    assert ("", "after") in prepositional.phrasal_of("go")
    assert not rules.verb_classes_of("go")  # a cue only with "after" after it
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text().replace('"go after",', '"go",'))
    with pytest.raises(RuleError, match=r"cues\.toml:\d+: .*phrasal_only entry 'go'"):
        load_rules(directory)


def test_a_verb_class_needs_words_of_some_kind(tmp_path):
    directory = copy_rules(tmp_path / "phrasal_only")
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text() + '\n[verbs.rebuttal]\ncontent = ["obl"]\nphrasal_only = ["hit back at"]\n')
    rebuttal = {c.name: c for c in load_rules(directory).verb_classes}["rebuttal"]
    assert rebuttal.phrasal_only == {("hit", "back", "at")}
    directory = copy_rules(tmp_path / "none")  # (a directory of its own: rules are cached by directory)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text() + '\n[verbs.rebuttal]\ncontent = ["obl"]\n')
    with pytest.raises(RuleError, match=r"verbs\.rebuttal needs 'lemmas', 'phrasal' or 'phrasal_only'"):
        load_rules(directory)


@pytest.mark.parametrize("field, pair, entry, broken, name", [
    ("not_cue_particles", ("show", "up"), "show up", "show", "not_cues"),
    ("noun_prepositions", ("call", "for"), "demand for", "demand", "nouns.prepositional"),
])
def test_two_word_entries_are_checked(tmp_path, field, pair, entry, broken, name):
    assert pair in getattr(load_rules(), field)
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text().replace(f'"{entry}",', f'"{broken}",'))
    with pytest.raises(RuleError, match=rf"cues\.toml:\d+: .*{name} entry '{broken}'"):
        load_rules(directory)


def test_bad_dateline_regex_names_patterns_file(tmp_path):
    directory = copy_rules(tmp_path)
    patterns = directory / "patterns.toml"
    assert "dateline = '''(?:[A-Z]" in patterns.read_text()
    patterns.write_text(patterns.read_text().replace("dateline = '''(?:[A-Z]", "dateline = '''((?:[A-Z]"))
    with pytest.raises(RuleError, match=r"patterns.toml.*bad regular expression for 'dateline'"):
        load_rules(directory)


@pytest.mark.parametrize("opening, dateline", [
    ("WASHINGTON (AP) — The Senate", "WASHINGTON (AP) — "),
    ("ST. LOUIS — The mayor", "ST. LOUIS — "),
    ("CAMBRIDGE, Mass., Dec. 11 (UPI) — Young", "CAMBRIDGE, Mass., Dec. 11 (UPI) — "),
    ("Dec 29 (Reuters) - U.S.", "Dec 29 (Reuters) - "),
    ("PHILADELPHIA ― Hillary Clinton", "PHILADELPHIA ― "),
    ("He said — no", None),
    ("March 14 - the day", None),
])
def test_dateline_pattern_matches_the_writers_place_date_and_agency_only(opening, dateline):
    match = load_rules().dateline.match(opening)
    assert (match.group() if match else None) == dateline


def test_a_first_name_given_both_sexes_names_the_speakers_file(tmp_path):
    directory = copy_rules(tmp_path)
    speakers = directory / "speakers.toml"
    speakers.write_text(speakers.read_text().replace('male_names = [\n', 'male_names = [\n  "maya",\n'))
    with pytest.raises(RuleError, match=r"speakers\.toml:\d+: 'maya' is in both gender\.female_names and gender\.male_names"):
        load_rules(directory)


def test_every_abbreviated_title_keeps_its_name_in_the_same_sentence():
    # A title the tokenizer may end a sentence after ("Ald. | Brendan Reilly") must be undone,
    # or the speaker loses the title and the statement its speaker.
    rules = load_rules()
    no_break_after = {title.lower() for title in rules.patterns["sentences"]["no_break_after"]}
    abbreviated = {title for title in rules.title_abbreviations if title.endswith(".")}
    assert abbreviated and abbreviated <= no_break_after, sorted(abbreviated - no_break_after)


def test_every_abbreviated_title_is_a_title():
    # The speaker checks ask `titles` alone ("Atty." was missing and passed for part of a name).
    rules = load_rules()
    assert set(rules.title_abbreviations) <= rules.titles, sorted(set(rules.title_abbreviations) - rules.titles)


def test_a_class_of_adjectives_is_marked_with_a_boolean(tmp_path):
    stance = {c.name: c for c in load_rules().verb_classes}["stance"]
    assert stance.adjectives and "confident" in stance.lemmas
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text().replace("adjectives = true", 'adjectives = "yes"'))
    with pytest.raises(RuleError, match=r"cues\.toml:\d+: 'verbs\.stance\.adjectives' must be bool"):
        load_rules(directory)


def test_an_irregular_form_names_its_lemma_as_a_string(tmp_path):
    assert load_rules().irregular_forms["said"] == "say"
    directory = copy_rules(tmp_path)
    cues = directory / "cues.toml"
    cues.write_text(cues.read_text().replace('said = "say"', "said = 1"))
    with pytest.raises(RuleError, match=r"cues\.toml:\d+: 'mistagged\.irregular_forms\.said' must be str"):
        load_rules(directory)
