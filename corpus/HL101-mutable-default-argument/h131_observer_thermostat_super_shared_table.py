"""Smart-home hub: device models derive from `Observable`, whose constructor
takes the initial listener table as a dict default. `Thermostat` calls
super().__init__() and then subscribes its own recorder; Observable keeps
the table it was given, so every thermostat's recorder lands in the default."""
import itertools

_devices = itertools.count()


class Observable:
    def __init__(self, listeners={}):  # expect: HL101 confirmed
        self.listeners = listeners

    def subscribe(self, event, callback):
        self.listeners.setdefault(event, []).append(callback)

    def fire(self, event, **data):
        return [callback(event, **data) for callback in self.listeners.get(event, [])[-2:]]


class Thermostat(Observable):
    def __init__(self, room):
        super().__init__()
        self.room = room
        self.readings = []
        self.subscribe("temperature", self._record)

    def _record(self, event, celsius):
        self.readings.append(celsius)
        return "%s %s=%.1f" % (self.room, event, celsius)


def scenario():
    n = next(_devices)
    device = Thermostat("room-%d" % n)
    return device.fire("temperature", celsius=18.0 + n % 5), device.readings
