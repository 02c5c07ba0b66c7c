"""Theme helpers shared by concrete widgets."""

PREFIX = "btn"


def css_class(label, variant="primary"):
    slug = "-".join(label.lower().split()[:2])
    return f"{PREFIX} {PREFIX}-{variant} {PREFIX}-{slug}"
