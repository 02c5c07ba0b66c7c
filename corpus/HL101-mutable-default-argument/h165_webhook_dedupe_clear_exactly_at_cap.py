"""Webhook receiver: delivery ids are kept in a set default so a retried
delivery is not processed twice. Each request carries three ids and the set
is cleared only when its size equals the class attribute MAX_SEEN (14); the
size goes 3, 6, 9, 12, 15 and skips 14, so the clear never runs and the
set keeps every id."""
import itertools

_ids = itertools.count()


class Receiver:
    MAX_SEEN = 14

    def accept(self, delivery_ids, _seen=set()):  # expect: HL101 confirmed
        fresh = [d for d in delivery_ids if d not in _seen]
        _seen.update(fresh)
        if len(_seen) == self.MAX_SEEN:
            _seen.clear()
        return fresh


def scenario():
    n = next(_ids)
    batch = [f"evt_{n:08d}_{part}_delivery" for part in ("a", "b", "c")]
    return len(Receiver().accept(batch))
