"""Statements inside statements: which record holds which, and which inner ones stand alone.

"Miller stated that Blinken highlighted X" reports two speech acts, each citable. "Trump
said Clinton wants to abolish X" reports one: Trump's claim about what Clinton wants, and a
record that gave "abolish X" to Clinton would cite her for words she never said. An inner
statement stands as its own record when it is a quotation, or when its speaker is someone
named and its cue is a verb of saying or puts the content in its object with a speaker other
than the outer one (`[nested]` in patterns.toml), or when the outer one is an interview's
answer ("A: I think ..."); otherwise it is part of the outer statement.
"""

from __future__ import annotations

from quotes.cues import LABEL
from quotes.rules import Rules
from quotes.sieves import Attribution
from quotes.sieves.context import DIRECT
from quotes.sieves.phrases import interview_label
from quotes.speakers import Speaker


def holder_of(index: int, attributions: list[Attribution]) -> int | None:
    """The innermost other attribution whose content holds this one's cue and content."""
    inner = attributions[index]
    anchor = inner.cue.start if inner.cue else inner.start
    holders = [j for j, outer in enumerate(attributions) if j != index
               and any(s <= anchor < e for s, e in outer.fragments)
               and outer.start <= inner.start and inner.end <= outer.end
               and (outer.end - outer.start) > (inner.end - inner.start)]
    if not holders:
        return None
    return min(holders, key=lambda j: attributions[j].end - attributions[j].start)


def _speaker_key(speaker: Speaker | None, text: str) -> str:
    if speaker is None:
        return ""
    if speaker.name:
        return speaker.name.casefold()
    return text[speaker.mention[0]:speaker.mention[1]].casefold() if speaker.mention else ""


def stands_alone(inner: Attribution, inner_speaker: Speaker | None, outer: Attribution,
                 outer_speaker: Speaker | None, text: str, rules: Rules) -> bool:
    """Whether a statement held by another is a record of its own (see the module's docstring)."""
    if inner.type == DIRECT:
        return True
    if outer.cue is not None and outer.cue.kind == LABEL \
            and interview_label(outer.source_words, rules, ("answer_labels",)):
        return True  # an interview's answer runs on over many statements, each of them citable
    nested = rules.patterns["nested"]
    if inner_speaker is None or inner_speaker.resolution not in nested["speaker_resolutions"]:
        return False
    classes = set(inner.cue.classes) if inner.cue else set()
    if classes & set(nested["standalone_classes"]):
        return True
    if classes & set(nested["attitude_classes"]):
        return False
    inner_key = _speaker_key(inner_speaker, text)
    return bool(classes & set(nested["other_speaker_classes"])) \
        and inner_key != _speaker_key(outer_speaker, text)


def standalone_statements(attributions: list[Attribution], speakers: list[Speaker | None], text: str,
                          rules: Rules) -> tuple[list[Attribution], list[Speaker | None]]:
    """The attributions (and their speakers) that are not merely part of a statement holding
    them; a holder that is itself left out still counts, as its words are reported too."""
    kept = [index for index in range(len(attributions))
            if (holder := holder_of(index, attributions)) is None
            or stands_alone(attributions[index], speakers[index], attributions[holder], speakers[holder], text,
                            rules)]
    return [attributions[i] for i in kept], [speakers[i] for i in kept]
