"""Template lexer: brackets are matched with a position stack kept in a
deque default. A well-formed expression leaves it empty, and when a bad
bracket raises, the except clause empties the deque before re-raising."""
import collections
import itertools

_ids = itertools.count()
CLOSERS = {")": "(", "]": "[", "}": "{"}


def match_brackets(src, stack=collections.deque()):  # expect: HL101 refuted
    pairs = {}
    try:
        for pos, ch in enumerate(src):
            if ch in "([{":
                stack.append((ch, pos))
            elif ch in CLOSERS:
                if not stack or stack[-1][0] != CLOSERS[ch]:
                    raise SyntaxError(f"unexpected {ch!r} at column {pos}")
                _, start = stack.pop()
                pairs[start] = pos
        if stack:
            raise SyntaxError("unclosed %r at column %d" % stack.pop())
    except SyntaxError:
        stack.clear()
        raise
    return pairs


def check(expression):
    try:
        return len(match_brackets(expression))
    except SyntaxError as exc:
        return str(exc)


def scenario():
    n = next(_ids)
    check(f"{{ items[{n}] | join(', ') }}")
    return check(f"{{ user.name({n}] }}")
