from .query import Query


class Manager(Query):
    """The query every lookup on a model starts from."""

    def __init__(self, model):
        super().__init__(model)


class Model:
    rows = ()

    @classmethod
    def objects(cls):
        return Manager(cls)
