"""DUC 2004 multi-document summaries: every newsdesk summarizer next to a LexRank baseline, in one run.

    .venv/bin/pip install -e '.[bench]'   # sumy, for LexRank
    .venv/bin/python bench/bench_mds.py [../shared/eval/mds/duc2004/dev.jsonl]

Each system gets the same Articles (the product's cleaning of each DUC document) and the same 100-word budget,
and is scored with newsdesk's ROUGE-1.5.5 (-n 2 -m -l 100 -f A). The peers stored in the split are scored in
the same run. Prints recall and F of ROUGE-1/2 and seconds per cluster, with speed as a ratio of centroid's.
LexRank (Erkan & Radev, 2004) is sumy's, given newsdesk's sentences and a plain regex word tokenizer (sumy's
own Tokenizer needs NLTK data that cannot be downloaded here); sentences are taken by LexRank score while they
fit the budget.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from newsdesk.errors import MissingExtra
from newsdesk.evaluate.mds import score_clusters
from newsdesk.model import Article, Citation, SummarySentence
from newsdesk.summarize import SUMMARIZERS
from newsdesk.summarize.citations import sentence_pool

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/eval/mds/duc2004/dev.jsonl"
_WORD = re.compile(r"[A-Za-z0-9]+")


class _Words:
    """The tokenizer interface sumy's document model expects, without NLTK."""

    language = "english"

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def summarize_lexrank(articles: Sequence[Article], words: int) -> tuple[SummarySentence, ...]:
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as error:
        raise MissingExtra("LexRank baseline", "bench", "sumy") from error
    pool = sentence_pool(articles)
    words_of = _Words()
    document = ObjectDocumentModel([Paragraph([Sentence(s.text, words_of) for _, s in pool])])
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    # sumy's __call__ returns the top sentences in document order; the ranking itself is what we need.
    sentence_words = [summarizer._to_words_set(s) for s in document.sentences]
    tf = summarizer._compute_tf(sentence_words)
    idf = summarizer._compute_idf(sentence_words)
    matrix = summarizer._create_matrix(sentence_words, summarizer.threshold, tf, idf)
    scores = summarizer.power_method(matrix, summarizer.epsilon)
    chosen, used = [], 0
    for j in sorted(range(len(pool)), key=lambda k: -scores[k]):
        length = len(pool[j][1].text.split())
        if used + length <= words:
            chosen.append(j)
            used += length
    chosen.sort(key=lambda j: (pool[j][1].i, j))
    return tuple(SummarySentence(pool[j][1].text, (Citation(pool[j][0].id, pool[j][1].i),)) for j in chosen)


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    systems = {**SUMMARIZERS, "sumy.lexrank (baseline)": summarize_lexrank}
    results = {name: score_clusters(path, summarize) for name, summarize in systems.items()}
    base = results["summarize.centroid.v1"]["seconds_per_cluster"] or 1e-9
    print(f"{'system':<28} {'R-1':>7} {'R-2':>7} {'R-1 F':>7} {'R-2 F':>7} {'s/cluster':>9} {'x centroid':>10}")
    for name, r in results.items():
        print(
            f"{name:<28} {r['rouge1']:7.5f} {r['rouge2']:7.5f} {r['rouge1_f']:7.5f} {r['rouge2_f']:7.5f} "
            f"{r['seconds_per_cluster']:9.3f} {r['seconds_per_cluster'] / base:10.2f}"
        )
    for name, r in sorted(next(iter(results.values()))["peers"].items(), key=lambda kv: -kv[1]["rouge2"]):
        print(f"{'peer ' + name:<28} {r['rouge1']:7.5f} {r['rouge2']:7.5f} {r['rouge1_f']:7.5f} {r['rouge2_f']:7.5f}")


if __name__ == "__main__":
    main()
