"""Typed in-process event bus: `EventBus[E]` keeps its subscribers in the list
given to `__init__`. Each request builds its own bus and subscribes a closure
with the `@bus.on` decorator, but the bus stores the default list itself, so
every closure ever subscribed (and the request state it captured) stays alive."""
from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Callable, Generic, TypeVar

if TYPE_CHECKING:
    from collections.abc import Iterable

E = TypeVar("E")
_requests = itertools.count()


class EventBus(Generic[E]):
    def __init__(self, handlers: list[Callable[[E], None]] = []) -> None:  # expect: HL101 confirmed
        self._handlers = handlers

    def on(self, handler: Callable[[E], None]) -> Callable[[E], None]:
        self._handlers.append(handler)
        return handler

    def publish(self, events: Iterable[E]) -> int:
        for event in events:
            for handler in self._handlers:
                handler(event)
        return len(self._handlers)


def scenario():
    n = next(_requests)
    bus: EventBus[str] = EventBus()
    audit_log: list[str] = []

    @bus.on
    def audit(event: str) -> None:
        audit_log.append(f"req-{n}:{event}")
    return bus.publish([f"order.created/{n}", "order.paid"]), audit_log
