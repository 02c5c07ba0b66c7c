"""Job commands for the ops console."""
from opscli import command, run


@command("sync")
def sync(*args):
    since = next((a.split("=", 1)[1] for a in args if a.startswith("--since=")), "0")
    return f"synced since {since}"


def handle(tenant, argv):
    return f"[{tenant}] " + run(argv)
