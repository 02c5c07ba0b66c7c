"""Tally base: observe() is the template method; it counts each event under self._key(event), a few fixed keys here."""


class Tally:
    label = "events"

    def observe(self, event, _counts={}):  # expect: HL101 refuted
        key = (self.label, self._key(event))
        _counts[key] = _counts.get(key, 0) + 1
        return _counts[key]

    def _key(self, event):
        raise NotImplementedError
