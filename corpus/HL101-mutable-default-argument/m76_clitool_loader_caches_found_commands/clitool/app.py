"""app: dispatch argv to a command plugin; suggest a command on a typo."""
import difflib

from . import loader

KNOWN = ("greet", "wordcount")


def main(argv):
    name, *args = argv
    plugin = loader.load_command(name)
    if plugin is None:
        hint = difflib.get_close_matches(name, KNOWN, n=1)
        tail = f"; did you mean {hint[0]!r}?" if hint else ""
        return 2, f"tool: unknown command {name!r}{tail}"
    return 0, plugin.run(args)
