def register(cls, _plugins=[]):  # expect: HL101 confirmed
    """Class decorator: add a transform plugin to the process-wide list."""
    if cls not in _plugins:
        _plugins.append(cls)
    return cls


def active():
    """The newest class registered under each plugin name, in registration order."""
    latest = {}
    for cls in register.__defaults__[0]:
        latest[cls.name] = cls
    return list(latest.values())
