import importlib

__all__ = ["load_exporter"]


def load_exporter(settings, options):
    """Import the configured plugin module and build an exporter class for a job."""
    module_name = settings.get("exporter", "exporters.csv_plugin")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise LookupError("exporter plugin %r is not installed" % module_name) from exc
    factory = getattr(module, "exporter_factory", None)
    if factory is None:
        return module.DEFAULT_EXPORTER
    return factory(options)
