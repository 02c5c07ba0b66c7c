"""accounts: sign-up and profile views."""
