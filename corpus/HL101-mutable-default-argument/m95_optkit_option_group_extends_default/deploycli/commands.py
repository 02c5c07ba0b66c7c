"""The deploy command; its parser is built for every invocation."""
from optkit import *  # noqa: F401,F403


def build_groups(service):
    common = option_group("common", options=[Option("--verbose", False, "chatty output")])
    target = option_group(
        "target",
        Option("--service", service, "service to deploy"),
        Option("--replicas", "1", "how many copies to run"),
    )
    return [common, target]


def deploy(service, argv):
    opts = parse(build_groups(service), argv)
    plan = f"{opts['service']} x{int(opts['replicas'])}"
    return plan + (" (verbose)" if opts["verbose"] else "")
