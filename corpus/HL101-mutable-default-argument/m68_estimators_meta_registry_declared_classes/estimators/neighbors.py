"""Neighbour estimators: predict the mean of the k closest training targets."""
from .base import Estimator


class KNearest(Estimator):
    params = {"k": 2}

    def fit(self, xs, ys):
        self.train = list(zip(xs, ys))
        return self

    def predict(self, xs):
        k = self.params["k"]
        out = []
        for x in xs:
            near = sorted(self.train, key=lambda pair: abs(pair[0] - x))[:k]
            out.append(sum(y for _, y in near) / len(near))
        return out
