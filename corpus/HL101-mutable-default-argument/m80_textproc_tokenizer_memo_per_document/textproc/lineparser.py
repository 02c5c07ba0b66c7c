"""Line parser: one statement per line; comments and blank lines are skipped."""
from .tokenizer import tokenize


class Statement:
    __slots__ = ("lineno", "keyword", "tokens")

    def __init__(self, lineno, keyword, tokens):
        self.lineno, self.keyword, self.tokens = lineno, keyword, tokens

    def __repr__(self):
        return f"<Statement {self.lineno}: {self.keyword or 'expr'} ({len(self.tokens)} tokens)>"


def parse(source):
    statements, memo = [], {}  # one memo per document: repeats inside it still hit
    for lineno, line in enumerate(source.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        tokens = tokenize(line, memo)
        kind, first = tokens[0]
        keyword = first if kind == "kw" else None
        statements.append(Statement(lineno, keyword, tokens[1:] if keyword else tokens))
    return statements
