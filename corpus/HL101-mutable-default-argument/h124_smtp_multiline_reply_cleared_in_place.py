"""Mail client: SMTP replies span `250-` continuation lines ending with a
`250 ` line. The client collects the text in a list default and, at the
final line, stores a copy and empties the list in place; every reply the
server sends ends with its final line, so the default is empty after each feed."""
import itertools

_sessions = itertools.count()


class SmtpClient:
    def __init__(self):
        self.replies = []

    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 18, 21 (heaplint: unknown)
    def feed(self, data, lines=[]):  # expect: HL101 refuted
        if isinstance(data, (bytes, bytearray)):
            data = data.decode("ascii", "replace")
        for raw in data.split("\r\n"):
            if len(raw) < 4 or not raw[:3].isdigit():
                continue
            lines.append(raw[4:])
            if raw[3] == " ":
                self.replies.append((int(raw[:3]), list(lines)))
                del lines[:]
        return self.replies


class EsmtpClient(SmtpClient):
    def feed(self, data, **kwargs):
        replies = super().feed(data, **kwargs)
        self.extensions = {line.split(" ")[0].upper() for code, text in replies if code == 250 for line in text[1:]}
        return replies


def scenario():
    n = next(_sessions)
    client = EsmtpClient()
    return client.feed(b"250-mx%d.example.org Hello c%d\r\n250-SIZE %d\r\n250 8BITMIME\r\n" % (n % 3, n, 10240 + n))
