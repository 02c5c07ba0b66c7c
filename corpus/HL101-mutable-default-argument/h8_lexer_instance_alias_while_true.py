"""Expression lexer: the tokenizer hands its errors default to a per-call lexer object, whose while-True scanner logs the first bad character."""
import itertools


class _Lexer:
    def __init__(self, text, errors):
        self.text = text
        self.pos = 0
        self.errors = errors

    def next_token(self):
        while True:
            if self.pos >= len(self.text):
                return None
            ch = self.text[self.pos]
            self.pos += 1
            if ch.isspace():
                continue
            if ch.isalnum():
                start = self.pos - 1
                while self.pos < len(self.text) and self.text[self.pos].isalnum():
                    self.pos += 1
                return self.text[start:self.pos]
            self.errors.append(f"bad char {ch!r} at {self.pos - 1} in {self.text!r}")
            break
        return None


def tokenize(text, errors=[]):  # expect: HL101 confirmed
    lexer = _Lexer(text, errors)
    out = []
    while True:
        tok = lexer.next_token()
        if tok is None:
            break
        out.append(tok)
    return out


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return tokenize(f"sum {n} + {n + 1}")
