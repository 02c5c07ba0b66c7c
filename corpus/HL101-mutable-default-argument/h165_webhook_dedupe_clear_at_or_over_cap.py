"""Webhook receiver: delivery ids are kept in a set default so a retried
delivery is not processed twice. Each request carries three ids; once the
set reaches the class attribute MAX_SEEN (14) it is cleared, so with the
>= test it never holds more than 15 ids."""
import itertools

_ids = itertools.count()


class Receiver:
    MAX_SEEN = 14

    def accept(self, delivery_ids, _seen=set()):  # expect: HL101 refuted
        fresh = [d for d in delivery_ids if d not in _seen]
        _seen.update(fresh)
        if len(_seen) >= self.MAX_SEEN:
            _seen.clear()
        return fresh


def scenario():
    n = next(_ids)
    batch = [f"evt_{n:08d}_{part}_delivery" for part in ("a", "b", "c")]
    return len(Receiver().accept(batch))
