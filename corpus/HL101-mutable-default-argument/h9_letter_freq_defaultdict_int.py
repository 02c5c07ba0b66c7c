"""Word game: running letter frequencies over every word played; words are new each call, but letters are a small alphabet."""
import itertools
from collections import defaultdict


def letter_freq(word, counts=defaultdict(int)):  # expect: HL101 refuted
    for ch in word.lower():
        if ch.isalpha():
            counts[ch] += 1
    return max(counts, key=counts.get)


_words = itertools.count()


def scenario():
    n = next(_words)
    return letter_freq(f"Player{n}Word")
