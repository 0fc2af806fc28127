"""Loading the model set: offline, clear errors naming what is missing, the speed-up exact."""

import pytest
import torch

from quotes.parse import (PACKAGE_MODEL_DIR, ModelError, ParseCache, Tokenizing, Word, join_after_titles,
                          join_unfinished_sentences, keep_unmarked_words_whole, load_pipeline, model_identity,
                          names_read_as_auxiliaries,
                          parse_identity, parse_texts, parse_view, resolve_model_dir, split_at_dashes)
from quotes.rules import load_rules
from quotes.stanza_speedups import _matmul_biaffine_forward
from quotes.text import make_text


def test_missing_model_file_is_named(tmp_path):
    (tmp_path / "tokenize.pt").write_bytes(b"x")
    (tmp_path / "depparse.pt").write_bytes(b"x")
    with pytest.raises(ModelError, match="mwt.pt"):
        load_pipeline(str(tmp_path))


def test_missing_directory_is_named(tmp_path):
    with pytest.raises(ModelError, match="model directory not found"):
        load_pipeline(str(tmp_path / "nowhere"))


def test_broken_model_file_is_reported(tmp_path):
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"):
        (tmp_path / f"{name}.pt").write_bytes(b"not a model")
    (tmp_path / "resources.json").write_text("{}")
    with pytest.raises(ModelError, match=str(tmp_path)):
        load_pipeline(str(tmp_path))


def test_model_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("QUOTES_MODEL_DIR", str(tmp_path))
    assert resolve_model_dir() == tmp_path.resolve()
    monkeypatch.delenv("QUOTES_MODEL_DIR")
    assert resolve_model_dir() == PACKAGE_MODEL_DIR.resolve()


def test_shipped_models_are_complete_and_have_a_card():
    for name in ("tokenize", "mwt", "pos", "lemma", "depparse", "pretrain"):
        assert (PACKAGE_MODEL_DIR / f"{name}.pt").is_file()
    card = (PACKAGE_MODEL_DIR / "README.md").read_text(encoding="utf-8")
    assert "LAS" in card and "EWT" in card and "GUM" in card
    assert sum(p.stat().st_size for p in PACKAGE_MODEL_DIR.iterdir()) < 80 * 1024 * 1024
    assert len(model_identity(PACKAGE_MODEL_DIR)) == 16


def test_matmul_biaffine_equals_nn_bilinear():
    from stanza.models.common.biaffine import BiaffineScorer

    torch.manual_seed(0)
    scorer = BiaffineScorer(7, 5, 3)
    torch.nn.init.normal_(scorer.W_bilin.weight)
    torch.nn.init.normal_(scorer.W_bilin.bias)
    first, second = torch.randn(2, 4, 7), torch.randn(2, 4, 5)
    expected = scorer.W_bilin(torch.cat([first, torch.ones(2, 4, 1)], -1), torch.cat([second, torch.ones(2, 4, 1)], -1))
    assert torch.allclose(_matmul_biaffine_forward(scorer, first, second), expected, atol=1e-5)


def test_continuing_seeds_the_parser_work_folder_from_a_model_set(tmp_path):
    from quotes.training import TrainPaths, parser_checkpoint, seed_parser_from

    models = tmp_path / "models"
    models.mkdir()
    (models / "depparse.pt").write_bytes(b"parser")
    paths = TrainPaths(tmp_path / "work")
    with pytest.raises(FileNotFoundError, match="pretrain.pt"):
        seed_parser_from(paths, models)
    (models / "pretrain.pt").write_bytes(b"vectors")
    seed_parser_from(paths, models)
    assert paths.model("depparse").read_bytes() == b"parser"
    assert parser_checkpoint(paths).read_bytes() == b"parser"  # Stanza resumes its own schedule
    assert paths.pretrain.read_bytes() == b"vectors"
    parser_checkpoint(paths).write_bytes(b"later checkpoint")
    seed_parser_from(paths, models)
    assert parser_checkpoint(paths).read_bytes() == b"later checkpoint"  # a resumed run is not reset


@pytest.fixture
def recorded_training(tmp_path, monkeypatch):
    """A laid-out work folder (with word vectors) whose calls to Stanza's trainers are recorded,
    not run: `run(*options)` trains with the options and returns [(module, args), ...]."""
    from quotes import training

    calls = []
    monkeypatch.setattr(training, "_stanza", lambda paths, module, args, log: calls.append((module, args)))
    paths = training.TrainPaths(tmp_path / "work")
    paths.conllu("train").parent.mkdir(parents=True)
    paths.conllu("train").write_text("", encoding="utf-8")
    paths.pretrain.parent.mkdir(parents=True)
    paths.pretrain.write_bytes(b"")

    def run(*options: str) -> list:
        for step in ("tokenize", "depparse"):
            paths.model(step).parent.mkdir(parents=True, exist_ok=True)
        training.main(["--ud", str(tmp_path), "--work", str(paths.work), *options])
        return calls

    run.paths = paths
    return run


def test_tokenizer_steps_reach_stanzas_trainer(recorded_training):
    [(_, prepare), (module, args)] = recorded_training("--only", "tokenize", "--tokenizer-steps", "123")
    assert module == "stanza.utils.training.run_tokenizer"
    assert args[args.index("--steps") + 1] == "123"


def test_sentence_break_after_a_title_is_undone():
    titles = frozenset({"Sen.", "Gov."})
    sentences = [["Trump", "rival", "Sen."], ["Ted", "Cruz", "spoke", "."], ["It", "ended", "."]]
    assert join_after_titles(sentences, titles) == [["Trump", "rival", "Sen.", "Ted", "Cruz", "spoke", "."],
                                                     ["It", "ended", "."]]
    # the tokenizer cut the title from its period: one token again, as the parser was trained
    split = [["Trump", "rival", "Sen", "."], ["Ted", "Cruz", "spoke", "."]]
    assert join_after_titles(split, titles) == [["Trump", "rival", "Sen.", "Ted", "Cruz", "spoke", "."]]
    # a lower-case start, or a word that is no title, keeps the break; tokens of a
    # multi-word token pass through as Stanza gave them
    kept = [["He", "met", "Sen."], ["then", "left", "."], ["He", "is", "Jr."], [("Ted's", True), "here"]]
    assert join_after_titles(kept, titles) == kept


def test_shipped_pipeline_keeps_a_title_and_its_name_in_one_sentence():
    text = "The Washington Times reports Beck will endorse Trump rival Sen. Ted Cruz at a rally in Iowa on Saturday."
    tokenizing = Tokenizing.from_patterns(load_rules().patterns)
    assert len(load_pipeline(None)(text).sentences) == 2  # what the tokenizer alone does
    document = load_pipeline(None, tokenizing=tokenizing)(text)
    assert len(document.sentences) == 1
    words = document.sentences[0].words
    assert all(text[w.start_char:w.end_char] == w.text for w in words)
    assert "Sen." in [w.text for w in words]


def test_a_word_without_an_apostrophe_is_split_only_when_a_known_contraction():
    sentences = [[("Its", True), "board", "met", "."], [("Donna", True), ("didn't", True), ("cannot", True)],
                 [("It’s", True), ("Gonna", True), "go"]]
    mended = keep_unmarked_words_whole(sentences, frozenset({"'", "’"}), frozenset({"cannot", "gonna"}))
    assert mended == [["Its", "board", "met", "."], ["Donna", ("didn't", True), ("cannot", True)],
                      [("It’s", True), ("Gonna", True), "go"]]


def test_shipped_pipeline_keeps_the_possessive_its_one_word():
    text = "Its first national television ad could start this week, said Brian Baker."
    tokenizing = Tokenizing.from_patterns(load_rules().patterns)
    assert [w.text for w in load_pipeline(None)(text).sentences[0].words][:2] == ["It", "s"]  # the tokenizer alone
    words = load_pipeline(None, tokenizing=tokenizing)(text).sentences[0].words
    assert [(w.text, w.upos) for w in words[:2]] == [("Its", "PRON"), ("first", "ADJ")]
    assert all(text[w.start_char:w.end_char] == w.text for w in words)


def test_tokenizing_rules_are_part_of_the_parse_cache_key():
    plain = Tokenizing(frozenset({"Sen."}))
    mending = Tokenizing(frozenset({"Sen."}), frozenset({"'"}), frozenset({"cannot"}))
    assert parse_identity("m", plain) != parse_identity("m", mending)
    assert parse_identity("m", mending) != parse_identity("m", Tokenizing(frozenset({"Sen."}), frozenset({"'"})))
    assert parse_identity("m", mending) == parse_identity("m", Tokenizing(frozenset({"Sen."}), frozenset({"'"}),
                                                                          frozenset({"cannot"})))


def test_doubled_marks_reach_the_tokenizer_as_double_quotes_of_the_same_length():
    paragraph = "He agreed with Mr. Cruz. ''I don't want it,'' he said of ``the plan.''"
    view = parse_view(paragraph)
    assert len(view) == len(paragraph)
    assert view == 'He agreed with Mr. Cruz.  "I don\'t want it,"  he said of  "the plan." '
    assert parse_view("no doubled marks here") == "no doubled marks here"


def test_a_doubled_mark_ends_a_sentence_and_keeps_its_own_characters():
    text = make_text("doc", "Mr. Manafort said he agreed with Mr. Cruz. ''I don't want a fractured convention, we "
                            "want this thing to bed early,'' he said.")
    [parsed] = parse_texts([text], lambda: load_pipeline(None))
    assert len(parsed.sentences) == 2
    words = [w for s in parsed.sentences for w in s.words]
    assert all(text.text[w.start_char:w.end_char] == w.text for w in words)
    assert [w.text for w in words if w.upos == "PUNCT" and "'" in w.text] == ["''", "''"]


def test_a_text_parsed_through_the_view_has_a_cache_key_of_its_own(tmp_path):
    plain, doubled = make_text("a", "He said it."), make_text("b", "He said ''it.''")
    cache = ParseCache(tmp_path, "models")
    assert cache._path(plain).stem == plain.sha256
    assert cache._path(doubled).stem != doubled.sha256


def test_damaged_cached_parse_is_a_miss(tmp_path):
    text = make_text("doc", "Miller said the talks were useful.")
    cache = ParseCache(tmp_path, "models")
    good = [[{"id": 1, "text": "Miller", "head": 2, "deprel": "nsubj", "start_char": 0, "end_char": 6},
             {"id": 2, "text": "said", "head": 0, "deprel": "root", "start_char": 7, "end_char": 11}]]
    cache.put(text, [(0, 0, good)])
    assert cache.get(text) == [(0, 0, good)]
    cyclic = [[dict(good[0][0], head=2), dict(good[0][1], head=1)]]
    cache.put(text, [(0, 0, cyclic)])
    assert cache.get(text) is None
    outside = [[dict(good[0][0], head=7), good[0][1]]]
    cache.put(text, [(0, 0, outside)])
    assert cache.get(text) is None
    [stored] = tmp_path.rglob("*.json")
    stored.write_text('{"paragraphs": [{"start": 0}]}')
    assert cache.get(text) is None


def test_parser_size_reaches_stanzas_trainer(recorded_training):
    [(module, args)] = recorded_training("--only", "depparse", "--parser-size", "large")
    assert module == "stanza.models.parser"
    assert (args[args.index("--hidden_dim") + 1], args[args.index("--num_layers") + 1],
            args[args.index("--deep_biaff_hidden_dim") + 1]) == ("400", "3", "400")
    assert args[args.index("--wordvec_pretrain_file") + 1] == str(recorded_training.paths.pretrain)


def test_parser_seed_reaches_stanzas_trainer(recorded_training):
    [(module, args)] = recorded_training("--only", "depparse", "--parser-seed", "77")
    assert module == "stanza.models.parser"
    assert args[args.index("--seed") + 1] == "77"


@pytest.fixture
def single_parsers(tmp_path):
    """Single graph parser files: the shipped ensemble's members, or the shipped parser twice."""
    shipped = torch.load(PACKAGE_MODEL_DIR / "depparse.pt", map_location="cpu", weights_only=True)
    if shipped.get("model_type") == "ensemble_graph":
        members = [dict(shipped, model=params, config=config, model_type="graph")
                   for params, config in zip(shipped["model"]["params"], shipped["model"]["args"])]
    else:
        members = [shipped, shipped]
    paths = []
    for number, member in enumerate(members):
        paths.append(tmp_path / f"member{number}.pt")
        torch.save(member, paths[-1])
    return paths


def test_parser_ensemble_holds_its_members_and_parses(tmp_path, single_parsers):
    import shutil

    from quotes.training import build_parser_ensemble

    models = tmp_path / "models"
    shutil.copytree(PACKAGE_MODEL_DIR, models)
    build_parser_ensemble(single_parsers, models / "pretrain.pt", models / "depparse.pt")
    saved = torch.load(models / "depparse.pt", map_location="cpu", weights_only=True)
    assert saved["model_type"] == "ensemble_graph"
    assert len(saved["model"]["params"]) == len(single_parsers)
    for path, stored in zip(single_parsers, saved["model"]["params"]):
        member = torch.load(path, map_location="cpu", weights_only=True)["model"]
        assert stored.keys() == member.keys()
        for name, tensor in member.items():
            expected = tensor.half() if tensor.is_floating_point() else tensor
            assert stored[name].dtype == expected.dtype and torch.equal(stored[name], expected), name
    text = "State Department spokesperson Matthew Miller stated that the talks were useful, officials said."
    [sentence] = load_pipeline(str(models))(text).sentences
    assert [w.text for w in sentence.words][:5] == ["State", "Department", "spokesperson", "Matthew", "Miller"]
    assert [w.head for w in sentence.words].count(0) == 1
    assert all(0 <= w.head <= len(sentence.words) and w.deprel for w in sentence.words)


def test_parser_ensemble_refuses_members_of_other_data(tmp_path, single_parsers):
    from quotes.training import build_parser_ensemble

    other = torch.load(single_parsers[1], map_location="cpu", weights_only=True)
    other["vocab"]["deprel"]["_id2unit"] = other["vocab"]["deprel"]["_id2unit"][:-1]
    torch.save(other, single_parsers[1])
    with pytest.raises(ValueError, match="member1.pt has another vocabulary"):
        build_parser_ensemble(single_parsers, PACKAGE_MODEL_DIR / "pretrain.pt", tmp_path / "out.pt")
    with pytest.raises(ValueError, match="at least two"):
        build_parser_ensemble(single_parsers[:1], PACKAGE_MODEL_DIR / "pretrain.pt", tmp_path / "out.pt")
    assert not (tmp_path / "out.pt").exists()


def test_model_info_names_an_ensemble_parser(tmp_path, single_parsers):
    import shutil

    from quotes.modelinfo import describe
    from quotes.training import build_parser_ensemble

    models = tmp_path / "models"
    shutil.copytree(PACKAGE_MODEL_DIR, models)
    build_parser_ensemble(single_parsers[:2], models / "pretrain.pt", models / "depparse.pt")
    assert "depparse.pt\t" in describe(str(models)) and ", an ensemble of 2 parsers" in describe(str(models))
    shutil.copyfile(single_parsers[0], models / "depparse.pt")
    [parser_line] = [line for line in describe(str(models)).splitlines() if line.strip().startswith("depparse.pt\t")]
    assert "ensemble" not in parser_line
    (models / "depparse.pt").write_bytes(b"broken")
    assert "depparse.pt\t0.0 MB (unreadable" in describe(str(models))
    assert f"confidence model: {models / 'confidence.json'}, " in describe(str(models))
    (models / "confidence.json").write_text("{}", encoding="utf-8")
    assert "not a confidence model" in describe(str(models))
    (models / "confidence.json").unlink()
    assert "(the shipped one: this set has none)" in describe(str(models))


def test_float16_model_files_load_and_parse_as_before(tmp_path):
    import shutil

    from quotes.training import store_float16

    wide = tmp_path / "wide"
    shutil.copytree(PACKAGE_MODEL_DIR, wide)
    for name in ("pos.pt", "pretrain.pt"):
        saved = torch.load(wide / name, map_location="cpu", weights_only=True)
        key = "emb" if name == "pretrain.pt" else "model"
        saved[key] = ({k: v.float() if v.is_floating_point() else v for k, v in saved[key].items()}
                      if isinstance(saved[key], dict) else saved[key].float())
        torch.save(saved, wide / name, _use_new_zipfile_serialization=False)
    narrow = tmp_path / "narrow"
    shutil.copytree(wide, narrow)
    for name in ("pos.pt", "pretrain.pt"):
        store_float16(narrow / name)
        assert (narrow / name).stat().st_size < 0.6 * (wide / name).stat().st_size
    vectors = torch.load(narrow / "pretrain.pt", map_location="cpu", weights_only=True)
    assert vectors["emb"].dtype == torch.float16
    assert vectors["vocab"] == torch.load(wide / "pretrain.pt", map_location="cpu", weights_only=True)["vocab"]
    text = "Miller stated that Blinken highlighted the need for open channels, officials said on Monday."

    def parse(directory):
        [sentence] = load_pipeline(str(directory))(text).sentences
        return [(w.text, w.upos, w.head, w.deprel) for w in sentence.words]

    assert parse(narrow) == parse(wide)


def test_float16_refuses_a_file_that_is_no_model(tmp_path):
    from quotes.training import store_float16

    broken = tmp_path / "pos.pt"
    broken.write_bytes(b"not a model")
    with pytest.raises(ValueError, match="pos.pt is not a Stanza model file"):
        store_float16(broken)
    torch.save({"something": torch.zeros(2)}, broken)
    with pytest.raises(ValueError, match="no model or word vectors"):
        store_float16(broken)


def _words(lines: str) -> tuple:
    """Words from "form lemma upos xpos head deprel" lines (offsets do not matter here)."""
    return tuple(Word(number, form, lemma, upos, xpos, None, int(head), deprel, 0, 0)
                 for number, (form, lemma, upos, xpos, head, deprel)
                 in enumerate((line.split() for line in lines.strip().splitlines()), start=1))


def test_a_name_the_parser_made_an_auxiliary_is_a_name_again():
    george = names_read_as_auxiliaries(_words("""
George George PROPN NNP 3 nsubj
Will will AUX MD 3 aux
wrote write VERB VB 0 root
"""))
    assert [(w.text, w.upos, w.head, w.deprel) for w in george[:2]] == [("George", "PROPN", 3, "nsubj"),
                                                                         ("Will", "PROPN", 1, "flat")]
    assert george[2].xpos == "VBD"
    may = names_read_as_auxiliaries(_words("""
May may AUX MD 2 aux
told tell VERB VBN 0 root
reporters reporter NOUN NNS 2 obj
"""))
    assert (may[0].upos, may[0].head, may[0].deprel, may[1].xpos) == ("PROPN", 2, "nsubj", "VBD")


def test_a_modal_before_a_bare_verb_or_another_auxiliary_stays_a_modal():
    question = _words("""
Will will AUX MD 3 aux
Sanders Sanders PROPN NNP 3 nsubj
win win VERB VB 0 root
""")
    headline = _words("""
Trump Trump PROPN NNP 5 nsubj
May may AUX MD 5 aux
Not not PART RB 5 advmod
Have have AUX VB 5 aux
Suggested suggest VERB VBN 0 root
""")
    assert names_read_as_auxiliaries(question) == question
    assert names_read_as_auxiliaries(headline) == headline


def test_sentence_break_after_a_word_that_ends_no_sentence_is_undone():
    sentences = [["Karimi", "says"], ["Ali", "'s", "message", "is", "peace", "."], ["It", "ended", "."]]
    text = "Karimi says Ali's message is peace. It ended."
    assert join_unfinished_sentences(sentences, text) == [
        ["Karimi", "says", "Ali", "'s", "message", "is", "peace", "."], ["It", "ended", "."]]
    # a full stop (also an abbreviation's), a closing mark or a heading in capitals keeps the break
    kept = [["He", "lives", "in", "the", "U.S."], ["It", "ended", "."], ["“", "Go", "!", "”"], ["SAVE", "A", "QUARTER"],
            ["Let", "'s", "say", "."]]
    assert join_unfinished_sentences(kept, "He lives in the U.S. It ended. “Go!” SAVE A QUARTER Let's say.") == kept
    # so does the end of a line or of a paragraph of a bulk call, and a text that is unknown
    # or whose tokens are not found in order
    assert join_unfinished_sentences(sentences, "Karimi says\n\nAli's message is peace. It ended.") == sentences
    assert join_unfinished_sentences(sentences, None) == sentences
    # characters that print nothing, which the tokenizer drops, are passed over like spaces
    assert join_unfinished_sentences(sentences, "Karimi says Ali's mess\x83age is peace. It ended.".replace(
        "mess\x83age", "\x83message")) == join_unfinished_sentences(sentences, text)
    assert join_unfinished_sentences(sentences, "Karimi said Ali's message is peace. It ended.") == sentences


def test_a_dash_between_words_without_spaces_becomes_a_token_of_its_own():
    dashes = frozenset({"—", "–"})
    sentences = [["the", "debate", "–published", "by", "the", "Post–shows", "that"], [("don't", True), "—", "-"]]
    assert split_at_dashes(sentences, dashes) == [
        ["the", "debate", "–", "published", "by", "the", "Post", "–", "shows", "that"], [("don't", True), "—", "-"]]


def test_joining_dashes_are_part_of_the_parse_identity():
    assert parse_identity("m", Tokenizing(frozenset({"Sen."}), joining_dashes=frozenset({"—"}))) \
        != parse_identity("m", Tokenizing(frozenset({"Sen."})))


def test_shipped_pipeline_parts_a_dash_from_the_words_it_joins():
    text = "The transcript of the debate–published by The Washington Post–shows that Clinton won."
    tokenizing = Tokenizing.from_patterns(load_rules().patterns)
    words = load_pipeline(None, tokenizing=tokenizing)(text).sentences[0].words
    assert [w.text for w in words if w.text.endswith(("published", "shows"))] == ["published", "shows"]
    assert all(text[w.start_char:w.end_char] == w.text for w in words)


def test_joining_unfinished_sentences_is_part_of_the_parse_identity():
    assert parse_identity("m", Tokenizing(frozenset({"Sen."}), join_unfinished=True)) \
        != parse_identity("m", Tokenizing(frozenset({"Sen."})))


def test_parsing_paragraphs_in_one_bulk_call_joins_no_sentence_across_them():
    # The first paragraph ends with no mark: its last sentence is "unfinished", yet the
    # paragraph after it, which the bulk call reads after a blank line, stays apart, and every
    # word keeps its offsets.
    text = make_text("bulk", "Spokeswoman Jessica Ditto said the vote was close\nThe senator said it was not.\n"
                             "Prime Minister Theresa May said the talks would go on.", nfc=False)
    tokenizing = Tokenizing.from_patterns(load_rules().patterns)
    [parsed] = parse_texts([text], lambda: load_pipeline(None, tokenizing=tokenizing))
    for sentence in parsed.sentences:
        start, end = text.paragraphs[sentence.paragraph]
        assert all(start <= w.start_char and w.end_char <= end for w in sentence.words)
        assert all(text.text[w.start_char:w.end_char] == w.text for w in sentence.words)
    assert [s.paragraph for s in parsed.sentences] == [0, 1, 2]
