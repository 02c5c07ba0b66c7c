"""Deployment profiles, as stored in the project's shipit.toml."""

_TARGETS = {
    "staging": ("stage.internal", "eu-west-1", 1),
    "production": ("www.example.com", "eu-central-1", 3),
    "canary": ("canary.example.com", "eu-central-1", 1),
}


def load(name):
    host, region, replicas = _TARGETS[name]
    return {"name": name, "target": host, "region": region, "replicas": replicas}
