"""Service layer: station lookup plus a fresh reading."""
import m130_wx_sensors as sensors
from m130_wx_lookup import *  # noqa: F403  station_for


def current(city, seq):
    station = station_for(city)  # noqa: F405
    return sensors.read(station, seq)
