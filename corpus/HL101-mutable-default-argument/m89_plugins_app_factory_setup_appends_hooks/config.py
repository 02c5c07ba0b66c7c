"""Site configuration: plugin modules enabled for this deployment, in load order."""
PLUGINS = ["plugins.slugs", "plugins.audit"]
SITE_NAME = "handbook"
