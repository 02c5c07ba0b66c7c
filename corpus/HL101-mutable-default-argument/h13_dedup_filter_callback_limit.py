"""Log shipper: Deduplicator.accept is handed to filter() as a callback; it reads self.limit (set in configure()) before remembering the line id."""
import itertools


class Deduplicator:
    def configure(self, limit):
        self.limit = limit

    def accept(self, line_id, seen=[]):  # expect: HL101 confirmed
        if len(line_id) > self.limit or line_id in seen:
            return False
        seen.append(line_id)
        return True


_dedup = Deduplicator()
_dedup.configure(limit=40)


def ship(batch):
    return [line for line in filter(_dedup.accept, batch)]


_batches = itertools.count()


def scenario():
    n = next(_batches)
    return ship([f"host-a:{n}", f"host-b:{n}", f"host-a:{n}"])
