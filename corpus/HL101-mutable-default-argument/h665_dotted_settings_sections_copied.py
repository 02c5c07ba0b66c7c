"""Dotted-key settings (`section.name=value`, as passed with `-c` on a
command line) applied over packaged defaults. Every section dict is copied
before the overrides are written, so the aliases and remotes go into this
invocation's sections and the defaults are only read."""
import itertools
import re

_invocations = itertools.count()
SETTING_RE = re.compile(r"^(alias|remote|core)\.([\w.-]+)=(.*)$")


def apply_overrides(args, base={"alias": {"ci": "commit"}, "remote": {}, "core": {"bare": "false"}}):  # expect: HL101 refuted
    cfg = {section: dict(values) for section, values in base.items()}
    for arg in args:
        match = SETTING_RE.match(arg)
        if match is None:
            raise ValueError(f"bad override: {arg!r}")
        section, name, value = match.groups()
        cfg[section][name] = value
    return cfg


def scenario():
    n = next(_invocations)
    args = [f"alias.lg{n}=log --oneline -{n % 20}", f"remote.fork{n}.url=git@host:u{n}/repo.git"]
    cfg = apply_overrides(args)
    return sum(len(section) for section in cfg.values())
