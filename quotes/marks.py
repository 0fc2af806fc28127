"""Quotation marks: the spans of direct speech in a text, found with the rules in marks.toml.

Marks are paired with a stack per paragraph, so a stray or unbalanced mark only affects its
own paragraph. A quote still open at the end of a paragraph continues into the next one
when that paragraph opens with the same mark (the newspaper convention for long quotes);
otherwise it ends at its paragraph's end and is flagged as unclosed.
"""

from __future__ import annotations

from dataclasses import dataclass

from quotes.rules import MarkRules, Rules, timed_match
from quotes.text import Text

OPEN, CLOSE = "open", "close"


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # of the opening mark
    end: int  # after the closing mark (or the paragraph's end when unclosed)
    fragments: tuple[tuple[int, int], ...]  # one per paragraph the quote runs over
    depth: int  # 0 for a top-level quote, 1 for a quote inside a quote, ...
    closed: bool
    single: bool  # made of single quotation marks

    @property
    def paragraphs_spanned(self) -> int:
        return len(self.fragments)


@dataclass
class _Open:
    char: str
    close: str
    position: int
    single: bool
    fragments: list


def _mark_roles(text: str, position: int, rules: MarkRules) -> list[tuple[str, str, bool]]:
    """The roles (OPEN/CLOSE, partner character, single) a character can play at a position."""
    char = text[position]
    roles = []
    for open_char, close_char, single in rules.pairs:
        if char == open_char and timed_match(rules.opens_before, text, position + 1):
            roles.append((OPEN, close_char, single))
        if char == close_char:
            roles.append((CLOSE, open_char, single))
    if char in (rules.ambiguous_double, rules.ambiguous_single):
        single = char == rules.ambiguous_single
        if timed_match(rules.opens_after, text, position) and timed_match(rules.opens_before, text, position + 1):
            roles.append((OPEN, char, single))
        if timed_match(rules.closes_after, text, position) and timed_match(rules.closes_before, text, position + 1):
            roles.append((CLOSE, char, single))
    return roles


def _is_apostrophe(text: str, position: int, rules: MarkRules) -> bool:
    return timed_match(rules.apostrophe, text, position) is not None


def quoted_words(text: str, quote: QuoteSpan, rules: Rules) -> str:
    """What a quotation holds between its marks, however many characters they take
    (“this”, ''this''), without the space inside them."""
    marks = "".join(_mark_chars(rules.marks))
    return text[quote.start:quote.end].strip().strip(marks).strip()


def _mark_chars(mark_rules: MarkRules) -> set[str]:
    """Every character that may open or close a quotation."""
    return {c for pair in mark_rules.pairs for c in pair[:2]} | {mark_rules.ambiguous_double,
                                                                 mark_rules.ambiguous_single}


def find_quotes(text: Text, rules: Rules) -> list[QuoteSpan]:
    mark_rules = rules.marks
    mark_chars = _mark_chars(mark_rules)
    spans: list[QuoteSpan] = []
    carried: _Open | None = None  # a top-level quote left open by the previous paragraph
    in_markup = {position for tag in mark_rules.markup_tag.finditer(text.text)
                 for position in range(tag.start(), tag.end()) if text.text[position] in mark_chars}
    for paragraph_start, paragraph_end in text.paragraphs:
        stack: list[_Open] = []
        body = text.text
        first_visible = paragraph_start + (len(body[paragraph_start:paragraph_end])
                                           - len(body[paragraph_start:paragraph_end].lstrip()))
        continuing = carried is not None and body[first_visible:first_visible + 1] == carried.char
        if continuing:
            carried.fragments.append([first_visible, None])
            stack.append(carried)
        elif carried is not None:
            _emit_unclosed(carried, spans)
        carried = None
        for position in range(paragraph_start, paragraph_end):
            char = body[position]
            if char not in mark_chars or position in in_markup:
                continue
            if continuing and position == first_visible:
                continue
            if char in (mark_rules.ambiguous_single, "’") and _is_apostrophe(body, position, mark_rules):
                continue
            if position == first_visible and not stack and timed_match(mark_rules.paragraph_opener, body, position):
                partner = next(o for o, c, single in mark_rules.pairs if c == char and not single)
                stack.append(_Open(partner, char, position, False, [[position, None]]))
                continue
            roles = _mark_roles(body, position, mark_rules)
            closing = next((r for r in roles if r[0] == CLOSE and stack and stack[-1].char == r[1]), None)
            if closing is None and stack and not stack[-1].single \
                    and mark_rules.ambiguous_double in (stack[-1].char, char) \
                    and timed_match(mark_rules.closes_after, body, position) \
                    and timed_match(mark_rules.closes_before, body, position + 1):
                # "You know, ... I have to tell you,” he said: a straight mark and a curly
                # one paired by a careless keyboard still make one quotation (where the curly
                # one stands as a closing mark does: not "the question: “As you know, ...").
                closing = next((r for r in roles if r[0] == CLOSE and not r[2]), None)
            if closing is None and stack and not stack[-1].single and char == stack[-1].char \
                    and position > 0 and body[position - 1] in ",.!?" \
                    and (position + 1 >= len(body) or body[position + 1].isspace()):
                # "“It's unusual,“ said Larry Noble": an opening mark typed where the closing
                # one belongs (after the quote's last punctuation, before a space) closes it.
                closing = (CLOSE, char, False)
            if closing is None and not (roles and roles[0][2]):
                # "“He said, ‘You are the Queen,'” she said": a double mark closes its own
                # quotation over an inner single quote whose closing mark went astray.
                outer = next((i for i in range(len(stack) - 1, -1, -1)
                              if any(r[0] == CLOSE and not r[2] and stack[i].char == r[1] for r in roles)), None)
                if outer is not None and all(o.single for o in stack[outer + 1:]):
                    del stack[outer + 1:]  # unpaired single marks are dropped, as at a paragraph's end
                    closing = next(r for r in roles if r[0] == CLOSE and not r[2] and stack[-1].char == r[1])
            if closing is not None:
                quote = stack.pop()
                quote.fragments[-1][1] = position + 1
                spans.append(QuoteSpan(quote.fragments[0][0], position + 1,
                                       tuple(tuple(f) for f in quote.fragments), len(stack), True,
                                       quote.single))
                continue
            opening = next((r for r in roles if r[0] == OPEN), None)
            if opening is not None and not (opening[2] and any(o.single for o in stack)):
                stack.append(_Open(char, opening[1], position, opening[2], [[position, None]]))
        # What is still open at the paragraph's end: a top-level double quote may continue.
        while stack:
            quote = stack.pop()
            quote.fragments[-1][1] = paragraph_end
            if not stack and not quote.single and len(quote.fragments) < 50:
                carried = quote
            else:
                _emit_unclosed(quote, spans, depth=len(stack))
    if carried is not None:
        _emit_unclosed(carried, spans)
    spans = [s for s in spans if s.end - s.start <= mark_rules.max_quote_chars or s.closed]
    return sorted(spans, key=lambda s: (s.start, -s.end))


def _emit_unclosed(quote: _Open, spans: list[QuoteSpan], depth: int = 0) -> None:
    # A quote reopened in later paragraphs and closed there is emitted when it closes;
    # here it ran to the end of its last paragraph with no closing mark.
    fragments = tuple(tuple(f) for f in quote.fragments)
    if quote.single:
        return  # an unpaired single mark is far more often an apostrophe than a quote
    spans.append(QuoteSpan(fragments[0][0], fragments[-1][1], fragments, depth, False, quote.single))


def top_level(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    return [s for s in spans if s.depth == 0]
