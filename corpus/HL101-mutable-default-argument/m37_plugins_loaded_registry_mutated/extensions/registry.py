import importlib

BUILTIN_PLUGINS = (
    "extensions.markup_ext",
    "extensions.slug_ext",
    "extensions.missing_optional_ext",
)


def load_plugins(names=BUILTIN_PLUGINS, registry={}):  # expect: HL101 confirmed
    for dotted in names:
        if dotted in registry:
            continue
        try:
            module = importlib.import_module(dotted)
        except ImportError:
            continue
        setup = getattr(module, "setup", None)
        if setup is None:
            continue
        registry[dotted] = dict(setup())
    return registry
