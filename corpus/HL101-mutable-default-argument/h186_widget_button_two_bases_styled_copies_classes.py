"""GUI toolkit: a Button initialises its two bases explicitly, first Sized and
then Styled, handing Styled the css class list it was given. Styled takes a
copy of that list before add_class() appends to it, so the shared default
list of a button built without `classes` is never written."""
import itertools

_ids = itertools.count()


class Sized:
    def __init__(self, width, height):
        self.width = width
        self.height = height


class Styled:
    def __init__(self, classes):
        self.classes = list(classes)

    def add_class(self, name):
        self.classes.append(name)


class Button(Sized, Styled):
    def __init__(self, label, width=80, height=24, classes=[]):  # expect: HL101 refuted
        Sized.__init__(self, width, height)
        Styled.__init__(self, classes)
        self.label = label
        self.add_class(f"btn-{label.lower()}")


def scenario():
    n = next(_ids)
    button = Button(f"SaveDraft{n}", width=80 + n % 40)
    return f"<button class='{button.classes[-1]}' style='width:{button.width}px'>{button.label}</button>"
