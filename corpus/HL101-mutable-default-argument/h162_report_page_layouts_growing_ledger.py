"""Report paginator: counts the ways a report's rows can be split into
pages of 1, 2 or 3 rows, for a layout picker. The recursive counter
memoises by (rows left, page sizes) in a dict default that persists across
calls; the ledger report gains rows with every posting, so each call asks
for larger row counts and adds new keys (with ever bigger counts)."""
import itertools

_ids = itertools.count()


def layouts(rows, sizes=(1, 2, 3), memo={}):  # expect: HL101 confirmed
    if rows == 0:
        return 1
    key = (rows, sizes)
    if key not in memo:
        memo[key] = sum(layouts(rows - s, sizes, memo) for s in sizes if s <= rows)
    return memo[key]


def scenario():
    n = next(_ids)
    rows = 20 + 5 * n
    return layouts(rows) % 1000
