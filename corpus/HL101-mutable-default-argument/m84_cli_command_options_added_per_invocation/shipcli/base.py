"""Base class of every shipcli command."""


class Option:
    def __init__(self, flag, default=None, help=""):
        self.flag, self.default, self.help = flag, default, help


class Command:
    name = None

    def __init__(self, options=[],  # expect: HL101 confirmed
                 aliases=[]):  # expect: HL101 refuted
        self.options = options
        self.aliases = aliases

    def add_option(self, flag, default=None, help=""):
        self.options.append(Option(flag, default, help))

    def parse(self, args):
        values = {opt.flag.lstrip("-"): opt.default for opt in self.options}
        for arg in args:
            key, _, value = arg.lstrip("-").partition("=")
            if key not in values:
                raise SystemExit(f"{self.name}: unknown option --{key}")
            values[key] = value
        return values

    def describe(self):
        flags = " ".join(f"[{opt.flag}]" for opt in self.options)
        aka = f" (also: {', '.join(self.aliases)})" if self.aliases else ""
        return f"usage: shipcli {self.name} {flags}{aka}"

    def run(self, **opts):
        raise NotImplementedError
