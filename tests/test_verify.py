from handparse import parsed
from test_sieves import SPLIT_PARSES, SPLIT_TEXT

from quotes.extract import records_for
from quotes.rules import load_rules
from quotes.verify import CHANGED, INTACT, MISSING, MOVED, verify


def records_in(tmp_path):
    source = tmp_path / "hand.txt"
    source.write_text(SPLIT_TEXT, encoding="utf-8")
    records = records_for(parsed(SPLIT_TEXT, *SPLIT_PARSES), load_rules(),
                          {"name": "quotes", "version": "t", "models": "hand"})
    for record in records:
        record["doc"]["path"] = str(source)
    return source, records


def statuses(records, sources=()):
    return [verdict.status for _, verdict in verify(records, sources)]


def test_fresh_records_are_intact(tmp_path):
    _, records = records_in(tmp_path)
    assert statuses(records) == [INTACT]


def test_inserted_paragraph_moves_the_quote(tmp_path):
    source, records = records_in(tmp_path)
    source.write_text("A new first paragraph.\n" + SPLIT_TEXT, encoding="utf-8")
    [(record, verdict)] = verify(records)
    assert verdict.status == MOVED
    assert verdict.start == record["content"]["start"] + len("A new first paragraph.\n")
    assert source.read_text(encoding="utf-8")[verdict.start:verdict.end] == record["content"]["text"]


def test_edited_quote_is_changed_and_removed_quote_is_missing(tmp_path):
    source, records = records_in(tmp_path)
    source.write_text(SPLIT_TEXT.replace("useful", "helpful"), encoding="utf-8")
    assert statuses(records) == [CHANGED]
    source.write_text("Matthew Miller spoke on Sunday.\nNothing else.", encoding="utf-8")
    assert statuses(records) == [MISSING]


def test_sources_given_by_folder(tmp_path):
    source, records = records_in(tmp_path)
    for record in records:
        record["doc"]["path"] = None
    assert statuses(records, [str(tmp_path)]) == [INTACT]
