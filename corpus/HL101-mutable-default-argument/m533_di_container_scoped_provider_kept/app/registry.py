from contextlib import contextmanager


class Registry:
    """Maps a dependency name to the factory that builds it."""

    def __init__(self, providers):
        self.providers = providers

    def provide(self, name, factory):
        self.providers[name] = factory

    def resolve(self, name):
        return self.providers[name]()

    @contextmanager
    def scoped(self, name, factory):
        """Provide `name` for the duration of a with-block."""
        self.provide(name, factory)
        try:
            yield self
        except BaseException:
            self.providers.pop(name, None)
            raise
