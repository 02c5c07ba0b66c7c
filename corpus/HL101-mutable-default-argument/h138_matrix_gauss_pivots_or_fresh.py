"""Dense solver for small systems stored as lists of lists: Gaussian
elimination with partial pivoting, returning the solution and the row swaps
it made. `pivots = pivots or []` swaps the empty default for a fresh list,
and since nothing else touches the default it stays empty and falsy."""
import itertools

_systems = itertools.count(1)


def solve(a, b, pivots=[]):  # expect: HL101 refuted
    pivots = pivots or []
    n = len(a)
    m = [list(map(float, row)) + [float(rhs)] for row, rhs in zip(a, b)]
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(m[i][k]))
        if abs(m[p][k]) < 1e-12:
            raise ValueError("matrix is singular at column %d" % k)
        if p != k:
            m[k], m[p] = m[p], m[k]
        pivots.append((k, p))
        for i in range(k + 1, n):
            f = m[i][k] / m[k][k]
            m[i] = [x - f * y for x, y in zip(m[i], m[k])]
    x = [0.0] * n
    for i in reversed(range(n)):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x, pivots


def scenario():
    n = next(_systems)
    a = [[1.0, 2.0, n], [4.0 + n, 1.0, 0.0], [0.5, 3.0, 2.0]]
    x, _ = solve(a, [1.0, 2.0, float(n)])
    return [round(v, 9) for v in x]
