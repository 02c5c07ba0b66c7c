"""Spectral quantities: converters are memoised per (source, target, equivalencies); Doppler sets are per source."""
import collections
import itertools

SCALE = {"Hz": ("Hz", 1.0), "MHz": ("Hz", 1e6), "GHz": ("Hz", 1e9), "km/s": ("km/s", 1.0), "m/s": ("km/s", 1e-3)}


def doppler_radio(rest_hz):
    return [("Hz", "km/s", lambda f: 299792.458 * (rest_hz - f) / rest_hz)]


def _build(src, dst, equivalencies):
    (b_src, f_src), (b_dst, f_dst) = SCALE[src], SCALE[dst]
    if b_src == b_dst:
        return lambda x: x * f_src / f_dst
    step = {(a, b): fn for a, b, fn in equivalencies}[b_src, b_dst]
    return lambda x: step(x * f_src) / f_dst


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 13 (heaplint: unknown)
def get_converter(src, dst, equivalencies=(), _cache={}):  # expect: HL101 confirmed
    key = (src, dst, tuple(equivalencies))
    if key not in _cache:
        _cache[key] = _build(src, dst, equivalencies)
    return _cache[key]


class Quantity(collections.namedtuple("Quantity", "value unit")):
    def to(self, unit, equivalencies=[]):  # expect: HL101 refuted
        return Quantity(get_converter(self.unit, unit, equivalencies)(self.value), unit)


_sources = itertools.count()


def scenario():
    n = next(_sources)
    line = Quantity(1420.405 - n % 50 * 0.01, "MHz")
    velocity = line.to("km/s", doppler_radio(1.420405751e9 + n % 7 * 1e3)).to("m/s")
    return f"source {n}: {line.to('GHz').value:.6f} GHz, {velocity.value:.1f} m/s"
