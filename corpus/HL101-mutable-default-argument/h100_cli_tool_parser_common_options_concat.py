"""Shared parser base for the `dbtool` family: every tool gets the common
flags plus its own options. The constructor stores on `self` a new list
made by concatenating the shared default with the tool's options, so the
default itself is only read."""
import argparse
import itertools

_tools = itertools.count()


class ToolParser(argparse.ArgumentParser):
    def __init__(self, prog, tool_options=(), common=[("--verbose", "store_true"), ("--dry-run", "store_true")], **kwargs):  # expect: HL101 refuted
        super().__init__(prog=prog, **kwargs)
        self.option_specs = common + list(tool_options)
        for flag, action in self.option_specs:
            if flag not in self._option_string_actions:
                self.add_argument(flag, action=action)


def run_tool(name, argv, **parser_kwargs):
    options = [("--table", "store"), ("--%s-batch" % name, "store")]
    parser = ToolParser("dbtool-" + name, tool_options=options, **parser_kwargs)
    args, unknown = parser.parse_known_args(argv)
    return args.table, args.dry_run, len(unknown)


def scenario():
    n = next(_tools)
    return run_tool("export%d" % n, ["--table", "t%d" % n, "--dry-run"], add_help=False)
