"""Query expansion: every term plus its synonyms, without repeating a term."""
from .synonyms import SYNONYMS

__all__ = ["expand", "normalise"]


def normalise(query):
    return [word.lower().strip(",.") for word in query.split()]


def expand(query, seen=set()):  # expect: HL101 confirmed
    terms = []
    for word in normalise(query):
        for term in (word,) + SYNONYMS.get(word, ()):
            if term not in seen:
                seen.add(term)
                terms.append(term)
    return " OR ".join(terms)


def _explain(query):
    return {word: SYNONYMS.get(word, ()) for word in normalise(query)}
