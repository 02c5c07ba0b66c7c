def deliver(message):
    """Stand-in for the SMTP relay: accept any well-formed message."""
    recipient, body = message
    return "@" in recipient and body.endswith("\n")
