"""base: argv parsing shared by every command: `--flag`, `--key=value`, words."""


class Command:
    def __init__(self, argv, flags=[]):  # expect: HL101 refuted
        self.flags = flags
        self.words = []
        for arg in argv:
            if arg.startswith("--"):
                self.on_flag(arg[2:])
            else:
                self.words.append(arg)

    def on_flag(self, flag):
        raise SystemExit(f"{type(self).__name__.lower()}: unknown option --{flag}")

    def option(self, key, default=None):
        """The value of the last `--key=value` seen, else `default`."""
        for flag in reversed(self.flags):
            if flag.startswith(key + "="):
                return flag.partition("=")[2]
        return default

    def execute(self, store):
        raise NotImplementedError
