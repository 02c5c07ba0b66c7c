"""Did-you-mean helper: `make_suggester()` returns a closure that maps a
misspelled query word to the closest vocabulary word (difflib ratio, picked
with `max` and a key) and memoizes the formatted answer in the `memo` dict
default. Every suggester shares that memo and never evicts, so each new
query word stays in it."""
import difflib
import itertools

_queries = itertools.count()
VOCAB = ("invoice", "shipment", "refund", "warehouse", "customer", "payment")


def make_suggester(vocab, memo={}):  # expect: HL101 confirmed
    def suggest(word):
        key = (vocab, word)
        if key not in memo:
            best = max(vocab, key=lambda v: difflib.SequenceMatcher(None, word, v).ratio())
            memo[key] = "{0} -> {1}".format(word, best)
        return memo[key]
    return suggest


def scenario():
    n = next(_queries)
    suggest = make_suggester(VOCAB)
    return suggest(f"refnd{n}"), suggest(f"custmer{n % 7}")
