class Rule:
    def __init__(self, pattern):
        self.pattern = pattern

    def matches(self, action):
        """'docs:7:*' matches every action on document 7."""
        if self.pattern.endswith("*"):
            return action.startswith(self.pattern[:-1])
        return action == self.pattern


class Policy:
    def __init__(self, name, rules=[]):  # expect: HL101 refuted
        self.name = name
        self._rules = rules

    def rules(self):
        return self._rules
