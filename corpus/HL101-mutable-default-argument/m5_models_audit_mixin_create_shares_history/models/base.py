class Model:
    def __init__(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)

    def as_dict(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}
