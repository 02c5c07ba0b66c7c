"""Handles: open_handle() validates the path and the mode; only rejected opens are audited."""
import io

from .modes import MODES, capabilities


class Handle(io.StringIO):
    def __init__(self, path, mode):
        super().__init__()
        self.path, self.mode, self.caps = path, mode, capabilities(mode)


def open_handle(path, mode="r", *, _audit=[]):  # expect: HL101 refuted
    if not isinstance(path, str):
        raise TypeError(f"path must be str, not {type(path).__name__}")
    if mode not in MODES:
        _audit.append((path, mode))
        raise ValueError(f"invalid mode: {mode!r}")
    return Handle(path, mode)
