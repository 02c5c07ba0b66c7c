"""Search tokenizer: each `Tokenizer` keeps its stop words on `self` and
`learn()` adds the terms that dominate a corpus sample. The constructor
stores the set default as is, but `learn()` rebinds `self._stop` to the
union of old and new words, so the shared default is never changed."""
import collections
import itertools

_samples = itertools.count()


class Tokenizer:
    def __init__(self, stopwords=set(), threshold=3):  # expect: HL101 refuted
        self._stop = stopwords
        self.threshold = threshold

    @property
    def stopwords(self):
        return frozenset(self._stop)

    def learn(self, sample):
        counts = collections.Counter(sample.lower().split())
        self._stop = self._stop | {word for word, c in counts.items() if c >= self.threshold}

    def tokenize(self, text):
        return [word for word in text.lower().split() if word not in self._stop]


def scenario():
    n = next(_samples)
    tok = Tokenizer()
    tok.learn(" ".join(f"tenant{n} ticket{n}-{i} tenant{n}" for i in range(3)))
    return tok.tokenize(f"tenant{n} reported ticket{n}-9"), len(tok.stopwords)
