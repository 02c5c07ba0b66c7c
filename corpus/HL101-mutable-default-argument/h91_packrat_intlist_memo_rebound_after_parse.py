"""Packrat parser for comma-separated integers: rule results are memoised per (rule, text, pos); parse() drops the table afterwards by rebinding self.memo, which leaves the shared default full."""
import itertools


class IntListParser:
    def __init__(self, memo={}):  # expect: HL101 confirmed
        self.memo = memo

    def apply(self, rule, text, pos):
        key = (rule.__name__, text, pos)
        if key not in self.memo:
            self.memo[key] = rule(text, pos)
        return self.memo[key]

    def number(self, text, pos):
        end = pos
        while end < len(text) and text[end].isdigit():
            end += 1
        return (int(text[pos:end]), end) if end > pos else None

    def items(self, text, pos):
        head = self.apply(self.number, text, pos)
        if head is None or head[1] == len(text) or text[head[1]] != ",":
            return head and ([head[0]], head[1])
        tail = self.apply(self.items, text, head[1] + 1)
        return tail and ([head[0]] + tail[0], tail[1])

    def parse(self, text):
        result = self.apply(self.items, text, 0)
        self.memo = {}  # start the next parse with an empty table
        return result[0] if result and result[1] == len(text) else None


_rows = itertools.count()


def scenario():
    n = next(_rows)
    return IntListParser().parse(f"{n},{n * 7},{n % 13}")
