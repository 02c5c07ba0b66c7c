__all__ = ["Command", "Group", "UsageError"]


class UsageError(Exception):
    pass


class Command:
    def __init__(self, name, callback, help=""):
        self.name = name
        self.callback = callback
        self.help = help.strip()

    def invoke(self, args):
        flags = {a[2:].replace("-", "_"): True for a in args if a.startswith("--")}
        positional = [a for a in args if not a.startswith("--")]
        return self.callback(*positional, **flags)


class Group:
    def __init__(self, name, commands={}, help=""):  # expect: HL101 confirmed
        self.name = name
        self.commands = commands
        self.help = help

    def command(self, name=None, help=""):
        def decorator(fn):
            cmd_name = (name or fn.__name__).replace("_", "-")
            self.commands[cmd_name] = Command(cmd_name, fn, help)
            return fn
        return decorator

    def main(self, argv):
        if not argv or argv[0] in ("-h", "--help"):
            return "Usage: %s COMMAND [ARGS]..." % self.name
        cmd = self.commands.get(argv[0])
        if cmd is None:
            raise UsageError("No such command %r in %s." % (argv[0], self.name))
        return cmd.invoke(argv[1:])
