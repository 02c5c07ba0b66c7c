"""Instrumentation for the /debug page."""


def instrumented(cls, classes={}):  # expect: HL101 refuted
    """Class decorator: list the class and its public methods on /debug."""
    public = (name for name, value in vars(cls).items() if callable(value) and not name.startswith("_"))
    methods = sorted(public)
    classes[cls.__qualname__] = (cls.__module__, tuple(methods))
    cls.instrumented = classes
    return cls
