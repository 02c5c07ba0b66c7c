"""Export service: renders rows with the handler registered last for the format."""
from .registry import handlers


def export(rows, fmt="csv", header=None):
    from . import csvfmt  # noqa: F401  optional format, registers itself on first import

    render = handlers(fmt)[-1]  # the latest registration wins
    return render(rows, header)
