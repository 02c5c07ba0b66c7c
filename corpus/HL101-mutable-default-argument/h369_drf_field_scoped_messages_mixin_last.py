"""Serializer fields: `Field.__init__()` takes `error_messages={}` and calls
`self.collect_messages()`, which gathers each class's `default_error_messages`
(class attributes, not defaults) along the MRO. `EmailField` lists Field before
`ScopedMessagesMixin`, so Field's version runs: it merges into a fresh dict and
rebinds `self.error_messages`, leaving the default dict empty."""
import itertools

_fields = itertools.count()


class Field:
    default_error_messages = {"required": "This field is required."}

    # heaplint-todo: ScopedMessagesMixin hands on with `super()`; run on the field classes as outside code would, heaplint does not reach its store on every way (heaplint: unknown)
    def __init__(self, name, error_messages={}):  # expect: HL101 refuted
        self.name = name
        self.error_messages = error_messages
        self.collect_messages()

    def collect_messages(self):
        merged = {}
        for cls in reversed(type(self).__mro__):
            merged.update(getattr(cls, "default_error_messages", {}))
        self.error_messages = {**merged, **self.error_messages}


class ScopedMessagesMixin:
    def collect_messages(self):
        for cls in reversed(type(self).__mro__):
            for key, text in getattr(cls, "default_error_messages", {}).items():
                self.error_messages[f"{self.name}.{key}"] = text


class EmailField(Field, ScopedMessagesMixin):
    default_error_messages = {"invalid": "Enter a valid email address."}


def scenario():
    n = next(_fields)
    return len(EmailField(f"contact_email_{n}").error_messages)
