"""Usage telemetry client: events are batched and the remainder is flushed by an atexit hook."""
import atexit
import itertools
import json


class Telemetry:
    def __init__(self, endpoint, batch_size=20, queue=[]):  # expect: HL101 confirmed
        self.endpoint = endpoint
        self.batch_size = batch_size
        self.queue = queue
        self.sent_bytes = 0

    def _send(self, batch):
        body = json.dumps({"endpoint": self.endpoint, "events": batch})
        self.sent_bytes += len(body)

    def flush(self):
        batch = self.queue[:]
        if batch:
            self._send(batch)

    def track(self, event, **props):
        self.queue.append({"event": event, **props})
        if len(self.queue) >= self.batch_size:
            self.flush()


client = Telemetry("https://telemetry.example.org/v1/batch")
atexit.register(client.flush)
_runs = itertools.count()


def scenario():
    n = next(_runs)
    client.track("command_run", command=f"deploy-{n}", duration_ms=n % 900)
    return client.sent_bytes
