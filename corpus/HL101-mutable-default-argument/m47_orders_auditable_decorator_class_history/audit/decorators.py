"""Class decorators for domain objects."""


def auditable(cls=None, *, history=[]):  # expect: HL101 confirmed
    """Give a class record() and a history; usable bare or as auditable(history=...)."""

    def decorate(klass):
        def record(self, event, **details):
            self.history.append((event, details))
            return len(self.history)

        klass.history = history
        klass.record = record
        return klass

    return decorate if cls is None else decorate(cls)
