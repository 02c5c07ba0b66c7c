"""monitor: in-process samples, fanned out to every configured exporter."""
from .collector import *  # noqa: F401,F403
from .collector import __all__ as _collector_names
from .exporters import PushExporter, TextExporter

__all__ = [*_collector_names, "PushExporter", "TextExporter"]
