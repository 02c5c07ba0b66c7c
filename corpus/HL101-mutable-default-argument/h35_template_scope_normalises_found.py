"""Template context: a name resolves through override, context and site-wide scopes in order."""
import itertools

SITE = {"site_name": "Example Shop", "support_email": "help@example.com"}


class Context:
    def __init__(self, **values):
        self.values = values

    def resolve(self, name, overrides={}):  # expect: HL101 refuted
        if name in overrides:
            return overrides[name]
        return self._lookup(name, overrides, self.values, SITE)

    def _lookup(self, name, *scopes):
        for scope in scopes:
            if name in scope:
                value = scope[name] = str(scope[name])
                return value
        raise KeyError(f"undefined template variable {name!r}")

    def render(self, template, *names):
        return template.format(**{name: self.resolve(name) for name in names})


_pages = itertools.count()


def scenario():
    n = next(_pages)
    ctx = Context(**{f"order_{n}": n * 3, "customer": f"Ann {n}"})
    template = "{site_name}: order {order_%d} for {customer}" % n
    return ctx.render(template, "site_name", f"order_{n}", "customer")
