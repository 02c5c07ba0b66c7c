"""Web sessions; every session gets a serial for the support tools."""
import itertools

from usage import tracked

_serials = itertools.count(1)


class Session:
    def __init__(self, user):
        self.user = user
        self.serial = f"{type(self).__name__}-{next(_serials):06d}"
        self.throttled = False
        self.data = {}

    @tracked
    def put(self, key, value):
        self.data[key] = value

    @tracked
    def get(self, key):
        return self.data.get(key)


class AdminSession(Session):
    pass
