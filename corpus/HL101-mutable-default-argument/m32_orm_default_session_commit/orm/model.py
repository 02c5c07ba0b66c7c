from .session import Session


class Model:
    table = None
    fields = ()
    required = ()

    def __init__(self, **values):
        unknown = set(values) - set(self.fields)
        if unknown:
            raise TypeError("unknown fields: %s" % ", ".join(sorted(unknown)))
        self.values = {name: values.get(name) for name in self.fields}
        self._persisted = False

    def validate(self):
        return [name for name in self.required if not self.values[name]]

    def insert_sql(self, dialect):
        cols = ", ".join(self.fields)
        marks = ", ".join("?" if dialect == "sqlite" else "%s" for _ in self.fields)
        return "INSERT INTO %s (%s) VALUES (%s)" % (self.table, cols, marks)

    def save(self, session=Session()):  # expect: HL101 refuted
        missing = self.validate()
        if missing:
            raise ValueError("%s: missing %s" % (self.table, ", ".join(missing)))
        session.add(self)
        self.after_save(session)
        return self

    def after_save(self, session):
        pass
