class Plugin:
    """Base for server plugins; hooks lists the callables run at shutdown."""

    hooks = []

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{type(self).__name__}({self.name!r}, {len(self.hooks)} hooks)"
