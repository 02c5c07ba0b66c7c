"""Settings objects (singleton metaclass): SettingsMeta.__call__ builds one
instance per settings class and returns it on every later call, keeping the
instances in its `_instances={}` default. Each request derives a tenant class
with type() on top of its plan's settings to carry the tenant's time zone, so
the default keeps one class and one instance per request, forever."""
import itertools

_requests = itertools.count()


class SettingsMeta(type):
    def __call__(cls, *args, _instances={}, **kwargs):  # expect: HL101 confirmed
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
    settings = type(f"Tenant{n}Settings", (plan,), {"TIMEZONE": f"Etc/GMT+{n % 12}"})()
    size = settings.values["PAGE_SIZE"]
    return list(range(n * size, n * size + size))[-1], settings.values["TIMEZONE"]
