"""Truncated power series: coefficients are padded to the working order and Taylor terms are appended one by one."""
import itertools
import math


class PowerSeries:
    def __init__(self, coeffs=[], order=1):  # expect: HL101 refuted
        self.coeffs = list(coeffs) + [0.0] * max(0, order - len(coeffs))

    @property
    def order(self):
        return len(self.coeffs) - 1

    def add_term(self, c):
        self.coeffs.append(c)
        return self

    def __call__(self, x):
        total = 0.0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def derivative(self):
        return PowerSeries([k * c for k, c in enumerate(self.coeffs)][1:], self.order)


def exp_series(x0, terms=4):
    series = PowerSeries()
    series.coeffs[0] = math.exp(x0)
    for k in range(1, terms):
        series.add_term(math.exp(x0) / math.factorial(k))
    return series


_points = itertools.count()


def scenario():
    x0 = next(_points) * 0.001
    s = exp_series(x0)
    return s(0.1) - s.derivative()(0.1)
