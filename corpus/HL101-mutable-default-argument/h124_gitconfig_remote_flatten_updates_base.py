"""VCS tool: a git-config style `[remote "name"]` section exposes its options
through a property that flattens them to `remote.<name>.<key>` over a few
built-in settings. The helper updates its dict default of built-ins in place
and returns it, so each newly cloned remote adds its keys for good."""
import itertools

_clones = itertools.count()


def flatten(section, options, base={"core.bare": "false", "core.filemode": "true"}):  # expect: HL101 confirmed
    base.update({"%s.%s" % (section, key.lower()): value for key, value in options.items()})
    return base


class Section:
    def __init__(self, header, body):
        kind, _, name = header.strip("[]").partition(" ")
        self.qualified = "%s.%s" % (kind, name.strip('"'))
        self.raw = dict(line.split(" = ", 1) for line in body.splitlines() if " = " in line)

    @property
    def options(self):
        return flatten(self.qualified, self.raw)


def scenario():
    n = next(_clones)
    section = Section('[remote "fork%d"]' % n, "url = git@host:team/repo%d.git\nfetch = +refs/heads/*:refs/remotes/fork%d/*\n" % (n, n))
    opts = section.options
    return opts["%s.url" % section.qualified], opts["core.bare"]
