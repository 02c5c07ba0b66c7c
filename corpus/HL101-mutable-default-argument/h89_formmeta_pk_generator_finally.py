"""Declarative forms: the metaclass finds the primary-key field with a recursive generator over the class and its __bases__ that guards against cycles."""
import itertools


class Field:
    def __init__(self, primary=False):
        self.primary = primary


def iter_fields(cls, _visiting=set()):  # expect: HL101 refuted
    if cls in _visiting:
        return
    _visiting.add(cls)
    try:
        for name, value in vars(cls).items():
            if isinstance(value, Field):
                yield name, value
        for base in cls.__bases__:
            yield from iter_fields(base)
    finally:
        _visiting.discard(cls)


class FormMeta(type):
    def __init__(cls, name, bases, namespace):
        super().__init__(name, bases, namespace)
        cls.pk_name = next((n for n, f in iter_fields(cls) if f.primary), None)


class Keyed(metaclass=FormMeta):
    id = Field(primary=True)


_forms = itertools.count()


def scenario():
    n = next(_forms)
    form = FormMeta(f"Signup{n}", (Keyed,), {"email": Field(), "token": Field(primary=n % 2 == 0)})
    return form.pk_name
