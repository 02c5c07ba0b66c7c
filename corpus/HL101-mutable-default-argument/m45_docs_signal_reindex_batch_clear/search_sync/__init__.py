from . import receivers  # noqa: F401
