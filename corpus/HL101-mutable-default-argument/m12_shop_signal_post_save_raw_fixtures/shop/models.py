from . import signals


class Order:
    def __init__(self, pk, total):
        self.pk = pk
        self.total = total

    def save(self, raw=False):
        created = self.pk is None
        if created:
            self.pk = id(self)
        if not raw:
            signals.send("post_save", type(self), instance=self, created=created)
        return self.pk
