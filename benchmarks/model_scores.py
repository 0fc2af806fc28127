"""The model card's scores: CoNLL 2018 evaluation of the shipped models on EWT test and GUM
test, end to end from raw text and from gold tokens, with parse speed (words/s)."""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "ud"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from quotes.modeleval import METRICS, evaluate
    from quotes.parse import Tokenizing
    from quotes.rules import load_rules

    tokenizing = Tokenizing.from_patterns(load_rules(None).patterns)

    files = [UD / "en_ewt" / "en_ewt-ud-test.conllu", UD / "en_gum" / "en_gum-ud-test.conllu"]
    if not all(f.exists() for f in files):
        print(f"skipped: {UD} is absent")
        return 0
    print("| test set | input | " + " | ".join(METRICS) + " | words/s |")
    print("|---|---|" + "---|" * (len(METRICS) + 1))
    for path in files:
        started = time.perf_counter()
        for scores in evaluate(path, gold_tokens="--raw-only" not in sys.argv, tokenizing=tokenizing):
            name = path.name.split("-")[0]
            print(f"| {name} | {scores.mode} | " + " | ".join(f"{scores.f1[m]:.2f}" for m in METRICS)
                  + f" | {scores.words_per_second:.0f} |", flush=True)
        print(f"<!-- {path.name}: {time.perf_counter() - started:.0f} s -->", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
