"""Template rendering: an `Environment` keeps its macros in a dict that
defaults to a shared `{}`, and the `macro` method is used as a decorator to
register a render helper under its name. Each tenant's mail is rendered by a
fresh environment that registers a signature closure named after the tenant,
so every environment adds its macro to the one dict they all share."""
import itertools
import string

_ids = itertools.count()


class Environment:
    def __init__(self, macros={}):  # expect: HL101 confirmed
        self.macros = macros

    def macro(self, func):
        self.macros[func.__name__] = func
        return func

    def render(self, source, **context):
        helpers = {name: fn(context) for name, fn in self.macros.items() if name in source}
        return string.Template(source).safe_substitute(context, **helpers)


def tenant_environment(tenant, team):
    env = Environment()

    def signature(ctx):
        return f"-- The {team} team at {tenant}"
    signature.__name__ = f"signature_{tenant}"
    env.macro(signature)
    return env


def scenario():
    n = next(_ids)
    env = tenant_environment(f"t{n}", ("billing", "support")[n % 2])
    return env.render(f"Invoice #$number is due.\n$signature_t{n}", number=n)
