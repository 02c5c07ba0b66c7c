"""clinic: routes -> services -> repositories, with a shared cache helper."""
