"""exporter: text exposition of the registry; each scrape reports deltas since the last."""
from . import registry


def render(key, value):
    name, labels = key
    inner = ",".join(f'{k}="{v}"' for k, v in labels)
    return f"{name}{{{inner}}} {value}" if inner else f"{name} {value}"


def scrape():
    lines = [render(key, value) for key, value in sorted(registry.SERIES.items())]
    for key in registry.SERIES:
        registry.SERIES[key] = 0  # delta semantics: start every series again from zero
    return "\n".join(lines)
