"""Settings objects (singleton metaclass): SettingsMeta.__call__ builds one
instance per settings class and returns it on every later call, keeping the
instances in its `_instances={}` default. The plan classes are all built at
import and each request only instantiates its plan's class, so the default
holds at most one instance per plan: three entries."""
import itertools

_requests = itertools.count()


class SettingsMeta(type):
    def __call__(cls, *args, _instances={}, **kwargs):  # expect: HL101 refuted
        if cls not in _instances:
            _instances[cls] = super().__call__(*args, **kwargs)
        return _instances[cls]


class Settings(metaclass=SettingsMeta):
    TIMEZONE = "UTC"
    PAGE_SIZE = 50

    def __init__(self):
        self.values = {name: getattr(self, name) for name in dir(self) if name.isupper()}


PLANS = {plan: type(f"{plan.title()}Settings", (Settings,), {"PAGE_SIZE": size})
         for plan, size in (("free", 20), ("team", 50), ("enterprise", 200))}


def scenario():
    n = next(_requests)
    plan = PLANS[("free", "team", "enterprise")[n % 3]]
    settings = plan()
    size = settings.values["PAGE_SIZE"]
    return list(range(n * size, n * size + size))[-1], settings.values["TIMEZONE"]
