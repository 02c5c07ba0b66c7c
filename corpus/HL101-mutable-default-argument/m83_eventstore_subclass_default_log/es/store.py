"""Append-only event log; every event carries its stream's version number."""


class EventStore:
    def __init__(self, name, events=[]):  # expect: HL101 confirmed
        self.name = name
        self._events = events
        self._versions = {}

    def append(self, stream, kind, **data):
        version = self._versions.get(stream, 0) + 1
        self._versions[stream] = version
        event = {"stream": stream, "version": version, "kind": kind, "data": data}
        self._events.append(event)
        return event

    def read(self, stream):
        return [event for event in self._events if event["stream"] == stream]
