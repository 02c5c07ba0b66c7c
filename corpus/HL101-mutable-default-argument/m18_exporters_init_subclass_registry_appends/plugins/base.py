"""Exporter base class; subclasses are numbered as they are defined."""


class Exporter:
    name = "base"
    order = 0

    def __init_subclass__(cls, registry=[], **kw):  # expect: HL101 confirmed
        super().__init_subclass__(**kw)
        registry.append(cls)
        cls.order = len(registry)

    def export(self, rows):
        raise NotImplementedError
