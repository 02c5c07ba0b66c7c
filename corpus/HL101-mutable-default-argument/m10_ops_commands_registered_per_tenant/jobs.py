"""Job commands for the ops console."""
from opscli import command, run


def sync(*args):
    since = next((a.split("=", 1)[1] for a in args if a.startswith("--since=")), "0")
    return f"synced since {since}"


def handle(tenant, argv):
    command(f"{argv[0]}@{tenant}")(sync)
    return f"[{tenant}] " + run([f"{argv[0]}@{tenant}", *argv[1:]])
