"""Admin forms: form classes are built on the fly per request and register themselves for lookup."""
import itertools


class BaseForm:
    model = None
    fields = ()

    def __init_subclass__(cls, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        registry[cls.__name__] = cls
        cls.registry = registry

    def __init__(self, data):
        self.cleaned = {f: str(data.get(f, "")).strip() for f in self.fields}

    def is_valid(self):
        return all(self.cleaned.values())


def modelform_factory(model, fields, suffix):
    attrs = {"model": model, "fields": tuple(fields)}
    return type(f"{model.title()}Form{suffix}", (BaseForm,), attrs)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    model = ("user", "order")[n % 2]
    form_cls = modelform_factory(model, ["name", "email"], n)
    return form_cls({"name": f" u{n} ", "email": f"u{n}@example.org"}).is_valid()
