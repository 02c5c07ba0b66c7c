"""Template engine: from_string() compiles inline templates and memoises them
on the environment, creating the cache lazily (`try: env._inline ... except
AttributeError`) from the default dict. The app has one module-level
environment, so the default is bound only on the first call, but it is that
very dict that stays on the environment; it holds at most 32 compiled
templates, dropping the oldest when a new source would exceed that."""
import itertools
import string

_mails = itertools.count()


class Environment:
    def __init__(self, autoescape=True):
        self.autoescape = autoescape


# heaplint-todo: `_env` is a module-level object outside code may reach, and `_inline` is set on it somewhere, so `env._inline` may be there or raise AttributeError; the store in the handler is not reached for sure (heaplint: unknown)
def from_string(env, source, cache={}):  # expect: HL101 refuted
    try:
        inline = env._inline
    except AttributeError:
        inline = env._inline = cache
    template = inline.get(source)
    if template is None:
        if len(inline) >= 32:
            del inline[next(iter(inline))]
        template = inline[source] = string.Template(source)
    return template


_env = Environment()


def scenario():
    n = next(_mails)
    source = f"Dear $name, your order #{n} has shipped to $city."
    return from_string(_env, source).substitute(name="Ada", city="Leeds")
