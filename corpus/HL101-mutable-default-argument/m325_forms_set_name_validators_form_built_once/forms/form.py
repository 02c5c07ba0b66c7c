"""Form base: collects the errors of every declared field."""
from .fields import Field


class Form:
    def __init__(self, data):
        self.data = data

    def errors(self):
        fields = {k: v for k, v in vars(type(self)).items() if isinstance(v, Field)}
        found = {name: field.errors(getattr(self, name)) for name, field in fields.items()}
        return {name: msgs for name, msgs in found.items() if msgs}
