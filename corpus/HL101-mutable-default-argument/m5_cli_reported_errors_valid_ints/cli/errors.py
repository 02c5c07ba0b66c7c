"""Context manager for CLI commands: swallows the given errors and keeps their messages for the summary line."""


class reported:
    def __init__(self, *exc_types, log=[]):  # expect: HL101 refuted
        self.exc_types = exc_types
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.exc_types):
            self.log.append(f"{exc_type.__name__}: {exc}")
            return True
        return False
