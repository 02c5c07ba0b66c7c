"""Gauge storage: one value per gauge name."""


def gauges(_values={}):  # expect: HL101 refuted
    return _values


def set_gauge(name, value):
    gauges()[name] = value
    return value


def read_gauges(prefix=""):
    return {name: value for name, value in gauges().items() if name.startswith(prefix)}
