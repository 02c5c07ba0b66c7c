def tagged(cls):
    """Return a subclass of `cls` whose constructor also accepts `tags=`."""

    class Tagged(cls):
        def __init__(self, *args, tags=(), **kwargs):
            super().__init__(*args, **kwargs)
            self.tags = tuple(tags)

    Tagged.__name__ = cls.__name__
    Tagged.__qualname__ = cls.__qualname__
    Tagged.__doc__ = cls.__doc__
    return Tagged
