"""Application jobs, registered with the task queue at import."""
from taskq import task


@task("thumbnail")
def thumbnail(name, size):
    stem, _, ext = name.rpartition(".")
    return f"{stem}@{size}x{size}.{ext}"
