from .fields import Field


class Schema:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        declared = {}
        for klass in reversed(cls.__mro__):
            for name, attr in vars(klass).items():
                if isinstance(attr, Field):
                    attr.name = attr.name or name
                    declared[name] = attr
        cls._declared = declared

    def __init__(self, many=False, collect_errors=False):
        self.many = many
        self.collect_errors = collect_errors
        self.errors = {}

    def dump(self, obj):
        if self.many:
            return [self._dump_one(item) for item in obj]
        return self._dump_one(obj)

    def _dump_one(self, obj):
        result = {}
        for name, field in self._declared.items():
            if self.collect_errors:
                value = field.serialize(obj, self.errors)
            else:
                value = field.serialize(obj)
            if value is not None:
                result[name] = value
        return result
