"""API serialisation: a Dumper encodes nested records through the encoder
class named by its `Encoder` class attribute, built with a `seen` set used
to cut reference cycles. The encoder adds each record key while descending
but never removes it, so with the default set every dump leaves its order
and line keys in the one shared set."""
import itertools

_ids = itertools.count()


class RecordEncoder:
    def __init__(self, seen):
        self.seen = seen

    def encode(self, record):
        key = record["pk"]
        if key in self.seen:
            return '"<cycle>"'
        self.seen.add(key)
        children = ",".join(self.encode(c) for c in record.get("children", ()))
        return f'{{"pk":"{key}","children":[{children}]}}'


class Dumper:
    Encoder = RecordEncoder

    def dump(self, record, seen=set()):  # expect: HL101 confirmed
        return self.Encoder(seen).encode(record)


def scenario():
    n = next(_ids)
    order = {"pk": f"order:{n}", "children": [{"pk": f"line:{n}:{i}"} for i in range(3)]}
    return len(Dumper().dump(order))
