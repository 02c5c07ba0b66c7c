"""Packrat parsing support: each (source, rule, position) result is memoised."""
import re

TOKEN = re.compile(r"\s*(\d+|[A-Za-z_]\w*|\S)")


class PackratParser:
    def __init__(self, source, memo={}):  # expect: HL101 refuted
        self.source = source
        self.tokens = TOKEN.findall(source)
        self.memo = memo  # (source, rule, pos) -> (node, next_pos)

    def peek(self, pos):
        return self.tokens[pos] if pos < len(self.tokens) else None

    def apply(self, rule, pos):
        key = (self.source, rule.__name__, pos)
        if key not in self.memo:
            self.memo[key] = rule(pos)
        return self.memo[key]
