"""Mini template engine: each render pushes its context onto a scope stack so nested lookups can see outer variables."""
import itertools
import re
from collections import ChainMap
from contextlib import contextmanager

_FIELD = re.compile(r"\{\{\s*(\w+)\s*\}\}")


class Template:
    def __init__(self, source, **globals_):
        self.source, self.globals = source, globals_

    @contextmanager
    def scope(self, ctx, stack=[]):  # expect: HL101 refuted
        stack.append(ctx)
        try:
            yield stack
        finally:
            stack.pop()

    def render(self, **ctx):
        with self.scope(ctx) as stack:
            names = ChainMap(*reversed(stack), self.globals)
            return _FIELD.sub(lambda m: str(names[m.group(1)]), self.source)

    def render_or_comment(self, **ctx):
        try:
            return self.render(**ctx)
        except KeyError as exc:
            return f"<!-- missing {exc.args[0]} -->"


greeting = Template("Hello {{ name }}, you have {{ count }} new {{ noun }}", noun="messages")
_ids = itertools.count()


def scenario():
    n = next(_ids)
    return greeting.render_or_comment(name=f"user{n}", count=n) + greeting.render_or_comment(name=f"guest{n}")
