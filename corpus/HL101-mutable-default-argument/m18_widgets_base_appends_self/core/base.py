"""Base widget: a widget joins the style group it is given."""


class Widget:
    def __init__(self, tags):
        tags.append(self)
        self.group = tags
        self.label = ""

    def with_label(self, label):
        self.label = label
        return self

    def group_size(self):
        return len(self.group)
