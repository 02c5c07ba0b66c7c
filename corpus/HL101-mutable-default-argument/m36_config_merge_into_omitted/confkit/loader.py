"""Combine the layers in priority order."""
from . import sources
from .layers import *  # noqa: F401,F403

LAYER_ORDER = ("file", "env")


def load_config(**inputs):
    config = merge_layer(sources.source_defaults())
    for kind in LAYER_ORDER:
        reader = getattr(sources, "source_" + kind, None)
        if reader is None or inputs.get(kind) is None:
            continue
        try:
            layer = reader(inputs[kind])
        except ValueError as exc:
            raise ValueError("bad %s layer: %s" % (kind, exc)) from None
        merge_layer(layer, config)
    return config
