"""Exporter base class; subclasses are numbered as they are defined."""


class Exporter:
    name = "base"
    order = 0

    def __init_subclass__(cls, registry=[], **kw):  # expect: HL101 refuted
        super().__init_subclass__(**kw)
        cls.order = len(registry) + 1

    def export(self, rows):
        raise NotImplementedError
