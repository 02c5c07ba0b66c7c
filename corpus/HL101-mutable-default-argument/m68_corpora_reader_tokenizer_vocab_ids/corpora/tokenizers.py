"""Tokenizers: split text into word and punctuation tokens."""
import re

__all__ = ["WordPunctTokenizer"]


class WordPunctTokenizer:
    pattern = re.compile(r"\w+|[^\w\s]+")

    def __init__(self):
        self.ids = {}

    def tokenize(self, text):
        tokens = self.pattern.findall(text)
        for tok in tokens:
            self.ids.setdefault(tok, len(self.ids))  # stable ids for the vectoriser
        return tokens
