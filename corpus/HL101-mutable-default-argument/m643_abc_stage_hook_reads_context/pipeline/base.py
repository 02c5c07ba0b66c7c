import abc


class Stage(abc.ABC):
    """Template method: prepare() the item, then transform() it."""

    def run(self, item, context={}):  # expect: HL101 refuted
        self.prepare(item, context)
        return self.transform(item)

    def prepare(self, item, context):
        """Hook: look at or annotate the shared context (default: nothing)."""

    @abc.abstractmethod
    def transform(self, item):
        """Return the transformed item."""
