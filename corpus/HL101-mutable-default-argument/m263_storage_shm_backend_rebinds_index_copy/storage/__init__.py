"""storage: blob backends; the default one is picked at import time."""
from storage.errors import BackendUnavailable

try:
    from storage.shm import ShmBackend as DefaultBackend
except ImportError:
    DefaultBackend = None


def open_backend(root):
    if DefaultBackend is None:
        raise BackendUnavailable(BackendUnavailable.MESSAGE)
    return DefaultBackend(root)
