from ..command import Command


class Install(Command):
    name = "install"

    def __init__(self, argv):
        super().__init__(argv)
        self.prefix = self.options.get("prefix", "/usr/local")

    def execute(self):
        plan = []
        for requirement in self.targets:
            package, _, version = requirement.partition("==")
            plan.append(f"{package} {version or 'latest'} -> {self.prefix}/lib")
        return plan
