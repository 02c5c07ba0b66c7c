"""Request profiling helpers; the timer implementation is resolved on first use."""
import importlib

__all__ = ["Timer", "summary"]


def _load_timer():
    try:
        return importlib.import_module("._ctimer", __name__).Timer
    except ImportError:
        return importlib.import_module(".pytimer", __name__).Timer


def __getattr__(name):
    if name == "Timer":
        globals()["Timer"] = timer = _load_timer()
        return timer
    if name == "summary":
        from .report import summary

        return summary
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
