"""Sub-commands; each module exposes run(argv)."""
