class Model:
    table = None
    fields = ()

    def __init__(self, changes=[]):  # expect: HL101 refuted
        self._values = {}
        self._changes = changes

    def set(self, field, value):
        if field not in self.fields:
            raise AttributeError(f"{self.table} has no column {field!r}")
        self._values[field] = value
        self._changes.append((field, value))

    def pending(self):
        return list(self._changes)

    def mark_clean(self):
        self._changes = []

    def row(self):
        return dict(self._values)
