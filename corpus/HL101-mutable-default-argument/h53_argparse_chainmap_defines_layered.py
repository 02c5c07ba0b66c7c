"""CLI entry point for a static-site generator: `-D key=value` overrides."""
import argparse
import collections
import itertools
import textwrap

_ids = itertools.count()


def build_parser():
    parser = argparse.ArgumentParser(prog="sitegen", description=textwrap.dedent("""\
        Render a site.  Settings come from built-in defaults,
        then from -D KEY=VALUE options."""))
    parser.add_argument("source")
    parser.add_argument("-D", "--define", action="append", metavar="KEY=VALUE")
    parser.add_argument("--drafts", action="store_true")
    return parser


def parse_config(argv, defaults={"theme": "plain", "output": "_site"}):  # expect: HL101 refuted
    args = build_parser().parse_args(argv)
    config = collections.ChainMap({}, defaults)
    config["source"] = args.source
    config["drafts"] = args.drafts
    for item in args.define or ():
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit("sitegen: -D expects KEY=VALUE, got %r" % item)
        config[key.strip().lower()] = value
    return config


def scenario():
    n = next(_ids)
    config = parse_config(["content", "-D", "Plugins.P%d=on" % n, "--drafts"])
    return config["theme"], len(config)
