"""Core of glm: the model metaclass, the base model and the family registry."""
registry = {}


class ModelMeta(type):
    """Registers every concrete model class under its `family` name."""

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if ns.get("family"):
            registry[ns["family"]] = cls


class Model(metaclass=ModelMeta):
    family = None

    def __init__(self, coefs={}, **options):  # expect: HL101 confirmed
        self.coefs = coefs
        self.tol = options.get("tol", 1e-6)
        self.max_iter = options.get("max_iter", 100)

    def fit(self, rows, target):
        ys = [row[target] for row in rows]
        my = sum(ys) / len(ys)
        for name in rows[0]:
            if name == target:
                continue
            xs = [row[name] for row in rows]
            mx = sum(xs) / len(xs)
            var = sum((x - mx) ** 2 for x in xs) or 1.0
            self.coefs[name] = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var
        return self


def create(family, **kwargs):
    return registry[family](**kwargs)
