"""Form factory: forms are built per request with type(); a class decorator counts calls of their public methods and keeps the originals for debugging."""
import functools
import itertools


def _count_calls(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)

    wrapper.calls = 0
    return wrapper


def counted(cls, _originals={}):  # expect: HL101 confirmed
    for name, attr in list(vars(cls).items()):
        if callable(attr) and not name.startswith("_"):
            _originals[cls, name] = attr
            setattr(cls, name, _count_calls(attr))
    return cls


def form_for(fields):
    def clean(self, data):
        return {key: str(data.get(key, "")).strip() for key in fields}

    def is_valid(self, data):
        return all(self.clean(data).values())

    return counted(type("DynamicForm", (), {"fields": fields, "clean": clean, "is_valid": is_valid}))


_requests = itertools.count()


def scenario():
    n = next(_requests)
    form = form_for(("name", "email"))()
    return form.is_valid({"name": f"user{n}", "email": f"user{n}@example.com"})
