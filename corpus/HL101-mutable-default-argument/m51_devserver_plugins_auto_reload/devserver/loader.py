import importlib

PLUGINS = ("cors_plugin", "etag_plugin")
AUTO_RELOAD = True


def load_plugins(names=PLUGINS):
    modules = []
    for name in names:
        module = importlib.import_module(f"{__package__}.{name}")
        if AUTO_RELOAD:
            module = importlib.reload(module)
        modules.append(module)
    return modules
