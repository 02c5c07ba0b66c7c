"""Plain value objects."""


class City:
    def __init__(self, name, region):
        self.name = name
        self.region = region


class Station:
    def __init__(self, code, region):
        self.code = code
        self.region = region


class Reading:
    def __init__(self, station, celsius):
        self.station = station
        self.celsius = celsius
