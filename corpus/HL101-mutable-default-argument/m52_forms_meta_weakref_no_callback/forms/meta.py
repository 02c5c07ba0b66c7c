"""The metaclass collects Field attributes and tracks every form class for the schema page."""
import weakref

from .fields import Field


class FormMeta(type):
    def __new__(mcls, name, bases, namespace, _classes=[]):  # expect: HL101 confirmed
        declared = {}
        for base in reversed(bases):
            declared.update(getattr(base, "fields", {}))
        declared.update((k, v) for k, v in namespace.items() if isinstance(v, Field))
        attrs = {k: v for k, v in namespace.items() if not isinstance(v, Field)}
        cls = super().__new__(mcls, name, bases, attrs)
        cls.fields = declared
        cls._classes = _classes
        _classes.append(weakref.ref(cls))
        return cls
