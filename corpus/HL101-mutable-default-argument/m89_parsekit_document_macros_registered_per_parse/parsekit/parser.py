"""Longest-match tokenizer over the registered rules."""
from . import grammar


class Parser:
    def __init__(self, keywords=()):
        for word in keywords:
            grammar.keyword(word)
        self.table = grammar.rules()

    def tokens(self, text):
        pos, out = 0, []
        while pos < len(text):
            if text[pos].isspace():
                pos += 1
                continue
            best, best_end = None, -1
            for kind, (match, action) in self.table.items():
                end = match(text, pos)
                if end >= best_end and end > pos:
                    best, best_end = (kind, action), end
            if best is None:
                raise SyntaxError(f"unexpected {text[pos]!r} at {pos}")
            out.append((best[0], best[1](text[pos:best_end])))
            pos = best_end
        return out


def tokenize(text):
    return Parser().tokens(text)
