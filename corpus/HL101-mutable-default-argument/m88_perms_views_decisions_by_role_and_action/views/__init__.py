"""views: HTTP handlers; importing a module registers its permission rules."""
