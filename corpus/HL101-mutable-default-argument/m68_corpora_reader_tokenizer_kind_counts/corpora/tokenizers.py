"""Tokenizers: split text into word and punctuation tokens."""
import re

__all__ = ["WordPunctTokenizer"]


class WordPunctTokenizer:
    pattern = re.compile(r"\w+|[^\w\s]+")

    def __init__(self):
        self.counts = {"word": 0, "number": 0, "punct": 0}

    def tokenize(self, text):
        tokens = self.pattern.findall(text)
        for tok in tokens:
            kind = "number" if tok.isdigit() else "word" if tok[0].isalnum() else "punct"
            self.counts[kind] += 1  # running totals for the ingest dashboard
        return tokens
