"""Asset tagging: a concrete Tagger stores its tags default as-is, so every tagger appends to the one list shared by all instances."""
import abc
import itertools


class Tagger(abc.ABC):
    def __init__(self):
        self.applied = 0

    @abc.abstractmethod
    def label(self, asset):
        ...


class ImageTagger(Tagger):
    def __init__(self, tags=[]):  # expect: HL101 confirmed
        super().__init__()
        self.tags = tags

    def label(self, asset):
        self.tags.append(f"image:{asset}")
        self.applied += 1
        return self.tags[-1]


_assets = itertools.count()


def scenario():
    n = next(_assets)
    return ImageTagger().label(f"photo-{n}.png")
