"""Library shim: warnings.showwarning is replaced so each deprecation is logged once, not printed."""
import itertools
import logging
import warnings

log = logging.getLogger("h76.py.warnings")
log.addHandler(logging.NullHandler())
log.propagate = False


# heaplint-todo: called with new arguments, `_log_warning` grows it; but the application installs `_log_warning` as `warnings.showwarning`, which the interpreter calls with values from a fixed set (categories, files and lines, signal numbers, events) or once, and heaplint does not model those calls (heaplint: unknown)
def _log_warning(message, category, filename, lineno, file=None, line=None, _shown=set()):  # expect: HL101 confirmed
    key = (category.__name__, str(message))
    if key in _shown:
        return
    _shown.add(key)
    log.warning("%s:%s: %s: %s", filename, lineno, category.__name__, message)


warnings.showwarning = _log_warning
warnings.simplefilter("always", DeprecationWarning)


def connect(host, timeout=None, timeout_seconds=None):
    if timeout_seconds is not None:
        warnings.warn(
            f"timeout_seconds={timeout_seconds} is deprecated; pass timeout=datetime.timedelta(...)",
            DeprecationWarning,
            stacklevel=2,
        )
        timeout = timeout_seconds
    return {"host": host, "timeout": timeout}


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return connect(f"db-{n}.internal", timeout_seconds=5 + n)
