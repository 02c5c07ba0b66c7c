"""mailer: recipient filters and batch sending."""
