"""StaticConfigMixin: takes options from a frozen settings table. It does not
call super().__init__(): whatever follows it in an MRO is not initialised."""
from pluginkit.component import Component


class StaticConfigMixin(Component):
    def __init__(self, **options):
        self.options = {"debug": True, "locale": "en", **options}
