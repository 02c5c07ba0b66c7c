"""Template environment with a filter registry and an LRU template cache, jinja style."""
import itertools
from collections import OrderedDict

_ids = itertools.count()
DEFAULT_FILTERS = {"upper": str.upper, "title": str.title, "strip": str.strip}


class FunctionLoader:
    def get_source(self, name):
        return "Hello {name|title}, order %s has shipped." % name.rsplit("/", 1)[-1].split(".")[0]


class Template:
    def __init__(self, source, environment):
        self.head, _, rest = source.partition("{")
        expr, _, self.tail = rest.partition("}")
        self.var, _, self.filter_name = expr.partition("|")
        self.environment = environment

    def render(self, **context):
        return self.head + self.environment.filters[self.filter_name](context[self.var]) + self.tail


class Environment:
    def __init__(self, loader, cache_size=16, cache=OrderedDict()):  # expect: HL101 refuted
        self.loader, self.cache_size, self.cache = loader, cache_size, cache
        self.filters = dict(DEFAULT_FILTERS)

    def get_template(self, name):
        if name in self.cache:
            self.cache.move_to_end(name)
            return self.cache[name]
        template = Template(self.loader.get_source(name), self)
        if self.cache_size != 0:
            self.cache[name] = template
            if 0 < self.cache_size < len(self.cache):
                self.cache.popitem(last=False)
        return template


def scenario():
    n = next(_ids)
    env = Environment(FunctionLoader())
    return env.get_template("mail/%d.txt" % n).render(name="customer %d" % n)
