"""CLI framework: formatted help screens are memoised in a default dict keyed by an f-string with format specs.

`format_help()` builds its memo key as `f"{command!r}:{width:03d}"`. Every
request carries a fresh argv, but the key only uses the command name (one of
five subcommands) and the terminal width (three possible values), so the memo
never holds more than fifteen entries.
"""
import itertools
import textwrap

COMMANDS = {
    "init": "Create a new project in the current directory.",
    "build": "Compile sources and write artifacts to the output directory.",
    "test": "Run the test-suite with the configured runner and plugins.",
    "deploy": "Upload the latest build to the configured target environment.",
    "clean": "Remove build artifacts, caches and temporary files.",
}


class Option:
    def __init__(self, flag, help_text):
        self.flag = flag
        self.help_text = help_text

    def render(self, width):
        return f"  {self.flag:<14}{textwrap.shorten(self.help_text, width - 16)}"


OPTIONS = [Option("--verbose", "Print more output."), Option("--dry-run", "Show what would happen.")]


def format_help(command, width, _memo={}):  # expect: HL101 refuted
    key = f"{command!r}:{width:03d}"
    text = _memo.get(key)
    if text is None:
        body = textwrap.fill(COMMANDS[command], width)
        opts = "\n".join(o.render(width) for o in OPTIONS)
        text = _memo[key] = f"Usage: tool {command} [OPTIONS]\n\n{body}\n\nOptions:\n{opts}"
    return text


def main(argv, width):
    command = argv[0]
    if "--help" in argv or "-h" in argv:
        return format_help(command, width)
    return f"running {command} with {len(argv) - 1} args"


_names = list(COMMANDS)
_invocations = itertools.count()


def scenario():
    n = next(_invocations)
    argv = [_names[n % 5], f"--name=proj{n}", "--help"]
    return main(argv, 60 + (n % 3) * 20)
