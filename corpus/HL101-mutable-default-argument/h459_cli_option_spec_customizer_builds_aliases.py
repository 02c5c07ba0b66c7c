"""CLI toolkit: add_option() builds an option from a spec and lets the
command's customize() hook adjust it before freezing it. The hook only reads
the default spec's "aliases" list and returns a new tuple with the
per-command alias, so the default spec is never changed."""
import itertools

_commands = itertools.count()


class Command:
    def __init__(self, name):
        self.name = name
        self.options = {}

    def customize(self, option, spec):
        return (*spec["aliases"], f"--{self.name}-{option}")

    def add_option(self, option, _spec={"aliases": [], "choices": ()}):  # expect: HL101 refuted
        aliases = self.customize(option, _spec)
        self.options[option] = (aliases, _spec["choices"])
        return self


def scenario():
    n = next(_commands)
    cmd = Command(f"deploy{n}").add_option("region")
    return cmd.name, len(cmd.options)
