_classes = []


def registered(cls):
    """Class decorator: make a plugin available to every checkout."""
    _classes.append(cls)
    return cls


def plugin_classes():
    return list(_classes)


class Plugin:
    channels = ("web", "app")

    def __init__(
        self,
        options={},  # expect: HL101 refuted
        hooks=[],  # expect: HL101 refuted
    ):
        self.options = dict(options)
        self.hooks = hooks

    def on(self, fn):
        self.hooks.append(fn)

    def apply(self, cart, totals):
        for fn in self.hooks:
            fn(cart, totals)
