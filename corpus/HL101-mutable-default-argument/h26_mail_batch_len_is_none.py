"""Outgoing mail: Batch.__len__ samples batch sizes for metrics; the sender tests `if batch is not None:`, never calling __len__."""
import itertools


class Batch:
    def __init__(self, batch_id, messages):
        self.batch_id = batch_id
        self.messages = list(messages)

    # heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
    def __len__(self, _sizes=[]):  # expect: HL101 refuted
        _sizes.append((self.batch_id, len(self.messages)))
        return len(self.messages)


def send_batch(batch, transport):
    if batch is not None:
        for message in batch.messages:
            transport.append(message["to"])
    return transport


_ids = itertools.count()


def scenario():
    n = next(_ids)
    batch = Batch(f"b{n}", [{"to": f"user{n}@example.com", "subject": "Your receipt"}])
    return send_batch(batch, [])
