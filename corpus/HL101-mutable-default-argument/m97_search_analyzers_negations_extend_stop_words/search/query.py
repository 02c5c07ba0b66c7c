"""Parse a search-box query: the terms to match, minus the "-word" exclusions."""
from .analyzers import Analyzer

__all__ = ["parse"]


def parse(text, lang="en"):
    excluded = {word[1:].lower() for word in text.split() if word.startswith("-")}
    # excluded words are dropped like stop words, on a new analyzer for this query
    analyzer = Analyzer(lang).extend(excluded)
    return {"lang": lang, "terms": analyzer.tokens(text), "exclude": sorted(excluded)}
