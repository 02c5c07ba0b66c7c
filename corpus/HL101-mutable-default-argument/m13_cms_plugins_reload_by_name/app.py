import importlib

from plugins import registry

ENABLED = ["plugins.markdown", "plugins.smartquotes"]
DEV_MODE = True


def load_plugins():
    """Import every enabled plugin; in dev mode re-run it so edits show without a restart."""
    loaded = []
    for name in ENABLED:
        module = importlib.import_module(name)
        if DEV_MODE:
            module = importlib.reload(module)
        loaded.append(module)
    return loaded


def render_page(text):
    load_plugins()
    for plugin in registry.active():
        text = plugin().transform(text)
    return text
