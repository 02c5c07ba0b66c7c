"""Message guards, run as "data" handlers before delivery."""


class ReplayedMessage(Exception):
    pass


def check_message(payload, known_ids):
    if payload["id"] in known_ids:
        raise ReplayedMessage(payload["id"])
    known_ids.add(payload["id"])
