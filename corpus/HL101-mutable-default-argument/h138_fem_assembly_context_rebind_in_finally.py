"""Finite-element assembly for 1-D bar chains: the `assembling()` context
manager hands out a sparse stiffness matrix (a defaultdict keyed by global
(row, col) node numbers, offset per chain) and "resets" it in a `finally`
by rebinding the name to a fresh defaultdict. That only rebinds the local:
the default object keeps every chain's entries, failed chains included."""
import collections
import contextlib
import itertools

_chains = itertools.count()


@contextlib.contextmanager
def assembling(matrix=collections.defaultdict(float)):  # expect: HL101 confirmed
    try:
        yield matrix
    finally:
        matrix = collections.defaultdict(float)


def chain_diagonal(offset, xs, ea=210e9 * 1e-4):
    with assembling() as k:
        for e, (x0, x1) in enumerate(zip(xs, xs[1:])):
            if x1 == x0:
                raise ValueError(f"element {offset + e} has zero length")
            i, j, s = offset + e, offset + e + 1, ea / (x1 - x0)
            for r, c, sign in ((i, i, 1), (j, j, 1), (i, j, -1), (j, i, -1)):
                k[r, c] += sign * s
        return [k[n, n] for n in range(offset, offset + len(xs))]


def scenario():
    n = next(_chains)
    xs = [0.0, 0.5, 1.25, 1.25 if n % 2 else 2.0, 3.0]
    try:
        return sum(chain_diagonal(10 * n, xs))
    except ValueError:
        return None
