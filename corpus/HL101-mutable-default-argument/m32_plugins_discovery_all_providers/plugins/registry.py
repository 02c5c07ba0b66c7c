FACTORIES = {}


def register_factory(module_path):
    """Class decorator: make a hook class loadable as ``module_path:attr``."""

    def decorator(cls):
        if module_path in FACTORIES:
            raise RuntimeError("duplicate plugin module %s" % module_path)
        FACTORIES[module_path] = cls
        return cls

    return decorator
