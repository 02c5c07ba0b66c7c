"""Mixins shared by the crm models."""


class HistoryMixin:
    """Adds an event trail to any model that sets ``self._history``."""

    def remember(self, event, **details):
        self._history = self._history + [(event, details)]

    def last_event(self):
        if not self._history:
            return None
        event, details = self._history[-1]
        return event, details.get("to")

    def events(self):
        return [event for event, _ in self._history]
