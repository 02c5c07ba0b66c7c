"""JSON API blueprints: a mixin that forwards everything it does not consume."""
from .blueprints import Blueprint


class JSONMixin:
    default_mimetype = "application/json"

    def __init__(self, *args, mimetype=None, **kwargs):
        self.mimetype = mimetype or self.default_mimetype
        super().__init__(*args, **kwargs)


class APIBlueprint(JSONMixin, Blueprint):
    def __init__(self, name, version=1, **kwargs):
        kwargs.setdefault("url_prefix", f"/api/v{version}")
        super().__init__(name, **kwargs)
        self.version = version
