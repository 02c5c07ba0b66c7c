"""Boiler telemetry: calibrate each pressure reading and publish it in psi."""
import itertools

import measure.instruments as inst
from measure import units

_samples = itertools.count(1)
OFFSETS = {"P1": -0.42, "P2": 0.17, "P3": 0.0}


def scenario():
    n = next(_samples)
    sensor = f"P{n % 3 + 1}"
    reading = inst.PressureReading(180.0 + n / 100, sensor=sensor)
    reading.calibrate(OFFSETS[sensor])
    published = reading.to(units.PSI)
    return f"{sensor} {published:.2f} ({'; '.join(reading.notes[-1:])})"
