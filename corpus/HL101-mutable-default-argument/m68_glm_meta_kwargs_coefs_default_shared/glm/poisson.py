"""Poisson family: counts with a log link."""
import math

from .core import Model


class PoissonModel(Model):
    family = "poisson"

    def __init__(self, link="log", **kwargs):
        super().__init__(**kwargs)
        self.link = link

    def predict(self, row):
        eta = sum(self.coefs.get(name, 0.0) * value for name, value in row.items())
        return math.exp(eta) if self.link == "log" else eta
