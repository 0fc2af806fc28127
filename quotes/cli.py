"""The `quotes` command line: wires the stages and options, nothing more.

Exit codes: 0 all documents processed; 1 some documents failed (see --errors);
2 usage error; 3 models or rules could not be loaded; 4 the output file exists (use --force).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import List, Optional

import typer

EXIT_OK, EXIT_DOCUMENTS_FAILED, EXIT_USAGE, EXIT_SETUP, EXIT_OUTPUT_EXISTS = 0, 1, 2, 3, 4

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find reported statements in English news and who made them; write citable JSON Lines.")
model_app = typer.Typer(no_args_is_help=True, help="Train, inspect and evaluate the Stanza models.")
app.add_typer(model_app, name="model")


def _fail(message: str, code: int) -> None:
    typer.echo(f"quotes: {message}", err=True)
    raise typer.Exit(code)


class _Output:
    """stdout, or FILE written through FILE.partial (flushed per document, renamed at the end),
    so a killed run leaves its finished documents behind for --resume."""

    def __init__(self, path: Optional[Path], force: bool, resume: bool):
        self.path = path
        self.done: set[tuple[str, str]] = set()
        if path is None:
            self.handle, self.partial = sys.stdout.buffer, None
            return
        if path.exists() and not force and not resume:
            _fail(f"{path} exists; use --force to overwrite it or --resume to continue it", EXIT_OUTPUT_EXISTS)
        self.partial = path.with_name(path.name + ".partial")
        if resume:
            source = self.partial if self.partial.exists() else path if path.exists() else None
            kept = _finished_records(source.read_bytes()) if source else []
            self.done = {(doc_id, sha) for doc_id, sha, _ in kept}
            self.partial.write_bytes(b"".join(line for _, _, line in kept))
            self.handle = self.partial.open("ab")
        else:
            self.handle = self.partial.open("wb")

    def write_document(self, data: bytes) -> None:
        self.handle.write(data)
        self.handle.flush()
        if self.partial is not None:
            os.fsync(self.handle.fileno())

    def commit(self) -> None:
        if self.partial is not None:
            self.handle.close()
            os.replace(self.partial, self.path)


def _finished_records(data: bytes) -> list[tuple[str, str, bytes]]:
    """Complete records of complete documents: the last document may have been cut short."""
    import orjson

    kept = []
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        try:
            record = orjson.loads(line)
        except orjson.JSONDecodeError:
            break
        kept.append((record["doc"]["id"], record["doc"]["sha256"], line))
    if kept:
        last = kept[-1][:2]
        kept = [k for k in kept if k[:2] != last]
    return kept


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="Files (.txt, .jsonl), directories, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="Write records here (atomically)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into -o FILE."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write failed documents here as JSONL."),
    text_key: str = typer.Option("text", help="JSONL input: the field holding the text."),
    id_key: str = typer.Option("id", help="JSONL input: the field holding the document id."),
    encoding: Optional[str] = typer.Option(None, help="Input encoding when not UTF-8 (e.g. latin-1)."),
    max_chars: int = typer.Option(2_000_000, help="Largest document accepted, in characters."),
    nfc: bool = typer.Option(True, "--nfc/--no-nfc", help="Apply Unicode NFC before analysis (offsets "
                                                         "then refer to the NFC text)."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR",
                                            help="Stanza model set (default: the shipped models)."),
    rules_dir: Optional[str] = typer.Option(None, "--rules-dir", envvar="QUOTES_RULES_DIR",
                                            help="Rule files (default: the shipped rules/)."),
    batch_size: int = typer.Option(16, min=1, help="Documents per Stanza batch."),
    device: Optional[str] = typer.Option(None, help="torch device, e.g. cuda:0 (default: cpu)."),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse parses of unchanged texts."),
    cache_dir: Optional[str] = typer.Option(None, "--cache-dir", envvar="QUOTES_CACHE_DIR",
                                            help="Parse cache folder (default: ~/.cache/quotes/parses)."),
    show_stats: bool = typer.Option(False, "--stats", help="Print timing figures (JSON) on stderr."),
    output_format: str = typer.Option("jsonl", "--format", help="jsonl, w3c, schemaorg, csl or csv."),
    outermost: bool = typer.Option(False, "--outermost", help="Leave out statements nested in another "
                                                             "record's content (as PolNeAR annotates)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                   help="Leave out records less likely right than this "
                                                        "(default: the confidence model's threshold; 0 keeps all)."),
) -> None:
    """Extract attributions from documents and write one JSON record per attribution."""
    from quotes.extract import Options, Stats, extract as run_extract
    from quotes.formats import jsonl
    from quotes.io import Failure, ReadOptions, read_inputs
    from quotes.parse import ModelError
    from quotes.rules import RuleError

    read_options = ReadOptions(text_key=text_key, id_key=id_key, encoding=encoding, max_chars=max_chars,
                               nfc=nfc)
    options = Options(model_dir=model_dir, rules_dir=rules_dir, batch_size=batch_size, device=device,
                      cache=cache, cache_dir=cache_dir, outermost=outermost, min_confidence=min_confidence)
    from quotes.formats import FORMATS, header, render_rows

    if output_format not in FORMATS:
        _fail(f"unknown format {output_format!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    if resume and (output is None or output_format != "jsonl"):
        _fail("--resume needs -o FILE and the jsonl format", EXIT_USAGE)
    out = _Output(output, force, resume)
    if not resume:
        out.write_document(header(output_format))
    items = (item for item in read_inputs(inputs, read_options)
             if isinstance(item, Failure) or (item.id, item.sha256) not in out.done)
    failures = []
    stats = Stats()
    progress = sys.stderr.isatty()
    done = written = 0
    try:
        for result in run_extract(items, options, stats):
            done += 1
            if isinstance(result, Failure):
                failures.append(result)
                typer.echo(f"\rquotes: {result.message}", err=True)
            else:
                out.write_document(render_rows(result.records, output_format))
                written += len(result.records)
            if progress:
                sys.stderr.write(f"\r{done} documents, {written} records, {len(failures)} failed")
                sys.stderr.flush()
        if progress:
            sys.stderr.write("\n")
    except (ModelError, RuleError) as error:
        _fail(str(error), EXIT_SETUP)
    except BrokenPipeError:
        # `quotes extract ... | head`: the reader is gone; end quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK)
    out.commit()
    if show_stats:
        import orjson

        typer.echo(orjson.dumps(stats.__dict__).decode(), err=True)
    if errors is not None:
        with errors.open("wb") as handle:
            for failure in failures:
                handle.write(jsonl.dumps({"doc": failure.doc_id, "path": failure.path,
                                          "error": failure.error, "message": failure.message}))
    if failures:
        raise typer.Exit(EXIT_DOCUMENTS_FAILED)


@app.command()
def show(records_file: Path = typer.Argument(..., exists=True, dir_okay=False,
                                             help="A JSONL file written by `quotes extract`.")) -> None:
    """Print who said what, with the quote highlighted in its context."""
    from quotes.show import render

    typer.echo(render(records_file.read_bytes().splitlines(), color=sys.stdout.isatty()))


@app.command()
def convert(
    records_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records (JSONL)."),
    to: str = typer.Option(..., "--to", help="w3c, schemaorg, csl, csv or jsonl."),
    output: Optional[Path] = typer.Option(None, "-o", "--output"),
) -> None:
    """Convert records to a standard format (W3C Web Annotation, schema.org, CSL-JSON, CSV)."""
    import orjson

    from quotes.formats import FORMATS, render

    if to not in FORMATS:
        _fail(f"unknown format {to!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    records = [orjson.loads(line) for line in records_file.read_bytes().splitlines() if line.strip()]
    data = render(records, to)
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)


@app.command()
def speakers(
    records_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records (JSONL)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
) -> None:
    """The speakers in a records file, with counts, roles and kinds."""
    import collections

    import orjson

    from quotes.speakers import PERSON

    table: dict = collections.OrderedDict()
    for line in records_file.read_bytes().splitlines():
        if not line.strip():
            continue
        speaker = orjson.loads(line).get("speaker") or {}
        # the others named with the speaker ("Biden and Xi agreed") said it too
        named = [(speaker.get("name") or "(unknown)", speaker.get("kind") or "-", speaker.get("role"))]
        named += [(other, PERSON, None) for other in speaker.get("co_speakers") or []]
        for name, kind, role in named:
            entry = table.setdefault((name, kind), {"name": name, "kind": kind, "roles": [], "count": 0})
            entry["count"] += 1
            if role and role not in entry["roles"]:
                entry["roles"].append(role)
    rows = sorted(table.values(), key=lambda e: (-e["count"], e["name"]))
    if as_json:
        typer.echo(orjson.dumps(rows).decode())
        return
    for entry in rows:
        typer.echo(f"{entry['count']:5d}  {entry['name']}  [{entry['kind']}]  {'; '.join(entry['roles'])}")


@app.command()
def verify(
    records_file: Path = typer.Argument(..., exists=True, dir_okay=False, help="Records (JSONL)."),
    sources: Optional[List[str]] = typer.Argument(None, help="Source files or folders (default: doc.path)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON verdict per line."),
) -> None:
    """Re-anchor every record in its source: intact, moved (new offsets), changed, or missing."""
    import orjson

    from quotes.verify import INTACT, MOVED, verify as run_verify

    records = [orjson.loads(line) for line in records_file.read_bytes().splitlines() if line.strip()]
    broken = 0
    for record, verdict in run_verify(records, sources or []):
        if isinstance(verdict, str):
            broken += 1
            row = {"id": record["id"], "status": "unreadable", "message": verdict}
        else:
            broken += verdict.status not in (INTACT, MOVED)
            row = {"id": record["id"], "status": verdict.status, "start": verdict.start, "end": verdict.end,
                   "similarity": verdict.similarity}
        typer.echo(orjson.dumps(row).decode() if as_json else
                   f"{row['status']:10} {record['id']}  {record['content']['text'][:60]!r}"
                   + (f" -> {row.get('start')}-{row.get('end')}" if row.get("start") is not None else ""))
    if broken:
        raise typer.Exit(EXIT_DOCUMENTS_FAILED)


@app.command()
def report(
    inputs: List[str] = typer.Argument(..., help="Records files written by `quotes extract`, or articles "
                                                 "(files, folders, JSONL) to extract first."),
    output: Path = typer.Option(..., "-o", "--output", help="The HTML file to write."),
    sources: Optional[List[str]] = typer.Option(None, "--sources", help="Where records files' sources are "
                                                                          "(default: each record's doc.path)."),
    title: str = typer.Option("quotes report", help="The page's title."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing output file."),
    nfc: bool = typer.Option(True, "--nfc/--no-nfc", help="Articles: apply Unicode NFC before analysis."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR"),
    rules_dir: Optional[str] = typer.Option(None, "--rules-dir", envvar="QUOTES_RULES_DIR"),
    cache: bool = typer.Option(True, "--cache/--no-cache", help="Reuse parses of unchanged texts."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                   help="Leave out records less likely right than this "
                                                        "(default: the confidence model's threshold; 0 keeps all)."),
) -> None:
    """One self-contained HTML page: the articles with their attributions highlighted."""
    from quotes.extract import Options, extract as run_extract
    from quotes.formats.html import counted, render_report
    from quotes.io import ReadOptions, read_inputs
    from quotes.parse import ModelError
    from quotes.report import document_from_result, documents_from_records, is_records_file, read_records
    from quotes.rules import RuleError

    if output.exists() and not force:
        _fail(f"{output} exists; use --force to overwrite it", EXIT_OUTPUT_EXISTS)
    records, articles = [], []
    for given in inputs:
        if is_records_file(Path(given)):
            try:
                records.extend(read_records(Path(given)))
            except ValueError as error:
                _fail(str(error), EXIT_USAGE)
        else:
            articles.append(given)
    documents = documents_from_records(records, sources or [])
    if articles:
        try:
            documents += [document_from_result(result) for result in
                          run_extract(read_inputs(articles, ReadOptions(nfc=nfc)),
                                      Options(model_dir=model_dir, rules_dir=rules_dir, cache=cache,
                                              min_confidence=min_confidence))]
        except (ModelError, RuleError) as error:
            _fail(str(error), EXIT_SETUP)
    partial = output.with_name(output.name + ".partial")
    partial.write_text(render_report(documents, title), encoding="utf-8")
    os.replace(partial, output)
    problems = [d for d in documents if d.problem]
    for document in problems:
        typer.echo(f"quotes: {document.doc_id}: {document.problem}", err=True)
    typer.echo(f"{output}: {counted(len(documents), 'article')}, "
               f"{counted(sum(len(d.records) for d in documents), 'attribution')}", err=True)
    if problems:
        raise typer.Exit(EXIT_DOCUMENTS_FAILED)


@app.command("eval")
def eval_command(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold attributions (PolNeAR JSONL)."),
    docs: Optional[Path] = typer.Option(None, help="Folder of <doc_id>.txt (default: docs/ beside GOLD)."),
    pred: Optional[Path] = typer.Option(None, help="Score these records instead of running the extractor."),
    split: Optional[str] = typer.Option(None, help="Only gold lines of this split (e.g. dev)."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Write every miss and spurious record here."),
    save: Optional[Path] = typer.Option(None, help="Also write the predicted records here."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR"),
    rules_dir: Optional[str] = typer.Option(None, "--rules-dir", envvar="QUOTES_RULES_DIR"),
    cache: bool = typer.Option(True, "--cache/--no-cache"),
    outermost: bool = typer.Option(False, "--outermost", help="Score only statements not nested in another "
                                                             "(PolNeAR marks the outermost only)."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                                   help="Leave out records less likely right than this "
                                                        "(default: the confidence model's threshold; 0 keeps all)."),
) -> None:
    """Score the extractor on gold attributions with the reference scorer's definitions."""
    import orjson

    from quotes.evaluate import error_rows, evaluate, load_gold
    from quotes.extract import Options
    from quotes.rules import load_rules
    from quotes.scoring import format_summary

    options = Options(model_dir=model_dir, rules_dir=rules_dir, cache=cache, outermost=outermost,
                      min_confidence=min_confidence)
    try:
        evaluation, texts, records = evaluate(gold, docs or gold.parent / "docs", split, pred, options)
    except ValueError as error:  # predictions that cannot be filtered as asked
        _fail(str(error), EXIT_USAGE)
    if save:
        save.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))
    if errors:
        no_break_after = frozenset(load_rules(rules_dir).patterns["sentences"]["no_break_after"])
        rows = error_rows(evaluation, texts, no_break_after, records, load_gold(gold, split))
        errors.write_bytes(b"".join(orjson.dumps(row) + b"\n" for row in rows))
    typer.echo(orjson.dumps(evaluation.summary).decode() if as_json else format_summary(evaluation.summary))


@model_app.command("info")
def model_info(model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR")) -> None:
    """Which models are in use, where from, and their card's scores and sizes."""
    from quotes.modelinfo import describe

    typer.echo(describe(model_dir))


@model_app.command("train")
def model_train(
    ud: Path = typer.Option(..., exists=True, file_okay=False, help="UD folder with en_ewt/ and en_gum/."),
    out: Optional[Path] = typer.Option(None, help="Install the trained models here (e.g. quotes/models/en)."),
    work: Path = typer.Option(Path("build/train"), help="Working folder for data, logs and checkpoints."),
    only: Optional[List[str]] = typer.Option(None, help="Run only these steps (layout, pretrain, tokenize, "
                                                         "mwt, lemma, pos, depparse)."),
    text: Optional[List[Path]] = typer.Option(None, help="Extra raw-text folders for the word vectors."),
    force: bool = typer.Option(False, help="Retrain steps whose model exists."),
    continue_from: Optional[Path] = typer.Option(None, help="Continue the parser's training from this "
                                                            "model set (e.g. quotes/models/en)."),
    tokenizer_steps: int = typer.Option(4000, help="Training steps of the tokenizer."),
    parser_size: str = typer.Option("small", help="small (the shipped size) or large (hidden 400, 3 layers, "
                                                  "biaffine 400: some 4x slower; for a GPU or a long run)."),
    parser_seed: int = typer.Option(1234, help="Random seed of the parser's training; parsers trained "
                                               "with other seeds make an ensemble (`quotes model ensemble`)."),
) -> None:
    """Train the English Stanza models from UD EWT + GUM (resumable, one step at a time)."""
    from quotes import training

    argv = ["--ud", str(ud), "--work", str(work)] + (["--out", str(out)] if out else [])
    for step in only or []:
        argv += ["--only", step]
    for folder in text or []:
        argv += ["--text", str(folder)]
    if force:
        argv.append("--force")
    if continue_from:
        argv += ["--continue-from", str(continue_from)]
    argv += ["--tokenizer-steps", str(tokenizer_steps), "--parser-size", parser_size,
             "--parser-seed", str(parser_seed)]
    raise typer.Exit(training.main(argv))


@model_app.command("ensemble")
def model_ensemble(
    parsers: List[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                         help="Parser files trained on the same data (e.g. other seeds)."),
    pretrain: Path = typer.Option(..., exists=True, dir_okay=False,
                                  help="The word vectors the parsers were trained with (pretrain.pt)."),
    out: Path = typer.Option(..., help="The ensemble parser file to write (e.g. quotes/models/en/depparse.pt)."),
) -> None:
    """Combine parsers into one Stanza ensemble parser file (scores summed; float16 weights)."""
    from quotes import training

    try:
        written = training.build_parser_ensemble(list(parsers), pretrain, out)
    except (ValueError, FileNotFoundError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2)
    typer.echo(f"{written}\t{written.stat().st_size / 1e6:.1f} MB\t{len(parsers)} parsers")


@model_app.command("float16")
def model_float16(
    files: List[Path] = typer.Argument(..., exists=True, dir_okay=False,
                                       help="Stanza model files (tagger, lemmatizer, tokenizer, pretrain ...)."),
) -> None:
    """Rewrite model files in place with float16 weights (half the size)."""
    from quotes import training

    for path in files:
        try:
            training.store_float16(path)
        except (ValueError, FileNotFoundError) as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2)
        typer.echo(f"{path}\t{path.stat().st_size / 1e6:.1f} MB")


@model_app.command("confidence")
def model_confidence(
    gold: Path = typer.Argument(..., exists=True, dir_okay=False, help="Gold attributions (PolNeAR JSONL)."),
    out: Path = typer.Option(..., help="The confidence model to write (e.g. quotes/models/en/confidence.json)."),
    docs: Optional[Path] = typer.Option(None, help="Folder of <doc_id>.txt (default: docs/ beside GOLD)."),
    split: str = typer.Option("train", help="The gold split to fit on."),
    l2: float = typer.Option(1.0, min=0.0, help="L2 penalty on the feature weights."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR"),
    rules_dir: Optional[str] = typer.Option(None, "--rules-dir", envvar="QUOTES_RULES_DIR"),
) -> None:
    """Fit the records' confidence model on gold attributions and choose its threshold."""
    import orjson

    from quotes.evaluate import fit_confidence
    from quotes.extract import Options

    fitted = fit_confidence(gold, docs or gold.parent / "docs", split,
                            Options(model_dir=model_dir, rules_dir=rules_dir), l2)
    if not fitted["trained_on"]["records"]:
        typer.echo(f"error: no records on the {split!r} documents of {gold}", err=True)
        raise typer.Exit(2)
    out.write_bytes(orjson.dumps(fitted, option=orjson.OPT_INDENT_2) + b"\n")
    chosen = fitted["cross_validation"][f"{fitted['threshold']:.2f}"]
    typer.echo(f"{out}\t{fitted['trained_on']['records']} records, threshold {fitted['threshold']:.2f}: "
               f"cross-validated content F1 {fitted['cross_validation']['0.00']['content']} -> {chosen['content']}")


@model_app.command("evaluate")
def model_evaluate(
    conllu: Path = typer.Option(..., exists=True, dir_okay=False, help="Gold CoNLL-U file."),
    model_dir: Optional[str] = typer.Option(None, "--model-dir", envvar="QUOTES_MODEL_DIR"),
    gold_tokens: bool = typer.Option(False, help="Also score from gold tokenization."),
    tokenizer_breaks: bool = typer.Option(False, "--tokenizer-breaks",
                                          help="Keep the tokenizer's output as it is (by default a sentence "
                                               "break after a title such as 'Sen.' is undone and a word "
                                               "without an apostrophe such as 'Its' is never split, as "
                                               "`quotes extract` does)."),
    rules_dir: Optional[str] = typer.Option(None, "--rules-dir", envvar="QUOTES_RULES_DIR"),
) -> None:
    """Parse the raw text of a CoNLL-U file end to end and print CoNLL 2018 scores."""
    from quotes.modeleval import evaluate, format_scores
    from quotes.rules import load_rules

    from quotes.parse import Tokenizing

    tokenizing = Tokenizing() if tokenizer_breaks else Tokenizing.from_patterns(load_rules(rules_dir).patterns)
    scores = evaluate(conllu, model_dir, gold_tokens=gold_tokens, tokenizing=tokenizing)
    typer.echo(format_scores(scores))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
