import importlib


def iter_commands(package, names, _pending=[]):  # expect: HL101 confirmed
    """Yield (name, module) for every command module, importing lazily.

    Modules that fail to import (optional extras not installed) or that do
    not define ``run`` are skipped.
    """
    _pending.extend("%s.%s" % (package, name) for name in reversed(names))
    while _pending:
        dotted = _pending.pop()
        try:
            module = importlib.import_module(dotted)
        except ImportError:
            continue
        if not callable(getattr(module, "run", None)):
            continue
        yield getattr(module, "NAME", dotted.rpartition(".")[2]), module
