"""Metrics exporters: an abstract base batches formatted points and hands full batches to a backend."""
import abc
import itertools


class Exporter(abc.ABC):
    batch_size = 8

    def __init__(self, prefix):
        self.prefix = prefix
        self.bytes_sent = 0

    @abc.abstractmethod
    def send(self, lines):
        """Deliver one batch of formatted lines."""

    def format(self, name, value):
        return f"{self.prefix}.{name}:{value}|g"

    def export(self, name, value, _pending=[]):  # expect: HL101 confirmed
        _pending.append(self.format(name, value))
        if len(_pending) >= self.batch_size:
            self.send(_pending)
            _pending = []
        return len(_pending)


class StatsdExporter(Exporter):
    def send(self, lines):
        self.bytes_sent += len("\n".join(lines).encode())


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    exporter = StatsdExporter(f"web{n % 4}")
    for i in range(3):
        exporter.export(f"latency.req{n}", n * 3 + i)
    return exporter.bytes_sent
