"""URL building with a rule lookup cache, werkzeug routing style."""
import itertools
import re

_ids = itertools.count()
_part_re = re.compile(r"<(?:(?P<conv>\w+):)?(?P<var>\w+)>")
CONVERTERS = {"int": lambda v: str(int(v)), "string": str, "path": lambda v: str(v).strip("/")}


class Rule:
    def __init__(self, rule, endpoint):
        self.rule, self.endpoint = rule, endpoint
        self.arguments = frozenset(m.group("var") for m in _part_re.finditer(rule))

    def build(self, values):
        convert = lambda m: CONVERTERS[m.group("conv") or "string"](values[m.group("var")])
        return _part_re.sub(convert, self.rule)


class MapAdapter:
    def __init__(self, rules, server_name):
        self.rules, self.server_name = rules, server_name

    # heaplint-todo: `frozenset(values.items())` keys of a caller's keyword arguments: whether the key is new is not decided (heaplint: unknown)
    def build(self, endpoint, values, _rule_cache={}):  # expect: HL101 confirmed
        key = (endpoint, frozenset(values.items()))
        rule = _rule_cache.get(key)
        if rule is None:
            for candidate in self.rules:
                if candidate.endpoint == endpoint and candidate.arguments <= set(values):
                    rule = _rule_cache[key] = candidate
                    break
            else:
                raise LookupError("could not build url for endpoint %r" % endpoint)
        return "http://%s%s" % (self.server_name, rule.build(values))


RULES = [Rule("/users/<int:user_id>", "user"), Rule("/files/<path:name>", "file")]


def scenario():
    n = next(_ids)
    adapter = MapAdapter(RULES, "tenant%d.example.com" % (n % 7))
    return adapter.build("user", {"user_id": n}), adapter.build("file", {"name": "/r/%d.csv" % n})
