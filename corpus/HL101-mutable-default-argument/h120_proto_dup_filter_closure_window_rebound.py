"""Datagram receiver: make_dup_filter() returns a closure that drops
datagrams whose sequence number was already seen, forgetting numbers that
fell more than `window` behind the newest. The trim computes the stale
numbers and rebinds the closure's set to `seen - stale`, a new set; the
shared default set the closure started from keeps one number per flow."""
import itertools

_flows = itertools.count()


def make_dup_filter(window=32, seen=set()):  # expect: HL101 confirmed
    def accept(seq):
        nonlocal seen
        if seq in seen:
            return False
        seen.add(seq)
        if len(seen) > window:
            stale = {s for s in seen if s <= seq - window}
            seen = seen - stale
        return True
    return accept


def scenario():
    base = next(_flows) * 64 + 1000
    accept = make_dup_filter()
    arrivals = [base + i for i in range(12)] + [base + 3, base + 7]  # two retransmissions
    delivered = 0
    for seq in arrivals:
        if not accept(seq):
            continue
        delivered += 1
    return delivered
