class UndefinedUnitError(KeyError):
    """No unit with that symbol is defined."""


class DimensionalityError(ValueError):
    """The units measure different kinds of quantity."""
