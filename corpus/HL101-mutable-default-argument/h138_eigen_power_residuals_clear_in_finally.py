"""Power iteration for the dominant eigenvalue of a small dense matrix
(lists of lists). The generator logs each step's residual in a default
list and clears it in a `finally`; when the caller stops iterating as
soon as the estimate settles, closing the generator at its `yield`
runs the finally, so the list is empty again after every solve."""
import itertools

_matrices = itertools.count(1)


def matvec(m, v):
    return [sum(a * b for a, b in zip(row, v)) for row in m]


def power_iteration(m, v, max_steps=200, residuals=[]):  # expect: HL101 refuted
    try:
        for _ in range(max_steps):
            w = matvec(m, v)
            lam = max(w, key=abs)
            w = [x / lam for x in w]
            residuals.append(max(abs(p - q) for p, q in zip(w, v)))
            v = w
            yield lam, residuals[-1]
    finally:
        residuals.clear()


def dominant_eigenvalue(m, tol=1e-10):
    for lam, residual in power_iteration(m, [1.0] * len(m)):
        if residual < tol:
            break
    return lam


def scenario():
    n = next(_matrices)
    return round(dominant_eigenvalue([[4.0 + n % 7, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), 8)
