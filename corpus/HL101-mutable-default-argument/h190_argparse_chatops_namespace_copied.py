"""ChatOps bot: each chat message like `deploy web --tag x --tag y` is parsed
with a module-level ArgumentParser into a copy of the `defaults=Namespace(...)`
default. copy.copy shares the empty `tags` list, but argparse's append action
copies the list before appending and sets the copy on the namespace it
parses into, so the default namespace and its list stay untouched."""
import argparse
import copy
import itertools
import shlex

_messages = itertools.count()
parser = argparse.ArgumentParser(prog="deploy", exit_on_error=False)
parser.add_argument("service")
parser.add_argument("--tag", dest="tags", action="append")
parser.add_argument("--env", default="staging")


# heaplint-todo: it flows into `parser.parse_args()`, which heaplint cannot see (heaplint: unknown)
def parse_command(text, defaults=argparse.Namespace(tags=[], dry_run=False)):  # expect: HL101 refuted
    return parser.parse_args(shlex.split(text), namespace=copy.copy(defaults))


def handle(text):
    opts = parse_command(text)
    mode = "dry-run" if opts.dry_run else "live"
    return f"{mode} deploy of {opts.service} to {opts.env} tagged {','.join(opts.tags)}"


def scenario():
    n = next(_messages)
    return handle(f"web-{n} --tag build-{n} --tag sha-{n * 7919:x} --env prod")
