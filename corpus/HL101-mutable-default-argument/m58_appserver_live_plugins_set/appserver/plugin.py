_registry = {}


def registry():
    return dict(_registry)


class Plugin:
    name = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _registry[cls.name or cls.__name__] = cls

    def __init__(
        self,
        options={},  # expect: HL101 refuted
        hooks=[],  # expect: HL101 refuted
    ):
        self.options = {**options}
        self.hooks = [*hooks]
        self.closed = False

    def __call__(self, request, response):
        for hook in self.hooks:
            hook(request, response)

    def close(self):
        self.closed = True
