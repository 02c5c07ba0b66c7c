"""Record encoder: encode() runs the before() hook (a no-op in the base class)
before rendering; the dedupe encoder refuses ids found in the `seen` set it is
handed and keeps its own copy of the set, adding each new id to the copy."""
import itertools

_rows = itertools.count()


class Encoder:
    def encode(self, record, seen=set()):  # expect: HL101 refuted
        self.before(record, seen)
        body = ",".join(f"{k}={record[k]}" for k in sorted(record))
        return "{" + body + "}"

    def before(self, record, seen):
        pass


class DedupeEncoder(Encoder):
    def before(self, record, seen):
        if record["id"] in seen:
            raise ValueError(f"duplicate record id {record['id']}")
        self.seen = set(seen)
        self.seen.add(record["id"])


def scenario():
    n = next(_rows)
    return DedupeEncoder().encode({"id": f"row-{n:08d}", "qty": n % 9})
