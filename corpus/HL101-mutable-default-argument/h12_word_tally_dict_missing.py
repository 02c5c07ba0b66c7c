"""Text stats: a dict subclass whose __missing__ inserts a zero, used as a shared default tally."""
import itertools


class Tally(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0


def count_words(text, tally=Tally()):  # expect: HL101 confirmed
    for word in text.lower().split():
        tally[word] += 1
    return max(tally.values())


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return count_words(f"Alpha beta{n} gamma{n} alpha")
