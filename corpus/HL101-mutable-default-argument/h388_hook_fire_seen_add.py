"""Plugin system: Hook.fire() passes its set of already-seen events to the
on_event() hook of the plugin class looked up by name with getattr() on this
module. The dedupe plugin adds each event it handles to that set."""
import itertools
import sys

_events = itertools.count()


class Hook:
    def fire(self, event, seen=set()):  # expect: HL101 confirmed
        if event in seen:
            return None
        return self.on_event(event, seen)

    def on_event(self, event, seen):
        raise NotImplementedError


class DedupeHook(Hook):
    def on_event(self, event, seen):
        seen.add(event)
        return f"handled {event} of {len(seen)}"


class EchoHook(Hook):
    def on_event(self, event, seen):
        return f"echo {event}"


def load_hook(name):
    return getattr(sys.modules[__name__], name)()


def scenario():
    n = next(_events)
    return load_hook("DedupeHook").fire(f"order.created:{n}")
