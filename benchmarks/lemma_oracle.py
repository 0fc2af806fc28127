"""How much the parser loses to our lemmas: EWT test (or the CoNLL-U file given) parsed from
gold words with the shipped tagger's lemmas, then with the gold lemmas (the parser reads
lemmas, not tags). Prints UPOS, lemma, UAS and LAS F1 for both."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UD = ROOT.parent / "shared" / "ud"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    conllu = Path(sys.argv[1]) if len(sys.argv) > 1 else UD / "en_ewt" / "en_ewt-ud-test.conllu"
    if not conllu.exists():
        print(f"skipped: {conllu} is absent")
        return 0
    import stanza
    from stanza.utils.conll import CoNLL

    from quotes import stanza_speedups
    from quotes.modeleval import _conllu, _score

    stanza_speedups.apply()
    models = ROOT / "quotes" / "models" / "en"
    common = {"lang": "en", "tokenize_pretokenized": True, "download_method": None,
              "allow_unknown_language": True, "logging_level": "ERROR", "use_gpu": False, "dir": str(models)}
    # no MWT expansion, so that the tagger's words stay one to one with the gold words
    tagger = stanza.Pipeline(processors="tokenize,pos,lemma", tokenize_model_path=str(models / "tokenize.pt"),
                             pos_model_path=str(models / "pos.pt"), pos_pretrain_path=str(models / "pretrain.pt"),
                             lemma_model_path=str(models / "lemma.pt"), **common)
    parser = stanza.Pipeline(processors="depparse", depparse_pretagged=True,
                             depparse_model_path=str(models / "depparse.pt"),
                             depparse_pretrain_path=str(models / "pretrain.pt"), **common)
    words = [[w.text for w in s.words] for s in CoNLL.conll2doc(input_file=str(conllu)).sentences]
    predicted = tagger(words)
    for mode in ("our lemmas", "gold lemmas"):
        document = CoNLL.conll2doc(input_file=str(conllu))
        for sentence, tagged in zip(document.sentences, predicted.sentences):
            for word, ours in zip(sentence.words, tagged.words):
                word.upos, word.xpos, word.feats = ours.upos, ours.xpos, ours.feats
                if mode == "our lemmas":
                    word.lemma = ours.lemma
                word.head, word.deprel, word.deps = None, None, None
        scores = _score(conllu, _conllu([parser(document)]))
        print(f"{mode}: " + ", ".join(f"{m} {scores[m]:.2f}" for m in ("UPOS", "Lemmas", "UAS", "LAS")), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
