"""Feature flags: a flag is evaluated per request against targeting rules,
highest priority first. `evaluate` takes the global kill-switch rule as a
list default and sorts a fresh list unpacked from it and the flag's own
rules, so the default keeps its single rule."""
import itertools

_requests = itertools.count()


def _in_maintenance(ctx):
    return ctx.get("maintenance", False)


def evaluate(flag, context, rules=[(100, "maintenance", _in_maintenance, False)]):  # expect: HL101 refuted
    ordered = sorted([*rules, *flag["rules"]], key=lambda rule: -rule[0])
    for priority, name, predicate, result in ordered:
        if predicate(context):
            return result, name
    return flag["default"], "default"


def make_flag(n):
    beta = frozenset("org-%d" % i for i in range(n, n + 3))
    return {
        "key": "new-editor-%d" % n,
        "default": False,
        "rules": [(50, "beta-orgs", lambda ctx: ctx["org"] in beta, True),
                  (10, "staff", lambda ctx: ctx["email"].endswith("@corp.example"), True)],
    }


def scenario():
    n = next(_requests)
    return evaluate(make_flag(n), {"org": "org-%d" % (n + 1), "email": "u%d@mail.example" % n})
