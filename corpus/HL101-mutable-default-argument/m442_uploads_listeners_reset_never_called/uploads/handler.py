from . import events, thumbs


def handle_upload(user, name, size):
    """Store one upload and tell the uploader when its thumbnail is ready."""
    notices = []

    def notify_user(event, payload):
        notices.append(f"{user}: {event} {payload['name']}")

    events.subscribe(notify_user)
    thumbs.make_thumbnail(name, size)
    return notices
