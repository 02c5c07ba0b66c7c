"""Newsletter mailer."""
