"""Sensor: base class; readings go to a buffer. The default buffer has no maxlen, so it keeps every reading."""
from collections import deque


class Sensor:
    unit = ""

    def __init__(self, ident, readings=deque()):  # expect: HL101 confirmed
        self.ident = ident
        self.readings = readings

    def record(self, value):
        self.readings.append((self.ident, value))
