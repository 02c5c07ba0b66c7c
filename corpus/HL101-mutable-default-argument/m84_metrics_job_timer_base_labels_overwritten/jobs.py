"""Image jobs, each timed by telemetry."""
from telemetry import timed


@timed("resize")
def resize_image(job):
    if job["width"] > 512:
        raise ValueError(f"{job['image']}: width {job['width']} over the limit")
    return {"image": job["image"], "size": (job["width"], job["width"] * 3 // 4)}


@timed("thumbnail")
def make_thumbnail(job):
    return {"image": job["image"].replace(".png", ".thumb.png"), "size": (64, 48)}
