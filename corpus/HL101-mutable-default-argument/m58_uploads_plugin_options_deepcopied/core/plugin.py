import copy

REGISTRY = {}


class Plugin:
    def __init_subclass__(cls, /, slug=None, **kwargs):
        super().__init_subclass__(**kwargs)
        REGISTRY[slug or cls.__name__.lower()] = cls

    def __init__(self, options={"middleware": [], "quality": 85}):  # expect: HL101 refuted
        self.options = copy.deepcopy(options)
        self.setup()

    def setup(self):
        pass

    def run(self, image):
        for step in self.options["middleware"]:
            image = step(image)
        return image
