"""Did-you-mean helper: `make_suggester()` returns a closure that maps a
misspelled query word to the closest vocabulary word (difflib ratio, picked
with `max` and a key) and memoizes the formatted answer in the `memo` dict
default. Before adding an answer to a full memo it evicts the oldest entry,
so the shared memo never holds more than 32 answers."""
import difflib
import itertools

_queries = itertools.count()
VOCAB = ("invoice", "shipment", "refund", "warehouse", "customer", "payment")


def make_suggester(vocab, memo={}, limit=32):  # expect: HL101 refuted
    def suggest(word):
        key = (vocab, word)
        if key not in memo:
            if len(memo) >= limit:
                memo.pop(next(iter(memo)))
            best = max(vocab, key=lambda v: difflib.SequenceMatcher(None, word, v).ratio())
            memo[key] = "{0} -> {1}".format(word, best)
        return memo[key]
    return suggest


def scenario():
    n = next(_queries)
    suggest = make_suggester(VOCAB)
    return suggest(f"refnd{n}"), suggest(f"custmer{n % 7}")
