"""Dotted-key settings (`section.name=value`, as passed with `-c` on a
command line) applied over packaged defaults. The copy is shallow, so
`cfg[section][name] = value` writes each user's aliases and remotes into
the default's own "alias" and "remote" dicts."""
import itertools
import re

_invocations = itertools.count()
SETTING_RE = re.compile(r"^(alias|remote|core)\.([\w.-]+)=(.*)$")


def apply_overrides(args, base={"alias": {"ci": "commit"}, "remote": {}, "core": {"bare": "false"}}):  # expect: HL101 confirmed
    cfg = dict(base)
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
