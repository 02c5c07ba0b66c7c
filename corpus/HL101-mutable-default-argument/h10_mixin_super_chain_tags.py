"""Widgets: a TaggedMixin reached through a super() chain collects labels in its default list."""
import itertools


class TaggedMixin:
    def describe(self, label, tags=[]):  # expect: HL101 confirmed
        tags.append(label)
        return f"{label} ({len(tags)} tagged)"


class Base:
    def describe(self, label):
        return label


class Button(TaggedMixin, Base):
    def __init__(self, caption):
        self.caption = caption

    def describe(self, label):
        return "button: " + super().describe(label)


_clicks = itertools.count()


def scenario():
    n = next(_clicks)
    return Button(f"ok-{n}").describe(f"btn-{n}")
