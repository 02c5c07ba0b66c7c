from dispatch import request_finished, request_started


class AuditTrail:
    def __init__(self, request_id, user):
        self.request_id = request_id
        self.user = user
        self.last_status = None

    def on_finished(self, sender, status=200, **extra):
        self.last_status = status
        return f"{self.request_id} {self.user} {sender} -> {status}"


def log_server_errors(sender, status=200, **extra):
    return status >= 500


request_finished.connect(log_server_errors)


def handle_request(path, user, request_id):
    trail = AuditTrail(request_id, user)
    request_finished.connect(trail.on_finished)
    request_started.send(sender=path)
    status = 404 if path.endswith("/missing") else 200
    results = request_finished.send(sender=path, status=status)
    lines = [value for _, value in results if isinstance(value, str)]
    return lines[0] if lines else None
