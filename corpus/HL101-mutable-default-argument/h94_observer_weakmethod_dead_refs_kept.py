"""Dashboard: widgets subscribe bound methods through weakref.WeakMethod so closed widgets are not kept alive, but dead WeakMethods stay in the list default."""
import itertools
import weakref


def subscribe(method, _subscribers=[]):  # expect: HL101 confirmed
    _subscribers.append(weakref.WeakMethod(method))
    return _subscribers


def publish(subscribers, reading):
    delivered = 0
    for ref in subscribers:
        callback = ref()
        if callback is None:
            continue
        callback(reading)
        delivered += 1
    return delivered


class Gauge:
    def __init__(self, sensor):
        self.sensor = sensor
        self.last = None

    def on_reading(self, reading):
        self.last = reading


_sensors = itertools.count()


def scenario():
    n = next(_sensors)
    gauge = Gauge(f"sensor-{n}")
    return publish(subscribe(gauge.on_reading), {"sensor": gauge.sensor, "value": n * 0.5})
