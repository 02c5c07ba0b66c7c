"""appcli: application commands on a small framework."""
