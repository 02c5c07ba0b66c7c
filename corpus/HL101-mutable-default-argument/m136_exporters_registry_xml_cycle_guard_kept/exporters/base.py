"""Exporter base class: subclasses register their format and implement encode()."""


class Exporter:
    registry = {}
    fmt = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.fmt:
            Exporter.registry[cls.fmt] = cls

    def export(self, record, seen=[]):  # expect: HL101 confirmed
        return self.encode(record, seen)

    def export_many(self, records, options={"sep": "\n", "trailer": True}):  # expect: HL101 refuted
        body = options["sep"].join(self.export(r) for r in records)
        return body + options["sep"] if options["trailer"] else body

    def encode(self, record, seen):
        raise NotImplementedError(f"{type(self).__name__} cannot encode")
