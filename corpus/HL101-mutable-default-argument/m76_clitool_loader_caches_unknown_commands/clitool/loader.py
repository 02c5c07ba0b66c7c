"""loader: resolve a command name to its plugin module, clitool.commands.<name>."""
import importlib


def load_command(name, package="clitool.commands", _modules={}):  # expect: HL101 confirmed
    """The plugin module for `name`, or None when there is no such plugin."""
    if name in _modules:
        return _modules[name]
    try:
        module = importlib.import_module(f"{package}.{name}")
    except ModuleNotFoundError:
        module = None  # remember the miss too: the next lookup skips the import system
    _modules[name] = module
    return module
