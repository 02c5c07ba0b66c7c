"""routekit: path routing with per-route middleware chains."""
