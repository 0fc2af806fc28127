"""Attribution sieves, most precise first (after Muzny et al. 2017 and Lee et al.'s sieves).

Each sieve is a small function `sieve(context) -> list[Attribution]` over the parse, the
quote spans and the cues. Sieves run in `SIEVES` order; a later sieve never claims content
that an earlier one already attributed, and every attribution names the sieve (`rule`).
"""

from __future__ import annotations

from quotes.marks import QuoteSpan
from quotes.parse import ParsedText
from quotes.rules import Rules
from quotes.sieves.clauses import (as_parenthetical, evidential_clause, inherit_participle_sources, inverted_cue,
                                   noun_cue, noun_with_preposition, opening_question, passive_object, passive_raising,
                                   verb_complement, without_speaker_descriptions)
from quotes.sieves.context import DIRECT, INDIRECT, MIXED, Attribution, Context
from quotes.sieves.phrases import (according_to, adverb_cue, clause_before_quote, colon_after_name, colon_lead_in,
                                   noun_before_colon, quote_in_clause)
from quotes.sieves.quoted import direct_quote_with_cue, quote_continuation, quote_signature
from quotes.sieves.surface import surface_reporting_clause

__all__ = ["Attribution", "Context", "DIRECT", "INDIRECT", "MIXED", "SIEVES", "attribute"]

SIEVES = (direct_quote_with_cue, quote_signature, noun_before_colon, evidential_clause, passive_raising,
          opening_question, verb_complement, inverted_cue, according_to, adverb_cue, colon_lead_in,
          colon_after_name, noun_cue, noun_with_preposition, passive_object, as_parenthetical,
          clause_before_quote, surface_reporting_clause, quote_in_clause,
          quote_continuation)


def attribute(parsed: ParsedText, rules: Rules, quotes: list[QuoteSpan]) -> list[Attribution]:
    context = Context.build(parsed, rules, quotes)
    for sieve in SIEVES:
        sieve(context)
    inherit_participle_sources(context)
    return sorted(without_speaker_descriptions(context.found), key=lambda a: (a.start, a.end))

