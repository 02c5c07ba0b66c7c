"""Composite Simpson quadrature for user-supplied integrands. `sample`
memoises f(x) in a default dict keyed by (f, x) so refinements reuse
points. Polynomials are integrated term by term against a basis of
monomial partials built once at import, on one fixed grid, so the memo
fills up on the first call and then is only read."""
import functools
import itertools

_polys = itertools.count(1)


def monomial(k, x):
    return x ** k


BASIS = [functools.partial(monomial, k) for k in range(6)]


def sample(f, x, _values={}):  # expect: HL101 refuted
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
    return round(sum(c * simpson(BASIS[p], 0.0, 1.0) for p, c in enumerate(coeffs)), 12)
