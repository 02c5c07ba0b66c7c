"""campaigns: announcement mails, copied to the customer's account manager."""
from mailkit import build_message, header_block


def announce(recipient, manager, issue):
    msg = build_message(recipient, f"What's new in issue {issue}", "See the release notes.")
    msg["headers"].setdefault("Cc", []).append(manager)
    return msg, header_block(msg)
