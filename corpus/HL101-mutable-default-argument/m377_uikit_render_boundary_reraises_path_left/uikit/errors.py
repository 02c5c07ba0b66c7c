class RenderError(Exception):
    """A widget could not draw itself (missing data, bad options)."""
