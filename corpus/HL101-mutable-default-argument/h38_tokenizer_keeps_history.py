"""Search indexer: the default Tokenizer appends every token it produces to its history list."""
import itertools
import re


class Tokenizer:
    WORD = re.compile(r"[a-z0-9]+")
    STOP = frozenset({"the", "a", "of", "and"})

    def __init__(self):
        self.history = []

    def tokens(self, text):
        out = [w for w in self.WORD.findall(text.lower()) if w not in self.STOP]
        self.history.extend(out)
        return out


def index_document(doc_id, text, tokenizer=Tokenizer()):  # expect: HL101 confirmed
    postings = {}
    for pos, token in enumerate(tokenizer.tokens(text)):
        postings.setdefault(token, []).append((doc_id, pos))
    return postings


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return index_document(n, f"The history of invoice {n} and customer c{n * 3}")
