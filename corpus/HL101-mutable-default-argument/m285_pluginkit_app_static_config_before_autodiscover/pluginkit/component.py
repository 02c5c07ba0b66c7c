"""Component: the root of every cooperative __init__(**options) chain."""


class Component:
    def __init__(self, **options):
        self.options = options
