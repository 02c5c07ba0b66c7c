"""Base class of buildtool commands: a name and the environment it runs with."""


class Command:
    name = None

    def __init__(self, name, env={}):  # expect: HL101 refuted
        self.name = name
        self.env = env

    def with_overrides(self, pairs):
        self.env = {**self.env, **pairs}
        return self

    def render_env(self):
        return " ".join(f"{k}={v}" for k, v in sorted(self.env.items()))

    def run(self, target):
        raise NotImplementedError
