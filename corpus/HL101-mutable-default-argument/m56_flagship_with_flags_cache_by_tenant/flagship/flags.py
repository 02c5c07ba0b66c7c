DEFAULTS = {
    "checkout": {"new_checkout": True, "one_click": False},
    "search": {"search_beta": False, "typo_tolerance": True},
}


def load_defaults(group):
    return dict(DEFAULTS[group])


class FlagSet:
    def __init__(self, tenant):
        self.tenant = tenant
        self.values = {}
        self.overrides = {}

    def update(self, values):
        self.values.update(values)

    def override(self, name, enabled):
        self.overrides[name] = enabled

    def enabled(self, name):
        if name in self.overrides:
            return self.overrides[name]
        return self.values.get(name, False)
