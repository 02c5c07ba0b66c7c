"""CLI toolkit: add_option() builds an option from a spec and lets the
command's customize() hook adjust it before freezing it. The spec's "aliases"
list is the one inside the default; the hook appends a per-command alias to
it, so the default spec's alias list grows with every command."""
import itertools

_commands = itertools.count()


class Command:
    def __init__(self, name):
        self.name = name
        self.options = {}

    def customize(self, option, spec):
        spec["aliases"].append(f"--{self.name}-{option}")

    def add_option(self, option, _spec={"aliases": [], "choices": ()}):  # expect: HL101 confirmed
        self.customize(option, _spec)
        self.options[option] = (tuple(_spec["aliases"]), _spec["choices"])
        return self


def scenario():
    n = next(_commands)
    cmd = Command(f"deploy{n}").add_option("region")
    return cmd.name, len(cmd.options)
