"""Sensor models: the metaclass registers each concrete model under its reading kind when the class is defined; a newer model for a kind replaces the older one."""
import itertools


class ModelMeta(type):
    def __init__(cls, name, bases, namespace, registry={}):  # expect: HL101 refuted
        super().__init__(name, bases, namespace)
        if namespace.get("abstract"):
            return
        registry[cls.kind] = cls
        cls.registry = registry


class Reading(metaclass=ModelMeta):
    abstract = True
    kind = None
    unit = ""

    def __init__(self, value):
        self.value = value

    def render(self):
        current = self.registry[self.kind] is type(self)
        return f"{self.kind}={self.value:.1f}{self.unit} (current={current})"


def model_for(schema):
    class DeviceReading(Reading):
        kind, unit, device = schema["kind"], schema.get("unit", ""), schema["device"]

    return DeviceReading


_devices = itertools.count()


def scenario():
    n = next(_devices)
    model = model_for({"device": f"dev-{n}", "kind": ("temp", "humidity", "pressure")[n % 3], "unit": "%"})
    return model(n * 0.5).render()
