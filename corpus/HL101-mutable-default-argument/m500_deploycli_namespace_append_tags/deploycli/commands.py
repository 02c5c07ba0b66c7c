from .options import parse


def deploy(argv):
    opts = parse(argv)
    target = f"{opts.env}-cluster"
    labels = ",".join(opts.tag or ["untagged"])
    mode = "plan" if opts.dry_run else "apply"
    return f"{mode} release to {target} [{labels}]"
