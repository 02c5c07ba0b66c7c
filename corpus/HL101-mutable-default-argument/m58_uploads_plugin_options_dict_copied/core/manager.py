import plugins  # noqa: F401  (importing the package registers the bundled plugins)

from .plugin import REGISTRY


def process(image):
    image = dict(image)
    for slug in sorted(REGISTRY):
        image = REGISTRY[slug]().run(image)
    return image
