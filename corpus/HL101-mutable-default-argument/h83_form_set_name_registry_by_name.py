"""Dynamic forms: a form class is built per request from a schema; fields learn their names when the class is created."""
import itertools


class Field:
    def __init__(self, kind, required=True):
        self.kind = kind
        self.required = required

    # heaplint-todo: called with new arguments as outside code would call it, `__set_name__` grows it; but this application uses `__set_name__` as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it
    def __set_name__(self, owner, name, registry={}):  # expect: HL101 refuted
        self.name = name
        registry[name] = self.kind

    def clean(self, data):
        if self.name not in data:
            if self.required:
                raise ValueError(f"{self.name} is required")
            return None
        return self.kind(data[self.name])


class Form:
    def __init__(self, data):
        self.cleaned = {
            name: field.clean(data)
            for name, field in vars(type(self)).items()
            if isinstance(field, Field)
        }


def build_form(schema):
    attrs = {name: Field(kind, required) for name, (kind, required) in schema.items()}
    return type("SignupForm", (Form,), attrs)


SCHEMA = {"email": (str, True), "age": (int, False), "newsletter": (bool, False)}
_requests = itertools.count()


def scenario():
    n = next(_requests)
    form_cls = build_form(SCHEMA)
    return form_cls({"email": f"user{n}@example.com", "age": str(n % 90)}).cleaned
