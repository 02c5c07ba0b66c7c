from .base import Unit


class CompositeUnit(Unit):
    """A unit built from others by multiplication and division."""

    def __init__(self, symbol, scale, dims):
        super().__init__(symbol, scale, {k: v for k, v in dims.items() if v})

    def is_dimensionless(self):
        return not self.dims
