"""Glossary builder: each document's long alphabetic words are merged into a word-length index with a dict comprehension."""
import itertools


def _letters(n):
    return "".join(chr(97 + int(d)) for d in str(n))


def learn(text, lengths={}):  # expect: HL101 confirmed
    words = [w.strip(".,;:").lower() for w in text.split()]
    lengths.update({w: len(w) for w in words if w.isalpha() and len(w) > 3})
    return len(words)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return learn(f"See the Term{_letters(n)} entry, rev {n}; also see the index.")
