"""schema: a Schema is a list of (field, rule names); RULES maps names to checks."""
RULES = {}


def register(name):
    def decorate(check):
        RULES[name] = check
        return check
    return decorate


class Schema:
    def __init__(self, name, fields=[]):  # expect: HL101 refuted
        self.name = name
        self.fields = fields

    def field(self, name, *rule_names):
        self.fields.append((name, rule_names))
        return self

    def validate(self, data):
        """Yield (field, message) for the first failing rule of each field."""
        for name, rule_names in self.fields:
            for rule in rule_names:
                message = RULES[rule](data.get(name))
                if message:
                    yield name, message
                    break
