"""User accounts: sign-up forms and the checks they share."""
