"""The base every plugin derives from."""
from .markers import hook


class Plugin:
    def __init__(self, config):
        self.config = dict(config)

    @hook
    def on_start(self):
        return f"start {self.config.get('name', '?')}"
