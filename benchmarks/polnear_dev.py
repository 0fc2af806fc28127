"""PolNeAR dev figures in one command (skips when ../shared/polnear is absent).

    python benchmarks/polnear_dev.py [--split train] [--outermost]


Runs the extractor on the dev documents, scores it with the reference scorer's definitions,
and, when ../shared/tools/score.py is there, prints the reference scorer's own output too.
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "polnear"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev", help="dev (default) or train")
    parser.add_argument("--outermost", action="store_true", help="leave out nested statements")
    arguments = parser.parse_args()
    split = arguments.split
    if not POLNEAR.is_dir():
        print(f"skipped: {POLNEAR} is absent")
        return 0
    sys.path.insert(0, str(ROOT))
    import orjson

    from quotes.evaluate import evaluate
    from quotes.extract import Options
    from quotes.scoring import format_summary

    started = time.perf_counter()
    evaluation, texts, records = evaluate(POLNEAR / "gold.jsonl", POLNEAR / "docs", split, None,
                                          Options(outermost=arguments.outermost))
    elapsed = time.perf_counter() - started
    print(f"PolNeAR {split}: {len(texts)} documents, {len(records)} records, {elapsed:.1f} s")
    print(format_summary(evaluation.summary))
    rules = {}
    for record in records:
        rules[record["rule"]] = rules.get(record["rule"], 0) + 1
    print("records by rule:", dict(sorted(rules.items(), key=lambda kv: -kv[1])))
    if SCORER.exists():
        with tempfile.NamedTemporaryFile("wb", suffix=".jsonl", delete=False) as handle:
            handle.write(b"".join(orjson.dumps(r) + b"\n" for r in records))
        print("\nreference scorer:")
        subprocess.run([sys.executable, str(SCORER), str(POLNEAR / "gold.jsonl"), handle.name,
                        "--split", split], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
