"""Marks: ``@mark.slow``, ``@mark.parametrize("x", [1, 2])`` and friends."""


class MarkDecorator:
    """A named mark; applied to a test function it records itself there."""

    def __init__(self, name, args=(), kwargs=None, applied_to=[]):  # expect: HL101 confirmed
        self.name = name
        self.args = tuple(args)
        self.kwargs = dict(kwargs or {})
        self.applied_to = applied_to

    def with_args(self, *args, **kwargs):
        return MarkDecorator(self.name, self.args + args, {**self.kwargs, **kwargs})

    def __call__(self, *args, **kwargs):
        if len(args) == 1 and callable(args[0]) and not kwargs:
            func = args[0]
            func.testmarks = getattr(func, "testmarks", ()) + (self,)
            self.applied_to += [func]
            return func
        return self.with_args(*args, **kwargs)

    def __repr__(self):
        return "<Mark %s%r>" % (self.name, self.args)


class MarkGenerator:
    """Factory behind ``mark.<name>``: every attribute is a fresh decorator."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return MarkDecorator(name)


mark = MarkGenerator()
