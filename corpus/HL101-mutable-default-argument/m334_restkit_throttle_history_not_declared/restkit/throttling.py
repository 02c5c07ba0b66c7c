"""Throttles decide whether a request may proceed. A subclass keeps its
request history in a `history` attribute; the base falls back to the
default list when a subclass declares none."""


class BaseThrottle:
    rate = 10
    window = 60

    def allow(self, ident, now, history=[]):  # expect: HL101 confirmed
        log = getattr(self, "history", history)
        log.append((ident, now))
        recent = [t for who, t in log if who == ident and now - t < self.window]
        return len(recent) <= self.rate
