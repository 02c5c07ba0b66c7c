"""Base class of the fluent test-data builders: keyword fields plus free-form labels."""


class Builder:
    model = None

    def __init__(self, labels=[]):  # expect: HL101 refuted
        # Each builder copies the labels it was given, so labelled() appends
        # to its own list and the shared default stays empty.
        self.fields = {}
        self.labels = list(labels)

    def with_(self, **fields):
        self.fields.update(fields)
        return self

    def labelled(self, label):
        self.labels.append(label)
        return self

    def build(self):
        return self.model(labels=self.labels, **self.fields)
