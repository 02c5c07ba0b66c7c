"""Relay base class: deliver() collects trace headers through prepare(), then renders."""


class Relay:
    hostname = "mx.acme.example"

    def deliver(self, message, headers={}):  # expect: HL101 refuted
        return self.render(message, self.prepare(message, headers))

    def prepare(self, message, headers):
        return headers

    def render(self, message, headers):
        lines = []
        for name, value in headers.items():
            lines += [f"{name}: {v}" for v in value] if isinstance(value, list) else [f"{name}: {value}"]
        return "\r\n".join(lines + [f"From: {message.sender}", f"To: {message.rcpt}", "", message.body])


class LocalRelay(Relay):
    def prepare(self, message, headers):
        headers["Delivered-To"] = message.rcpt
        return headers
