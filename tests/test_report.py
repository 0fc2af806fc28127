"""`quotes report`: the HTML page, its highlights, and how it renders in headless Chromium."""

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from quotes.cli import app
from quotes.formats.html import ReportDocument, render_report
from quotes.report import documents_from_records, is_records_file
from quotes.text import make_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8ca354d5248eb4ed.txt"

TEXT = ("Officials said the talks went well.\n"
        "\u201cWe are <close> & hopeful,\u201d Miller told reporters. \u201cIt will take time.\u201d\n"
        "Nothing else happened.")


def _span(text, fragment):
    start = text.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment)}


def _record(text, number, content, cue, mention, name, kind="person", record_type="indirect", fragments=None):
    record = {"schema": "quotes.record/1", "id": f"id-{number}", "type": record_type,
              "doc": {"id": "doc", "sha256": make_text("doc", text).sha256, "path": None, "length": len(text),
                      "normalisation": "utf-8;bom-stripped;newlines=LF;unicode=NFC"},
              "content": _span(text, content), "cue": {**_span(text, cue), "lemma": cue},
              "speaker": {"mention": _span(text, mention), "name": name, "kind": kind, "role": None,
                          "affiliation": None},
              "rule": "test", "confidence": 0.9}
    if fragments:
        record["content"]["fragments"] = [_span(text, f) for f in fragments]
    return record


RECORDS = [
    _record(TEXT, 0, "the talks went well", "said", "Officials", "Officials", kind="group"),
    _record(TEXT, 1, "We are <close> & hopeful,\u201d Miller told reporters. \u201cIt will take time.", "told",
            "Miller", "Miller", record_type="direct",
            fragments=["We are <close> & hopeful,", "It will take time."]),
]


class _Highlights(HTMLParser):
    """Collects, per (record key, role), the text inside highlight spans; and the paragraphs' text."""

    def __init__(self):
        super().__init__()
        self.stack, self.covered, self.paragraphs, self.external = [], {}, [], []
        self.in_paragraph = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if attrs.get(name) and not attrs[name].startswith("#"):
                self.external.append(attrs[name])
        if tag == "p" and "data-start" in attrs:
            self.in_paragraph = True
            self.paragraphs.append("")
        if tag == "span":
            self.stack.append(attrs.get("data-cover", "").split())

    def handle_endtag(self, tag):
        if tag == "p":
            self.in_paragraph = False
        if tag == "span":
            self.stack.pop()

    def handle_data(self, data):
        if self.in_paragraph:
            self.paragraphs[-1] += data
        for cover in self.stack:
            for item in cover:
                self.covered[item] = self.covered.get(item, "") + data


def _parse(page):
    parser = _Highlights()
    parser.feed(page)
    return parser


def test_every_span_is_highlighted_with_its_exact_text_and_role():
    page = render_report([ReportDocument("doc", None, TEXT, RECORDS)])
    parsed = _parse(page)
    assert parsed.paragraphs == [line for line in TEXT.split("\n")]  # escaping loses nothing
    assert parsed.covered["d0-r0:content"] == "the talks went well"
    assert parsed.covered["d0-r0:speaker"] == "Officials"
    assert parsed.covered["d0-r0:cue"] == "said"
    # a split quote highlights its fragments only, not the reporting clause between them
    assert parsed.covered["d0-r1:content"] == "We are <close> & hopeful,It will take time."
    assert parsed.covered["d0-r1:cue"] == "told"
    assert "&lt;close&gt; &amp; hopeful" in page


def test_the_page_loads_nothing_from_outside():
    page = render_report([ReportDocument("doc", None, TEXT, RECORDS)])
    assert _parse(page).external == []
    assert "url(" not in page and "@import" not in page and "http" not in page.replace("http-equiv", "")


def test_speaker_index_counts_and_links_every_record():
    page = render_report([ReportDocument("doc", None, TEXT, RECORDS),
                          ReportDocument("other", None, TEXT, RECORDS[1:])])
    assert '<tr data-speaker="Miller">' in page
    row = page.split('<tr data-speaker="Miller">')[1].split("</tr>")[0]
    assert '<td class="count">2</td>' in row
    assert 'href="#d0-r1"' in row and 'href="#d1-r0"' in row
    assert 'id="d1-r0"' in page and 'id="t-d1-r0"' in page


def test_records_with_missing_or_changed_sources_stay_listed_without_highlights(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text(TEXT, encoding="utf-8")
    records = [{**r, "doc": {**r["doc"], "path": str(source)}} for r in RECORDS]
    [intact] = documents_from_records(records)
    assert intact.text == TEXT and intact.problem is None
    source.write_text("An edited article.\n" + TEXT, encoding="utf-8")
    [changed] = documents_from_records(records)
    assert changed.text is None and "sha256 differs" in changed.problem and len(changed.records) == 2
    source.unlink()
    [missing] = documents_from_records(records)
    assert missing.text is None and "source not found" in missing.problem
    page = render_report([missing])
    assert "source not found" in page and page.count('class="record"') == 2


def test_cli_report_writes_the_page_and_flags_a_missing_source(tmp_path):
    source = tmp_path / "doc.txt"
    source.write_text(TEXT, encoding="utf-8")
    good = tmp_path / "good.jsonl"
    good.write_bytes(b"".join(orjson.dumps({**r, "doc": {**r["doc"], "path": str(source)}}) + b"\n"
                              for r in RECORDS))
    lost = tmp_path / "lost.jsonl"
    lost.write_bytes(orjson.dumps({**RECORDS[0], "doc": {**RECORDS[0]["doc"], "id": "gone",
                                                         "path": str(tmp_path / "gone.txt")}}) + b"\n")
    assert is_records_file(good) and not is_records_file(source)
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", str(good), str(lost), "-o", str(out)])
    assert result.exit_code == 1, result.output
    assert "gone" in result.output and "source not found" in result.output
    page = out.read_text(encoding="utf-8")
    assert page.count('class="record"') == 3 and "d0-r1:content" in page
    again = CliRunner().invoke(app, ["report", str(good), "-o", str(out)])
    assert again.exit_code == 4


# ---------------------------------------------------------------- headless Chromium
def _chromium():
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed: .ci/run installs Debian's chromium for this test")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def _run_chromium(tmp_path, *arguments):
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", *arguments]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=tmp_path)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    out = folder / "seed.html"
    result = CliRunner().invoke(app, ["report", str(SEED), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    return out


def _dom(tmp_path, url):
    result = _run_chromium(tmp_path, "--virtual-time-budget=5000", "--dump-dom", url)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_seed_report_renders_in_chromium_with_working_filters(seed_report, tmp_path):
    page = seed_report.read_text(encoding="utf-8")
    total = page.count('class="record"')
    assert total >= 16
    dom = _parse_dom(_dom(tmp_path, seed_report.as_uri()))
    assert dom.shown == str(total) and dom.hidden_records == 0
    assert dom.speakers >= 8

    filtered = _parse_dom(_dom(tmp_path, seed_report.as_uri() + "#speaker=Matthew%20Miller"))
    assert filtered.shown == str(filtered.visible_records) == "2"
    assert filtered.hidden_records == total - 2
    assert filtered.visible_speaker_rows == ["Matthew Miller"]
    # only Miller's spans stay highlighted; every other highlight is switched off
    assert filtered.lit_content and filtered.off_spans > 0

    by_type = _parse_dom(_dom(tmp_path, seed_report.as_uri() + "#type=direct"))
    assert by_type.shown == "0" and by_type.lit_content == ""


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.shown, self.in_shown = None, False
        self.hidden_records = self.visible_records = self.off_spans = 0
        self.speakers = 0
        self.visible_speaker_rows = []
        self.lit_content = ""
        self.lit_depth = 0
        self.stack = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if attrs.get("id") == "shown":
            self.in_shown = True
        if tag == "li" and "record" in classes:
            if "hidden" in classes:
                self.hidden_records += 1
            else:
                self.visible_records += 1
        if tag == "tr" and "data-speaker" in attrs:
            self.speakers += 1
            if "hidden" not in attrs:
                self.visible_speaker_rows.append(attrs["data-speaker"])
        lit = tag == "span" and "data-cover" in attrs and "h-content" in classes and "off" not in classes
        if tag == "span" and "data-cover" in attrs and "off" in classes:
            self.off_spans += 1
        if tag == "span":
            self.stack.append(lit)

    def handle_endtag(self, tag):
        if tag == "span":
            self.stack.pop()
        self.in_shown = False

    def handle_data(self, data):
        if self.in_shown:
            self.shown = data.strip()
        if any(self.stack):
            self.lit_content += data


def _parse_dom(dom):
    parser = _Dom()
    parser.feed(dom)
    return parser


def test_seed_report_screenshot_shows_the_three_highlight_styles(seed_report, tmp_path):
    from PIL import Image

    shot = tmp_path / "seed.png"
    result = _run_chromium(tmp_path, "--window-size=1400,1000", f"--screenshot={shot}", seed_report.as_uri())
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    image = Image.open(shot).convert("RGB")
    assert image.size == (1400, 1000)
    colours = {colour for _, colour in image.getcolors(maxcolors=1 << 20)}
    assert (0xFF, 0xF1, 0xA8) in colours  # content background
    assert (0xCF, 0xE6, 0xFF) in colours  # speaker background
    assert (0xC0, 0x39, 0x2B) in colours  # cue underline


def test_a_record_lists_the_co_speakers_of_its_speaker():
    record = RECORDS[0]
    joint = {**record, "speaker": {**record["speaker"], "co_speakers": ["Xi <Jinping>"]}}
    page = render_report([ReportDocument("doc", None, TEXT, [joint])])
    item = page.split('id="d0-r0"')[1].split("</li>")[0]
    assert '<span class="with">with Xi &lt;Jinping&gt;</span>' in item
    assert 'class="with"' not in render_report([ReportDocument("doc", None, TEXT, RECORDS)])
