"""Contact forms remember the order in which fields were assigned, for the
renderer. __setattr__ checks the value with the field's validator from the
class-level FIELDS table and appends "Form.field" to its `_order=[]` default
on every assignment, so each submitted form adds three more entries."""
import itertools


class Required:
    def __init__(self, max_length):
        self.max_length = max_length

    def __call__(self, name, value):
        if not value or len(value) > self.max_length:
            raise ValueError(f"{name}: required, at most {self.max_length} chars")


class ContactForm:
    FIELDS = {"name": Required(80), "email": Required(254), "message": Required(2000)}

    def __init__(self, **data):
        for key, value in data.items():
            setattr(self, key, value)

    def __setattr__(self, name, value, _order=[]):  # expect: HL101 confirmed
        self.FIELDS[name](name, value)
        key = f"{type(self).__name__}.{name}"
        _order.append(key)
        object.__setattr__(self, name, value)


_messages = itertools.count()


def scenario():
    n = next(_messages)
    form = ContactForm(name=f"Visitor {n}", email=f"v{n}@example.net", message=f"Quote for {n}?")
    return len(vars(form))
