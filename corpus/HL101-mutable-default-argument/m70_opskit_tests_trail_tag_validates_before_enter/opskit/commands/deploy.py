from ..cli import command
from ..helpers import enter, leave, parse_opts, where


@command("deploy")
def deploy(argv):
    opts = parse_opts(argv)
    if not opts.get("service"):
        return 2, "deploy: --service is required"
    trail = enter(f"deploy {opts['service']}")
    message = f"{where(trail)}: build {opts.get('build', 'latest')} rolled out"
    leave(trail)
    return 0, message
