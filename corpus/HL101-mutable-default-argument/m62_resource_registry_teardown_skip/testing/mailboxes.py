LEGACY_PREFIXES = ("legacy-", "pop3-")


def is_legacy(mailbox):
    return mailbox.startswith(LEGACY_PREFIXES)


def imap_handle(mailbox, folder="INBOX"):
    return f"imap://{mailbox}/{folder}"
