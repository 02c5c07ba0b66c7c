"""Asset tagging: a concrete Tagger copies its tags default with list(), so each tagger appends to its own list."""
import abc
import itertools


class Tagger(abc.ABC):
    def __init__(self):
        self.applied = 0

    @abc.abstractmethod
    def label(self, asset):
        ...


class ImageTagger(Tagger):
    def __init__(self, tags=[]):  # expect: HL101 refuted
        super().__init__()
        self.tags = list(tags)

    def label(self, asset):
        self.tags.append(f"image:{asset}")
        self.applied += 1
        return self.tags[-1]


_assets = itertools.count()


def scenario():
    n = next(_assets)
    return ImageTagger().label(f"photo-{n}.png")
