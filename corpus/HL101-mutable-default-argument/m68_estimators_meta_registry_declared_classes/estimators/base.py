"""Estimator base: the metaclass keeps a catalogue of estimator classes."""


class EstimatorMeta(type):
    def __new__(mcls, name, bases, ns, catalogue={}):  # expect: HL101 refuted
        cls = super().__new__(mcls, name, bases, ns)
        if not ns.get("preset"):  # presets are throwaway, only declared classes are listed
            catalogue[name] = cls
        cls.catalogue = catalogue
        return cls


class Estimator(metaclass=EstimatorMeta):
    params = {}

    def __init__(self, **params):
        self.params = {**type(self).params, **params}

    @classmethod
    def with_params(cls, **params):
        """A preset: a subclass whose defaults are `params`, e.g. for a grid search."""
        tag = ",".join(f"{k}={v}" for k, v in sorted(params.items()))
        ns = {"params": {**cls.params, **params}, "preset": True}
        return type(cls)(f"{cls.__name__}[{tag}]", (cls,), ns)

    def score(self, xs, ys):
        preds = self.predict(xs)
        return -sum((p - y) ** 2 for p, y in zip(preds, ys)) / len(ys)

    def predict(self, xs):
        raise NotImplementedError
