"""Tasks run by the worker."""
from .retry import retrying


@retrying(times=2)
def resize_image(path, width, attempts=[]):  # expect: HL101 confirmed
    attempts.append((path, width))
    height = width * 3 // 4
    return f"{path} -> {width}x{height} (attempt {len(attempts)})"
