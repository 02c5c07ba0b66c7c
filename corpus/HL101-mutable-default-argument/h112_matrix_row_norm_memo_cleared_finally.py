"""Matrix utilities: `Matrix.row_norms` is a classmethod that memoises the
Euclidean norm of each row in a dict default keyed by the row tuple, so the
duplicated rows of one matrix are measured once. The memo is emptied in a
`finally` when the call returns, so no row outlives the matrix it came from."""
import itertools
import math

_ids = itertools.count()


class Matrix:
    def __init__(self, rows):
        self.rows = [tuple(map(float, row)) for row in rows]

    @classmethod
    def row_norms(cls, rows, _memo={}):  # expect: HL101 refuted
        try:
            for row in rows:
                if row not in _memo:
                    _memo[row] = math.sqrt(sum(x * x for x in row))
            return [_memo[row] for row in rows]
        finally:
            _memo.clear()

    @property
    def normalized(self):
        norms = self.row_norms(self.rows)
        return Matrix([[x / n if n else 0.0 for x in row]
                       for row, n in zip(self.rows, norms)])


def scenario():
    n = next(_ids)
    m = Matrix([[n + i, n * 2 - i, i + 1] for i in range(4)] * 2)
    return [round(sum(row), 6) for row in m.normalized.rows]
