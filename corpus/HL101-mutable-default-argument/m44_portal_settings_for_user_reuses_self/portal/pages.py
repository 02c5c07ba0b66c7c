from . import features as ft
from .settings import Settings

WIDGETS = ("charts", "export", "reports", "forecasts")


def render_dashboard(user, settings=Settings(features=("charts", "export"))):  # expect: HL101 confirmed
    scoped = settings.for_user(user)
    trial = ft.apply_trial(user, scoped)
    widgets = [name for name in WIDGETS if name in scoped.features]
    return "<dashboard user=%s locale=%s trial=%s widgets=%s>" % (
        user["id"], scoped.locale, trial, ",".join(widgets))
