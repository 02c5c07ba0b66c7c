"""Chat presence: every open chat window registers a watcher so it can be
told when a contact comes online. Watchers are kept in a weakref.WeakSet
default: the broadcaster never keeps a window's watcher alive, and when
the window closes and drops it, the set forgets it by itself."""
import itertools
import weakref

_windows = itertools.count()


class PresenceWatcher:
    def __init__(self, contact):
        self.contact = contact
        self.events = []

    def notify(self, contact, status):
        if contact == self.contact:
            self.events.append(status)
        return len(self.events)


def watch(watcher, _watchers=weakref.WeakSet()):  # expect: HL101 refuted
    _watchers.add(watcher)
    return [w.notify(watcher.contact, "online") for w in list(_watchers)]


def scenario():
    n = next(_windows)
    window_watcher = PresenceWatcher("contact-%d" % n)
    return watch(window_watcher), window_watcher.events
