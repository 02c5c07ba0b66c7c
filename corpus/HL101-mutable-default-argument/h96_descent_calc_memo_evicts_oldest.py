"""Recursive-descent calculator: term() memoises (source, pos) -> (value, end) so backtracking over products is cheap; the memo drops its oldest entries past _MEMO_LIMIT."""
import itertools

_MEMO_LIMIT = 64


def term(src, pos, memo={}):  # expect: HL101 refuted
    key = (src, pos)
    if key in memo:
        return memo[key]
    end = pos
    while end < len(src) and src[end].isdigit():
        end += 1
    value = int(src[pos:end])
    if src.startswith("*", end):
        rhs, end = term(src, end + 1)
        value *= rhs
    memo[key] = (value, end)
    while len(memo) > _MEMO_LIMIT:
        del memo[next(iter(memo))]
    return value, end


def expr(src):
    value, end = term(src, 0)
    while src.startswith("+", end):
        rhs, end = term(src, end + 1)
        value += rhs
    return value


_exprs = itertools.count()


def scenario():
    n = next(_exprs)
    return expr(f"{n}*2+{n % 7}*3+1")
