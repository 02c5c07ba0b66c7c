"""registry: exporter name -> exporter; plugins register themselves when imported."""
__all__ = ["REGISTRY", "register"]


class NullExporter:
    def __init__(self, **options):
        self.options = options

    def render(self, rows):
        return ""


def register(name, obj, registry={}):  # expect: HL101 confirmed
    """File `obj` under `name` (the last registration wins) and return the registry."""
    registry[name] = obj
    return registry


REGISTRY = register("null", NullExporter)
