from quotes.marks import find_quotes, top_level
from quotes.rules import load_rules
from quotes.text import make_text

RULES = load_rules()


def quotes_of(text):
    document = make_text("t", text)
    return document.text, find_quotes(document, RULES)


def test_curly_double_quote_with_its_marks():
    text, spans = quotes_of("“We will win,” he said.")
    assert [text[s.start:s.end] for s in spans] == ["“We will win,”"]
    assert spans[0].closed and spans[0].depth == 0


def test_straight_quotes_decided_by_context():
    text, spans = quotes_of('He said "no way" and left. She said "fine."')
    assert [text[s.start:s.end] for s in spans] == ['"no way"', '"fine."']


def test_apostrophes_are_not_quotes():
    text, spans = quotes_of("Brendon O’Connor said China’s position and the players’ union 'matter a lot'.")
    assert [text[s.start:s.end] for s in spans] == ["'matter a lot'"]


def test_nested_quote_has_depth_one():
    text, spans = quotes_of("“He told me ‘never again’ twice,” she said.")
    assert [(text[s.start:s.end], s.depth) for s in spans] == [
        ("“He told me ‘never again’ twice,”", 0), ("‘never again’", 1)]


def test_guillemets():
    text, spans = quotes_of("Il a dit «non merci» hier.")
    assert [text[s.start:s.end] for s in spans] == ["«non merci»"]


def test_closing_mark_that_opens_a_paragraph_opens_a_quote():
    text, spans = quotes_of("Readers wrote in.\n”Fear. I am truly afraid.” ― Edwin Monroy\nShe left, ”he said”.")
    assert [text[s.start:s.end] for s in spans] == ["”Fear. I am truly afraid.”"]


def test_multi_paragraph_quote_is_one_span_with_fragments():
    text, spans = quotes_of("“First paragraph of the speech.\n“Second paragraph,” he said.\nAfter.")
    top = top_level(spans)
    assert len(top) == 1 and top[0].closed
    assert [text[s:e] for s, e in top[0].fragments] == ["“First paragraph of the speech.", "“Second paragraph,”"]


def test_unbalanced_marks_stay_local():
    text, spans = quotes_of("A stray “ mark opens here and never closes.\n“Good quote here,” she said.")
    closed = [text[s.start:s.end] for s in spans if s.closed]
    assert closed == ["“Good quote here,”"]


def test_odd_number_of_straight_quotes_keeps_other_quotes():
    text, spans = quotes_of('He said "one" and "two" and then "three.\nNext "four" here.')
    closed = [text[s.start:s.end] for s in spans if s.closed]
    assert closed == ['"one"', '"two"', '"four"']


def test_span_text_always_matches_offsets():
    text, spans = quotes_of("“A” ‘b’ \"c\" «d» „e“")
    for span in spans:
        for start, end in span.fragments:
            assert 0 <= start < end <= len(text)


def test_straight_and_curly_marks_paired_by_a_careless_keyboard():
    text, spans = quotes_of('"You know, we learned a lot,” he said. “We won," she said.')
    assert [text[s.start:s.end] for s in spans] == ['"You know, we learned a lot,”', '“We won,"']
    assert all(s.closed for s in spans)


def test_a_curly_mark_standing_as_an_opening_one_opens_a_quote_inside_a_straight_one():
    text, spans = quotes_of('"I will read you the question: “Do you think she is fit?” Forty-three, yes," he said.')
    assert [(text[s.start:s.end], s.depth) for s in spans] == [
        ('"I will read you the question: “Do you think she is fit?” Forty-three, yes,"', 0),
        ("“Do you think she is fit?”", 1)]


def test_a_double_mark_closes_its_quote_over_a_stray_inner_single_mark():
    text, spans = quotes_of("“He whispered, ‘You are the Queen,'” she said. “Next,” he said.")
    top = [text[s.start:s.end] for s in spans if s.depth == 0]
    assert top == ["“He whispered, ‘You are the Queen,'”", "“Next,”"]
    assert all(s.closed for s in spans if s.depth == 0)


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quote():
    text, spans = quotes_of("“It's unusual,“ said Larry Noble. “Next one,” he said.")
    assert [text[s.start:s.end] for s in spans] == ["“It's unusual,“", "“Next one,”"]
    assert all(s.closed for s in spans)


def test_marks_around_markup_attribute_values_are_not_quotes():
    text, spans = quotes_of('<tweet author="@ByronYork" date="March 9, 2016\n">Stands empty. Crowd in one end '
                            'zone.</tweet> He said "fine."')
    assert [text[s.start:s.end] for s in spans] == ['"fine."']


def test_a_less_than_sign_in_prose_does_not_hide_quotes():
    text, spans = quotes_of('Turnout was < 40 percent, "a disaster," he said; 3 > 2.')
    assert [text[s.start:s.end] for s in spans] == ['"a disaster,"']


def test_a_straight_mark_spaced_after_an_inner_closing_mark_closes_the_quote():
    text, spans = quotes_of("\"Someone says, 'We have to keep it,' \" said Carly Fiorina. \"Fine,\" she added.")
    assert [text[s.start:s.end] for s in top_level(spans)] == [
        "\"Someone says, 'We have to keep it,' \"", '"Fine,"']
