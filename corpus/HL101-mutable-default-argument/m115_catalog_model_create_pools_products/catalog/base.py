"""Model: base for catalog records; create() builds a record and keeps it in the pool it was given."""


class Model:
    fields = ()

    def __init__(self, **values):
        self.index = 0
        for name in self.fields:
            setattr(self, name, values.get(name))

    @classmethod
    def create(cls, pool=[], **values):  # expect: HL101 confirmed
        obj = cls(**values)
        pool.append(obj)
        obj.index = len(pool)
        return obj
