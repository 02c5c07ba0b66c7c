"""Sensor readings (deterministic stand-in for the station feed)."""
from m130_wx_models import Reading


def read(station, seq):
    celsius = (len(station.code) * 3 + seq % 17) / 2
    return Reading(station, celsius)
