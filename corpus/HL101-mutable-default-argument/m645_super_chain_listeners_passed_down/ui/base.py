class Component:
    """Root of the cooperative __init__ chain; holds the event listeners."""

    def __init__(self, *, name, listeners=[], **kwargs):  # expect: HL101 refuted
        super().__init__(**kwargs)
        self.name = name
        self.listeners = listeners
