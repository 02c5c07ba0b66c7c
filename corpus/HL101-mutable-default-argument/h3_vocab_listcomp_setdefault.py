"""Tokenizer: maps words to ids with setdefault inside a list comprehension."""
import itertools


def encode(text, vocab={}):  # expect: HL101 confirmed
    return [vocab.setdefault(word, len(vocab)) for word in text.split()]


_docs = itertools.count()


def scenario():
    n = next(_docs)
    encode(f"the order {n} shipped to warehouse w{n % 4}")
