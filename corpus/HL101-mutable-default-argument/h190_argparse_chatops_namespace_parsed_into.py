"""ChatOps bot: each chat message like `deploy web --tag x --tag y` is parsed
with a module-level ArgumentParser straight into the `defaults=Namespace(...)`
default. argparse's append action copies the `tags` list before appending,
but sets the grown copy back on that very namespace, so the default's tags
pile up across messages (and leak into every later deploy)."""
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
def parse_command(text, defaults=argparse.Namespace(tags=[], dry_run=False)):  # expect: HL101 confirmed
    return parser.parse_args(shlex.split(text), namespace=defaults)


def handle(text):
    opts = copy.copy(parse_command(text))
    mode = "dry-run" if opts.dry_run else "live"
    return f"{mode} deploy of {opts.service} to {opts.env} tagged {','.join(opts.tags)}"


def scenario():
    n = next(_messages)
    return handle(f"web-{n} --tag build-{n} --tag sha-{n * 7919:x} --env prod")
