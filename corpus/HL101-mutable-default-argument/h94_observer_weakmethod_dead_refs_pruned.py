"""Dashboard: widgets subscribe bound methods through weakref.WeakMethod, and publish() rebuilds the list default without the WeakMethods whose widget is gone."""
import itertools
import weakref


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 12, 16 (heaplint: unknown)
def subscribe(method, _subscribers=[]):  # expect: HL101 refuted
    _subscribers.append(weakref.WeakMethod(method))
    return _subscribers


def publish(subscribers, reading):
    subscribers[:] = [ref for ref in subscribers if ref() is not None]
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
