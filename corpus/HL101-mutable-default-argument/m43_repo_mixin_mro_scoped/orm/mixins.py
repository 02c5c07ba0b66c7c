class ScopedSessionMixin:
    """Gives every repository instance its own identity map."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("identity_map", {})
        kwargs.setdefault("autoflush", True)
        super().__init__(*args, **kwargs)
