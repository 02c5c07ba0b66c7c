"""Plugin base class for a typed app framework: subclasses forward keyword
options to `Plugin.__init__` through `super().__init__(**options)`, and `on()`
attaches a hook per event with `setdefault`. The base keeps the default hooks dict
itself, so every plugin ever built stays alive through its bound method."""
from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

_apps = itertools.count()


class Plugin:
    def __init__(self, name: str, hooks: dict[str, list[Callable[[dict], None]]] = {}) -> None:  # expect: HL101 confirmed
        self.name, self.hooks = name, hooks

    def on(self, event: str, hook: Callable[[dict], None]) -> None:
        self.hooks.setdefault(event, []).append(hook)

    def fire(self, event: str, payload: dict) -> dict:
        for hook in self.hooks.get(event, ()):
            hook(payload)
        return payload


class RequestIdPlugin(Plugin):
    def __init__(self, prefix: str, **options: Any) -> None:
        super().__init__(f"request-id:{prefix}", **options)
        self.on("request", self.stamp)

    def stamp(self, payload: dict) -> None:
        payload.setdefault("X-Request-Id", f"{self.name}/{len(payload)}")


def scenario():
    n = next(_apps)
    return RequestIdPlugin(f"app{n}").fire("request", {"path": f"/items/{n}"})
