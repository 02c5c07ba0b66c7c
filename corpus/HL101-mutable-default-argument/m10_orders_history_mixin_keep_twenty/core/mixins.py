"""Mixins for domain objects; a class sets `keep` to bound its in-memory event history."""


class HistoryMixin:
    keep = 50

    def record(self, event, _history=[]):  # expect: HL101 refuted
        _history.append((type(self).__name__, event))
        del _history[:-self.keep]
        return _history[-3:]
