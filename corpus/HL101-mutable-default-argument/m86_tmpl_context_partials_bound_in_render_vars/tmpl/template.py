import re

_TAG = re.compile(r"\{\{\s*(>?)\s*([\w./-]+)((?:\s*\|\s*\w+)*)\s*\}\}")


class Template:
    def __init__(self, name, source):
        self.name = name
        self.source = source

    def includes(self):
        return [m.group(2) for m in _TAG.finditer(self.source) if m.group(1)]

    def render(self, ctx):
        def expand(match):
            value = ctx.resolve(match.group(2))
            if match.group(1):
                return value.render(ctx)
            for name in match.group(3).split("|")[1:]:
                value = ctx.resolve(name.strip())(value)
            return str(value)
        return _TAG.sub(expand, self.source)
