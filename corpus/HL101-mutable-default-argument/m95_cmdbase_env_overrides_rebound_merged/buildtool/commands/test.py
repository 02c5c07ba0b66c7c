from ..base import Command


class Test(Command):
    def __init__(self):
        super().__init__("test", env={"PYTHONHASHSEED": "0"})

    def run(self, target):
        return f"{self.render_env()} pytest {target}"
