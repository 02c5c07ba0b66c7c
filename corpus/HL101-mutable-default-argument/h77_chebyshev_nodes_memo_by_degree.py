"""Chebyshev interpolation: the unit nodes of each degree are memoised and scaled to the fitting interval [a, b]."""
import itertools
import math


def chebyshev_nodes(degree, a=-1.0, b=1.0, _memo={}):  # expect: HL101 refuted
    key = degree
    if key not in _memo:
        _memo[key] = [math.cos(math.pi * (2 * k + 1) / (2 * degree + 2)) for k in range(degree + 1)]
    half, mid = (b - a) / 2.0, (b + a) / 2.0
    return [mid + half * t for t in _memo[key]]


def cheb_fit(f, degree, a, b):
    ys = [f(x) for x in chebyshev_nodes(degree, a, b)]
    coeffs = []
    for j in range(degree + 1):
        s = math.fsum(y * math.cos(math.pi * j * (2 * k + 1) / (2 * degree + 2)) for k, y in enumerate(ys))
        coeffs.append((1.0 if j == 0 else 2.0) * s / (degree + 1))
    return coeffs


def cheb_eval(coeffs, t):
    b1 = b2 = 0.0
    for c in reversed(coeffs[1:]):
        b1, b2 = 2.0 * t * b1 - b2 + c, b1
    return t * b1 - b2 + coeffs[0]


_fits = itertools.count()


def scenario():
    n = next(_fits)
    a = n * 0.01
    coeffs = cheb_fit(math.sin, 3 + n % 4, a, a + 1.5)
    return cheb_eval(coeffs, 0.25)
