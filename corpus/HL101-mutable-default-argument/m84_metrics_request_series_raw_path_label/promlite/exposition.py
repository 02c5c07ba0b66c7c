"""Prometheus text exposition format."""
from . import registry


def _labels(pairs):
    return ",".join(f'{key}="{value}"' for key, value in pairs)


def render(source):
    """Render every series of `source`, a module or object with a series() table."""
    lines = []
    for (metric, pairs), value in sorted(source.series().items()):
        lines.append(f"{metric}{{{_labels(pairs)}}} {value}")
    return "\n".join(lines) + "\n"


def render_text():
    return render(registry)
