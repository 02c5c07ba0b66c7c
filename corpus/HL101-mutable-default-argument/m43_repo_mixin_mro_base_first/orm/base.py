class Repository:
    """Unit-of-work style repository keyed by (model, primary key)."""

    def __init__(self, session, model, identity_map={}, autoflush=False):  # expect: HL101 confirmed
        self.session = session
        self.model = model
        self._identity = identity_map
        self.autoflush = autoflush

    def _key(self, pk):
        return (self.model.__name__, pk)

    def add(self, obj):
        self._identity[self._key(obj.pk)] = obj
        if self.autoflush:
            self.session.flush()
        return obj

    def get(self, pk):
        return self._identity.get(self._key(pk))
