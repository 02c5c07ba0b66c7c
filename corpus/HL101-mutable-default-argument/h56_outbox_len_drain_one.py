"""Client-side outbox of a task queue: jobs are buffered, then flushed to a broker."""
import itertools
import json

_job_ids = itertools.count()


class Outbox:
    def __init__(self, pending=[]):  # expect: HL101 confirmed
        self._pending = pending

    def put(self, task, *args, **kwargs):
        self._pending.append({"task": task, "args": list(args), "kwargs": kwargs})

    def __len__(self):
        return len(self._pending)

    def popleft(self):
        return self._pending.pop(0)


class Broker:
    def __init__(self):
        self.published = 0

    def publish(self, message):
        body = json.dumps(message, sort_keys=True)
        self.published += 1
        return len(body)


def flush(outbox, broker):
    sent = 0
    if outbox:
        sent += broker.publish(outbox.popleft())
    return sent


def scenario():
    n = next(_job_ids)
    box = Outbox()
    box.put("emails.send_welcome", f"user{n}@example.com", locale="en")
    box.put("audit.record", n, action="signup")
    flush(box, Broker())
