"""Pronoun speaker resolution accuracy on GUM news and interview documents (gold trees and
gold coreference), in one command; skips when ../shared/ud is absent."""

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUM = ROOT.parent / "shared" / "ud" / "en_gum"


def main() -> int:
    if not GUM.is_dir():
        print(f"skipped: {GUM} is absent")
        return 0
    sys.path.insert(0, str(ROOT))
    from quotes.corefeval import evaluate_pronoun_speakers

    started = time.perf_counter()
    paths = sorted(GUM.glob("en_gum-ud-*.conllu"))
    result = evaluate_pronoun_speakers(paths)
    print(f"GUM news+interview (train+dev+test, gold trees): pronoun sources checked {result.checked}, "
          f"resolved to the right named entity {result.correct} ({100 * result.accuracy:.1f}%), "
          f"{time.perf_counter() - started:.1f} s")
    for example in result.examples[:10]:
        print("  wrong:", example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
