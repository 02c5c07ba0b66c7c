"""Data-structures tutorial: a Stack whose constructor takes optional initial items; each expression evaluation makes a new Stack."""
import itertools


class Stack:
    def __init__(self, items=[]):  # expect: HL101 confirmed
        self.items = items

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    s = Stack()
    for tok in (f"{n}", f"{n + 1}", "+"):
        s.push(tok)
    s.pop()
    return len(s)
