"""Export service: renders rows with the handler registered last for the format."""
from .csvfmt import to_csv
from .registry import handlers


def export(rows, fmt="csv", header=None):
    if header is not None:
        handlers(fmt, add=lambda rs: to_csv(rs, header))
    render = handlers(fmt)[-1]  # the latest registration wins
    return render(rows)
