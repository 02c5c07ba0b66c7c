"""Base collector: keeps raw samples until a subclass reports them."""


class Collector:
    def __init__(self, name, samples=[]):  # expect: HL101 refuted
        self.name = name
        self.samples = samples

    def observe(self, value):
        self.samples.append(value)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {len(self.samples)} samples)"
