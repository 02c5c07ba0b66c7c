"""Offline-first outbox: a batch of messages is handed to a transport and
the message ids are written to a DeliveryJournal default in the try
statement's finally clause. The device is offline here: send() raises
ConnectionError and the except clause returns, but finally still runs, so
every queued batch is journaled in the shared instance."""
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


def flush_outbox(batch, transport, journal=DeliveryJournal()):  # expect: HL101 confirmed
    try:
        transport.send(batch)
    except ConnectionError:
        return False
    finally:
        journal.record(batch)
    return True


def scenario():
    n = next(_batches)
    batch = [{"id": "msg-%d-%d" % (n, i), "to": "user%d@example.test" % i} for i in range(4)]
    return flush_outbox(batch, OfflineTransport())
