"""Warehouse goods-in: one pallet received (and audited) per call."""
import itertools

from depot import audit, receiving

_ids = itertools.count()


def scenario():
    n = next(_ids)
    pallet = f"PAL-{n:06d}"
    summary = receiving.receive(pallet, ["A1", "B2", f"C{n % 9}"])
    summary["audit"] = audit.note(pallet, operator=f"ops{n % 4}")
    return summary
