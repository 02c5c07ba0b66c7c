class Job:
    def __init__(self, name, hooks=[]):  # expect: HL101 confirmed
        self.name = name
        self.hooks = hooks
        self.state = "new"

    def finish(self):
        self.state = "done"
        for hook in self.hooks:
            hook(self)
        return self.state
