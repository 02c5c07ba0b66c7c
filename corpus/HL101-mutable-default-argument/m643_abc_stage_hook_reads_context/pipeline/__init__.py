"""pipeline: abstract stages and concrete stages."""
