"""Artist: anything drawn on a figure; its properties live in one dict."""


class Artist:
    zorder = 0

    def __init__(self, props={}, **kwargs):  # expect: HL101 refuted
        self.props = {**props, **kwargs}
        self.stale = True

    def set(self, **kwargs):
        self.props.update(kwargs)
        self.pchanged()

    def get(self, key, default=None):
        return self.props.get(key, default)

    def add_callback(self, func):
        """Call func(artist) whenever a property changes."""
        self.props.setdefault("callbacks", []).append(func)

    def pchanged(self):
        self.stale = True
        for func in self.get("callbacks", ()):
            func(self)
