"""Sensor: base class; readings go to a buffer. The default ring buffer keeps the last 32 readings only."""
from collections import deque


class Sensor:
    unit = ""

    def __init__(self, ident, readings=deque(maxlen=32)):  # expect: HL101 refuted
        self.ident = ident
        self.readings = readings

    def record(self, value):
        self.readings.append((self.ident, value))
