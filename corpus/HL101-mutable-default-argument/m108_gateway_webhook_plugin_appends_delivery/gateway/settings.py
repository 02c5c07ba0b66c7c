"""Which plugin module handles which webhook kind (dotted names, imported on demand)."""

PLUGINS = {
    "push": "gateway.plugins.push",
    "issue": "gateway.plugins.issue",
}
