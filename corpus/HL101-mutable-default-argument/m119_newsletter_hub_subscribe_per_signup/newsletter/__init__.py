"""newsletter: signup flow and the mails it triggers."""
