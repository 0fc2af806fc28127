"""Loading and validating the rule files in `rules/` (or a user's own rule directory).

Every file is read with `tomllib`, checked against the keys and types it may hold, and
every regular expression is compiled; an error names the file and, where TOML or the
key makes it possible, the line.
"""

from __future__ import annotations

import functools
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

import regex

PACKAGE_RULES = Path(__file__).resolve().parent.parent / "rules"
INSTALLED_RULES = Path(__file__).resolve().parent / "rules_data"
RULES_ENV = "QUOTES_RULES_DIR"
REGEX_TIMEOUT_S = 1.0


class RuleError(ValueError):
    """A rule file that cannot be used; the message names the file (and line)."""


def _line_of(source: str, key: str) -> int | None:
    for number, line in enumerate(source.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith(key) or stripped.startswith(f"[{key}") or f'"{key}"' in stripped:
            return number
    return None


def _word_pairs(entries: list[str], name: str, meaning: str, path: Path, source: str) -> frozenset[tuple[str, str]]:
    """Entries of two words each ("show up"), lower-cased; an entry of another length is an
    error naming the file, the line and the entry."""
    for entry in entries:
        if len(entry.split()) != 2:
            where = _where(path, source, name.rsplit(".", 1)[-1])
            raise RuleError(f"{where}: {name} entry {entry!r} must be {meaning}")
    return frozenset(tuple(entry.lower().split()) for entry in entries)


def _where(path: Path, source: str, key: str) -> str:
    line = _line_of(source, key.split(".")[-1])
    return f"{path}:{line}" if line else str(path)


def _load(path: Path) -> tuple[dict, str]:
    if not path.is_file():
        raise RuleError(f"{path}: rule file not found")
    source = path.read_text(encoding="utf-8")
    try:
        return tomllib.loads(source), source
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{path}: {error}") from error


def _check_keys(data: dict, allowed: dict, path: Path, source: str, prefix: str = "") -> None:
    """`allowed` maps each key to a type, or to a nested dict of allowed keys."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in allowed and "*" not in allowed:
            raise RuleError(f"{_where(path, source, key)}: unknown key {name!r}; "
                            f"expected one of {sorted(k for k in allowed if k != '*')}")
        expected = allowed.get(key, allowed.get("*"))
        if isinstance(expected, dict):
            if not isinstance(value, dict):
                raise RuleError(f"{_where(path, source, key)}: {name!r} must be a table")
            _check_keys(value, expected, path, source, prefix=name + ".")
        elif expected is list:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise RuleError(f"{_where(path, source, key)}: {name!r} must be a list of non-empty strings")
        elif not isinstance(value, expected):
            raise RuleError(f"{_where(path, source, key)}: {name!r} must be {expected.__name__}")


def _require(data: dict, keys: list[str], path: Path) -> None:
    for dotted in keys:
        node = data
        for part in dotted.split("."):
            if not isinstance(node, dict) or part not in node:
                raise RuleError(f"{path}: missing required key {dotted!r}")
            node = node[part]


def _compile(pattern: str, path: Path, source: str, key: str) -> regex.Pattern:
    try:
        return regex.compile(pattern, regex.V1)
    except regex.error as error:
        raise RuleError(f"{_where(path, source, key)}: bad regular expression for {key!r}: {error}") from error


@dataclass(frozen=True)
class VerbClass:
    name: str
    lemmas: frozenset[str]
    content: tuple[str, ...]
    prepositions: frozenset[str]
    # (lemma, particle or "", preposition): "call for" -> ("call", "", "for")
    phrasal: frozenset[tuple[str, str, str]] = frozenset()
    # words one of which must follow the object for it to be content ("cast X | as Y")
    object_then: frozenset[str] = frozenset()
    # the lemmas are adjectives said of the speaker ("is confident that ..."), cues only so
    adjectives: bool = False
    # phrasal entries whose verb is a cue only with the entry's words after it ("went after
    # Rubio", not "gone down" nor "when it comes to"); they are in `phrasal` too
    phrasal_only: frozenset[tuple[str, str, str]] = frozenset()

    def phrasal_of(self, lemma: str) -> list[tuple[str, str]]:
        """(particle, preposition) pairs of a verb's phrasal entries."""
        return [(particle, prep) for verb, particle, prep in self.phrasal if verb == lemma]


@dataclass(frozen=True)
class MarkRules:
    pairs: tuple[tuple[str, str, bool], ...]
    ambiguous_double: str
    ambiguous_single: str
    opens_after: regex.Pattern
    opens_before: regex.Pattern
    closes_after: regex.Pattern
    closes_before: regex.Pattern
    apostrophe: regex.Pattern
    paragraph_opener: regex.Pattern
    markup_tag: regex.Pattern
    max_quote_chars: int
    min_words_without_cue: int

    @property
    def opening_marks(self) -> frozenset[str]:
        """The marks that may open a quotation: each pair's opening one and the straight double."""
        return frozenset(opening for opening, _, _ in self.pairs) | {self.ambiguous_double}


@dataclass(frozen=True)
class Rules:
    verb_classes: tuple[VerbClass, ...]
    noun_lemmas: frozenset[str]
    noun_content: tuple[str, ...]
    noun_prepositions: frozenset[tuple[str, str]]  # ("criticism", "of")
    colon_nouns: frozenset[str]  # "message": "His message was blunt: ..."
    colon_adjectives: frozenset[str]  # "blunt": "The mayor was blunt: ..."
    according_to: tuple[tuple[str, ...], ...]
    mistagged_verbs: dict[str, str]  # form -> lemma ("says" -> "say")
    irregular_forms: dict[str, str]  # form -> lemma the lemmatizer missed ("said" -> "say")
    source_adverbs: frozenset[str]
    finding_prepositions: frozenset[str]
    finding_heads: frozenset[str]
    not_cue_particles: frozenset[tuple[str, str]]  # ("show", "up")
    marks: MarkRules
    titles: frozenset[str]
    organisation_heads: frozenset[str]
    legal_forms: frozenset[str]
    states: frozenset[str]
    organisations: frozenset[str]
    person_initials: frozenset[str]
    media_heads: frozenset[str]
    anonymous_heads: frozenset[str]
    group_heads: frozenset[str]
    person_suffixes: tuple[str, ...]
    not_person_nouns: frozenset[str]
    pronouns: dict[str, tuple[str, str]]
    gendered_words: dict[str, str]  # "mrs." -> "female"
    first_names: dict[str, str]  # "hillary" -> "female"
    title_abbreviations: dict[str, str]  # "sen." -> "senator"
    dateline: regex.Pattern
    interviewee_opening: regex.Pattern
    patterns: dict

    def words(self, name: str) -> frozenset[str]:
        """A word list from the [words] table of patterns.toml, lowercased (built once)."""
        return _word_set(id(self), self.patterns, name)

    def verb_classes_of(self, lemma: str) -> list[VerbClass]:
        return [c for c in self.verb_classes if lemma in c.lemmas]


CUES_SCHEMA = {
    "verbs": {"*": {"content": list, "lemmas": list, "prepositions": list, "phrasal": list, "object_then": list,
                    "adjectives": bool, "phrasal_only": list}},
    "nouns": {"content": list, "lemmas": list, "prepositional": list, "before_colon": list},
    "adjectives": {"before_colon": list},
    "phrases": {"according_to": list, "source_adverbs": list, "finding_prepositions": list,
                "finding_heads": list},
    "mistagged": {"verb_forms": list, "irregular_forms": {"*": str}},
    "particles": {"not_cues": list},
}
MARKS_SCHEMA = {
    "pairs": object,  # checked by _check_pairs
    "ambiguous": {"double": str, "single": str},
    "context": {"opens_after": str, "opens_before": str, "closes_after": str,
                "closes_before": str, "apostrophe": str, "paragraph_opener": str, "markup_tag": str},
    "limits": {"max_quote_chars": int, "min_words_without_cue": int},
}
SPEAKERS_SCHEMA = {
    "titles": list, "organisation_heads": list, "legal_forms": list, "states": list, "organisations": list,
    "person_initials": list, "media_heads": list,
    "anonymous_heads": list, "group_heads": list, "person_suffixes": list, "not_person_nouns": list,
    "pronouns": {"*": {"gender": str, "number": str}},
    "gender": {"female_words": list, "male_words": list, "female_names": list, "male_names": list},
    "title_abbreviations": {"*": str},
}
# How quotes.speakers resolves a speaker (Speaker.resolution).
SPEAKER_RESOLUTIONS = frozenset({"name", "cluster", "description", "pronoun", "relative", "continuation",
                                 "interview", "unresolved"})

PATTERNS_SCHEMA = {
    "sentences": {"no_break_after": list, "join_unfinished": bool},
    "tokens": {"contraction_marks": list, "unmarked_contractions": list, "joining_dashes": list},
    "source": {"deprels": list, "climb": list, "expletives": list, "dates": list, "occasions": list,
               "passive_participle_openers": list, "clause_openers": list, "aside_dashes": list},
    "negation": {"lemmas": list, "deprels": list},
    "inverted": {"deprels": list, "subject_after": list, "listener_after": list, "object_deprels": list},
    "content": {"dateline": str, "edge_deprels": list, "kept_end_marks": list, "extend_deprels": list,
                "min_words": int, "object_extend_deprels": list, "object_extend_openers": list,
                "object_part_openers": list,
                "trailing_relatives": list, "trailing_contrasts": list, "trailing_dashes": list,
                "occasion_prepositions": list, "occasion_heads": list, "occasion_marks": list},
    "colon": {"marks": list, "headline_dashes": list, "speaker_prepositions": list},
    "nested": {"standalone_classes": list, "attitude_classes": list, "other_speaker_classes": list,
               "speaker_resolutions": list},
    "signature": {"dashes": list, "line_dashes": list, "max_words": int},
    "interview": {"question_labels": list, "answer_labels": list, "interviewee_opening": str,
                  "opening_paragraphs": int},
    "words": {"clock_marks": list, "quotation_cues": list, "listener_verbs": list, "relative_pronouns": list, "relative_only": list,
              "personal_relatives": list, "place_prepositions": list, "focus_adverbs": list,
              "title_joiners": list, "thing_possessives": list, "list_connectors": list, "agent_prepositions": list,
              "wh_words": list, "first_person_singular": list,
              "conditional_marks": list, "question_verbs": list, "predicate_markers": list, "reflexives": list,
              "not_speakers": list, "complement_openers": list, "listener_question_openers": list,
              "question_times": list, "question_openers": list,
              "small_clause_verbs": list, "appearance_verbs": list, "likeness_prepositions": list,
              "contrast_conjunctions": list, "discourse_subjects": list, "attribution_fillers": list,
              "naming_verbs": list, "clause_marks": list, "contracted_has": list,
              "parenthetical_marks": list, "parenthetical_sources": list,
              "title_lead": list, "title_small_words": list, "determiners": list, "name_joiners": list,
              "party_initials": list,
              "affiliation_prepositions": list, "phrase_joiners": list, "possessive_markers": list,
              "complement_marks": list, "time_words": list, "time_modifiers": list, "time_prepositions": list,
              "time_apart": list, "comparison_phrases": list,
              "manner_verbs": list,
              "quoting_verbs": list, "permission_verbs": list, "suggestion_verbs": list, "suggestion_objects": list, "answer_words": list,
              "naming_in_print_verbs": list, "persuaded_verbs": list, "name_particles": list, "not_role_nouns": list,
              "speaking_occasion_prepositions": list, "adding_verbs": list, "absolute_openers": list,
              "goal_prepositions": list,
              "discourse_phrases": list, "people_pronouns": list,
              "work_nouns": list, "sentence_end_marks": list, "time_clause_openers": list,
              "relative_adverbs": list, "clause_proforms": list},
}


def _genders(table: dict, kind: str, path: Path, source: str) -> dict[str, str]:
    """The female_<kind> and male_<kind> lists as one lookup; a word in both is an error."""
    female, male = {w.lower() for w in table[f"female_{kind}"]}, {w.lower() for w in table[f"male_{kind}"]}
    both = sorted(female & male)
    if both:
        raise RuleError(f"{_where(path, source, f'female_{kind}')}: {both[0]!r} is in both "
                        f"gender.female_{kind} and gender.male_{kind}")
    return {**{w: "female" for w in female}, **{w: "male" for w in male}}


def _check_pairs(pairs: list, path: Path, source: str) -> tuple[tuple[str, str, bool], ...]:
    checked = []
    for pair in pairs:
        if not isinstance(pair, dict) or set(pair) - {"open", "close", "single"} \
                or not all(isinstance(pair.get(k), str) and len(pair[k]) == 1 for k in ("open", "close")):
            raise RuleError(f"{_where(path, source, 'pairs')}: each [[pairs]] needs one-character "
                            f"'open' and 'close' (and optional 'single'), got {pair!r}")
        checked.append((pair["open"], pair["close"], bool(pair.get("single", False))))
    return tuple(checked)


def load_rules(directory: str | os.PathLike | None = None) -> Rules:
    directory = Path(directory or os.environ.get(RULES_ENV) or default_rules_dir())
    return _load_rules(directory.resolve())


_WORD_SETS: dict[tuple[int, str], tuple[dict, frozenset[str]]] = {}


def _word_set(owner: int, patterns: dict, name: str) -> frozenset[str]:
    # Keyed by the rules object, and checked against its patterns, so that a new rule set
    # that happens to reuse an old object's id never sees the old lists.
    found = _WORD_SETS.get((owner, name))
    if found is None or found[0] is not patterns:
        found = _WORD_SETS[(owner, name)] = (patterns, frozenset(w.lower() for w in patterns["words"][name]))
    return found[1]


def third_person_lemma(form: str) -> str:
    """"says" -> "say", "denies" -> "deny", "pushes" -> "push"."""
    if form.endswith("ies"):
        return form[:-3] + "y"
    if form.endswith(("sses", "shes", "ches", "xes", "zes")):
        return form[:-2]
    return form[:-1] if form.endswith("s") else form


def default_rules_dir() -> Path:
    return PACKAGE_RULES if PACKAGE_RULES.is_dir() else INSTALLED_RULES


def _phrasal_entries(entries: list, name: str, key: str, path: Path, source: str) -> list[tuple[str, str, str]]:
    """(verb, particle or "", preposition) of each "call for", "lash out at"."""
    parsed = []
    for entry in entries:
        parts = entry.lower().split()
        if len(parts) not in (2, 3):
            raise RuleError(f"{_where(path, source, key)}: verbs.{name}.{key} entry {entry!r} "
                            "must be a verb lemma, an optional particle and a preposition "
                            "(\"call for\", \"lash out at\")")
        parsed.append((parts[0], parts[1] if len(parts) == 3 else "", parts[-1]))
    return parsed


@functools.lru_cache(maxsize=8)
def _load_rules(directory: Path) -> Rules:
    cues_path, marks_path = directory / "cues.toml", directory / "marks.toml"
    speakers_path, patterns_path = directory / "speakers.toml", directory / "patterns.toml"

    cues, cues_src = _load(cues_path)
    _check_keys(cues, CUES_SCHEMA, cues_path, cues_src)
    _require(cues, ["verbs", "nouns.lemmas", "phrases.according_to"], cues_path)
    verb_classes = []
    for name, table in cues["verbs"].items():
        if not {"lemmas", "phrasal", "phrasal_only"} & set(table):
            raise RuleError(f"{cues_path}: verbs.{name} needs 'lemmas', 'phrasal' or 'phrasal_only'")
        _require(table, ["content"], cues_path)
        phrasal = _phrasal_entries(table.get("phrasal", []), name, "phrasal", cues_path, cues_src)
        phrasal_only = _phrasal_entries(table.get("phrasal_only", []), name, "phrasal_only", cues_path, cues_src)
        verb_classes.append(VerbClass(name, frozenset([w.lower() for w in table.get("lemmas", [])]
                                                      + [verb for verb, _, _ in phrasal]),
                                      tuple(table["content"]),
                                      frozenset(table.get("prepositions", [])), frozenset(phrasal + phrasal_only),
                                      frozenset(w.lower() for w in table.get("object_then", [])),
                                      bool(table.get("adjectives", False)), frozenset(phrasal_only)))

    not_cue_particles = _word_pairs(cues.get("particles", {}).get("not_cues", []), "particles.not_cues",
                                    "a verb lemma and its particle (\"show up\")", cues_path, cues_src)
    noun_prepositions = _word_pairs(cues["nouns"].get("prepositional", []), "nouns.prepositional",
                                    "a noun lemma and its preposition (\"criticism of\")", cues_path, cues_src)

    marks, marks_src = _load(marks_path)
    _check_keys(marks, MARKS_SCHEMA, marks_path, marks_src)
    _require(marks, ["pairs", "ambiguous.double", "ambiguous.single", "context.apostrophe",
                     "limits.max_quote_chars", "limits.min_words_without_cue"], marks_path)
    context = {key: _compile(marks["context"][key], marks_path, marks_src, key)
               for key in MARKS_SCHEMA["context"]}
    mark_rules = MarkRules(
        pairs=_check_pairs(marks["pairs"], marks_path, marks_src),
        ambiguous_double=marks["ambiguous"]["double"], ambiguous_single=marks["ambiguous"]["single"],
        max_quote_chars=marks["limits"]["max_quote_chars"],
        min_words_without_cue=marks["limits"]["min_words_without_cue"], **context)

    speakers, speakers_src = _load(speakers_path)
    _check_keys(speakers, SPEAKERS_SCHEMA, speakers_path, speakers_src)
    _require(speakers, list(k for k in SPEAKERS_SCHEMA), speakers_path)
    pronouns = {}
    for word, info in speakers["pronouns"].items():
        if info.get("number") not in ("singular", "plural"):
            raise RuleError(f"{_where(speakers_path, speakers_src, word)}: pronoun {word!r} needs "
                            f"number = 'singular' or 'plural'")
        pronouns[word.lower()] = (info.get("gender", "any"), info["number"])
    gendered_words = _genders(speakers["gender"], "words", speakers_path, speakers_src)
    first_names = _genders(speakers["gender"], "names", speakers_path, speakers_src)

    patterns, patterns_src = _load(patterns_path)
    _check_keys(patterns, PATTERNS_SCHEMA, patterns_path, patterns_src)
    _require(patterns, [f"{table}.{key}" for table, keys in PATTERNS_SCHEMA.items() for key in keys],
             patterns_path)
    known_classes = {verb_class.name for verb_class in verb_classes}
    unknown = sorted(set(patterns["nested"]["speaker_resolutions"]) - SPEAKER_RESOLUTIONS)
    if unknown:
        raise RuleError(f"{_where(patterns_path, patterns_src, 'speaker_resolutions')}: nested.speaker_resolutions "
                        f"names {unknown}; speakers are resolved as one of {sorted(SPEAKER_RESOLUTIONS)}")
    for key, names in patterns["nested"].items():
        if not key.endswith("_classes"):
            continue
        unknown = sorted(set(names) - known_classes)
        if unknown:
            raise RuleError(f"{_where(patterns_path, patterns_src, key)}: nested.{key} names verb classes "
                            f"{unknown} that {cues_path} does not define (it has {sorted(known_classes)})")

    def lowered(values):
        return frozenset(v.lower() for v in values)

    return Rules(
        verb_classes=tuple(verb_classes),
        noun_lemmas=lowered(cues["nouns"]["lemmas"]),
        noun_content=tuple(cues["nouns"].get("content", ["acl", "ccomp"])),
        noun_prepositions=noun_prepositions,
        colon_nouns=lowered(cues["nouns"].get("before_colon", [])),
        colon_adjectives=lowered(cues.get("adjectives", {}).get("before_colon", [])),
        according_to=tuple(tuple(p.lower().split()) for p in cues["phrases"]["according_to"]),
        source_adverbs=lowered(cues["phrases"].get("source_adverbs", [])),
        finding_prepositions=lowered(cues["phrases"].get("finding_prepositions", [])),
        finding_heads=lowered(cues["phrases"].get("finding_heads", [])),
        not_cue_particles=not_cue_particles,
        mistagged_verbs={form.lower(): third_person_lemma(form.lower())
                         for form in cues.get("mistagged", {}).get("verb_forms", [])},
        irregular_forms={form.lower(): lemma.lower()
                         for form, lemma in cues.get("mistagged", {}).get("irregular_forms", {}).items()},
        marks=mark_rules,
        titles=lowered(speakers["titles"]),
        organisation_heads=lowered(speakers["organisation_heads"]),
        legal_forms=lowered(speakers["legal_forms"]),
        states=lowered(speakers["states"]),
        organisations=lowered(speakers["organisations"]),
        person_initials=lowered(speakers["person_initials"]),
        media_heads=lowered(speakers["media_heads"]),
        anonymous_heads=lowered(speakers["anonymous_heads"]),
        group_heads=lowered(speakers["group_heads"]),
        person_suffixes=tuple(sorted(lowered(speakers["person_suffixes"]))),
        not_person_nouns=lowered(speakers["not_person_nouns"]),
        pronouns=pronouns,
        gendered_words=gendered_words,
        first_names=first_names,
        title_abbreviations={k.lower(): v.lower() for k, v in speakers["title_abbreviations"].items()},
        dateline=_compile(patterns["content"]["dateline"], patterns_path, patterns_src, "dateline"),
        interviewee_opening=_compile(patterns["interview"]["interviewee_opening"], patterns_path, patterns_src,
                                     "interviewee_opening"),
        patterns=patterns,
    )


def timed_match(pattern: regex.Pattern, text: str, pos: int = 0):
    """Match at a position with the regex module's timeout (see timed_search)."""
    try:
        return pattern.match(text, pos, timeout=REGEX_TIMEOUT_S)
    except TimeoutError as error:
        raise RuleError(f"pattern {pattern.pattern!r} timed out after {REGEX_TIMEOUT_S}s") from error


def timed_search(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """Search with the regex module's timeout, so that a user's pattern cannot hang a run."""
    try:
        return pattern.search(text, pos, endpos if endpos is not None else len(text),
                              timeout=REGEX_TIMEOUT_S)
    except TimeoutError as error:
        raise RuleError(f"pattern {pattern.pattern!r} timed out after {REGEX_TIMEOUT_S}s") from error
