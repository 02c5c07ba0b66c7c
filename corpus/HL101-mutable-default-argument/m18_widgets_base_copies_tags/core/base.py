"""Base widget: a widget starts its own style group from the tags it is given."""


class Widget:
    def __init__(self, tags):
        self.group = list(tags)
        self.group.append(self)
        self.label = ""

    def with_label(self, label):
        self.label = label
        return self

    def group_size(self):
        return len(self.group)
