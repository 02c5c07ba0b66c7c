"""Dashboard: a new tenant's page has a greeting and a sales chart that has no data yet."""
import itertools

from uikit import Chart, Label, RenderError, render

_tenants = itertools.count()


def dashboard(tenant):
    parts = []
    for widget in (Label(f"greeting-{tenant}", "Welcome!"), Chart(f"sales-{tenant}", [])):
        try:
            parts.append(render(widget))
        except RenderError:
            parts.append("<div>unavailable</div>")
    return "".join(parts)


def scenario():
    return dashboard(next(_tenants))
