"""Telemetry: readings are parsed by a helper that swallows ValueError; an offline sensor reports "n/a", so the helper returns None before anything is stored."""
import itertools


def _safe_float(text):
    try:
        return float(text.strip().rstrip("C"))
    except ValueError:
        return None


def add_reading(sensor, text, readings=[]):  # expect: HL101 refuted
    value = _safe_float(text)
    if value is None:
        return False
    readings.append((sensor, value))
    if len(readings) > 10_000:
        del readings[:5_000]
    return True


_polls = itertools.count()


def scenario():
    n = next(_polls)
    return add_reading(f"probe-{n}", " n/a ")
