import functools

from .pool import executor
from .tokens import index_doc


def index_batch(docs):
    postings = []
    futures = [executor.submit(functools.partial(index_doc, sink=postings), doc) for doc in docs]
    words = sum(f.result() for f in futures)
    return words, len({word for word, _ in postings})
