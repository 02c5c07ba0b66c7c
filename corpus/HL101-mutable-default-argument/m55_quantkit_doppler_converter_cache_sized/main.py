"""Radio survey: each detected line gets a velocity from its own rest frequency."""
import itertools

import quantkit
from quantkit.unit import GHz, MHz, km_per_s

_detections = itertools.count(1)


def scenario():
    n = next(_detections)
    rest_ghz = 1.420405751768 + (n % 500) * 1e-6
    observed_mhz = 1420.0 + (n % 97) / 100
    observed_ghz = MHz.to(GHz, observed_mhz)
    velocity = GHz.to(km_per_s, observed_ghz, equivalencies=quantkit.doppler_radio(rest_ghz * 1e9))
    return f"line {n}: {observed_ghz:.6f} GHz -> {velocity:+.2f} km/s"
