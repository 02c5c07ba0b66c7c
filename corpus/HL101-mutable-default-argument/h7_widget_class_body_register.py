"""GUI toolkit: register() is called from the class body at import and again for every widget instance."""
import itertools


def register(name, _registry=[]):  # expect: HL101 confirmed
    _registry.append(name)
    return len(_registry)


class Button:
    type_id = register("Button")

    def __init__(self, label):
        self.label = label
        self.widget_id = register(f"Button:{label}")


_labels = itertools.count()


def scenario():
    Button(f"OK {next(_labels)}")
