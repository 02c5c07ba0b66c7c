from .meta import RecordMeta


class Record(metaclass=RecordMeta):
    abstract = True
    columns = ()

    def __init__(self, *values):
        if len(values) != len(self.columns):
            raise TypeError(f"{type(self).__name__} takes {len(self.columns)} values")
        for column, value in zip(self.columns, values):
            setattr(self, column, value)

    def as_dict(self):
        return {column: getattr(self, column) for column in self.columns}

    def as_tuple(self):
        return tuple(getattr(self, column) for column in self.columns)

    @classmethod
    def by_table(cls, table):
        return cls._tables[table]
