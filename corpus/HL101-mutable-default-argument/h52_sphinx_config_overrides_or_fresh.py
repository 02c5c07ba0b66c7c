import itertools

_ids = itertools.count()


class ConfigError(Exception):
    """Raised for invalid or duplicate configuration values."""


class Config:
    def __init__(self, raw_config=None, overrides={}):  # expect: HL101 refuted
        self._raw_config = dict(raw_config or {})
        self.overrides = overrides or {}
        self.values = {}

    def add(self, name, default, rebuild, types=None):
        if name in self.values:
            raise ConfigError(f"Config value {name!r} already present")
        self.values[name] = (default, rebuild, types)

    def setup_extension(self, extname):
        self.overrides.setdefault("extensions", []).append(extname)
        self.add(extname.rpartition(".")[2] + "_enabled", True, "env")

    def __getattr__(self, name):
        if name.startswith("_") or name not in self.values:
            raise AttributeError(name)
        source = next((s for s in (self.overrides, self._raw_config) if name in s), None)
        return self.values[name][0] if source is None else source[name]


def build_project(confpy, cli_overrides=None):
    config = Config(confpy, cli_overrides) if cli_overrides else Config(confpy)
    config.add("project", "Python", "env")
    config.add("html_theme", "alabaster", "html")
    for ext in confpy.get("extensions", []):
        config.setup_extension(ext)
    return config.project, config.html_theme


def scenario():
    n = next(_ids)
    conf = {"project": f"docs-{n}", "extensions": [f"sphinxcontrib.plugin{n}", f"docs_ext.autoapi_{n}"]}
    return build_project(conf, {"html_theme": "furo"} if n % 4 == 0 else None)
