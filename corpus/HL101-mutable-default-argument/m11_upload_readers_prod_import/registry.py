"""Upload readers register themselves here when their plugin module is imported."""


def register(reader_cls=None, _readers=[]):  # expect: HL101 refuted
    """Class decorator; called without a class it returns the registered readers."""
    if reader_cls is None:
        return tuple(_readers)
    if reader_cls not in _readers:
        _readers.append(reader_cls)
    return reader_cls


def reader_for(filename):
    for cls in reversed(register()):
        if filename.endswith(cls.extensions):
            return cls()
    raise LookupError(f"no reader for {filename}")
