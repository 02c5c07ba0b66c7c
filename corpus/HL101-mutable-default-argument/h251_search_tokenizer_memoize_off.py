"""Search indexing: index_document() splits a document into terms with the
module's default WhitespaceTokenizer and appends (doc, position) postings.
The tokenizer can memoize the token list per input text, which pays off when
a batch repeats the same titles."""
import itertools
import re

_docs = itertools.count()

_WORD = re.compile(r"\w+")


class WhitespaceTokenizer:
    def __init__(self, lowercase=True, memoize=False):
        self.lowercase = lowercase
        self.memoize = memoize
        self._memo = {}

    def tokenize(self, text):
        if self.memoize and text in self._memo:
            return self._memo[text]
        tokens = _WORD.findall(text.lower() if self.lowercase else text)
        if self.memoize:
            self._memo[text] = tokens
        return tokens


def index_document(doc_id, text, postings, tokenizer=WhitespaceTokenizer(memoize=False)):  # expect: HL101 refuted
    for position, term in enumerate(tokenizer.tokenize(text)):
        postings.setdefault(term, []).append((doc_id, position))
    return postings


def scenario():
    n = next(_docs)
    postings = index_document(n, f"Release notes for build {n}: fixed crash in parser", {})
    return len(postings)
