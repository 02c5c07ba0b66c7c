"""GUI toolkit: a Button initialises its two bases explicitly, first Sized and
then Styled, handing Styled the css class list it was given. Styled keeps
that list object as its own and add_class() appends to it, so every button
built without `classes` adds its per-label class to the one shared default."""
import itertools

_ids = itertools.count()


class Sized:
    def __init__(self, width, height):
        self.width = width
        self.height = height


class Styled:
    def __init__(self, classes):
        self.classes = classes

    def add_class(self, name):
        self.classes.append(name)


class Button(Sized, Styled):
    def __init__(self, label, width=80, height=24, classes=[]):  # expect: HL101 confirmed
        Sized.__init__(self, width, height)
        Styled.__init__(self, classes)
        self.label = label
        self.add_class(f"btn-{label.lower()}")


def scenario():
    n = next(_ids)
    button = Button(f"SaveDraft{n}", width=80 + n % 40)
    return f"<button class='{button.classes[-1]}' style='width:{button.width}px'>{button.label}</button>"
