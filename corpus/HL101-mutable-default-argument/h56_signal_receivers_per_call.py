"""Minimal signal/slot dispatcher in the style of blinker or Django signals."""
import itertools

_pk = itertools.count(1)


class Signal:
    def __init__(self, name, receivers=set()):  # expect: HL101 confirmed
        self._receivers = receivers

    def connect(self, receiver):
        self._receivers.add(receiver)
        return receiver

    def send(self, sender, **kwargs):
        responses = []
        for receiver in list(self._receivers):
            try:
                responses.append((receiver, receiver(sender, **kwargs)))
            except LookupError:
                continue
        return responses


class SearchIndexer:
    def __init__(self, index="articles"):
        self.index = index

    def on_saved(self, sender, pk=None, **kwargs):
        if pk is None:
            raise KeyError("pk")
        return f"{self.index}/{sender.lower()}/{pk}"


_indexer = SearchIndexer()


def save_article(pk, title):
    post_save = Signal("post_save")
    post_save.connect(SearchIndexer().on_saved)
    return post_save.send("Article", pk=pk, title=title.strip())


def scenario():
    save_article(next(_pk), " Release notes ")
