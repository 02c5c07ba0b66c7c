"""Upload service: plugins are (re)loaded before each upload so edits show up without a restart."""
import importlib
import itertools

from registry import reader_for

PLUGINS = ("plugins.csv_reader", "plugins.ini_reader")
DEV_RELOAD = False


def load_plugins():
    for name in PLUGINS:
        module = importlib.import_module(name)
        if DEV_RELOAD:
            importlib.reload(module)


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    load_plugins()
    reader = reader_for(f"upload-{n}.csv")
    return reader.read(f"id,qty\n{n},{n % 7}\n")
