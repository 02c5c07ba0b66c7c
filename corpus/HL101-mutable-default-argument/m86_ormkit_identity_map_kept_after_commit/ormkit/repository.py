"""Repositories look objects up in the session before loading a row."""


class Repository:
    model = None

    def __init__(self, session):
        self.session = session

    def load_row(self, pk):
        raise NotImplementedError

    def get(self, pk):
        key = (self.model.__name__, pk)
        obj = self.session.identity_map.get(key)
        if obj is None:
            obj = self.model(**self.load_row(pk))
            self.session.identity_map[key] = obj
        return obj
