"""Advisory locks: held lock keys are tracked and released after the critical section."""
import itertools
from dataclasses import dataclass


@dataclass(frozen=True, eq=False)
class LockKey:
    resource: str
    owner: str


def acquire(key, _held=set()):  # expect: HL101 confirmed
    if key in _held:
        return False
    _held.add(key)
    return True


def release(resource, owner, _held=acquire.__defaults__[0]):
    _held.discard(LockKey(resource, owner))


def with_lock(resource, owner):
    acquire(LockKey(resource, owner))
    try:
        return f"{owner} updated {resource}"
    finally:
        release(resource, owner)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return with_lock(f"invoice/{n}", f"worker-{n % 3}")
