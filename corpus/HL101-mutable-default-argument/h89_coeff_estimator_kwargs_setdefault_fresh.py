"""Linear estimators: subclasses take their own options, make sure a fresh coefficient dict is in **kwargs, and forward everything to the base class."""
import itertools


class LinearModel:
    def __init__(self, coefficients={}, intercept=0.0):  # expect: HL101 refuted
        self.coefficients = coefficients
        self.intercept = intercept

    def predict(self, row):
        return self.intercept + sum(self.coefficients.get(k, 0.0) * v for k, v in row.items())

    def fit(self, rows, target):
        raise NotImplementedError


class ShrunkRatio(LinearModel):
    def __init__(self, shrink=0.0, **kwargs):
        kwargs.setdefault("coefficients", {})
        super().__init__(**kwargs)
        self.shrink = shrink

    def fit(self, rows, target):
        for feature in rows[0]:
            num = sum(r[feature] * t for r, t in zip(rows, target))
            den = sum(r[feature] ** 2 for r in rows) + self.shrink
            self.coefficients[feature] = num / den
        return self


_datasets = itertools.count()


def scenario():
    n = next(_datasets)
    rows = [{f"clicks_{n}": i + 1.0, f"views_{n}": 2.0 * i + 3} for i in range(4)]
    model = ShrunkRatio(shrink=0.5, intercept=0.1).fit(rows, [1.0, 2.0, 3.0, 4.0])
    return model.predict(rows[-1])
