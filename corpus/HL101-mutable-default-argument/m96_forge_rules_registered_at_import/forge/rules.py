"""Rule registry. Every RuleRegistry() sees the rules the rule sets registered."""


class RuleRegistry:
    def __init__(self, rules={}):  # expect: HL101 refuted
        self.rules = rules

    def register(self, kind):
        def decorate(fn):
            self.rules[kind] = fn
            return fn

        return decorate

    def lookup(self, kind):
        try:
            return self.rules[kind]
        except KeyError:
            raise LookupError(f"no rule registered for kind {kind!r}") from None

    def kinds(self):
        return sorted(self.rules)
