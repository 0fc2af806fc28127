import csv
import io

from handparse import parsed
from test_sieves import SPLIT_PARSES, SPLIT_TEXT

from quotes.extract import records_for
from quotes.formats import csl, render, schemaorg, w3c
from quotes.formats import csv as csv_format
from quotes.rules import load_rules

RECORDS = records_for(parsed(SPLIT_TEXT, *SPLIT_PARSES), load_rules(), {"name": "quotes", "version": "t",
                                                                       "models": "hand"})


def test_w3c_round_trip_and_structure():
    for record in RECORDS:
        annotation = w3c.from_record(record)
        assert w3c.check_structure(annotation) == []
        quote, position = annotation["target"]["selector"]
        assert quote["exact"] == record["content"]["text"]
        assert quote["prefix"] == record["content"]["prefix"] and quote["suffix"] == record["content"]["suffix"]
        assert (position["start"], position["end"]) == (record["content"]["start"], record["content"]["end"])
        assert w3c.to_record(annotation) == record


def test_w3c_structure_check_finds_problems():
    annotation = w3c.from_record(RECORDS[0])
    annotation["type"] = "Note"
    annotation["target"]["selector"][1]["start"] = -1
    assert len(w3c.check_structure(annotation)) == 2


def test_schemaorg_quotation_and_claim_fields():
    record = RECORDS[0]
    result = schemaorg.from_record(record)
    quotation, claim = result["quotation"], result["claim"]
    assert quotation["@type"] == "Quotation" and quotation["text"] == record["content"]["text"]
    assert quotation["creator"] == {"@type": "Person", "name": "Matthew Miller"}
    assert quotation["isBasedOn"]["sha256"] == record["doc"]["sha256"]
    assert claim["@type"] == "Claim" and claim["author"]["name"] == "Matthew Miller"
    assert claim["appearance"]["identifier"] == record["doc"]["id"]


def test_csl_item_has_required_fields_and_locator():
    record = RECORDS[0]
    item = csl.from_record(record)
    assert item["id"] == record["id"] and item["type"] == "article-newspaper"
    assert item["locator"] == f"{record['content']['start']}-{record['content']['end']}"
    assert record["content"]["text"] in item["note"]


def test_csv_holds_every_record():
    rows = list(csv.reader(io.StringIO(csv_format.dumps(RECORDS).decode("utf-8"))))
    assert rows[0] == csv_format.COLUMNS
    assert len(rows) == len(RECORDS) + 1
    assert rows[1][csv_format.COLUMNS.index("content")] == RECORDS[0]["content"]["text"]


def test_render_jsonl_lines():
    assert render(RECORDS, "w3c").count(b"\n") == len(RECORDS)


def _with_co_speakers(record, *others):
    return {**record, "speaker": {**record["speaker"], "co_speakers": list(others)}}


def test_co_speakers_reach_every_format():
    record = _with_co_speakers(RECORDS[0], "Antony Blinken", "Qin Gang")
    creators = schemaorg.from_record(record)["quotation"]["creator"]
    assert [c["name"] for c in creators] == ["Matthew Miller", "Antony Blinken", "Qin Gang"]
    assert csl.from_record(record)["note"].startswith("Matthew Miller, Antony Blinken and Qin Gang: ")
    tags = [b["value"] for b in w3c.from_record(record)["body"] if b["purpose"] == "tagging"]
    assert tags == ["Matthew Miller", "Antony Blinken", "Qin Gang"]
    rows = list(csv.reader(io.StringIO(csv_format.dumps([record]).decode("utf-8"))))
    assert rows[1][csv_format.COLUMNS.index("speaker_co_speakers")] == "Antony Blinken; Qin Gang"
    assert schemaorg.from_record(RECORDS[0])["quotation"]["creator"]["name"] == "Matthew Miller"
