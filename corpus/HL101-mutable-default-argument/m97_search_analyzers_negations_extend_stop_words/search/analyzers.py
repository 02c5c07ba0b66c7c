"""Analyzers: lower-case, split into words, drop the language's stop words."""
import re

__all__ = ["Analyzer", "for_language", "register"]

_WORD = re.compile(r"\w+")
_REGISTRY = {}


class Analyzer:
    def __init__(self, lang, stop_words=set()):  # expect: HL101 confirmed
        self.lang = lang
        self.stop_words = stop_words

    def extend(self, words):
        self.stop_words.update(word.lower() for word in words)
        return self

    def tokens(self, text):
        return [w for w in _WORD.findall(text.lower()) if w not in self.stop_words]


def register(analyzer):
    _REGISTRY[analyzer.lang] = analyzer
    return analyzer


def for_language(lang):
    return _REGISTRY.get(lang) or Analyzer(lang)
