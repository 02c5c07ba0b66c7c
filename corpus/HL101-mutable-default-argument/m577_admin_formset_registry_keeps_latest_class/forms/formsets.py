"""Formsets: a list of forms plus ``extra`` blank ones. ``formset_factory``
builds a subclass per call, as Django's does; subclasses register themselves."""
from .registry import register


class BaseFormSet:
    form = None
    extra = 1

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        register(cls)

    def __init__(self, data):
        self.forms = [self.form(row) for row in data]
        self.forms += [self.form({}) for _ in range(self.extra)]

    def is_valid(self):
        return all(form.is_valid() for form in self.forms[:len(self.forms) - self.extra])


def formset_factory(form, extra=1):
    return type(form.__name__ + "FormSet", (BaseFormSet,), {"form": form, "extra": extra})
