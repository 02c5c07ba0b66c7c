PAGE_PLUGINS = []


def page_plugin(cls):
    """Class decorator: run this plugin for every rendered page."""
    PAGE_PLUGINS.append(cls)
    return cls


class Plugin:
    events = ()

    def __init__(
        self,
        options={},  # expect: HL101 refuted
        hooks=[],  # expect: HL101 refuted
    ):
        self.options = options
        self.hooks = [*hooks, *((event, getattr(self, "on_" + event)) for event in self.events)]

    def setting(self, name, default=None):
        return self.options.get(name, default)
