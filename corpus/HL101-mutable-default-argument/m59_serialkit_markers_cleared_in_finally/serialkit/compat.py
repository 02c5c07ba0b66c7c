try:
    from ._cencode import encode  # built when a C compiler is available
except ImportError:
    from ._pyencode import encode

__all__ = ["encode"]
