"""Spell checker: the default is annotated with a string annotation "set[str]" and collects every unknown word."""
import itertools

KNOWN = frozenset({"the", "cat", "sat", "on", "mat"})


def unknown_words(text: str, reported: "set[str]" = set()) -> "list[str]":  # expect: HL101 confirmed
    fresh = []
    for word in text.lower().split():
        if word not in KNOWN and word not in reported:
            reported.add(word)
            fresh.append(word)
    return fresh


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return unknown_words(f"The cat sat on the zorb{n}")
