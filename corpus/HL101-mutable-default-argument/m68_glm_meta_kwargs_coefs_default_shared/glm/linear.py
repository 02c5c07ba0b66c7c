"""Gaussian family: ordinary least squares."""
from .core import Model


class LinearModel(Model):
    family = "gaussian"

    def __init__(self, fit_intercept=True, **kwargs):
        kwargs.setdefault("tol", 1e-8)
        super().__init__(**kwargs)
        self.fit_intercept = fit_intercept
