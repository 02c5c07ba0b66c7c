"""Offline-first outbox: a batch of messages is handed to a transport and,
when the send succeeds, the message ids are written to a DeliveryJournal
default in the try statement's else clause. The device is offline here:
send() raises ConnectionError, the batch stays queued, and the else clause
never runs, so the journal stays empty."""
import itertools

_batches = itertools.count()


class DeliveryJournal:
    def __init__(self):
        self.entries = []

    def record(self, batch):
        self.entries.extend((m["id"], m["to"]) for m in batch)


class OfflineTransport:
    def send(self, batch):
        raise ConnectionError("network unreachable, %d messages queued" % len(batch))


def flush_outbox(batch, transport, journal=DeliveryJournal()):  # expect: HL101 refuted
    try:
        transport.send(batch)
    except ConnectionError:
        return False
    else:
        journal.record(batch)
    return True


def scenario():
    n = next(_batches)
    batch = [{"id": "msg-%d-%d" % (n, i), "to": "user%d@example.test" % i} for i in range(4)]
    return flush_outbox(batch, OfflineTransport())
