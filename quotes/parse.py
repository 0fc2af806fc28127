"""Stanza dependency parses over the analysed text, from the shipped (or a chosen) model set.

Each paragraph is parsed as its own Stanza Document (all of an article's paragraphs, and
many articles, go through Stanza in one bulk call). Stanza's own serialisation of each
Document (`to_dict()`) is what the parse cache stores and what the rest of the pipeline
reads, as `Word` records with offsets into the whole analysed text.
"""

from __future__ import annotations

import contextvars
import functools
import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from quotes.text import Text

PACKAGE_MODEL_DIR = Path(__file__).parent / "models" / "en"
MODEL_DIR_ENV = "QUOTES_MODEL_DIR"
PROCESSORS = "tokenize,mwt,pos,lemma,depparse"

# Our own model set: one file per processor (see quotes/models/en/README.md).
OWN_MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
    "pretrain": "pretrain.pt",
}


class ModelError(RuntimeError):
    """A model set that cannot be loaded; the message names the directory or file."""


@dataclass(frozen=True, slots=True)
class Word:
    """One syntactic word as Stanza's `Document.to_dict()` gives it (same field names), with
    character offsets into the whole analysed text. Plain records keep the rule layer free of
    torch, so that a run served from the parse cache never imports Stanza."""

    id: int
    text: str
    lemma: str | None
    upos: str | None
    xpos: str | None
    feats: str | None
    head: int
    deprel: str | None
    start_char: int
    end_char: int


@dataclass(frozen=True)
class ParsedSentence:
    """One sentence of the parse, with the paragraph it came from."""

    index: int
    paragraph: int
    words: tuple[Word, ...]

    @property
    def start(self) -> int:
        return self.words[0].start_char

    @property
    def end(self) -> int:
        return self.words[-1].end_char


# Quotation marks typed as two apostrophes or backticks (''like this'', ``this''): the
# tokenizer, trained on text with real quotation marks, splits them into two apostrophes and
# misses the sentence breaks they stand at. It sees a double quote and a space instead (same
# length, so offsets hold); `restore_doubled_marks` gives the words their own characters back.
DOUBLED_MARKS = ("''", "``")
PARSE_VIEW_VERSION = "doubled-marks-2"


def parse_view(paragraph: str) -> str:
    """The paragraph as the tokenizer sees it: a doubled mark opening a quotation (at the
    start or after a space or bracket) becomes ' "', touching the word it opens on; one
    closing it '" ', touching the word it closes."""
    if not any(mark in paragraph for mark in DOUBLED_MARKS):
        return paragraph
    characters = list(paragraph)
    index = 0
    while index < len(paragraph) - 1:
        if paragraph[index:index + 2] in DOUBLED_MARKS:
            opening = index == 0 or paragraph[index - 1].isspace() or paragraph[index - 1] in "([{"
            characters[index:index + 2] = [" ", '"'] if opening else ['"', " "]
            index += 2
        else:
            index += 1
    return "".join(characters)


def restore_doubled_marks(words: tuple[Word, ...], text: str) -> tuple[Word, ...]:
    """A double quote the parse view put where the text has a doubled mark covers both of
    its characters again, with the text's own spelling."""
    restored = []
    for word in words:
        if word.text == '"' and text[word.start_char:word.end_char] != '"':
            if text[word.start_char:word.start_char + 2] in DOUBLED_MARKS:
                word = replace(word, text=text[word.start_char:word.start_char + 2], end_char=word.start_char + 2)
            elif word.start_char > 0 and text[word.start_char - 1:word.end_char] in DOUBLED_MARKS:
                word = replace(word, text=text[word.start_char - 1:word.end_char], start_char=word.start_char - 1)
        restored.append(word)
    return tuple(restored)


def names_read_as_auxiliaries(words: tuple[Word, ...]) -> tuple[Word, ...]:
    """"Theresa May told reporters", "Columnist George Will wrote", "May said ...": a name
    that is also a modal, which the parser made the verb's auxiliary. A capitalised modal
    (or name) is a name when the verb it would help is no bare verb ("told", "writes"); it
    joins the name before or after it, or else it is the subject, and the verb it "helped" is
    finite again."""
    mended = list(words)
    for index, word in enumerate(words):
        if word.deprel != "aux" or not word.text[:1].isupper() or not 0 < word.head <= len(words):
            continue
        verb = words[word.head - 1]
        before = words[index - 1] if index > 0 else None
        after = words[index + 1] if index + 1 < len(words) else None
        inflected = verb.upos == "VERB" and verb.lemma is not None and verb.text.lower() != verb.lemma.lower()
        name_after = after is not None and after.upos == "PROPN" and after.head == verb.id
        between = words[index + 1:verb.id - 1]
        if word.xpos != "MD" and word.upos != "PROPN" or not inflected \
                or any(w.upos in ("AUX", "PART") for w in between):
            continue  # "Will Sanders win?", headlines' "Romney Will Attack", "Trump May Not Have Suggested"
        if before is not None and before.upos == "PROPN" and before.head == verb.id:
            head, deprel = before.id, "flat"  # "George | Will", "Theresa | May"
        elif before is not None and before.upos == "PROPN" and before.deprel == "flat":
            head, deprel = before.head, "flat"
        elif name_after:
            head, deprel = after.id, "compound"  # "Will | Smith said"
        elif not any(w.head == verb.id and w.deprel.startswith("nsubj") for w in words):
            head, deprel = verb.id, "nsubj"
        else:
            continue
        mended[index] = replace(word, upos="PROPN", xpos="NNP", feats="Number=Sing", head=head, deprel=deprel,
                                lemma=word.text)
        if verb.xpos in ("VB", "VBN") and inflected:
            mended[verb.id - 1] = replace(mended[verb.id - 1], xpos="VBD", feats="Mood=Ind|Tense=Past|VerbForm=Fin")
    return tuple(mended)


def words_from_stanza_dict(sentence: list[dict], offset: int) -> tuple[Word, ...]:
    """Words of one sentence of `Document.to_dict()`; a word inside a multi-word token that
    has no offsets of its own takes its token's."""
    words = []
    token_span = (None, None)
    for entry in sentence:
        raw_id = entry["id"]
        ids = tuple(raw_id) if isinstance(raw_id, (list, tuple)) else (raw_id,)
        if len(ids) > 1:
            token_span = (entry.get("start_char"), entry.get("end_char"))
            continue
        start = entry.get("start_char")
        end = entry.get("end_char")
        if start is None or end is None:
            start, end = token_span
        words.append(Word(ids[0], entry["text"], entry.get("lemma"), entry.get("upos"), entry.get("xpos"),
                          entry.get("feats"), int(entry.get("head") or 0), entry.get("deprel"),
                          start + offset, end + offset))
    return tuple(words)


@dataclass(frozen=True)
class ParsedText:
    text: Text
    sentences: tuple[ParsedSentence, ...]


def resolve_model_dir(model_dir: str | os.PathLike | None = None) -> Path:
    chosen = model_dir or os.environ.get(MODEL_DIR_ENV) or PACKAGE_MODEL_DIR
    return Path(chosen).expanduser().resolve()


def _own_model_paths(model_dir: Path) -> dict[str, str] | None:
    """Paths for our own layout, or None when the directory is an official Stanza layout."""
    if not (model_dir / OWN_MODEL_FILES["depparse"]).exists() and (model_dir / "en").is_dir():
        return None
    paths = {}
    for processor, name in OWN_MODEL_FILES.items():
        path = model_dir / name
        if not path.is_file():
            raise ModelError(f"model file missing: {path} (needed for {processor}); "
                             f"set {MODEL_DIR_ENV} or --model-dir to a complete model set")
        paths[processor] = str(path)
    return paths


def model_identity(model_dir: Path) -> str:
    """A short content hash of a model set, for caches and the records' extractor field."""
    digest = hashlib.sha256()
    for path in sorted(p for p in model_dir.rglob("*.pt")):
        stat = path.stat()
        digest.update(f"{path.relative_to(model_dir)}:{stat.st_size}".encode())
        with path.open("rb") as handle:
            digest.update(handle.read(1 << 16))
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Tokenizing:
    """How the tokenizer's own output is mended before the parse (rules/patterns.toml,
    [sentences] and [tokens]). Part of a parse's cache key: a change re-parses."""

    no_break_after: frozenset[str] = frozenset()
    # Empty: every multi-word token the tokenizer finds is kept.
    contraction_marks: frozenset[str] = frozenset()
    unmarked_contractions: frozenset[str] = frozenset()
    join_unfinished: bool = False  # `join_unfinished_sentences`
    # Empty: a dash the tokenizer left on a word stays there (`split_at_dashes`).
    joining_dashes: frozenset[str] = frozenset()

    @classmethod
    def from_patterns(cls, patterns: dict) -> "Tokenizing":
        return cls(frozenset(patterns["sentences"]["no_break_after"]),
                   frozenset(patterns["tokens"]["contraction_marks"]),
                   frozenset(word.lower() for word in patterns["tokens"]["unmarked_contractions"]),
                   bool(patterns["sentences"]["join_unfinished"]),
                   frozenset(patterns["tokens"]["joining_dashes"]))

    def identity(self) -> str:
        """A short hash of these rules, part of a parse's cache key."""
        lines = sorted(self.no_break_after)
        if self.join_unfinished:
            lines += ["[join_unfinished]"]
        if self.contraction_marks:
            lines += ["[tokens]", *sorted(self.contraction_marks), *sorted(self.unmarked_contractions)]
        if self.joining_dashes:
            lines += ["[dashes]", *sorted(self.joining_dashes)]
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()[:8]


def _token_text(token) -> str:
    return token if isinstance(token, str) else token[0]


def join_after_titles(sentences: list[list], no_break_after: frozenset[str]) -> list[list]:
    """Stanza's tokenizer output (sentences of token strings, or (token, is_mwt) pairs) with a
    sentence break after a title before a name undone: "... rival Sen. | Ted Cruz at a rally"
    is one sentence. A title the tokenizer cut from its period ("Sen", ".") is made one token
    again, so the parser sees it as trained. Offsets are recomputed by Stanza from the text."""
    joined: list[list] = []
    for sentence in sentences:
        previous = joined[-1] if joined else None
        if previous and sentence and _token_text(sentence[0])[:1].isupper():
            if _token_text(previous[-1]) in no_break_after:
                previous.extend(sentence)
                continue
            if len(previous) >= 2 and _token_text(previous[-1]) == "." \
                    and _token_text(previous[-2]) + "." in no_break_after and isinstance(previous[-2], str):
                previous[-2:] = [previous[-2] + "."]
                previous.extend(sentence)
                continue
        joined.append(list(sentence))
    return joined


# The text Stanza's tokenizer reads in one bulk call: its paragraphs joined by blank lines.
# Set by `bulk_parse`; the postprocessor sees only tokens, and must not join across them.
_BULK_TEXT: contextvars.ContextVar[str | None] = contextvars.ContextVar("bulk_text", default=None)


def bulk_parse(pipeline, texts: list[str]) -> list:
    """Stanza's `bulk_process` over these paragraph texts, with the joined text known to the
    tokenizer's postprocessor (`join_unfinished_sentences`)."""
    import stanza

    token = _BULK_TEXT.set("\n\n".join(texts))
    try:
        return pipeline.bulk_process([stanza.Document([], text=t) for t in texts])
    finally:
        _BULK_TEXT.reset(token)


def _gaps_between(sentences: list[list], text: str) -> list[str] | None:
    """The text between each sentence and the next, found by walking the tokens through the
    text in order; None when a token is not where it should be (nothing is joined then)."""
    cursor, spans = 0, []
    for sentence in sentences:
        first = None
        for token in sentence:
            token_text = _token_text(token)
            at = text.find(token_text, cursor)
            # (the tokenizer drops spaces and characters that print nothing: "Fran\x83ois")
            if at < 0 or not all(c.isspace() or not c.isprintable() for c in text[cursor:at]):
                return None
            first = at if first is None else first
            cursor = at + len(token_text)
        spans.append((first if first is not None else cursor, cursor))
    return [text[end:start] for (_, end), (start, _) in zip(spans, spans[1:])]


def join_unfinished_sentences(sentences: list[list], text: str | None) -> list[list]:
    """A sentence break after a word that ends no sentence undone, within a line of `text`
    (the tokenizer's input): the tokenizer parts "British Prime Minister Theresa | May said",
    "Karimi says | Ali's message ...". A word ending in a full stop ("U.S.") may end a
    sentence, and a heading in capitals run into its paragraph ("SAVE A QUARTER | Let's say
    ...") stays apart. Without the text, where lines and paragraphs end is unknown: nothing
    is joined."""
    gaps = _gaps_between(sentences, text) if text is not None else None
    if gaps is None:
        return sentences
    joined: list[list] = []
    for index, sentence in enumerate(sentences):
        previous = joined[-1] if joined else None
        if previous and sentence and "\n" not in gaps[index - 1]:
            last = _token_text(previous[-1])
            letters = [c for token in previous for c in _token_text(token) if c.isalpha()]
            heading = bool(letters) and all(c.isupper() for c in letters)
            if any(c.isalnum() for c in last) and not last.endswith(".") and not heading:
                previous.extend(sentence)
                continue
        joined.append(list(sentence))
    return joined


def keep_unmarked_words_whole(sentences: list[list], marks: frozenset[str],
                              unmarked_contractions: frozenset[str]) -> list[list]:
    """The tokenizer's output with a multi-word token that holds none of `marks` made one
    word, unless it is a known contraction without a mark ("cannot"): trained partly on web
    text ("Its fine"), the tokenizer splits the possessive "Its" into "It s" and names such as
    "Donna" into "Don na", which edited news never means."""
    def mended(token):
        if isinstance(token, str) or not token[1]:
            return token
        word = token[0]
        if any(mark in word for mark in marks) or word.lower() in unmarked_contractions:
            return token
        return word

    return [[mended(token) for token in sentence] for sentence in sentences]


def split_at_dashes(sentences: list[list], dashes: frozenset[str]) -> list[list]:
    """The tokenizer's output with a dash written between two words without spaces made a
    token of its own: "the debate–published by The Washington Post–shows that ..." had the
    tokens "–published" and "–shows", which the parser cannot read as verbs."""
    pattern = re.compile("([" + re.escape("".join(sorted(dashes))) + "])")

    def pieces(token):
        if not isinstance(token, str) or len(token) < 2 or not any(d in token for d in dashes) \
                or not any(c.isalnum() for c in token):
            return [token]
        return [piece for piece in pattern.split(token) if piece]

    return [[piece for token in sentence for piece in pieces(token)] for sentence in sentences]


def mend_tokens(sentences: list[list], tokenizing: Tokenizing) -> list[list]:
    """Stanza's tokenize postprocessor: `split_at_dashes`, `keep_unmarked_words_whole`, then
    `join_after_titles`, then `join_unfinished_sentences`."""
    if tokenizing.joining_dashes:
        sentences = split_at_dashes(sentences, tokenizing.joining_dashes)
    if tokenizing.contraction_marks:
        sentences = keep_unmarked_words_whole(sentences, tokenizing.contraction_marks,
                                              tokenizing.unmarked_contractions)
    sentences = join_after_titles(sentences, tokenizing.no_break_after)
    return join_unfinished_sentences(sentences, _BULK_TEXT.get()) if tokenizing.join_unfinished else sentences


def parse_identity(models: str, tokenizing: Tokenizing) -> str:
    """What a cached parse depends on: the model set (its `model_identity`) and the
    tokenizer's mending rules."""
    return f"{models}-{tokenizing.identity()}"


@functools.lru_cache(maxsize=4)
def load_pipeline(model_dir: str | None = None, device: str | None = None, batch_size: int = 64,
                  pretokenized: bool = False, tokenizing: Tokenizing = Tokenizing()):
    """The Stanza pipeline for a model set, offline (no download), built once per process;
    `tokenizing` mends the tokenizer's output (`mend_tokens`)."""
    directory = resolve_model_dir(model_dir)
    if not directory.is_dir():
        raise ModelError(f"model directory not found: {directory}")
    import stanza
    import torch

    from quotes import stanza_speedups

    stanza_speedups.apply()
    if device in (None, "cpu"):
        torch.set_num_threads(max(1, os.cpu_count() or 1))
    own = _own_model_paths(directory)
    options = dict(lang="en", processors=PROCESSORS, download_method=None,
                   allow_unknown_language=True, logging_level="ERROR",
                   use_gpu=device not in (None, "cpu"),
                   tokenize_batch_size=batch_size * 4, pos_batch_size=batch_size * 50,
                   depparse_batch_size=batch_size * 50, lemma_batch_size=batch_size * 50,
                   tokenize_pretokenized=pretokenized)
    if tokenizing != Tokenizing() and not pretokenized:
        options["tokenize_postprocessor"] = functools.partial(mend_tokens, tokenizing=tokenizing)
    if device not in (None, "cpu"):
        options["device"] = device
    if own is None:
        options["dir"] = str(directory)
    else:
        if not (directory / "resources.json").exists():
            raise ModelError(f"model file missing: {directory / 'resources.json'}")
        options["dir"] = str(directory)
        options.update({
            "tokenize_model_path": own["tokenize"],
            "mwt_model_path": own["mwt"],
            "pos_model_path": own["pos"],
            "pos_pretrain_path": own["pretrain"],
            "lemma_model_path": own["lemma"],
            "depparse_model_path": own["depparse"],
            "depparse_pretrain_path": own["pretrain"],
        })
    try:
        return stanza.Pipeline(**options)
    except Exception as error:  # Stanza raises many kinds; the user needs the directory.
        raise ModelError(f"cannot load the Stanza models in {directory}: {error}") from error


class ParseCache:
    """Parses on disk, keyed by the analysed text's sha256 and the model set's identity.

    Stored as JSON (Stanza's own `Document.to_dict()` per paragraph), never as pickles, so
    a cache directory cannot run code.
    """

    def __init__(self, directory: Path, models: str):
        self.directory = directory / models
        self.models = models

    def _path(self, text: Text) -> Path:
        key = text.sha256
        if parse_view(text.text) != text.text:  # parsed through the view: a key of its own
            key = hashlib.sha256(f"{PARSE_VIEW_VERSION}\n{text.text}".encode("utf-8")).hexdigest()
        return self.directory / key[:2] / f"{key}.json"

    def get(self, text: Text) -> list[tuple[int, int, list]] | None:
        import orjson

        path = self._path(text)
        try:
            data = orjson.loads(path.read_bytes())
            paragraphs = [(p["paragraph"], p["start"], p["sentences"]) for p in data["paragraphs"]]
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError):
            return None
        # A damaged or edited cache file is a miss, parsed again: the rule layer walks trees
        # and must never meet a cycle or a head outside its sentence.
        if not all(_is_tree(sentence) for _, _, sentences in paragraphs for sentence in sentences):
            return None
        return paragraphs

    def put(self, text: Text, paragraphs: list[tuple[int, int, list]]) -> None:
        import orjson

        path = self._path(text)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_bytes(orjson.dumps({"paragraphs": [
            {"paragraph": index, "start": start, "sentences": sentences}
            for index, start, sentences in paragraphs]}))
        os.replace(temporary, path)


def _is_tree(sentence: list) -> bool:
    """Every word's head chain of a `to_dict()` sentence reaches the root without a cycle."""
    try:
        heads = {int(entry["id"]): int(entry.get("head") or 0) for entry in sentence
                 if not isinstance(entry["id"], (list, tuple))}
    except (KeyError, TypeError, ValueError):
        return False
    for start in heads:
        current, steps = start, 0
        while current != 0:
            if current not in heads or steps > len(heads):
                return False
            current, steps = heads[current], steps + 1
    return True


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "quotes" / "parses"


def _assemble(text: Text, paragraphs: list[tuple[int, int, list]]) -> ParsedText:
    sentences: list[ParsedSentence] = []
    for paragraph_index, start, sentence_dicts in paragraphs:
        for sentence in sentence_dicts:
            words = names_read_as_auxiliaries(restore_doubled_marks(words_from_stanza_dict(sentence, start),
                                                                    text.text))
            if words:
                sentences.append(ParsedSentence(len(sentences), paragraph_index, words))
    return ParsedText(text, tuple(sentences))


def parse_texts(texts: list[Text], get_pipeline, cache: ParseCache | None = None) -> list[ParsedText]:
    """Parse many texts with one bulk Stanza call over all the paragraphs not in the cache.

    `get_pipeline` is called only when something must be parsed, so a fully cached run
    never loads the models.
    """
    cached = {i: cache.get(t) for i, t in enumerate(texts)} if cache else {}
    jobs = []
    for text_index, text in enumerate(texts):
        if cached.get(text_index) is not None:
            continue
        for paragraph_index, (start, end) in enumerate(text.paragraphs):
            if text.text[start:end].strip():
                jobs.append((text_index, paragraph_index, start, parse_view(text.text[start:end])))
    fresh: dict[int, list[tuple[int, int, list]]] = {}
    if jobs:
        documents = bulk_parse(get_pipeline(), [job[3] for job in jobs])
        for (text_index, paragraph_index, start, _), document in zip(jobs, documents):
            fresh.setdefault(text_index, []).append((paragraph_index, start, document.to_dict()))
    results = []
    for text_index, text in enumerate(texts):
        paragraphs = cached.get(text_index)
        if paragraphs is None:
            paragraphs = fresh.get(text_index, [])
            if cache:
                cache.put(text, paragraphs)
        results.append(_assemble(text, paragraphs))
    return results
