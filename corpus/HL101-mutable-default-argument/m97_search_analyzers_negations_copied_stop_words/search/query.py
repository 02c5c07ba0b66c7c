"""Parse a search-box query: the terms to match, minus the "-word" exclusions."""
from .analyzers import Analyzer, for_language

__all__ = ["parse"]


def parse(text, lang="en"):
    excluded = {word[1:].lower() for word in text.split() if word.startswith("-")}
    # excluded words are dropped like stop words, using a copy of the language's set
    analyzer = Analyzer(lang, for_language(lang).stop_words | excluded)
    return {"lang": lang, "terms": analyzer.tokens(text), "exclude": sorted(excluded)}
