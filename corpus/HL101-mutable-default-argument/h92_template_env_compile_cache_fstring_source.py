"""Template engine: render_string() compiles through a shared default Environment; the greeting view bakes the user into the source."""
import itertools
import string


class Environment:
    def __init__(self, **globals_):
        self.globals = globals_
        self._compiled = {}

    def from_string(self, source):
        try:
            return self._compiled[source]
        except KeyError:
            fields = tuple(sorted({name for _, name, _, _ in string.Formatter().parse(source) if name}))
            compiled = self._compiled[source] = (source, fields)
            return compiled


def render_string(source, env=Environment(site="shop.example"), **context):  # expect: HL101 confirmed
    source, fields = env.from_string(source)
    scope = {**env.globals, **context}
    missing = [name for name in fields if name not in scope]
    if missing:
        raise KeyError(f"undefined in template: {', '.join(missing)}")
    return source.format_map(scope)


_users = itertools.count()


def scenario():
    n = next(_users)
    name = f"user{n}"
    return render_string(f"Hello {name}, welcome back to {{site}}! You have {{unread}} new messages.", unread=n % 5)
