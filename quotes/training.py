"""Train the shipped English Stanza models from UD English EWT + GUM.

Each processor is one step (`layout`, `pretrain`, `tokenize`, `mwt`, `lemma`, `pos`,
`depparse`) that calls Stanza's own training entry points with settings sized for a
2-core CPU (no charlm, small dimensions, a pretrain built here from the treebanks'
own text). A step whose model already exists is skipped, so the command resumes;
steps can run one at a time (`--only`) or side by side in separate processes.
Finished models are copied into the model directory with `install`.
"""

from __future__ import annotations

import collections
import logging
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import regex

TREEBANK = "UD_English-Quotes"
SHORT = "en_quotes"
SOURCE_TREEBANKS = ("en_ewt", "en_gum")
SPLITS = ("train", "dev", "test")
STEPS = ("layout", "pretrain", "tokenize", "mwt", "lemma", "pos", "depparse")

# Sizes chosen for a 2-core CPU; measured figures are in quotes/models/en/README.md.
POS_ARGS = [
    "--batch_size", "50", "--hidden_dim", "200", "--char_hidden_dim", "200",
    "--deep_biaff_hidden_dim", "200", "--composite_deep_biaff_hidden_dim", "100",
    "--max_steps", "40000", "--eval_interval", "400", "--max_steps_before_stop", "6000",
]
DEPPARSE_ARGS = [
    "--batch_size", "1500", "--hidden_dim", "256", "--char_hidden_dim", "200",
    "--deep_biaff_hidden_dim", "128", "--num_layers", "2",
    "--max_steps", "60000", "--eval_interval", "400", "--max_steps_before_stop", "6000",
    "--second_optim_start_step", "2800",
]
# A larger parser for a machine with time or a GPU: 4.0 s a step on this project's 2 cores
# (the shipped size: 1.0 s); train it in its own work folder with the shipped word vectors.
def _overridden(args: list[str], **values: str) -> list[str]:
    """A copy of Stanza arguments with some options' values replaced."""
    result = list(args)
    for name, value in values.items():
        result[result.index(f"--{name}") + 1] = value
    return result


LARGE_DEPPARSE_ARGS = _overridden(DEPPARSE_ARGS, hidden_dim="400", num_layers="3", deep_biaff_hidden_dim="400")
PARSER_SIZES = {"small": DEPPARSE_ARGS, "large": LARGE_DEPPARSE_ARGS}
# Stanza's own default; another seed trains another member of a parser ensemble.
PARSER_SEED = 1234
TOKENIZER_STEPS = 4000
TOKENIZE_ARGS = ["--eval_steps", "400"]
LEMMA_ARGS = ["--num_epoch", "1", "--batch_size", "100"]
MWT_ARGS = ["--num_epoch", "10"]

PRETRAIN_VOCAB = 20000
PRETRAIN_DIM = 100
PRETRAIN_WINDOW = 4


@dataclass(frozen=True)
class TrainPaths:
    work: Path

    @property
    def udbase(self) -> Path:
        return self.work / "ud"

    @property
    def treebank_dir(self) -> Path:
        return self.udbase / TREEBANK

    def conllu(self, split: str) -> Path:
        return self.treebank_dir / f"{SHORT}-ud-{split}.conllu"

    @property
    def data_root(self) -> Path:
        return self.work / "data"

    @property
    def saved(self) -> Path:
        return self.work / "saved_models"

    @property
    def pretrain(self) -> Path:
        return self.saved / "pretrain" / f"{SHORT}.pretrain.pt"

    @property
    def logs(self) -> Path:
        return self.work / "logs"

    def model(self, step: str) -> Path:
        names = {
            "tokenize": f"tokenize/{SHORT}_nocharlm_tokenizer.pt",
            "mwt": f"mwt/{SHORT}_mwt_expander.pt",
            "lemma": f"lemma/{SHORT}_lemmatizer.pt",
            "pos": f"pos/{SHORT}_tagger.pt",
            "depparse": f"depparse/{SHORT}_parser.pt",
            "pretrain": f"pretrain/{SHORT}.pretrain.pt",
        }
        return self.saved / names[step]

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(
            DATA_ROOT=str(self.data_root),
            UDBASE=str(self.udbase),
            WORDVEC_DIR=str(self.work / "wordvec"),
            OMP_NUM_THREADS=env.get("OMP_NUM_THREADS", "1"),
        )
        # Keep freed memory in the process: returning it to the kernel after every
        # batch made training spend most of its time in page faults on these VMs.
        env.update(MALLOC_MMAP_THRESHOLD_="1000000000000", MALLOC_TRIM_THRESHOLD_="1000000000000",
                   MALLOC_TOP_PAD_="1000000000")
        return env


# ---------------------------------------------------------------- layout
def layout(paths: TrainPaths, ud_dir: Path) -> None:
    """One combined treebank: EWT + GUM for each split, files concatenated as they are."""
    paths.treebank_dir.mkdir(parents=True, exist_ok=True)
    for split in SPLITS:
        sources = [ud_dir / name / f"{name}-ud-{split}.conllu" for name in SOURCE_TREEBANKS]
        for source in sources:
            if not source.is_file():
                raise FileNotFoundError(f"UD treebank file not found: {source}")
        target = paths.conllu(split)
        with target.open("w", encoding="utf-8") as out:
            for source in sources:
                out.write(source.read_text(encoding="utf-8"))


# ---------------------------------------------------------------- pretrain
_RAW_TOKEN = regex.compile(r"n't|\p{L}+(?:[-']\p{L}+)*|\p{N}+(?:[.,]\p{N}+)*|\S")


def conllu_sentences_forms(path: Path):
    words: list[str] = []
    for line in path.open(encoding="utf-8"):
        if line.startswith("#"):
            continue
        line = line.rstrip("\n")
        if not line:
            if words:
                yield words
                words = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append(cols[1])
    if words:
        yield words


def raw_text_sentences(directory: Path):
    for path in sorted(directory.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            tokens = _RAW_TOKEN.findall(paragraph)
            if tokens:
                yield tokens


def build_pretrain(paths: TrainPaths, extra_text_dirs: list[Path]) -> None:
    """Word vectors from PPMI + truncated SVD over the training text, saved as a Stanza pretrain."""
    import numpy as np
    from stanza.models.common.pretrain import Pretrain

    corpus = [[w.lower() for w in s] for s in conllu_sentences_forms(paths.conllu("train"))]
    for directory in extra_text_dirs:
        corpus.extend([[w.lower() for w in s] for s in raw_text_sentences(directory)])
    counts = collections.Counter(w for s in corpus for w in s)
    vocab = [w for w, _ in counts.most_common(PRETRAIN_VOCAB)]
    index = {w: i for i, w in enumerate(vocab)}
    size = len(vocab)
    cooc = np.zeros((size, size), dtype=np.float32)
    for sentence in corpus:
        ids = [index.get(w, -1) for w in sentence]
        for pos, centre in enumerate(ids):
            if centre < 0:
                continue
            for offset in range(1, PRETRAIN_WINDOW + 1):
                if pos + offset >= len(ids):
                    break
                other = ids[pos + offset]
                if other >= 0:
                    weight = 1.0 / offset
                    cooc[centre, other] += weight
                    cooc[other, centre] += weight
    total = cooc.sum()
    row = cooc.sum(axis=1, keepdims=True)
    col = cooc.sum(axis=0, keepdims=True) ** 0.75
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(cooc * total / (row * col))
    pmi[~np.isfinite(pmi)] = 0.0
    np.maximum(pmi, 0.0, out=pmi)
    rng = np.random.default_rng(0)
    sketch = pmi @ rng.standard_normal((size, PRETRAIN_DIM + 20)).astype(np.float32)
    basis, _ = np.linalg.qr(sketch)
    small = basis.T @ pmi
    u_small, singular, _ = np.linalg.svd(small, full_matrices=False)
    vectors = (basis @ u_small[:, :PRETRAIN_DIM]) * np.sqrt(singular[:PRETRAIN_DIM])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True).clip(1e-6)
    text_file = paths.work / "wordvec" / f"{SHORT}.vectors.txt"
    text_file.parent.mkdir(parents=True, exist_ok=True)
    with text_file.open("w", encoding="utf-8") as out:
        out.write(f"{size} {PRETRAIN_DIM}\n")
        for word, vector in zip(vocab, vectors):
            if " " in word:
                continue
            out.write(word + " " + " ".join(f"{x:.5f}" for x in vector) + "\n")
    paths.pretrain.parent.mkdir(parents=True, exist_ok=True)
    Pretrain(str(paths.pretrain), str(text_file), max_vocab=-1).load()


# ---------------------------------------------------------------- processors
def _stanza(paths: TrainPaths, module: str, args: list[str], log_name: str) -> None:
    """Run a Stanza training entry point in a child process with our speed-ups applied."""
    paths.logs.mkdir(parents=True, exist_ok=True)
    log_file = paths.logs / f"{log_name}.log"
    command = [sys.executable, "-m", "quotes.training_entry", module, *args]
    with log_file.open("a", encoding="utf-8") as log:
        log.write("$ " + " ".join(command) + "\n")
        log.flush()
        result = subprocess.run(command, env=paths.env(), cwd=paths.work, stdout=log,
                                stderr=subprocess.STDOUT)
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed (exit {result.returncode}); see {log_file}")


def train_tokenize(paths: TrainPaths, steps: int = TOKENIZER_STEPS) -> None:
    _stanza(paths, "stanza.utils.datasets.prepare_tokenizer_treebank", [TREEBANK], "tokenize")
    _stanza(paths, "stanza.utils.training.run_tokenizer",
            [TREEBANK, "--no_charlm", "--save_dir", str(paths.saved / "tokenize"),
             "--steps", str(steps), *TOKENIZE_ARGS], "tokenize")


def train_mwt(paths: TrainPaths) -> None:
    _stanza(paths, "stanza.utils.datasets.prepare_mwt_treebank", [TREEBANK], "mwt")
    _stanza(paths, "stanza.utils.training.run_mwt",
            [TREEBANK, "--save_dir", str(paths.saved / "mwt"), *MWT_ARGS], "mwt")


def _common(paths: TrainPaths, step: str) -> list[str]:
    language = [] if step == "lemma" else ["--lang", "en"]
    return ["--train_file", str(paths.conllu("train")), "--eval_file", str(paths.conllu("dev")),
            *language, "--shorthand", SHORT, "--mode", "train",
            "--save_dir", str(paths.model(step).parent),
            "--save_name", paths.model(step).name]


def train_lemma(paths: TrainPaths) -> None:
    _stanza(paths, "stanza.models.lemmatizer", _common(paths, "lemma") + LEMMA_ARGS, "lemma")


def train_pos(paths: TrainPaths) -> None:
    _stanza(paths, "stanza.models.tagger",
            _common(paths, "pos") + ["--wordvec_pretrain_file", str(paths.pretrain)] + POS_ARGS, "pos")


def parser_checkpoint(paths: TrainPaths) -> Path:
    """Where Stanza's parser keeps its latest checkpoint (its own naming rule)."""
    model = paths.model("depparse")
    return model.with_name(model.stem + "_checkpoint.pt")


def seed_parser_from(paths: TrainPaths, model_dir: Path) -> None:
    """Start the parser's work folder from a finished model set, so that training resumes it.

    The shipped parser file keeps its step count and dev history, so installed as both the
    checkpoint and the best model it lets Stanza resume its own schedule (step, optimizer
    stage, best score) instead of restarting at step 0 as `--continue_from` would.
    """
    sources = {paths.model("depparse"): model_dir / MODEL_FILES["depparse"],
               parser_checkpoint(paths): model_dir / MODEL_FILES["depparse"],
               paths.pretrain: model_dir / MODEL_FILES["pretrain"]}
    for target, source in sources.items():
        if not source.exists():
            raise FileNotFoundError(f"cannot continue from {model_dir}: {source} is missing")
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)


def train_depparse(paths: TrainPaths, size: str = "small", seed: int = PARSER_SEED) -> None:
    # No tag embeddings: the parser then does not inherit the tagger's errors end to end.
    _stanza(paths, "stanza.models.parser",
            _common(paths, "depparse") + ["--wordvec_pretrain_file", str(paths.pretrain),
                                          "--tag_emb_dim", "0", "--seed", str(seed)]
            + PARSER_SIZES[size], "depparse")


def run_step(step: str, paths: TrainPaths, ud_dir: Path, extra_text_dirs: list[Path],
             force: bool = False, continue_from: Path | None = None,
             tokenizer_steps: int = TOKENIZER_STEPS, parser_size: str = "small",
             parser_seed: int = PARSER_SEED) -> str:
    if step == "layout":
        if force or not paths.conllu("train").exists():
            layout(paths, ud_dir)
            return "done"
        return "exists"
    if not paths.conllu("train").exists():
        raise FileNotFoundError(f"run the layout step first: {paths.conllu('train')} is missing")
    target = paths.model(step)
    finished = target.with_suffix(".done")
    if finished.exists() and not force:
        return "exists"  # an interrupted step has a model but no marker: it runs again and
        # Stanza's trainers pick up their own checkpoint in the same folder
    if step == "depparse" and continue_from is not None:
        seed_parser_from(paths, continue_from)
    if step in ("pos", "depparse") and not paths.pretrain.exists():
        raise FileNotFoundError(f"run the pretrain step first: {paths.pretrain} is missing")
    actions = {
        "pretrain": lambda: build_pretrain(paths, extra_text_dirs),
        "tokenize": lambda: train_tokenize(paths, tokenizer_steps),
        "mwt": lambda: train_mwt(paths),
        "lemma": lambda: train_lemma(paths),
        "pos": lambda: train_pos(paths),
        "depparse": lambda: train_depparse(paths, parser_size, parser_seed),
    }
    actions[step]()
    finished.touch()
    return "done"


MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "lemma": "lemma.pt",
    "pos": "pos.pt",
    "depparse": "depparse.pt",
    "pretrain": "pretrain.pt",
}


def install(paths: TrainPaths, out_dir: Path) -> list[Path]:
    """Copy the trained models into a model directory that `quotes.parse` can load."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for step, name in MODEL_FILES.items():
        source = paths.model(step)
        if not source.exists():
            raise FileNotFoundError(f"model for {step} not trained yet: {source}")
        shutil.copyfile(source, out_dir / name)
        written.append(out_dir / name)
    resources = out_dir / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n", encoding="utf-8")
    return written


def build_parser_ensemble(parsers: list[Path], pretrain: Path, out: Path) -> Path:
    """One parser file whose scores are the sum of several parsers' scores.

    Stanza's own ensemble (`EnsembleGraphParser`), which its pipeline loads like a single
    parser. Members must share a vocabulary (trained on the same data layout). Weights are
    stored as float16: the file is half the size, and EWT dev LAS was the same to two decimals
    (a word whose two best heads score almost alike can change).
    """
    from stanza.models.common.foundation_cache import FoundationCache
    from stanza.models.common.pretrain import Pretrain
    from stanza.models.depparse.ensemble import build_ensemble

    if len(parsers) < 2:
        raise ValueError("an ensemble needs at least two parser files")
    vocabularies = []
    for parser in parsers:
        checkpoint = _load_model_file(parser, "parser")
        if not isinstance(checkpoint, dict) or "vocab" not in checkpoint or "model" not in checkpoint:
            raise ValueError(f"{parser} is not a Stanza parser file (no model or vocabulary in it)")
        if checkpoint.get("model_type", "graph") != "graph":
            raise ValueError(f"{parser} is not a single graph parser (it is {checkpoint['model_type']})")
        vocabularies.append(checkpoint["vocab"])
    for parser, vocabulary in zip(parsers[1:], vocabularies[1:]):
        if vocabulary != vocabularies[0]:
            raise ValueError(f"{parser} has another vocabulary than {parsers[0]}: "
                             "ensemble members must be trained on the same data")
    arguments = {"wordvec_pretrain_file": str(pretrain), "pretrain": True,
                 "charlm_forward_file": None, "charlm_backward_file": None}
    trainer, _ = build_ensemble(arguments, Pretrain(str(pretrain)), [str(p) for p in parsers],
                                FoundationCache())
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.save(str(out))
    store_float16(out)
    return out


def _load_model_file(path: Path, kind: str):
    """A Stanza model file's contents, or an error naming the file."""
    import torch

    if not path.is_file():
        raise FileNotFoundError(f"{kind} file not found: {path}")
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except Exception as error:  # torch raises many kinds for a file that is no model
        raise ValueError(f"{path} is not a Stanza {kind} file ({type(error).__name__})") from error


def _halved(value):
    """`value` with every floating-point tensor in it (however nested) in float16."""
    import torch

    if isinstance(value, torch.Tensor):
        return value.half() if value.is_floating_point() else value
    if isinstance(value, dict):
        return {key: _halved(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_halved(item) for item in value]
    return value


def store_float16(model_file: Path) -> Path:
    """Rewrite a Stanza model file (a processor's model or a pretrain) with float16 weights.

    Half the size; Stanza copies the weights into its float32 layers when it loads them (word
    vectors are widened by `quotes.stanza_speedups`). The vocabularies and settings stay as
    they were.
    """
    import torch

    saved = _load_model_file(model_file, "model")
    weights = [key for key in ("model", "emb") if isinstance(saved, dict) and key in saved]
    if not weights:
        raise ValueError(f"{model_file} is not a Stanza model file (no model or word vectors in it)")
    for key in weights:
        saved[key] = _halved(saved[key])
    # Stanza saves its models in the legacy format; the halves keep it.
    torch.save(saved, model_file, _use_new_zipfile_serialization=False)
    return model_file


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m quotes.training")
    parser.add_argument("--ud", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("build/train"))
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--only", choices=STEPS, action="append")
    parser.add_argument("--text", type=Path, action="append", default=[])
    parser.add_argument("--force", action="store_true")
    parser.add_argument("--continue-from", type=Path, default=None,
                        help="a model set whose parser training continues (e.g. quotes/models/en)")
    parser.add_argument("--tokenizer-steps", type=int, default=TOKENIZER_STEPS)
    parser.add_argument("--parser-size", choices=sorted(PARSER_SIZES), default="small")
    parser.add_argument("--parser-seed", type=int, default=PARSER_SEED,
                        help="random seed of the parser's training (another seed gives an ensemble member)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    paths = TrainPaths(args.work.resolve())
    for step in args.only or STEPS:
        outcome = run_step(step, paths, args.ud, args.text, args.force, args.continue_from, args.tokenizer_steps,
                           args.parser_size, args.parser_seed)
        print(f"{step}: {outcome}", flush=True)
    if args.out:
        install(paths, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
