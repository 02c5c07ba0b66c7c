"""Task: base class of every job; keeps a name, a state and a list of hooks.

__init__ copies the hooks list it is given, so each task owns its own list.
"""


class Task:
    def __init__(self, name, hooks):
        self.name = name
        self.hooks = list(hooks)
        self.state = "new"

    def finish(self):
        self.state = "done"
        return self.state
