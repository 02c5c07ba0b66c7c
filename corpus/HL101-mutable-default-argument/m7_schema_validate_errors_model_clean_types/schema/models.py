from . import validators

__all__ = ["Model"]


class Model:
    fields = {}

    def __init__(self, **data):
        for name, expected in self.fields.items():
            setattr(self, name, validators.validate(data.get(name), name, expected))

    def dump(self):
        return {name: getattr(self, name) for name in self.fields}
