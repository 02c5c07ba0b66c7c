"""Inverted-index builder: `batch()` is a nestable contextmanager that hands
out a pending-documents list default, and after the block indexes the
documents queued since it started, passes the postings on and deletes them.
A document failing validation raises inside the block; the caller skips the
batch, but the generator never resumes after `yield`, so the documents
queued before the bad one stay in the shared list for good."""
import contextlib
import itertools

_batches = itertools.count()


@contextlib.contextmanager
def batch(sink, pending=[]):  # expect: HL101 confirmed
    start = len(pending)
    yield pending
    postings = {}
    for doc_id, text in pending[start:]:
        for term in sorted(set(text.lower().split())):
            postings.setdefault(term, []).append(doc_id)
    sink(postings)
    del pending[start:]


def scenario():
    n = next(_batches)
    postings = {}
    try:
        with batch(postings.update) as docs:
            for i, text in enumerate((f"Order {n} shipped", f"order {n} paid", "" if n % 2 else "ok")):
                if not text.strip():
                    raise ValueError(f"empty document {n}-{i}")
                docs.append((f"{n}-{i}", text))
    except ValueError:
        pass
    return postings
