"""Power metering: Channel.energy() integrates a feeder's load over a time
window with the trapezoid rule, evaluated at the window ends and at any extra
knots inside it. The rule is a class attribute wrapping a module function, so
a subclass swaps it without overriding energy(); AdaptiveChannel adds the
quarter points of a window whose load changes by more than the tolerance."""
import itertools

_windows = itertools.count()


def _trapezoid(power, start, end, knots):
    points = sorted({start, end, *(k for k in knots if start < k < end)})
    return sum((b - a) * (power(a) + power(b)) / 2 for a, b in zip(points, points[1:]))


def _adaptive_trapezoid(power, start, end, knots, tolerance=1.0):
    if abs(power(end) - power(start)) > tolerance:
        knots.extend(start + (end - start) * q for q in (0.25, 0.5, 0.75))
    return _trapezoid(power, start, end, knots)


class Channel:
    _integrate = staticmethod(_trapezoid)

    def __init__(self, power):
        self.power = power

    def energy(self, start, end, knots=[]):  # expect: HL101 confirmed
        return self._integrate(self.power, start, end, knots)


class AdaptiveChannel(Channel):
    _integrate = staticmethod(_adaptive_trapezoid)


def _feeder_load(t):
    return 120.0 + 3.0 * t


def scenario():
    n = next(_windows)
    return AdaptiveChannel(_feeder_load).energy(n * 0.25, n * 0.25 + 1.5)
