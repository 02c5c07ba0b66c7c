"""Currency conversion; star-exports whatever the submodules list in __all__."""
from .rates import *  # noqa: F403
from .rates import __all__ as _rates_all

__all__ = list(_rates_all)
