"""Background jobs, registered by name at import and looked up by the worker."""
from jobkit import capture_failures, job

SIZES = (64, 128, 256)


@job("thumbnail")
@capture_failures
def make_thumbnail(path, width):
    if width <= 0:
        raise ValueError(f"bad width {width} for {path}")
    return f"{path.rsplit('.', 1)[0]}_{width}w.webp"


@job("transcode")
@capture_failures
def transcode(path, codec="h264"):
    if not path.endswith((".mov", ".mp4")):
        raise ValueError(f"not a video: {path}")
    return f"{path}.{codec}"
