"""vcs push: send a branch to a remote."""
from .builder import build_parser


def make_parser():
    return build_parser("vcs push", [
        ("branch", {}),
        ("--remote", {"default": "origin"}),
        ("--force", {"action": "store_true"}),
    ])


def run(args):
    mode = "force-push" if args.force else "push"
    return f"{mode} {args.branch} -> {args.remote} [{args.profile}]"
