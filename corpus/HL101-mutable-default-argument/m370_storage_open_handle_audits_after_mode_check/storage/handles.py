"""Handles: open_handle() validates the path and the mode first, then audits the open."""
import io

from .modes import MODES, capabilities


class Handle(io.StringIO):
    def __init__(self, path, mode):
        super().__init__()
        self.path, self.mode, self.caps = path, mode, capabilities(mode)


def open_handle(path, mode="r", *, _audit=[]):  # expect: HL101 confirmed
    if not isinstance(path, str):
        raise TypeError(f"path must be str, not {type(path).__name__}")
    if mode not in MODES:
        raise ValueError(f"invalid mode: {mode!r}")
    _audit.append((path, mode))
    return Handle(path, mode)
