"""accounts: api -> service -> repository -> orm session -> identity map."""
