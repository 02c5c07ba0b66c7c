"""Task: base class of every job; keeps a name, a state and a list of hooks.

__init__ stores the hooks list it is given as it is (no copy).
"""


class Task:
    def __init__(self, name, hooks):
        self.name = name
        self.hooks = hooks
        self.state = "new"

    def finish(self):
        self.state = "done"
        return self.state
