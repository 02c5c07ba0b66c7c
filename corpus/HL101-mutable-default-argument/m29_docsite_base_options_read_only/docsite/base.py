"""Base renderer: holds the options every output format understands."""


class Renderer:
    def __init__(self, options={}):  # expect: HL101 refuted
        self.options = options

    def option(self, name, default=None):
        return self.options.get(name, default)
