"""Model base class: each subclass gets ``_meta`` built from its ``Meta``."""
from .options import Options


class Model:
    class Meta:
        pass

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._meta = Options(cls.Meta)

    def __init__(self, **values):
        self.__dict__.update(values)
