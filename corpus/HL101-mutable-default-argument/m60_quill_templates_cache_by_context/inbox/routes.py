from . import pages


def dispatch(path, user, unread):
    if path == "/":
        return 200, pages.home(user, unread)
    if path.startswith("/messages/"):
        msg_id = path.rsplit("/", 1)[1]
        return 200, pages.message(user, msg_id, unread)
    return 404, pages.missing(path)
