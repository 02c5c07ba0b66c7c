"""Ingest worker: count the words of one newly uploaded article."""
import itertools

import corpora

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    text = f"Report {n}: sales rose in region r{n}.\nNext review on day d{n * 7}, as planned.\n"
    reader = corpora.PlaintextCorpusReader({f"article-{n}.txt": text})
    words = reader.words(f"article-{n}.txt")
    return len(words), reader.describe()
