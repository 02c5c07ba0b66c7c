"""Plugin base class; subclasses with a slug are registered when they are defined."""

REGISTRY = {}


class Plugin:
    slug = None
    defaults = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if cls.slug:
            REGISTRY[cls.slug] = cls

    def __init__(
        self,
        options={},  # expect: HL101 refuted
        hooks=[],  # expect: HL101 confirmed
    ):
        self.options = {**self.defaults, **options}
        self.hooks = hooks

    def hook(self, fn):
        self.hooks.append(fn)
        return fn

    def process(self, response):
        for fn in self.hooks:
            response = fn(response)
        return response
