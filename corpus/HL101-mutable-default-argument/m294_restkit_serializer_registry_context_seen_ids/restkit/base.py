"""Serializer: serialize() delegates to the to_representation() hook."""


class Serializer:
    def serialize(self, obj, context={}):  # expect: HL101 confirmed
        data = self.to_representation(obj, context)
        data["_type"] = type(self).__name__.replace("Serializer", "").lower()
        return data

    def to_representation(self, obj, context):
        raise NotImplementedError
