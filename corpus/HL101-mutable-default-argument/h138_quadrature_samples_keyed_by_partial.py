"""Composite Simpson quadrature for user-supplied integrands. `sample`
memoises f(x) in a default dict keyed by (f, x) so refinements reuse
points. Callers pass a fresh `functools.partial(horner, coeffs)` for each
polynomial, so every partial and its coefficients stay keys forever."""
import functools
import itertools

_polys = itertools.count(1)


def horner(coeffs, x):
    acc = 0.0
    for c in reversed(coeffs):
        acc = acc * x + c
    return acc


def sample(f, x, _values={}):  # expect: HL101 confirmed
    key = (f, x)
    if key not in _values:
        _values[key] = f(x)
    return _values[key]


def simpson(f, a, b, n=8):
    h = (b - a) / n
    weights = [1] + [4 if i % 2 else 2 for i in range(1, n)] + [1]
    return h / 3 * sum(w * sample(f, a + i * h) for i, w in enumerate(weights))


def scenario():
    k = next(_polys)
    coeffs = (1.0, k % 5, 0.5 * k, -0.25)
    return round(simpson(functools.partial(horner, coeffs), 0.0, 1.0), 12)
