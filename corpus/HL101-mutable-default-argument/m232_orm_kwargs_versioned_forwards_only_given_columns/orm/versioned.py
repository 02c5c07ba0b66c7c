from .base import Model


class VersionedModel(Model):
    """Adds optimistic-locking columns; other options go to Model."""

    def __init__(self, table, **options):
        if "columns" in options:
            options["columns"] = ["id", "version", *options["columns"]]
        super().__init__(table, **options)
        self.version = 0

    def bump(self):
        self.version += 1
        return self.version
