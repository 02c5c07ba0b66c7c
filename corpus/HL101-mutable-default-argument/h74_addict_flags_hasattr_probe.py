"""Feature flags with per-tenant overrides held in an addict-style attribute dict."""
import itertools


class Dict(dict):
    def __missing__(self, key):
        child = self[key] = Dict()
        return child

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __setattr__(self, name, value):
        self[name] = value


DEFAULT_FLAGS = {"new_checkout": False, "dark_mode": True, "bulk_export": False}


# heaplint-todo: hasattr on a tenant name the model does not know is an undecided test: whether __getattr__ runs __missing__ (and stores) is one way of it (heaplint: unknown)
def is_enabled(feature, tenant, overrides=Dict(acme=Dict(new_checkout=True))):  # expect: HL101 confirmed
    if hasattr(overrides, tenant):
        scoped = getattr(overrides, tenant)
        if feature in scoped:
            return bool(scoped[feature])
    return DEFAULT_FLAGS.get(feature, False)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    flags = [is_enabled(name, f"tenant_{n}") for name in ("new_checkout", "dark_mode")]
    flags.append(is_enabled("new_checkout", "acme"))
    return flags
