"""deploytool: argv building for the ssh runner, dry runs and rollouts."""
