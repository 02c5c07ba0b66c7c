"""Template rendering: an `Environment` keeps its macros in a dict that
defaults to a shared `{}`, and the `macro` method is used as a decorator to
register a render helper under its name. The module builds its one environment
and registers every macro when it is imported; rendering a page only looks
the macros up."""
import itertools
import string

_ids = itertools.count()


class Environment:
    def __init__(self, macros={}):  # expect: HL101 refuted
        self.macros = macros

    def macro(self, func):
        self.macros[func.__name__] = func
        return func

    def render(self, source, **context):
        helpers = {name: fn(context) for name, fn in self.macros.items()}
        return string.Template(source).safe_substitute(context, **helpers)


env = Environment()


@env.macro
def greeting(ctx):
    return f"Dear {ctx['name'].title()},"


@env.macro
def signature(ctx):
    return f"-- The {ctx.get('team', 'billing')} team"


def scenario():
    n = next(_ids)
    return env.render("$greeting\nInvoice #$number is due.\n$signature", name=f"customer {n}", number=n)
