"""Debug toolbar: registers itself as an app and a middleware."""


class ToolbarMiddleware:
    def __init__(self, settings):
        self.enabled = settings.DEBUG
        self.panels = ("sql", "timer", "headers")


def install(settings):
    if "toolbar" not in settings.INSTALLED_APPS:
        settings.INSTALLED_APPS.append("toolbar")
    settings.MIDDLEWARE.append(ToolbarMiddleware(settings))
    return settings
