"""entry_points: plugin name -> "module:function", like a packaging entry-point group."""

ENTRY_POINTS = {
    "audit": "pluginhost.plugins.audit:setup",
    "metrics": "pluginhost.plugins.metrics:setup",
}
