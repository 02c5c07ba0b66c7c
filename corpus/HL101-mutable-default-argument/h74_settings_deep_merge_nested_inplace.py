"""Service settings loader: JSON overrides are deep-merged over the built-in settings."""
import itertools
import json


class Settings(dict):
    def merge(self, other):
        for key, value in other.items():
            current = self.get(key)
            if isinstance(current, dict) and isinstance(value, dict):
                current.update(value)
            else:
                self[key] = value
        return self


def load_settings(text, base=Settings(logging={"level": "INFO"}, workers={}, debug=False)):  # expect: HL101 confirmed
    settings = Settings(base)
    return settings.merge(json.loads(text))


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    text = json.dumps({"workers": {f"queue-{n}": {"replicas": n % 4 + 1}}, "logging": {"level": "DEBUG"}})
    settings = load_settings(text)
    return len(settings["workers"]), settings["logging"]["level"]
