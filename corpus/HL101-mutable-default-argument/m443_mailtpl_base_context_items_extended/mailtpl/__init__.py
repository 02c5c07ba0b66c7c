"""mailtpl: the shared template context and the e-mails built on it."""
