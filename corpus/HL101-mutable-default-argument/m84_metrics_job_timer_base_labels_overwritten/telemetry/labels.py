"""Label sets: the process-wide labels plus the ones a measurement binds."""


class LabelSet:
    def __init__(self, service, base={"env": "prod", "region": "eu-west-1"}):  # expect: HL101 refuted
        self.values = base
        self.values["service"] = service

    def bind(self, **extra):
        self.values.update(extra)
        return self

    def items(self):
        return sorted(self.values.items())
