"""The model base class and the registry views look models up in."""
from .props import Property

_REGISTRY = {}


class Model:
    def __init__(self, **values):
        for name, prop in self.properties().items():
            setattr(self, name, values.pop(name, prop.default))
        if values:
            raise TypeError(f"unknown fields: {', '.join(values)}")

    @classmethod
    def properties(cls):
        found = {}
        for klass in reversed(cls.__mro__):
            found.update((k, v) for k, v in vars(klass).items() if isinstance(v, Property))
        return found


def discover(module):
    """Register every Model subclass defined in `module` under its lower-cased name."""
    for obj in vars(module).values():
        if isinstance(obj, type) and issubclass(obj, Model) and obj is not Model:
            _REGISTRY[obj.__name__.lower()] = obj
    return sorted(_REGISTRY)


def get_model(name):
    return _REGISTRY[name]
