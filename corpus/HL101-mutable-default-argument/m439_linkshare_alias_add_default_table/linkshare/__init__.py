"""linkshare: route registry, the app's routes, and the share API."""
