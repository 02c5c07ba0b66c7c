from ..cli import command
from ..helpers import enter, leave, parse_opts, where


@command("tag")
def tag(argv):
    opts = parse_opts(argv)
    version = opts.get("version", "")
    if not version.startswith("v"):
        return 2, f"tag {opts.get('service', '?')}: version must look like v1.2.3, got {version!r}"
    trail = enter(f"tag {opts.get('service', '?')}")
    message = f"{where(trail)}: tagged {version}"
    leave(trail)
    return 0, message
