"""Speed figures on >= 100 news-sized documents the script builds itself.

The corpus is PolNeAR's documents when ../shared/polnear is there, else the paragraphs of
UD GUM's news and interview documents cut into documents of about 500 words. Prints:
documents/s and words/s cold, the share of time in Stanza vs the rest, the cached re-run's
time (and whether its output is byte-identical), `quotes --help` time, and peak RSS.
"""

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
QUOTES = [sys.executable, "-m", "quotes.cli"]


def build_corpus(target: Path, count: int) -> int:
    target.mkdir(parents=True, exist_ok=True)
    polnear = SHARED / "polnear" / "docs"
    if polnear.is_dir():
        for path in sorted(polnear.glob("*.txt"))[:count]:
            shutil.copyfile(path, target / path.name)
        return len(list(target.glob("*.txt")))
    paragraphs, current = [], []
    for split in ("train", "dev", "test"):
        gum = SHARED / "ud" / "en_gum" / f"en_gum-ud-{split}.conllu"
        if not gum.exists():
            continue
        for line in gum.read_text(encoding="utf-8").splitlines():
            if line.startswith("# newpar") and current:
                paragraphs.append(" ".join(current))
                current = []
            elif line.startswith("# text = "):
                current.append(line[len("# text = "):])
    documents, words, buffer = 0, 0, []
    for paragraph in paragraphs:
        buffer.append(paragraph)
        words += len(paragraph.split())
        if words >= 500:
            (target / f"gum_{documents:04d}.txt").write_text("\n".join(buffer), encoding="utf-8")
            documents, words, buffer = documents + 1, 0, []
            if documents >= count:
                break
    return documents


def timed(args, env) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    completed = subprocess.run(args, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - started, completed


def main() -> int:
    count = int(os.environ.get("QUOTES_BENCH_DOCS", "100"))
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    corpus = work / "corpus"
    documents = build_corpus(corpus, count)
    if documents == 0:
        print("skipped: no corpus source in ../shared")
        return 0
    env = {**os.environ, "QUOTES_CACHE_DIR": str(work / "cache")}
    cold_s, cold = timed(QUOTES + ["extract", str(corpus), "-o", str(work / "cold.jsonl"), "--stats"], env)
    if cold.returncode != 0:
        print(cold.stderr.decode()[-2000:])
        return 1
    peak_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    stats = json.loads(cold.stderr.decode().strip().splitlines()[-1])
    warm_s, warm = timed(QUOTES + ["extract", str(corpus), "-o", str(work / "warm.jsonl"), "--stats"], env)
    warm_stats = json.loads(warm.stderr.decode().strip().splitlines()[-1])
    identical = (work / "cold.jsonl").read_bytes() == (work / "warm.jsonl").read_bytes()
    help_runs = [timed(QUOTES + ["--help"], env)[0] for _ in range(3)]
    rest = stats["total_seconds"] - stats["stanza_seconds"]
    print(f"corpus: {documents} documents, {stats['words']} words ({'PolNeAR' if (SHARED / 'polnear').is_dir() else 'GUM'})")
    print(f"cold run: {cold_s:.1f} s wall ({stats['total_seconds']:.1f} s in the pipeline), "
          f"{documents / cold_s:.2f} documents/s, {stats['words'] / cold_s:.0f} words/s")
    print(f"  Stanza (loading + parsing): {stats['stanza_seconds']:.1f} s; rule layer + records + I/O: "
          f"{rest:.2f} s = {100 * rest / stats['total_seconds']:.1f}% of the pipeline time")
    print(f"cached re-run: {warm_s:.2f} s wall ({warm_stats['stanza_seconds']:.2f} s in Stanza), "
          f"{cold_s / warm_s:.1f}x faster; output byte-identical: {identical}")
    print(f"quotes --help: {min(help_runs):.2f} s (best of 3)")
    print(f"peak RSS of the runs: {peak_rss_mb:.0f} MB")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
