from . import hooks


class Job:
    on_failure = staticmethod(hooks.log_failure)

    def __init__(self, name):
        self.name = name
        self.failures = []

    def run(self):
        try:
            return self.execute()
        except ValueError as exc:
            self.on_failure(self.name, exc)
            return None

    def execute(self):
        raise NotImplementedError


class ResizeJob(Job):
    def __init__(self, name, width):
        super().__init__(name)
        self.width = width

    def execute(self):
        if self.width <= 0:
            raise ValueError(f"bad width {self.width} for {self.name}")
        return (self.width, self.width * 3 // 4)
