"""Settings loader: the default IniParser is kept as self._parser and only used to parse text."""
import itertools


class IniParser:
    COMMENT = ("#", ";")

    def parse(self, text):
        values = {}
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith(self.COMMENT) or "=" not in line:
                continue
            key, _, value = line.partition("=")
            values[key.strip()] = value.strip()
        return values


class Settings:
    def __init__(self, text, parser=IniParser()):  # expect: HL101 refuted
        self._parser = parser
        self._values = self._parser.parse(text)

    def get(self, key, default=None):
        return self._values.get(key, default)

    def reload(self, text):
        self._values = self._parser.parse(text)


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    settings = Settings(f"; deploy {n}\nhost = db{n}.internal\nport = {5400 + n % 10}\n")
    settings.reload(f"host = replica{n}.internal\n")
    return settings.get("host")
