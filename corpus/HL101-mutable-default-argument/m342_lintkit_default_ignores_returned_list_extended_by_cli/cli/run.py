"""Builds the config for one file: the tool's default ignores plus the
per-file ones from the command line."""
from lintkit import ToolConfig, default_ignores


def lint_file(tool, path, per_file_ignores):
    ignore = default_ignores(tool)
    ignore.extend(per_file_ignores)
    return ToolConfig(tool, path, ignore).as_dict()
