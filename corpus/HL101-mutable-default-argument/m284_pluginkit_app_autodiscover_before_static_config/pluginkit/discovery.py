"""AutoDiscoverMixin: after the rest of the chain ran, registers the app's
contrib plugin in `self.plugins`."""
from pluginkit.component import Component


class AutoDiscoverMixin(Component):
    def __init__(self, **options):
        super().__init__(**options)
        self.plugins.append(f"{self.options['name']}.contrib.admin")
