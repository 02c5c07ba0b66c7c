"""Packrat parser for `key=value;...` connection strings: the memo table is keyed by (rule, pos) and emptied at the start of every parse, so it only ever holds the latest string's entries."""
import itertools


class ConnStringParser:
    def __init__(self, memo={}):  # expect: HL101 refuted
        self.memo = memo

    def apply(self, rule, text, pos):
        key = (rule.__name__, pos)
        if key not in self.memo:
            self.memo[key] = rule(text, pos)
        return self.memo[key]

    def pair(self, text, pos):
        end = text.find(";", pos)
        end = len(text) if end < 0 else end
        key, sep, value = text[pos:end].partition("=")
        return ((key.strip(), value.strip()), end) if sep and key.strip() else None

    def pairs(self, text, pos):
        head = self.apply(self.pair, text, pos)
        if head is None or head[1] >= len(text):
            return head and ([head[0]], head[1])
        tail = self.apply(self.pairs, text, head[1] + 1)
        return tail and ([head[0]] + tail[0], tail[1])

    def parse(self, text):
        self.memo.clear()
        result = self.apply(self.pairs, text, 0)
        return dict(result[0]) if result else {}


_dsns = itertools.count()


def scenario():
    n = next(_dsns)
    return ConnStringParser().parse(f"host=db{n}.internal; port={5432 + n % 10}; user=app{n}")
