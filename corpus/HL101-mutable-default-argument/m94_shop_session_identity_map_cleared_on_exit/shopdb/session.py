"""One object per (model, primary key) while a session is in use."""


class Session:
    def __init__(self, bind, identity_map):
        self.bind = bind
        self.identity_map = identity_map
        self.flushes = 0

    def get(self, model, pk):
        return self.identity_map.get((model.__name__, pk))

    def add(self, obj):
        self.identity_map[(type(obj).__name__, obj.pk)] = obj

    def flush(self):
        self.flushes += 1

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.flush()
        self.identity_map.clear()
        return False


def open_session(bind, identity_map={}):  # expect: HL101 refuted
    return Session(bind, identity_map)
