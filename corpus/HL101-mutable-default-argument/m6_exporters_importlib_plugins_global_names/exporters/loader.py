import importlib

PLUGINS = ("csv_plugin", "ndjson_plugin")


def load_all(prefix=""):
    loaded = []
    for module_name in PLUGINS:
        module = importlib.import_module(f".{module_name}", __package__)
        module.setup(prefix)
        loaded.append(module_name)
    return loaded
