"""Behaviour shared by CRM entities that carry `self.tags`."""


class TaggingMixin:
    def tag(self, *labels):
        for label in labels:
            self.tags.add(label.strip().lower())
        return self

    def has_tag(self, label):
        return label.lower() in self.tags
