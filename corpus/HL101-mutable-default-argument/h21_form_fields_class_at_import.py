"""Forms: typed field descriptors register with the form class that owns them; signup forms are built from one factory."""
import itertools


class Field:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name, _registry=[]):  # expect: HL101 refuted
        _registry.append((owner, name))
        self.name = name

    def __get__(self, obj, objtype=None):
        return self if obj is None else obj.__dict__.get(self.name)

    def __set__(self, obj, value):
        obj.__dict__[self.name] = self.kind(value)


def make_form(title):
    class Form:
        name = Field(str)
        age = Field(int)

        def __init__(self, **values):
            for key, value in values.items():
                setattr(self, key, value)

    Form.__qualname__ = title
    return Form


SignupForm = make_form("SignupForm")
_signups = itertools.count()


def scenario():
    n = next(_signups)
    form = SignupForm(name=f"user{n}", age=str(18 + n % 60))
    return form.name, form.age
