"""Webhook receiver: duplicate deliveries are dropped; the seen-set is reset per batch."""
import itertools


def accept(delivery_id, *, _seen=set()):  # expect: HL101 refuted
    if delivery_id in _seen:
        return False
    _seen.add(delivery_id)
    return True


def receive_batch(ids):
    accepted = [i for i in ids if accept(i)]
    accept.__kwdefaults__ = {"_seen": set()}
    return accepted


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return receive_batch([f"dlv-{n}", f"dlv-{n}", f"dlv-{n}-retry"])
