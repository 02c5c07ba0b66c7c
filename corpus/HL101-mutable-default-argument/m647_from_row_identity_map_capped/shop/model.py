class Model:
    """Base model with an identity-mapped alternate constructor."""

    fields = ()

    def __init__(self, **values):
        for field in self.fields:
            setattr(self, field, values[field])

    @classmethod
    def from_row(cls, row, identity_map={}):  # expect: HL101 refuted
        key = (cls.__name__, row["id"])
        if key not in identity_map:
            if len(identity_map) >= 50:
                identity_map.clear()
            identity_map[key] = cls(**row)
        return identity_map[key]
