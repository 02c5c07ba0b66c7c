"""Group flavours built on clikit.core."""
from .core import Group


class ContextMixin:
    def __init__(self, *args, context_settings=None, **kwargs):
        self.context_settings = dict(context_settings or ())
        self.max_width = self.context_settings.get("max_width", 80)
        super().__init__(*args, **kwargs)


class LazyGroup(ContextMixin, Group):
    """A group that also accepts unambiguous command prefixes."""

    def __init__(self, name, *args, **kwargs):
        kwargs.setdefault("commands", {})
        super().__init__(name, *args, **kwargs)

    def resolve(self, word):
        if word in self.commands:
            return word
        matches = [c for c in self.commands if c.startswith(word)]
        return matches[0] if len(matches) == 1 else word

    def main(self, argv):
        if argv and not argv[0].startswith("-"):
            argv = [self.resolve(argv[0])] + list(argv[1:])
        return super().main(argv)
