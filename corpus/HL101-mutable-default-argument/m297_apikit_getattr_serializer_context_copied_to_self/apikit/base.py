"""ModelSerializer: keeps a copy of the context on self for the hooks to use."""


class ModelSerializer:
    def serialize(self, obj, context={}):  # expect: HL101 refuted
        self.context = dict(context)
        return self.to_representation(obj)

    def to_representation(self, obj):
        raise NotImplementedError
