"""Gateway: each call registers two new sensors and ingests a few readings."""
import itertools

from telemetry import *

_ticks = itertools.count(1)


def scenario():
    n = next(_ticks)
    thermo = Thermometer(f"t-{n}", offset=-0.5)
    for i in range(3):
        thermo.record(20.0 + (n + i) % 7)
    hygro = Hygrometer(f"h-{n}")
    hygro.record(40 + n % 30)
    return thermo.smoothed(), hygro.smoothed(window=1)
