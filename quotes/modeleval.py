"""`quotes model evaluate`: parse a CoNLL-U file's raw text and score it with the CoNLL 2018
shared-task evaluation script as Stanza ships it (`stanza.models.common.utils.ud_scores`) (end to end, and optionally from gold tokens)."""

from __future__ import annotations

import io
import time
from dataclasses import dataclass
from pathlib import Path

from quotes.parse import Tokenizing

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS")


@dataclass
class Scores:
    file: str
    mode: str
    f1: dict[str, float]
    words: int
    seconds: float

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def raw_paragraphs(conllu_text: str) -> tuple[list[str], list[list[str]]]:
    """Paragraph texts (sentences joined by spaces) and each sentence's gold syntactic words."""
    paragraphs: list[list[str]] = []
    token_sentences: list[list[str]] = []
    current_tokens: list[str] = []
    for line in conllu_text.splitlines():
        if line.startswith("# newdoc") or line.startswith("# newpar"):
            paragraphs.append([])
        elif line.startswith("# text = "):
            if not paragraphs:
                paragraphs.append([])
            paragraphs[-1].append(line[len("# text = "):])
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if "." in cols[0]:
                continue
            if "-" not in cols[0]:
                current_tokens.append(cols[1])
        elif not line and current_tokens:
            token_sentences.append(current_tokens)
            current_tokens = []
    if current_tokens:
        token_sentences.append(current_tokens)
    return [" ".join(p) for p in paragraphs if p], token_sentences


def _score(gold_path: Path, predicted_conllu: str) -> dict[str, float]:
    # Stanza's wrapper around the CoNLL 2018 shared-task evaluation script (udtools' udeval).
    from stanza.models.common.utils import ud_scores

    evaluation = ud_scores(str(gold_path), io.StringIO(predicted_conllu))
    return {metric: 100 * evaluation[metric].f1 for metric in METRICS}


def _restore_unknown_tokens(documents) -> None:
    """Stanza writes <UNK> for tokens longer than its tokenizer's limit (long URLs); the
    scorer needs the text itself, which the token's offsets still give."""
    for document in documents:
        for sentence in document.sentences:
            for token in sentence.tokens:
                if token.text == "<UNK>" and token.start_char is not None:
                    original = document.text[token.start_char:token.end_char]
                    token.text = original
                    if len(token.words) == 1:
                        token.words[0].text = original


def _conllu(documents) -> str:
    return "".join("{:C}\n\n".format(doc) for doc in documents)


def evaluate(conllu: Path, model_dir: str | None = None, gold_tokens: bool = False,
             tokenizing: Tokenizing = Tokenizing()) -> list[Scores]:
    """Scores of the raw text parsed end to end (the tokenizer's output mended by `tokenizing`,
    as `quotes extract` parses) and, with `gold_tokens`, of the gold words."""
    from quotes.parse import bulk_parse, load_pipeline

    text = conllu.read_text(encoding="utf-8")
    paragraphs, token_sentences = raw_paragraphs(text)
    pipeline = load_pipeline(model_dir, tokenizing=tokenizing)
    started = time.perf_counter()
    documents = bulk_parse(pipeline, paragraphs)
    elapsed = time.perf_counter() - started
    words = sum(len(s.words) for d in documents for s in d.sentences)
    _restore_unknown_tokens(documents)
    results = [Scores(str(conllu), "raw text", _score(conllu, _conllu(documents)), words, elapsed)]
    if gold_tokens:
        pretokenized = load_pipeline(model_dir, pretokenized=True)
        started = time.perf_counter()
        document = pretokenized(token_sentences)
        elapsed = time.perf_counter() - started
        words = sum(len(s.words) for s in document.sentences)
        results.append(Scores(str(conllu), "gold tokens", _score(conllu, _conllu([document])), words, elapsed))
    return results


def format_scores(results: list[Scores]) -> str:
    lines = ["file\tmode\t" + "\t".join(METRICS) + "\twords/s"]
    for result in results:
        lines.append(f"{result.file}\t{result.mode}\t" + "\t".join(f"{result.f1[m]:.2f}" for m in METRICS)
                     + f"\t{result.words_per_second:.0f}")
    return "\n".join(lines)
