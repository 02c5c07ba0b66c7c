from ..base import Command


class Build(Command):
    def __init__(self):
        super().__init__("build")

    def run(self, target):
        return f"{self.render_env()} make {target}".strip()
