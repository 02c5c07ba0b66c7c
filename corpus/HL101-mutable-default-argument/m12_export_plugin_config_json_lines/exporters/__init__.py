"""Export back ends, chosen by name from the settings (`EXPORT_FORMAT`)."""
import importlib


def load(fmt):
    return importlib.import_module(f"{__name__}.{fmt.replace('-', '_')}_writer")
