"""Quantity parsing: "9.81 kg*m/s^2" is tokenised into base-unit exponents; results are memoised by the input text."""
import itertools
import re

_TOKEN = re.compile(r"([*/])?\s*([A-Za-z]+)(?:\^(-?\d+))?")
BASE = {"m": {"m": 1}, "s": {"s": 1}, "kg": {"kg": 1}, "N": {"kg": 1, "m": 1, "s": -2}, "J": {"kg": 1, "m": 2, "s": -2}}


def _factors(unit_text):
    for op, symbol, power in _TOKEN.findall(unit_text):
        sign = -1 if op == "/" else 1
        for base, exp in BASE[symbol].items():
            yield base, sign * exp * int(power or 1)


def parse_quantity(text, _memo={}):  # expect: HL101 confirmed
    if text in _memo:
        return _memo[text]
    magnitude, _, unit_text = text.strip().partition(" ")
    dims = {}
    for base, exp in _factors(unit_text):
        dims[base] = dims.get(base, 0) + exp
    result = _memo[text] = (float(magnitude), tuple(sorted((b, e) for b, e in dims.items() if e)))
    return result


_readings = itertools.count()


def scenario():
    n = next(_readings)
    force = parse_quantity(f"{n * 0.5 + 9.81} kg*m/s^2")
    work = parse_quantity(f"{n + 2} N*m")
    return work[1] == (("kg", 1), ("m", 2), ("s", -2)) and force[0] > 0
