"""Query tokenizer with a pushback stack shared through its default; the header parser leaves one lookahead token pushed back, and the next tokenizer pops it first, so the stack never holds more than one."""
import itertools
import re

_TOKEN = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")


class Tokenizer:
    def __init__(self, text, pushback=[]):  # expect: HL101 refuted
        self._tokens = iter(_TOKEN.findall(text))
        self._pushback = pushback

    def next(self):
        if self._pushback:
            return self._pushback.pop()
        num, name, op = next(self._tokens, ("", "", "EOF"))
        return ("NUM", num) if num else ("NAME", name) if name else ("OP", op)

    @property
    def lookahead(self):
        token = self.next()
        self._pushback.append(token)
        return token


def parse_header(tok):
    header = {}
    while tok.lookahead[0] == "NAME":
        key, _, value = tok.next()[1], tok.next(), tok.next()[1]
        header[key] = value
    return header


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return parse_header(Tokenizer(f"user = u{n} page = p{n} {n * 7} rows"))
