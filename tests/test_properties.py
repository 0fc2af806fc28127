"""Property-based tests: arbitrary text, quote marks, apostrophes and paragraph breaks never
make the engine raise, and every span of every record is verbatim and well ordered."""

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.extract import Options, Result, extract
from quotes.io import Failure
from quotes.marks import find_quotes
from quotes.rules import load_rules
from quotes.text import make_text

RULES = load_rules()
MARK_EXAMPLES = int(os.environ.get("QUOTES_FUZZ_MARKS", "200"))
ENGINE_EXAMPLES = int(os.environ.get("QUOTES_FUZZ_ENGINE", "40"))
PIECES = st.sampled_from(["“", "”", "‘", "’", '"', "'", "«", "»", "\n", "\n\n", " ", ". ", ", ",
                          "said", " he said ", "Miller", " that ", "O’Connor", "China’s", ":",
                          "according to", " the talks ", "We will win", "—"])
TEXTS = st.lists(st.one_of(PIECES, st.text(min_size=1, max_size=8)), min_size=1, max_size=40).map("".join)


def check_spans(text, spans):
    for span in spans:
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]


@settings(max_examples=MARK_EXAMPLES, deadline=None)
@given(TEXTS)
def test_quote_marks_never_raise_and_stay_inside_the_text(raw):
    text = make_text("p", raw) if raw.strip() and "\x00" not in raw else None
    if text is None:
        return
    for quote in find_quotes(text, RULES):
        previous_end = -1
        for start, end in quote.fragments:
            assert previous_end <= start < end <= len(text.text)
            previous_end = end


@settings(max_examples=ENGINE_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_engine_never_raises_and_spans_are_verbatim(raw):
    if not raw.strip() or "\x00" in raw:
        return
    document = make_text("p", raw)
    [result] = list(extract([document], Options(cache=False)))
    assert not isinstance(result, Failure), result
    assert isinstance(result, Result)
    text = result.text.text
    for record in result.records:
        fragments = record["content"].get("fragments") or [record["content"]]
        check_spans(text, [record["content"], *fragments])
        for earlier, later in zip(fragments, fragments[1:]):
            assert earlier["end"] <= later["start"]
        check_spans(text, [s for s in (record["cue"], (record["speaker"] or {}).get("mention")) if s])
