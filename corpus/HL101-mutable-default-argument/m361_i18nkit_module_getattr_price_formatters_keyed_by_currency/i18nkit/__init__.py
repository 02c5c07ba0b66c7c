"""i18nkit: formatting helpers, each submodule imported on first attribute access."""
import importlib

_LAZY = {
    "format_price": "money",
    "format_date": "dates",
}
__all__ = sorted(_LAZY)


def __getattr__(name):
    try:
        submodule = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = importlib.import_module("." + submodule, __name__)
    return getattr(module, name)


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
