"""Chat presence: every open chat window registers a watcher so it can be
told when a contact comes online. Watchers are kept in a plain set()
default: the set holds each watcher strongly, so a closed window's watcher
(with its event list) is never freed and the default grows per window."""
import itertools

_windows = itertools.count()


class PresenceWatcher:
    def __init__(self, contact):
        self.contact = contact
        self.events = []

    def notify(self, contact, status):
        if contact == self.contact:
            self.events.append(status)
        return len(self.events)


def watch(watcher, _watchers=set()):  # expect: HL101 confirmed
    _watchers.add(watcher)
    return [watcher.notify(watcher.contact, "online")]


def scenario():
    n = next(_windows)
    window_watcher = PresenceWatcher("contact-%d" % n)
    return watch(window_watcher), window_watcher.events
