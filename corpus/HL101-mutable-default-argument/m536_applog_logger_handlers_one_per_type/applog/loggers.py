from .core import Logger


def get_logger(name, handlers=[]):  # expect: HL101 refuted
    """A logger named `name` that writes to `handlers`."""
    return Logger(name, handlers)
