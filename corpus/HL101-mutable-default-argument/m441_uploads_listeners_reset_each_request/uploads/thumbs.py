from . import events


def make_thumbnail(name, size):
    """Pretend to scale the image, then announce the thumbnail."""
    thumb = {"name": f"thumb_{name}", "size": min(size, 256)}
    events.publish("thumbnail.ready", thumb)
    return thumb
