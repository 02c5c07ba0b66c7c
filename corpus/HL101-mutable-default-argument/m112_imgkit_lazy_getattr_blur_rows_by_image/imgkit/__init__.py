"""imgkit: filters are imported on first use (PEP 562 module __getattr__)."""
import importlib

_FILTERS = {"blur": "._blur", "sharpen": "._sharpen"}
__all__ = list(_FILTERS)


def __getattr__(name):
    if name not in _FILTERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return importlib.import_module(_FILTERS[name], __name__).apply
