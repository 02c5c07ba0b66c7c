"""Pluggable storage backends, selected by name."""


def get_backend(name, **options):
    name = name.strip().lower()
    if name in ("memory", "locmem"):
        from .memory import MemoryBackend
        return MemoryBackend(**options)
    raise ValueError("unknown cache backend %r" % name)
