class Model:
    table = None

    def __init__(self, **values):
        self.__dict__.update(values)
        self._original = dict(values)

    def changed_fields(self):
        return [name for name, old in self._original.items() if getattr(self, name) != old]

    def save(self):
        self._original = {name: getattr(self, name) for name in self._original}
        return self.table
