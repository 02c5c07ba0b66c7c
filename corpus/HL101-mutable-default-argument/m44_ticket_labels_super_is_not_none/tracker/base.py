import itertools

_pk = itertools.count(1)


class Model:
    def __init__(self, labels=None, **fields):
        self.pk = next(_pk)
        self.labels = labels if labels is not None else []
        self.fields = fields

    def add_label(self, label):
        label = label.strip().lower()
        if label and label not in self.labels:
            self.labels.append(label)
        return self

    def __repr__(self):
        return "<%s #%d>" % (type(self).__name__, self.pk)
