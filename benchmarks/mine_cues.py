"""Which verbs introduce content in PolNeAR, and how often: candidates for rules/cues.toml.

For every verb with a dependent of a given shape (an object, a clausal complement, an
infinitive, a "for"/"about"/... phrase), counts how often PolNeAR's annotators marked that
verb as a cue with that dependent as (the start of) the content. Lemmas that are not yet in
the lexicon for that shape and pass the thresholds are printed, best first, for a person to
read and curate: the rule files stay hand-written.

    python benchmarks/mine_cues.py [--split train] [--min-count 3] [--min-precision 0.5]

Uses the parse cache of `quotes eval` (documents not parsed yet are skipped unless --parse).
Skips when ../shared/polnear is absent.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = ROOT.parent / "shared" / "polnear"


def shapes_of(tree, word) -> list[tuple[str, object]]:
    """(shape, dependent) for each dependent of a verb that could carry content."""
    from quotes.deps import base

    found = []
    for kid in tree.kids(word):
        relation = base(kid.deprel)
        if relation in ("obj", "ccomp", "xcomp"):
            found.append((relation, kid))
        elif relation in ("obl", "advcl"):
            openers = tree.kids(kid, {"case"} if relation == "obl" else {"mark"})
            opener = next((w for w in openers if w.id < kid.id and w.id > word.id), None)
            if opener is not None and opener.upos in ("ADP", "SCONJ"):
                found.append((f"{relation}:{opener.text.lower()}", kid))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="train")
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--min-precision", type=float, default=0.5)
    parser.add_argument("--parse", action="store_true", help="Parse documents missing from the cache.")
    args = parser.parse_args()
    if not POLNEAR.is_dir():
        print(f"skipped: {POLNEAR} is absent")
        return 0
    sys.path.insert(0, str(ROOT))
    import orjson

    from quotes.deps import Tree
    from quotes.parse import ParseCache, Tokenizing, default_cache_dir, load_pipeline, model_identity, \
        parse_identity, parse_texts, resolve_model_dir
    from quotes.rules import load_rules
    from quotes.text import make_text

    gold = collections.defaultdict(list)
    for line in (POLNEAR / "gold.jsonl").read_bytes().splitlines():
        relation = orjson.loads(line)
        if relation["split"] == args.split and relation.get("cue"):
            gold[relation["doc_id"]].append(relation)
    model_dir = resolve_model_dir(None)
    tokenizing = Tokenizing.from_patterns(load_rules(None).patterns)
    cache = ParseCache(default_cache_dir(), parse_identity(model_identity(model_dir), tokenizing))
    texts = [make_text(doc_id, (POLNEAR / "docs" / f"{doc_id}.txt").read_text(encoding="utf-8"), None, nfc=False)
             for doc_id in sorted(gold)]
    if not args.parse:
        texts = [t for t in texts if cache.get(t) is not None]
    parsed = parse_texts(texts, lambda: load_pipeline(str(model_dir), tokenizing=tokenizing), cache)

    seen, marked = collections.Counter(), collections.Counter()
    for document in parsed:
        relations = gold[document.text.id]
        for sentence in document.sentences:
            tree = Tree.of(sentence)
            for word in sentence.words:
                if word.upos != "VERB":
                    continue
                lemma = (word.lemma or word.text).lower()
                for shape, kid in shapes_of(tree, word):
                    seen[lemma, shape] += 1
                    span = tree.subtree(kid)
                    start, end = span[0].start_char, span[-1].end_char
                    if any(r["cue"]["start"] <= word.start_char < r["cue"]["end"]
                           and r["content"]["start"] < end and start < r["content"]["end"] for r in relations):
                        marked[lemma, shape] += 1

    rules = load_rules()
    known = {shape: set() for shape in ("obj", "ccomp", "xcomp")}
    phrasal = set()
    for verb_class in rules.verb_classes:
        for shape in known:
            if shape in verb_class.content:
                known[shape] |= verb_class.lemmas
        phrasal |= {(verb, prep) for verb, _, prep in verb_class.phrasal}
    rows = []
    for (lemma, shape), count in seen.items():
        hits = marked[lemma, shape]
        if count < args.min_count or hits / count < args.min_precision:
            continue
        if shape in known and lemma in known[shape]:
            continue
        if ":" in shape and (lemma, shape.split(":")[1]) in phrasal:
            continue
        rows.append((hits / count, hits, count, lemma, shape))
    print(f"{len(parsed)} documents of {args.split}; candidates not in the lexicon "
          f"(count >= {args.min_count}, precision >= {args.min_precision}):")
    for precision, hits, count, lemma, shape in sorted(rows, key=lambda r: (-r[1] * r[0], r[3])):
        print(f"  {lemma:16} {shape:14} {hits:4d}/{count:<4d} {precision:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
