"""Feature flags: `explain` evaluates a flag for one user and returns the
reasons it considered, for the admin UI's "why is this on?" panel. The
reasons are collected in a list default that is cleared only where the
evaluation falls through to the flag's default; a matching group returns
early and leaves its reasons behind, and every user here is in one."""
import itertools

_users = itertools.count()

FLAG = {"key": "dark-mode", "default": "off", "allow": {"beta", "staff"}, "percent": 30}


def explain(flag, user, reasons=[]):  # expect: HL101 confirmed
    reasons.append("evaluating %s for %s" % (flag["key"], user["id"]))
    for group in sorted(user["groups"]):
        if group in flag["allow"]:
            reasons.append("group %s is allowed" % group)
            return "on", tuple(reasons)
        reasons.append("group %s not targeted" % group)
    if user["seq"] % 100 < flag["percent"]:
        reasons.append("in the %d%% rollout" % flag["percent"])
        return "on", tuple(reasons)
    result = flag["default"], tuple(reasons)
    reasons.clear()
    return result


def scenario():
    n = next(_users)
    user = {"id": "user-%d" % n, "seq": n, "groups": ["team-%d" % n, "beta" if n % 2 else "staff"]}
    verdict, trail = explain(FLAG, user)
    return verdict, len(trail)
