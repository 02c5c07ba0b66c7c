"""vcs status: show the working-tree state of one branch."""
from .builder import build_parser


def make_parser():
    parser = build_parser("vcs status")
    extra = [
        ("--short", {"action": "store_true"}),
        ("--branch", {"default": "main"}),
    ]
    parser.specs = parser.specs + extra
    for flag, kwargs in extra:
        parser.add_argument(flag, **kwargs)
    return parser


def run(args):
    if args.short:
        return f"## {args.branch}"
    return f"On branch {args.branch}\nnothing to commit, working tree clean"
