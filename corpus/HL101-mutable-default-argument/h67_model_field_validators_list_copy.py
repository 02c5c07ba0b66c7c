"""ORM field declarations in the style of Django: Field subclasses register by type name and collect validators."""
import functools
import itertools


class ValidationError(ValueError):
    pass


def max_length_validator(limit, value):
    if len(value) > limit:
        raise ValidationError(f"at most {limit} characters")


class Field:
    registry = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Field.registry[cls.__name__.removesuffix("Field").lower()] = cls

    def __init__(self, name, null=False, validators=[]):  # expect: HL101 refuted
        self.name, self.null = name, null
        self.validators = list(validators)

    def clean(self, value):
        for validate in self.validators:
            validate(value)
        return value


class CharField(Field):
    def __init__(self, name, max_length=255, **kwargs):
        super().__init__(name, **kwargs)
        self.validators.append(functools.partial(max_length_validator, max_length))


_migrations = itertools.count()


def scenario():
    n = next(_migrations)
    field = Field.registry["char"](f"nickname_{n}", max_length=32 + n % 8)
    return field.clean(f"user{n}")
