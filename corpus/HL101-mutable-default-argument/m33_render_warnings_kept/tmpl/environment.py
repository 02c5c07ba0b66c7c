import re

_VAR = re.compile(r"\{\{\s*(\w+)((?:\s*\|\s*\w+)*)\s*\}\}")


class Environment:
    def __init__(self, undefined=""):
        self.filters = {}
        self.undefined = undefined

    def filter(self, name=None):
        def decorator(func):
            self.filters[name or func.__name__] = func
            return func
        return decorator

    def render(self, source, context, warnings=[]):  # expect: HL101 confirmed
        def substitute(match):
            name, chain = match.group(1), match.group(2)
            if name not in context:
                warnings.append("undefined variable %r" % name)
                return self.undefined
            value = context[name]
            for fname in (f.strip() for f in chain.split("|") if f.strip()):
                func = self.filters.get(fname)
                if func is None:
                    warnings.append("unknown filter %r on %r" % (fname, name))
                    continue
                value = func(value)
            return str(value)

        return _VAR.sub(substitute, source), warnings


default_env = Environment()
