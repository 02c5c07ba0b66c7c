"""Channel plugin: mobile push (not enabled in this deployment)."""


def send(subject, to, badge=None):
    payload = {"to": to, "title": subject, "badge": 1 if badge is None else badge}
    return payload
