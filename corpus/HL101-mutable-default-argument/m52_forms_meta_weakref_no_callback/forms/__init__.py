"""forms: declarative form classes."""
from .fields import ChoiceField, Field, IntField
from .meta import FormMeta

__all__ = ["ChoiceField", "Field", "Form", "FormMeta", "IntField"]


class Form(metaclass=FormMeta):
    def __init__(self, data):
        self.data = data
        self.errors = {}
        self.cleaned = {}

    def is_valid(self):
        for name, field in self.fields.items():
            try:
                self.cleaned[name] = field.clean(self.data.get(name))
            except ValueError as exc:
                self.errors[name] = str(exc)
        return not self.errors

    @classmethod
    def registered(cls):
        return [ref() for ref in list(cls._classes) if ref() is not None]
