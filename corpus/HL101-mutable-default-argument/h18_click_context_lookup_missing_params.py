"""click-style command context: parameters are looked up by name; names the command line did not give are noted for the usage error."""
import itertools


class Context:
    def __init__(self, command, params, parent=None, missing=[]):  # expect: HL101 confirmed
        self.command = command
        self.params = params
        self.parent = parent
        self.missing = missing

    def lookup(self, name):
        try:
            return self.params[name]
        except KeyError:
            self.missing.append(f"{self.command}: missing option --{name}")
            return None

    def invoke(self, callback, *names):
        return callback(**{name: self.lookup(name) for name in names})


def deploy(env, region, dry_run):
    return f"deploy {env} to {region}" + (" (dry run)" if dry_run else "")


_runs = itertools.count()


def scenario():
    n = next(_runs)
    ctx = Context("deploy", {"env": f"stage-{n}", "region": "eu-west-1"})
    return ctx.invoke(deploy, "env", "region", "dry_run")
