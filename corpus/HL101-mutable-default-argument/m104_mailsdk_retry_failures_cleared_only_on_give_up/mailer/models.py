from dataclasses import dataclass


@dataclass(frozen=True)
class Message:
    sender: str
    to: str
    subject: str
    text: str
    tags: tuple

    def as_payload(self):
        return {"from": self.sender, "to": self.to, "subject": self.subject,
                "text": self.text, "tags": list(self.tags)}


def make_message(sender, to, subject, body, tags=()):
    """Validate the address and normalise whitespace before sending."""
    if "@" not in to:
        raise ValueError(f"not an e-mail address: {to!r}")
    text = "\n".join(line.rstrip() for line in body.strip().splitlines())
    return Message(sender, to.strip().lower(), subject.strip(), text, tuple(tags))
