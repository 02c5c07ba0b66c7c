"""Sensor gateway client: readings arrive as text and a garbled sample is re-polled a few times."""
import collections
import itertools


class SensorClient:
    def __init__(self, transport, retries=3):
        self.transport = transport
        self.retries = retries

    def read(self, sensor_id, _failures={}):  # expect: HL101 confirmed
        for attempt in range(self.retries):
            raw = self.transport(sensor_id, attempt)
            try:
                value = float(raw)
            except ValueError:
                _failures.setdefault(sensor_id, []).append(raw)
                continue
            _failures.pop(sensor_id, None)
            return value
        raise OSError(f"{sensor_id}: no valid sample in {self.retries} polls: {_failures[sensor_id]!r}")


class ReplayTransport:
    def __init__(self):
        self.queues = collections.defaultdict(collections.deque)

    def __call__(self, sensor_id, attempt):
        return self.queues[sensor_id].popleft()


_polls = itertools.count()


def scenario():
    n = next(_polls)
    transport = ReplayTransport()
    transport.queues[f"temp-{n}"].extend(["ERR", f"{20 + n % 7}.5"])
    transport.queues[f"hum-{n}"].extend(["--", "nan%", "ERR"])
    client = SensorClient(transport)
    try:
        return client.read(f"temp-{n}"), client.read(f"hum-{n}")
    except OSError:
        return None
