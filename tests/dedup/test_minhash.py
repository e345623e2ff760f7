from __future__ import annotations

import random
from dataclasses import replace

import pytest

from newsdesk.dedup import DuplicateIndex, find_duplicates, signature
from newsdesk.dedup.minhash import NUM_PERM, SCHEME, SEED, SHINGLE_WORDS, _permutations, _words
from newsdesk.model import Article
from tests.conftest import EVAL

from .wire import KINDS, load_t17, wire_copy

T17 = EVAL / "timelines" / "t17" / "dev"


def exact_containment(a: Article, b: Article) -> float:
    def shingles(article: Article) -> set[str]:
        words = _words(article.text)
        return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}

    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / max(1, min(len(sa), len(sb)))


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Two real same-story folders (Syria/Reuters, Haiti/BBC) plus 100 wire copies of 100 of their articles;
    the gold copy → original links and the links ``find_duplicates`` predicts."""
    real = load_t17(T17 / "SyrianCrisis_reuters") + load_t17(T17 / "haiti_bbc")
    rng = random.Random(7)
    originals = rng.sample(real, 100)
    copies = [wire_copy(a, KINDS[i % len(KINDS)], rng) for i, a in enumerate(originals)]
    gold = {c.id: o.id for c, o in zip(copies, originals, strict=True)}
    return real + copies, gold, find_duplicates(real + copies)


def test_wire_copies_precision_and_recall(corpus: tuple[list[Article], dict[str, str], dict[str, str]]) -> None:
    articles, gold, links = corpus
    by_id = {a.id: a for a in articles}
    found = {c: o for c, o in links.items() if c in gold or o in gold}
    # A synthetic copy is found when it points at its original, or the original points at it (same day,
    # the longer text counts as the more complete one), or both point at one earlier real copy of it.
    root = {a: links.get(a, a) for a in by_id}
    recall = sum(root[c] == root[o] for c, o in gold.items()) / len(gold)
    # Links between real articles are judged by exact shingle containment (the quantity MinHash estimates):
    # a predicted link is right when the two texts really share most of their shingles.
    correct = 0
    for copy, original in links.items():
        if copy in gold or original in gold:
            correct += root[copy] == root[original] and (gold.get(copy) or gold.get(original)) is not None
        else:
            correct += exact_containment(by_id[copy], by_id[original]) >= 0.5
    precision = correct / max(1, len(links))
    assert found, "no synthetic copy was linked at all"
    assert recall >= 0.95, f"recall {recall:.3f}"
    assert precision >= 0.95, f"precision {precision:.3f} over {len(links)} links"


def test_same_story_articles_are_not_copies(corpus: tuple[list[Article], dict[str, str], dict[str, str]]) -> None:
    """Real articles on one story that share little text are never linked, however close their topic."""
    articles, _, links = corpus
    by_id = {a.id: a for a in articles}
    for copy, original in links.items():
        if not copy.startswith("copy:") and not original.startswith("copy:"):
            assert exact_containment(by_id[copy], by_id[original]) >= 0.3, (copy, original)


def test_original_is_earliest_then_most_complete(seed_articles: dict[str, Article]) -> None:
    seed = seed_articles["000"]
    later = replace(seed, id="later", published=None, title="Another headline")
    short = replace(seed, id="short", text=seed.text[: len(seed.text) // 2] + " ", published=None)
    links = find_duplicates([later, short, seed])
    assert links == {"later": seed.id, "short": seed.id}


def test_incremental_index_matches_batch(seed_articles: dict[str, Article]) -> None:
    index = DuplicateIndex()
    articles = list(seed_articles.values())
    assert [index.add(signature(a)) for a in articles] == [None] * len(articles)  # five distinct reports
    copy = replace(articles[2], id="copy", title="New headline")
    assert index.add(signature(copy)) == articles[2].id


def test_window_forgets_oldest_and_reuses_its_row(seed_articles: dict[str, Article]) -> None:
    """Past ``window`` articles the oldest is forgotten (its copies are new originals) and its matrix row reused."""
    a, b, c = list(seed_articles.values())[:3]
    index = DuplicateIndex(window=2)
    assert [index.add(signature(x)) for x in (a, b, c)] == [None, None, None]
    assert index.add(signature(replace(a, id="copy-a", title="New headline"))) is None  # a was forgotten
    assert index.add(signature(replace(c, id="copy-c", title="New headline"))) == c.id
    assert len(index.ids) == 3 and sorted(index.rows) == sorted(["copy-a", c.id])  # rows: window + the one being added


def test_signature_is_deterministic(seed_articles: dict[str, Article]) -> None:
    a = seed_articles["001"]
    assert signature(a) == signature(replace(a))


def test_signature_is_datasketch_minhash(corpus: tuple[list[Article], dict[str, str], dict[str, str]]) -> None:
    """The vectorised hashing gives datasketch's own ``MinHash.update_batch`` values (SHA-1 per shingle), so
    signatures stored or computed by earlier versions stay comparable; short, empty and non-ASCII texts too."""
    from datasketch import MinHash

    articles, _, _ = corpus
    odd = ["", "one", "one two three four", "one two three four five", "Été à Zürich: naïve café, 東京 ünïcode, ok."]
    sample = articles[::15] + [Article(id=f"odd{i}", path="odd", text=t, sentences=()) for i, t in enumerate(odd)]
    for article in sample:
        words = _words(article.text)
        shingles = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
        reference = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
        reference.update_batch([s.encode() for s in shingles])
        sig = signature(article)
        assert sig.hashvalues == tuple(int(v) for v in reference.hashvalues), article.id
        assert sig.shingles == len(shingles)


def test_short_and_empty_texts_only_match_exactly() -> None:
    a = Article(id="a", path="a", text="Breaking news.", sentences=())
    b = Article(id="b", path="b", text="Breaking news!", sentences=())
    c = Article(id="c", path="c", text="", sentences=())
    assert find_duplicates([a, b, c]) == {"b": "a"}
