"""Slash commands understood by the deploy bot."""
import shlex

from chatops.parsing import CommandParser, add_list_option

__all__ = ["COMMANDS", "handle"]

_deploy = CommandParser("deploy")
_deploy.add_argument("service")
_deploy.add_argument("--ref", default="main")
add_list_option(_deploy, "--tags", comma_separated=True, help="labels for the release")

_rollback = CommandParser("rollback")
_rollback.add_argument("service")
_rollback.add_argument("--to", dest="release", required=True)

COMMANDS = {"deploy": _deploy, "rollback": _rollback}


def handle(text):
    name, *argv = shlex.split(text.lstrip("/"))
    options = COMMANDS[name].parse_args(argv)
    return {"command": name, **vars(options)}
