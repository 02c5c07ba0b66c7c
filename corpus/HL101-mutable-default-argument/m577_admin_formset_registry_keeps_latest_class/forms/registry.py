"""Formset classes are recorded by name so the admin can list them; a class
built again under the same name replaces the earlier one."""


def register(cls, registry={}):  # expect: HL101 refuted
    registry[cls.__name__] = cls
    return registry
