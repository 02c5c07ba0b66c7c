"""Plugin base class: options is the set of flags a plugin is configured with."""


class Plugin:
    def __init__(self, slug, options=set()):  # expect: HL101 refuted
        self.slug = slug
        self.options = options

    def enabled(self, flag):
        return flag in self.options

    def run(self, lines):
        return lines
