"""Declarative base: subclasses register themselves by table name."""

registry = {}


class Model:
    __table__ = None
    columns = ()

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__table__ = table or cls.__name__.lower() + "s"
        registry[cls.__table__] = cls

    def __init__(self, pending=[], **values):  # expect: HL101 confirmed
        self._pending = pending
        self.pk = None
        for column in self.columns:
            setattr(self, column, values.pop(column, None))
        if values:
            raise TypeError("unknown columns for %s: %s" % (self.__table__, ", ".join(sorted(values))))

    @classmethod
    def from_row(cls, row):
        return cls(**{k: v for k, v in row.items() if k in cls.columns})

    def as_row(self):
        return {column: getattr(self, column) for column in self.columns}

    def attach(self, relation, child):
        if child is self:
            raise ValueError("cannot attach a row to itself")
        self._pending.append((relation, child))

    def flush(self, session):
        for relation, child in self._pending:
            setattr(child, relation, self.pk)
            session.insert(child)
        self._pending = []
