"""Serializer: subclasses register by extension and implement dumps()."""
import abc
import os

_REGISTRY = {}


class Serializer(abc.ABC):
    def __init_subclass__(cls, extension, **kwargs):
        super().__init_subclass__(**kwargs)
        _REGISTRY[extension] = cls

    def __init__(self, options={}):  # expect: HL101 refuted
        self.configure(options)

    @abc.abstractmethod
    def configure(self, options):
        ...

    @abc.abstractmethod
    def dumps(self, record):
        ...


def serializer_for(path):
    return _REGISTRY[os.path.splitext(path)[1]]()
