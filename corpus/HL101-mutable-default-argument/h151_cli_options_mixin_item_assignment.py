"""CLI framework: `OptionsMixin` takes parsed `--key=value` options in a
cooperative `__init__` (keyword-only `options`) and `BaseCommand.run()` is
abstract, implemented by `DeployCommand`. `parse()` stores each option into
`self.options` in place; no command passes `options`, so the mixin's default
dict gains a key for every new option name seen."""
import itertools

_runs = itertools.count()


class BaseCommand:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def run(self):
        raise NotImplementedError


class OptionsMixin:
    def __init__(self, *args, options={}, **kwargs):  # expect: HL101 confirmed
        super().__init__(*args, **kwargs)
        self.options = options

    def parse(self, argv):
        for arg in argv:
            key, _, value = arg.lstrip("-").partition("=")
            self.options[key] = value
        return self


class DeployCommand(OptionsMixin, BaseCommand):
    def run(self):
        return f"{self.name}: " + " ".join(f"{k}={v}" for k, v in sorted(self.options.items()))


def scenario():
    n = next(_runs)
    return DeployCommand("deploy").parse([f"--release-{n}=v{n}", "--env=staging"]).run()
