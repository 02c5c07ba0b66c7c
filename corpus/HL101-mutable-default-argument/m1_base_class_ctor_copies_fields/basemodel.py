"""ORM base class: the default field values are copied into each instance."""


class Model:
    def __init__(self, fields={"active": True}):  # expect: HL101 refuted
        self._fields = dict(fields)

    def set(self, field, value):
        self._fields[field] = value
