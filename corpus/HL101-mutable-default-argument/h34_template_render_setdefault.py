"""Template engine: render() records the template name in the call's context; _EMPTY is the shared no-context value."""
import itertools
from collections import ChainMap

_EMPTY = {}


class Template:
    def __init__(self, name, source, **defaults):
        self.name = name
        self.source = source
        self.defaults = defaults

    def render(self, context=_EMPTY, /, **extra):  # expect: HL101 confirmed
        context.setdefault("_rendered", []).append(self.name)
        scope = ChainMap(extra, context, self.defaults, {"template_name": self.name})
        return self.source.format_map(scope)


_mails = itertools.count()


def scenario():
    n = next(_mails)
    tpl = Template(f"mail/welcome_{n}.txt", "Hi {user} ({template_name}) from {site}", site="example.org")
    tpl.render({"user": f"user{n}"})
    return tpl.render(user=f"guest{n}")
