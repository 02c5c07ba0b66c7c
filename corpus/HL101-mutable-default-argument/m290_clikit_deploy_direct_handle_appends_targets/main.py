"""Release tool: main imports the deploy command class directly and runs it."""
import itertools

from cli.commands.deploy import DeployCommand

_releases = itertools.count()


def scenario():
    n = next(_releases)
    return DeployCommand().run([f"web-{n}", "--fast"])
