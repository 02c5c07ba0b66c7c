"""Record encoder: encode() runs the before() hook (a no-op in the base class)
before rendering; the dedupe encoder refuses ids it has already encoded and
keeps the `seen` set it is handed, adding each new id to it."""
import itertools

_rows = itertools.count()


class Encoder:
    def encode(self, record, seen=set()):  # expect: HL101 confirmed
        self.before(record, seen)
        body = ",".join(f"{k}={record[k]}" for k in sorted(record))
        return "{" + body + "}"

    def before(self, record, seen):
        pass


class DedupeEncoder(Encoder):
    def before(self, record, seen):
        if record["id"] in seen:
            raise ValueError(f"duplicate record id {record['id']}")
        self.seen = seen
        self.seen.add(record["id"])


def scenario():
    n = next(_rows)
    return DedupeEncoder().encode({"id": f"row-{n:08d}", "qty": n % 9})
