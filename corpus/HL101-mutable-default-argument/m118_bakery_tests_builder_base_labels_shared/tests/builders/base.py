"""Base class of the fluent test-data builders: keyword fields plus free-form labels."""


class Builder:
    model = None

    def __init__(self, labels=[]):  # expect: HL101 confirmed
        # The builder keeps the list it was given: every builder made without
        # labels shares the default, and labelled() appends to it for good.
        self.fields = {}
        self.labels = labels

    def with_(self, **fields):
        self.fields.update(fields)
        return self

    def labelled(self, label):
        self.labels.append(label)
        return self

    def build(self):
        return self.model(labels=self.labels, **self.fields)
