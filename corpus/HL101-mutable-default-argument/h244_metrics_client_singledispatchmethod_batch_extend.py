"""Metrics client: Client.record() takes one reading or a batch of readings.
It is a functools.singledispatchmethod: an int is sent as a gauge, a list as
median and max lines, computed in a reusable sort buffer."""
import functools
import itertools

_ticks = itertools.count()


class Client:
    def __init__(self, prefix):
        self.prefix = prefix

    @functools.singledispatchmethod
    def record(self, value, name):
        raise TypeError(f"cannot record {type(value).__name__}")

    @record.register
    def _(self, value: int, name):
        return f"{self.prefix}.{name}:{value}|g"

    @record.register
    def _(self, values: list, name, _buffer=[]):  # expect: HL101 confirmed
        _buffer.extend(values)
        _buffer.sort()
        median, peak = _buffer[len(_buffer) // 2], _buffer[-1]
        return f"{self.prefix}.{name}.p50:{median}|g\n{self.prefix}.{name}.max:{peak}|g"


def scenario():
    n = next(_ticks)
    client = Client("api")
    client.record(n % 50, "inflight")
    return client.record([1000 + n, 1040 + n, 1010 + n], "latency_ms")
