import io

from quotes.io import Failure, ReadOptions, read_inputs
from quotes.text import Text, make_text


def test_text_normalisation_crlf_nfc_and_hash():
    text = make_text("d", "Cafe\u0301 said\r\nhello\rworld")
    assert text.text == "Café said\nhello\nworld"
    assert text.paragraphs == ((0, 9), (10, 15), (16, 21))
    assert len(text.sha256) == 64


def test_reading_files_dirs_and_bad_inputs(tmp_path):
    (tmp_path / "good.txt").write_bytes("\ufeffMiller said that it works.".encode("utf-8"))
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "docs.jsonl").write_bytes(b'{"id": "a", "text": "One."}\nnot json\n{"id": "b"}\n')
    (tmp_path / "blank.txt").write_bytes(b"  \n\n")
    (tmp_path / "binary.txt").write_bytes(b"ab\x00cd")
    items = list(read_inputs([str(tmp_path), str(tmp_path / "missing.txt")]))
    good = {i.id: i for i in items if isinstance(i, Text)}
    bad = [i for i in items if isinstance(i, Failure)]
    assert good["good"].text == "Miller said that it works."
    assert good["a"].text == "One."
    messages = " | ".join(f.message for f in bad)
    assert "latin.txt: not valid UTF-8" in messages
    assert "docs.jsonl:2: not JSON" in messages
    assert "docs.jsonl:3: expected an object with a string field 'text'" in messages
    assert "missing.txt: no such file" in messages
    # the file is named with its path, so that a user can find it
    assert f"{tmp_path / 'blank.txt'}: empty document" in messages
    assert f"{tmp_path / 'binary.txt'}: contains NUL characters" in messages


def test_explicit_encoding_and_size_limit(tmp_path):
    (tmp_path / "latin.txt").write_bytes("caf\xe9 " .encode("latin-1") * 10)
    items = list(read_inputs([str(tmp_path / "latin.txt")], ReadOptions(encoding="latin-1")))
    assert isinstance(items[0], Text) and items[0].text.startswith("café")
    items = list(read_inputs([str(tmp_path / "latin.txt")], ReadOptions(encoding="latin-1", max_chars=5)))
    assert isinstance(items[0], Failure) and "over the limit" in items[0].message


def test_stdin_text_and_jsonl():
    items = list(read_inputs(["-"], stdin=io.BytesIO(b"Plain text.")))
    assert items[0].id == "stdin" and items[0].text == "Plain text."
    items = list(read_inputs(["-"], stdin=io.BytesIO(b'{"id": "x", "text": "T"}\n')))
    assert items[0].id == "x"


def test_nfc_is_named_in_the_text_and_can_be_turned_off():
    composed = make_text("d", "Cafe\u0301")
    assert composed.text == "Café" and composed.normalisation.endswith("unicode=NFC")
    kept = make_text("d", "Cafe\u0301", nfc=False)
    assert kept.text == "Cafe\u0301" and "NFC" not in kept.normalisation
