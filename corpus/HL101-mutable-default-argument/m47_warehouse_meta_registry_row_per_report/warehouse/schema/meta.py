"""Metaclass for record types: concrete record classes are indexed by table name."""


class RecordMeta(type):
    def __new__(mcls, name, bases, namespace, _tables={}):  # expect: HL101 confirmed
        cls = super().__new__(mcls, name, bases, namespace)
        cls._tables = _tables
        if not namespace.get("abstract", False):
            cls.table = namespace.get("table") or name.lower()
            _tables[cls.table] = cls
        return cls

    def __repr__(cls):
        return f"<record type {cls.__name__} table={getattr(cls, 'table', None)!r}>"
